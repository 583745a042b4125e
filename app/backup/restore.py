"""Reading a backup back (decrypting it if needed) to check it, and restoring one in place of
the database, the current file being put aside first."""

import contextlib
import os
import shutil
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from app.backup import encryption
from app.backup.files import (
    BackupError,
    BackupInfo,
    _check_database_copy,
    _fsync_dir,
    _fsync_path,
    _os_message,
    _record_audit,
    _tr,
    describe_backup,
    verify_checksum,
)
from app.backup.snapshot import _snapshot
from app.clock import to_local, utcnow
from app.permissions import Actor, Permission, require
from app.private_files import make_private, private_folder


def _plain_copy_of(backup: Path, passphrase: str | None, scratch: Path) -> Path:
    """A plain database file from a backup (decrypted if needed), or BackupError. The whole
    file first matches the checksum written when it was made."""
    if backup.is_file():
        verify_checksum(backup)
    try:
        if encryption.is_encrypted(backup):
            if not passphrase:
                raise BackupError(_tr("This backup is encrypted: please type its passphrase."))
            plain = scratch / "restore.sqlite"
            with plain.open("wb") as handle:
                encryption.decrypt_file(backup, handle, passphrase)
            return plain
        if not backup.is_file():
            raise BackupError(
                _tr("The backup file “%1” cannot be found.").replace("%1", str(backup))
            )
        return backup
    except encryption.DecryptionFailed as error:
        raise BackupError(
            _tr("Wrong passphrase, or the backup is damaged: it cannot be opened.")
        ) from error
    except OSError as error:
        raise BackupError(
            _tr("The backup file “%1” cannot be read: %2.")
            .replace("%1", str(backup))
            .replace("%2", _os_message(error))
        ) from error


def check_backup(backup: Path, passphrase: str | None = None) -> BackupInfo:
    """Open a backup (decrypting it if needed) and run the integrity check; BackupError if bad."""
    with tempfile.TemporaryDirectory(prefix="aiguillage-check-") as scratch:
        plain = _plain_copy_of(backup, passphrase, Path(scratch))
        try:
            counts = _check_database_copy(plain)
        except OSError as error:
            raise BackupError(_tr("This file is not an Aiguillage backup.")) from error
    info = describe_backup(backup)
    return BackupInfo(
        path=info.path,
        made_at=info.made_at,
        size=info.size,
        encrypted=info.encrypted,
        people=counts["person"],
        visits=counts["visit"],
        referrals=counts["referral"],
    )


def _put_current_aside(db_path: Path, now: datetime) -> Path | None:
    """Keep the current database (even a damaged one) next to it before replacing it."""
    if not db_path.exists():
        return None
    stamp = to_local(now).strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.stem}.avant-restauration-{stamp}{db_path.suffix}")
    try:
        _snapshot(db_path, aside)
    except sqlite3.Error:
        with contextlib.suppress(OSError):
            aside.unlink()
        shutil.copyfile(db_path, aside)  # damaged: keep its bytes as they are
        for extra in ("-wal", "-shm"):
            side = Path(str(db_path) + extra)
            if side.exists():
                shutil.copyfile(side, Path(str(aside) + extra))
                make_private(Path(str(aside) + extra))
        _fsync_path(aside)
    make_private(aside)
    return aside


def restore_backup(
    db_path: Path,
    backup: Path,
    *,
    passphrase: str | None = None,
    now: datetime | None = None,
    actor: Actor | None = None,
) -> Path | None:
    """Replace the database by a checked backup; returns where the old database was put aside.

    Every engine on `db_path` must be disposed of before, and recreated after. `actor` is the
    agent asking from the window (coordinators only); the command line passes None.
    """
    if actor is not None:
        require(actor, Permission.MANAGE_BACKUPS)
    now = now or utcnow()
    try:
        private_folder(db_path.parent)
        with tempfile.TemporaryDirectory(prefix=".aiguillage-", dir=db_path.parent) as scratch:
            plain = _plain_copy_of(backup, passphrase, Path(scratch))
            _check_database_copy(plain)
            incoming = Path(scratch) / "incoming.sqlite"
            shutil.copyfile(plain, incoming)
            make_private(incoming)
            _fsync_path(incoming)
            aside = _put_current_aside(db_path, now)
            for extra in ("-wal", "-shm", "-journal"):
                with contextlib.suppress(FileNotFoundError):
                    Path(str(db_path) + extra).unlink()
            os.replace(incoming, db_path)
            _fsync_dir(db_path.parent)
    except OSError as error:
        raise BackupError(
            _tr("The backup could not be restored: %1.").replace("%1", _os_message(error))
        ) from error
    _record_audit(db_path, actor, "restore", backup.name)
    return aside
