"""Running the desk: one app per database, a safe opening, first-run set-up, sign-in, the main
window with its automatic lock, and a backup on closing."""

from pathlib import Path

from app.i18n import DEFAULT_LANGUAGE
from ui import messages
from ui.application import get_application
from ui.dialogs.login import run_login
from ui.i18n import install_translators, stored_language
from ui.main_window import MainWindow
from ui.safe_start import (
    acquire_instance_lock,
    backup_on_close,
    lock_minutes_setting,
    open_or_recover,
    start_daily_jobs,
)


def run_desk(db_path: Path, language: str | None = None) -> int:
    """Open the window; `language` from --lang, else the database's `language` setting."""
    app = get_application(language or DEFAULT_LANGUAGE)
    instance_lock = acquire_instance_lock(db_path)
    if instance_lock is None:
        messages.error(
            None,
            app.translate("Desk", "Aiguillage"),
            app.translate("Desk", "Aiguillage is already open on this database on this computer."),
        )
        return 1
    try:
        return _run(app, db_path, language)
    finally:
        instance_lock.unlock()


def _run(app, db_path: Path, language: str | None) -> int:  # type: ignore[no-untyped-def]
    ctx = open_or_recover(db_path, language or DEFAULT_LANGUAGE)
    if ctx is None:
        return 2
    if language is None:
        ctx.language = stored_language(ctx.engine)
        if ctx.language != DEFAULT_LANGUAGE:
            install_translators(app, ctx.language)
    if ctx.site_id is None:
        from ui.dialogs.first_run import run_first_run

        if not run_first_run(ctx):
            return 0
    start_daily_jobs(ctx)
    if ctx.actor is None and not run_login(ctx):
        return 0
    window = MainWindow(ctx)
    window.start_idle_lock(lock_minutes_setting(ctx))
    window.show()
    code = app.exec()
    backup_on_close(ctx)
    ctx.engine.dispose()
    return code
