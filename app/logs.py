"""The desk's log: a small rotating file in the user data folder, for what went wrong.

It holds what happened to the program, never to people: start-ups, failures and their
tracebacks (files, lines, code). The messages of database errors are cut before the values
they carry (« [parameters: …] »), and long messages are shortened, so that no name, note or
phone number reaches the file. The same text is the report a person can copy and send.

A native crash (a segmentation fault in a Qt library, say) kills the process before any of
that can run: `faulthandler` then writes the Python stack of every thread into
`plantages.log` next to it (appended, readable by this user only), so the next start still
says where it happened.
"""

import faulthandler
import logging
import os
import platform
import re
import sys
import traceback
from importlib import metadata
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from app import __version__
from app.private_files import FILE_MODE, make_private, private_folder

LOGGER_NAME = "aiguillage"
LOG_FILENAME = "aiguillage.log"
CRASH_FILENAME = "plantages.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
MAX_MESSAGE = 300
_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\s*(\(Background|\[|$))", re.DOTALL | re.MULTILINE)

log = logging.getLogger(LOGGER_NAME)
_crash_file = None  # the open plantages.log that faulthandler writes to
_faulthandler_was_on = False  # e.g. pytest's, given back to stderr by stop_logging


def scrub(text: str) -> str:
    """A message without the values a database error carries, and not too long."""
    text = _PARAMETERS.sub("[parameters: …]", text)
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 1] + "…"


def describe_failure(
    error_type: type[BaseException],
    error: BaseException | None,
    trace: TracebackType | None,
) -> str:
    """The traceback of a failure, with the exceptions' messages scrubbed (the lines of code
    and the places in the program, indented, are kept as they are)."""
    text = "".join(traceback.TracebackException(error_type, error, trace).format())
    text = _PARAMETERS.sub("[parameters: …]", text)
    return "\n".join(
        line if line.startswith(" ") else scrub(line) for line in text.rstrip("\n").split("\n")
    )


def program_summary() -> str:
    """Versions and system, for a report: nothing about the place or the people."""
    qt_version = "—"  # a frozen bundle may not carry the packages' metadata
    for package in ("PySide6-Essentials", "PySide6"):
        try:
            qt_version = metadata.version(package)
            break
        except metadata.PackageNotFoundError:
            continue
    return (
        f"Aiguillage {__version__} · Python {platform.python_version()} · "
        f"PySide6 {qt_version} · {platform.system()} {platform.release()}"
    )


def crash_report(
    error_type: type[BaseException],
    error: BaseException | None,
    trace: TracebackType | None,
) -> str:
    return program_summary() + "\n\n" + describe_failure(error_type, error, trace)


class _ScrubbingFormatter(logging.Formatter):
    def formatException(self, ei) -> str:  # type: ignore[no-untyped-def]  # noqa: N802
        return describe_failure(*ei)


class _PrivateLogFile(RotatingFileHandler):
    """The log, and each new one after a rotation, readable by this PC's user only."""

    def _open(self):  # type: ignore[no-untyped-def]  # noqa: ANN202
        path = Path(self.baseFilename)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE))
        make_private(path)
        return super()._open()


def start_logging(folder: Path) -> Path:
    """Log to `folder`/aiguillage.log (1 MB, 3 older files kept) and native crashes to
    `folder`/plantages.log; returns the log file. Calling it again for the same folder changes
    nothing; for another folder it moves both files there (tests, or a second desk in the same
    process)."""
    private_folder(folder)
    path = folder / LOG_FILENAME
    for handler in list(log.handlers):
        if isinstance(handler, RotatingFileHandler):
            if Path(handler.baseFilename) == path.absolute():
                return path  # already there: the window started from the command line
            log.removeHandler(handler)
            handler.close()
    handler = _PrivateLogFile(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handler.setFormatter(_ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.info("%s started", program_summary())
    _trace_native_crashes(folder / CRASH_FILENAME)
    return path


def _trace_native_crashes(path: Path) -> None:
    """Have faulthandler write every thread's stack to `path` if the process dies of a fatal
    signal; the file is opened once, in append mode, for this user only (0600)."""
    global _crash_file, _faulthandler_was_on
    if _crash_file is None:
        _faulthandler_was_on = faulthandler.is_enabled()
    else:
        _crash_file.close()
    if path.exists() and path.stat().st_size:
        log.warning("earlier native crashes are described in %s", path.name)
    descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    os.chmod(path, 0o600)  # a file made by an older version keeps no wider rights
    _crash_file = os.fdopen(descriptor, "a", encoding="utf-8")
    faulthandler.enable(_crash_file, all_threads=True)


def stop_logging() -> None:
    global _crash_file
    for handler in list(log.handlers):
        if isinstance(handler, RotatingFileHandler):
            log.removeHandler(handler)
            handler.close()
    if _crash_file is not None:
        if _faulthandler_was_on and sys.__stderr__ is not None:
            faulthandler.enable(sys.__stderr__, all_threads=True)
        else:
            faulthandler.disable()
        _crash_file.close()
        _crash_file = None


def log_failure(
    what: str,
    error_type: type[BaseException],
    error: BaseException | None,
    trace: TracebackType | None,
) -> None:
    """Write a failure and its traceback to the log."""
    log.error("%s", what, exc_info=(error_type, error, trace))
