"""When backups happen by themselves: on the first start of each day, and on closing."""

import contextlib
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from app.backup.files import made_today
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
    A desk on a shared database (no file here) makes none: the main PC keeps the backups.
    """
    if db_path is None:
        return None
    folder = backups_dir(db_path)
    if first_of_day and made_today(folder, now):
        return None
    second = second_backup_folder(engine)
    result = create_backup(db_path, folder, second_folder=second, now=now, thorough=first_of_day)
    rotate_backups(folder)
    if second is not None and result.second_copy is not None:
        with contextlib.suppress(OSError):
            rotate_backups(second)
    return result
