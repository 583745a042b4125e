"""Making a verified backup: SQLite's backup API into a new file, fsynced, then checked with
`PRAGMA integrity_check` (an encrypted one is decrypted back and compared before it counts),
and a copy in a second folder."""

import contextlib
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.backup import encryption
from app.backup.files import (
    BackupError,
    BackupInfo,
    _counts,
    _fsync_dir,
    _fsync_path,
    _new_name,
    _os_message,
    _record_audit,
    _sha256,
    _tr,
    checksum_file,
    describe_backup,
    integrity_problems,
    write_checksum,
)
from app.clock import utcnow
from app.permissions import Actor, Permission, require
from app.private_files import make_private, private_folder, write_private

PASSPHRASE_ENV = "AIGUILLAGE_BACKUP_PASSPHRASE"


@dataclass(frozen=True)
class BackupResult:
    backup: BackupInfo
    warnings: tuple[str, ...] = ()
    second_copy: Path | None = None


def _snapshot(db_path: Path, target: Path) -> None:
    """Copy the live database with SQLite's backup API into `target` (a new file), fsynced."""
    source = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
            destination.execute("PRAGMA journal_mode=DELETE")
        finally:
            destination.close()
    finally:
        source.close()
    _fsync_path(target)


def _checked_snapshot(db_path: Path, target: Path, thorough: bool = True) -> dict[str, int]:
    """Snapshot the database into `target` (fsynced), check what was written, and return its
    counts; BackupError if the database cannot be read or is damaged.

    `thorough` runs `PRAGMA integrity_check`; otherwise the much quicker `quick_check` (pages
    and records, not index contents). Any backup gets the full check before it is restored.
    """
    try:
        _snapshot(db_path, target)
    except sqlite3.Error as error:
        raise BackupError(
            _tr("The database could not be read to back it up (%1).").replace("%1", str(error))
        ) from error
    if integrity_problems(target, quick=not thorough):
        raise BackupError(
            _tr("The database is damaged: the backup was not made. Restore a backup.")
        )
    return _counts(target)


def create_backup(
    db_path: Path,
    folder: Path,
    *,
    passphrase: str | None = None,
    second_folder: Path | None = None,
    now: datetime | None = None,
    actor: Actor | None = None,
    thorough: bool = True,
) -> BackupResult:
    """Back up the database into `folder` (and a copy into `second_folder` if given).

    The copy is checked with `PRAGMA integrity_check`, or only `quick_check` when `thorough`
    is False (the backup on closing, so that nobody waits long for the window to go).

    `actor` is the agent asking from the window (checked: coordinators only); the automatic
    backups and the command line pass None. A problem with the second folder is returned as a
    warning, never raised: the main backup is already safe.
    """
    if actor is not None:
        require(actor, Permission.MANAGE_BACKUPS)
    now = now or utcnow()
    if not db_path.exists():
        raise BackupError(
            _tr("There is no database to back up at “%1”.").replace("%1", str(db_path))
        )
    target = _new_name(folder, now, encrypted=bool(passphrase))
    partial = target.with_name(target.name + ".partial")
    try:
        private_folder(folder)
        if passphrase:
            with tempfile.TemporaryDirectory(prefix=".aiguillage-", dir=folder) as scratch:
                snapshot = Path(scratch) / "snapshot.sqlite"
                counts = _checked_snapshot(db_path, snapshot, thorough)
                meta = dict(counts, made_at=now.isoformat())
                _write_encrypted(snapshot, partial, passphrase, meta)
        else:
            # the check runs on the very file written (after fsync), then it is renamed
            _checked_snapshot(db_path, partial, thorough)
        make_private(partial)
        write_checksum(partial, target)
        os.replace(partial, target)
        _fsync_dir(folder)
    except OSError as error:
        checksum_file(target).unlink(missing_ok=True)
        raise BackupError(
            _tr("The backup could not be written in “%1”: %2.")
            .replace("%1", str(folder))
            .replace("%2", _os_message(error))
        ) from error
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    info = describe_backup(target)
    if actor is not None:
        _record_audit(db_path, actor, "backup", target.name)
    return with_second_copy(info, second_folder, (checksum_file(target),))


def with_second_copy(
    info: BackupInfo, second_folder: Path | str | None, companions: tuple[Path, ...] = ()
) -> BackupResult:
    """The backup made, copied (with its `companions`) to the second folder if one is set: a
    problem there is a warning, not a failure."""
    warnings: list[str] = []
    copy = None
    if second_folder is not None and str(second_folder).strip():
        try:
            copy = copy_to_second_folder(info.path, Path(second_folder))
            for companion in companions:
                copy_to_second_folder(companion, Path(second_folder))
        except BackupError as error:
            warnings.append(error.message)
    return BackupResult(backup=info, warnings=tuple(warnings), second_copy=copy)


def copy_to_second_folder(backup: Path, folder: Path) -> Path:
    """Copy a backup to a USB stick or a network folder, and read it back to check it."""
    if not folder.is_dir():
        raise BackupError(
            _tr("The second backup folder “%1” is not reachable (USB stick unplugged?).").replace(
                "%1", str(folder)
            )
        )
    target = folder / backup.name
    partial = folder / (backup.name + ".partial")
    try:
        shutil.copyfile(backup, partial)
        make_private(partial)  # a second folder without POSIX modes (FAT) keeps its own
        _fsync_path(partial)
        # USB sticks lie about syncs: read back what was written.
        if _sha256(partial) != _sha256(backup):
            raise BackupError(
                _tr("The copy in “%1” is not identical to the backup.").replace("%1", str(folder))
            )
        os.replace(partial, target)
        _fsync_dir(folder)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise BackupError(
            _tr("The copy in the second backup folder “%1” failed: %2.")
            .replace("%1", str(folder))
            .replace("%2", _os_message(error))
        ) from error
    return target


def _write_encrypted(snapshot: Path, target: Path, passphrase: str, meta: dict) -> None:
    """Encrypt a checked snapshot into `target`, then decrypt it back to verify it."""
    write_private(target, b"")  # 0600 before its first byte
    with target.open("wb") as handle:
        encryption.encrypt_file(snapshot, handle, passphrase, meta)
        handle.flush()
        os.fsync(handle.fileno())
    _verify_encrypted(target, passphrase, _sha256(snapshot))


def _verify_encrypted(path: Path, passphrase: str, expected_sha: str) -> None:
    with tempfile.TemporaryDirectory(prefix="aiguillage-check-") as scratch:
        plain = Path(scratch) / "check.sqlite"
        with plain.open("wb") as handle:
            encryption.decrypt_file(path, handle, passphrase)
        if _sha256(plain) != expected_sha:
            raise BackupError(_tr("The backup could not be verified after writing it."))
