"""A safe start: one running app per database file, a damaged file offers the latest good
backup, and the automatic backups and daily housekeeping never stop the desk."""

import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError

from app.backup.contents_words import people_words, visits_words
from app.commands.common import database_failure_message
from app.context import DeskContext
from app.db import DamagedDatabaseError, DatabaseTarget, as_target
from app.errors import UserError
from ui import messages
from ui.startup import open_desk, open_desk_away


def _tr(text: str) -> str:
    return QCoreApplication.translate("SafeStart", text)


def open_or_recover(target: DatabaseTarget, language: str = "fr") -> DeskContext | None:
    """Open the desk; if the file is damaged, offer to restore the latest good backup."""
    target = as_target(target)
    try:
        return open_desk(target, language)
    except DamagedDatabaseError as error:
        return _offer_restore(target.path, language, error.message)
    except UserError as error:
        if getattr(error, "unreachable", False):
            away = open_desk_away(target, language)  # the main PC is off: work offline
            if away is not None:
                return away
        return _cannot_open(error.message)
    except (sqlite3.DatabaseError, SQLAlchemyDatabaseError) as error:
        return _cannot_open(database_failure_message(target, error))


def _cannot_open(text: str) -> None:
    print(text, file=sys.stderr)
    messages.error(None, _tr("Aiguillage"), text)
    return None


def _offer_restore(db_path: Path, language: str, problem: str) -> DeskContext | None:
    from app.backup.files import latest_good_backup
    from app.backup.restore import restore_backup
    from app.clock import to_local
    from app.config import backups_dir

    title = _tr("Damaged database")
    latest = latest_good_backup(backups_dir(db_path))
    if latest is None:
        messages.error(
            None,
            title,
            problem
            + "\n\n"
            + _tr(
                "No backup was found in “%1”. The file was left as it is. Restore a backup "
                "with “aiguillage restore”, or ask for help."
            ).replace("%1", str(backups_dir(db_path))),
        )
        return None
    when = to_local(latest.made_at).strftime("%d/%m/%Y %H:%M")
    question = (
        problem
        + "\n\n"
        + _tr(
            "Restore the latest good backup, made on %1 (%2, %3)? "
            "The damaged file is kept aside; changes made after the backup are lost."
        )
        .replace("%1", when)
        .replace("%2", people_words(latest.people or 0))
        .replace("%3", visits_words(latest.visits or 0))
    )
    if not messages.confirm(None, title, question):
        return None
    try:
        restore_backup(db_path, latest.path)
        ctx = open_desk(as_target(db_path), language)
    except UserError as error:
        messages.error(None, title, error.message)
        return None
    messages.info(None, title, _tr("The backup of %1 was restored.").replace("%1", when))
    return ctx


def runs_the_daily_jobs(ctx: DeskContext) -> bool:
    """The backup and the retention are the place's, made once: by a single desk on its own
    file, by the main PC for the database it hosts, by an office desk of another server; never
    by a reception or till desk, whose login may not (they said « Ce poste n'a pas le droit »
    at every start)."""
    from app.sharing.desk_config import saved_desk

    if not ctx.target.is_server:
        return True
    from app.backup.main_pc import hosted_server_address

    if hosted_server_address(ctx.engine.url) is not None:
        return True
    saved = saved_desk() or {}
    return saved.get("kind", "office") == "office"


def start_daily_jobs(ctx: DeskContext) -> None:
    """In the background: the first backup of the day, then retention and audit purge."""
    from ui.tasks import error_text, run_task

    def work(_progress):  # type: ignore[no-untyped-def]
        from app.backup.schedule import automatic_backup
        from app.services.retention import run_daily_retention

        if not runs_the_daily_jobs(ctx):
            return None
        result = automatic_backup(ctx.engine, ctx.db_path, first_of_day=True)
        run_daily_retention(ctx.engine)
        return result

    def done(result) -> None:  # type: ignore[no-untyped-def]
        if result is not None and result.warnings:
            messages.warn(None, _tr("Backup"), "\n".join(result.warnings))

    def failed(error: Exception) -> None:
        messages.warn(None, _tr("Backup"), error_text(error))

    run_task(work, on_done=done, on_error=failed)


def catch_up_after_away(ctx: DeskContext) -> None:
    """A desk started with its main PC off, the first time the main PC answers: what a normal
    start does there. The database is brought to this version's schema (copied aside first),
    or a newer version's schema is said in French; then the daily jobs run. A main PC gone
    again meanwhile: the next time it answers."""
    from app.db import open_database
    from ui.tasks import error_text, run_task

    def work(_progress):  # type: ignore[no-untyped-def]
        open_database(ctx.target).dispose()

    def done(_result) -> None:  # type: ignore[no-untyped-def]
        start_daily_jobs(ctx)

    def failed(error: Exception) -> None:
        if getattr(error, "unreachable", False):
            ctx.extras["started_away"] = True
            return
        messages.warn(None, _tr("Aiguillage"), error_text(error))

    ctx.extras["started_away"] = False
    run_task(work, on_done=done, on_error=failed)


def backup_on_close(ctx: DeskContext) -> None:
    """The closing backup; a problem is shown, never raised."""
    from app.backup.schedule import automatic_backup

    try:
        result = automatic_backup(ctx.engine, ctx.db_path, first_of_day=False)
    except UserError as error:
        messages.warn(None, _tr("Backup"), error.message)
        return
    if result is not None and result.warnings:
        messages.warn(None, _tr("Backup"), "\n".join(result.warnings))


def lock_minutes_setting(ctx: DeskContext) -> int:
    """Minutes without activity before the desk locks (the usual 5 while the server of a desk
    started away from it is out of reach)."""
    from app.db import read_session
    from app.services.settings import DEFAULTS, get_setting

    if ctx.extras.get("started_away"):
        return int(DEFAULTS.get("lock_after_minutes", 5))
    with read_session(ctx.engine) as session:
        try:
            return max(0, int(get_setting(session, "lock_after_minutes")))
        except (TypeError, ValueError):
            return 5
