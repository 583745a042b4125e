"""When backups happen by themselves: on the first start of each day, and on closing (a
desk's own file); on the first start of each day on the main PC of a shared database. Encrypted
when the coordinator chose so at the first backup (app.backup.passphrase)."""

import contextlib
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from app.backup.files import made_today
from app.backup.passphrase import kept_passphrase
from app.backup.rotation import rotate_backups
from app.backup.snapshot import BackupResult, create_backup
from app.config import backups_dir
from app.db import read_session
from app.services.settings import get_setting


def second_backup_folder(engine: Engine) -> Path | None:
    with read_session(engine) as session:
        folder = str(get_setting(session, "backup_folder") or "").strip()
    return Path(folder) if folder else None


def automatic_backup(
    engine: Engine, db_path: Path | None, *, first_of_day: bool, now: datetime | None = None
) -> BackupResult | None:
    """Back up and rotate. With `first_of_day`, only if no backup was made today yet.

    The first backup of the day (in the background) gets the full integrity check; the one on
    closing gets the quick check, so the window closes in seconds even on a large database.
    Raises BackupError if the main backup fails; a second-folder problem is a warning.
    A desk on a shared database (no file here) makes none: the main PC keeps the backups, a
    verified `pg_dump` on its first start of the day (`shared_automatic_backup`).
    """
    if db_path is None:
        return shared_automatic_backup(engine, first_of_day=first_of_day, now=now)
    folder = backups_dir(db_path)
    if first_of_day and made_today(folder, now):
        return None
    second = second_backup_folder(engine)
    result = create_backup(db_path, folder, passphrase=kept_passphrase(folder),
                           second_folder=second, now=now, thorough=first_of_day)
    rotate_backups(folder)
    if second is not None and result.second_copy is not None:
        with contextlib.suppress(OSError):
            rotate_backups(second)
    return result


def shared_automatic_backup(
    engine: Engine, *, first_of_day: bool, now: datetime | None = None
) -> BackupResult | None:
    """The main PC's daily backup of the shared database it hosts; None on any other desk, on
    closing (the server keeps running after the window closes: the next day's backup follows),
    and when today's is already made."""
    from app.backup.main_pc import hosted_server_address, shared_backups_dir
    from app.backup.server_backup import create_server_backup

    if not first_of_day:
        return None
    address = hosted_server_address(engine.url)
    if address is None:
        return None
    folder = shared_backups_dir()
    if made_today(folder, now):
        return None
    second = second_backup_folder(engine)
    result = create_server_backup(address, folder, passphrase=kept_passphrase(folder),
                                  second_folder=second, now=now)
    rotate_backups(folder)
    if second is not None and result.second_copy is not None:
        with contextlib.suppress(OSError):
            rotate_backups(second)
    return result
