"""Files and folders that only this PC's user may read: the data folder, secrets, backups,
the server's files. Folders are 0700 and files 0600, whatever the umask (a umask of 022 would
otherwise leave them readable by every account of the PC).

On a file system without POSIX modes (a USB stick in FAT, Windows) the modes are left as the
system gives them: there the user's own folder is what protects the files.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600
OTHERS_READ_WRITE = 0o066  # read or write for the group or the others


def private_folder(path: Path) -> Path:
    """Make `path` (and its missing parents) a folder only its user can open; an existing one
    loses its group's and others' read and write bits. Returns `path`.

    The others' search bit (x) is left where it was set on purpose: the server's account has to
    cross the folders above the server's when the app runs as root."""
    path = Path(path)
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    make_private(path)
    return path


def make_private(path: Path) -> None:
    """Take away the group's and others' rights on a file (search bit too) or their read and
    write bits on a folder; quiet where the file system has no such modes."""
    with contextlib.suppress(OSError):
        status = os.lstat(path)
        if stat.S_ISLNK(status.st_mode):
            return
        mode = stat.S_IMODE(status.st_mode)
        wanted = mode & ~OTHERS_READ_WRITE if stat.S_ISDIR(status.st_mode) else mode & ~0o077
        if wanted != mode:
            os.chmod(path, wanted)


def make_tree_private(path: Path) -> None:
    """`path` and everything inside it private (an install made before the app did so)."""
    path = Path(path)
    if not path.exists():
        return
    make_private(path)
    for root, folders, files in os.walk(path):
        for name in folders + files:
            make_private(Path(root) / name)


def write_private(path: Path, content: str | bytes) -> Path:
    """Write `content` to `path`, readable by its user only from the first byte: written aside
    in the same folder, then put in place in one step (a reader sees the old or the new one)."""
    path = Path(path)
    private_folder(path.parent)
    descriptor, aside = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".new")
    try:
        data = content.encode("utf-8") if isinstance(content, str) else content
        with os.fdopen(descriptor, "wb") as handle:  # mkstemp makes it 0600
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(aside, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(aside)
        raise
    return path


def open_private_append(path: Path):  # type: ignore[no-untyped-def]
    """A binary file opened for appending, 0600 when made (a log, say)."""
    path = Path(path)
    private_folder(path.parent)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
    make_private(path)
    return os.fdopen(descriptor, "ab")



def private_output() -> dict:
    """`subprocess.run` keywords under which what a program writes (a dump) is 0600."""
    return {"umask": 0o077} if os.name == "posix" else {}
