"""Running the desk: one app per database, the window painted at once, then a safe opening,
first-run set-up, sign-in on the lock screen, the automatic lock, and a backup on closing.
A desk on a server whose main PC is off opens all the same, from its directory copy, for the
offline work (ui.connection). Unexpected failures are logged in the user data folder and shown
with a report (ui.crash)."""

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from app.context import DeskContext
from app.db.target import DatabaseTarget, as_target
from app.startup_peek import stored_language
from ui.application import get_application
from ui.instance_lock import acquire_instance_lock
from ui.main_window import DEFAULT_SIZE, MainWindow
from ui.screen_fit import show_main_window


def run_desk(target: DatabaseTarget, language: str | None = None) -> int:
    """Open the window; `language` from --lang, else the database's `language` setting."""
    from app import config
    from app.logs import start_logging, stop_logging
    from ui.crash import install_exception_hooks

    target = as_target(target)
    language = language or stored_language(target)
    app = get_application(language)
    start_logging(config.data_dir())
    uninstall_hooks = install_exception_hooks()
    try:
        return _run_locked(app, target, language)
    finally:
        uninstall_hooks()
        stop_logging()


def _run_locked(app: QApplication, target: DatabaseTarget, language: str) -> int:
    instance_lock = acquire_instance_lock(target)
    if instance_lock is None:
        from ui import messages

        messages.error(
            None,
            app.translate("Desk", "Aiguillage"),
            app.translate("Desk", "Aiguillage is already open on this database on this computer."),
        )
        return 1
    try:
        return _run(app, target, language)
    finally:
        instance_lock.unlock()


def _run(app: QApplication, target: DatabaseTarget, language: str) -> int:
    ctx = DeskContext(engine=None, target=target, language=language)
    window = MainWindow(ctx)
    show_main_window(window, *DEFAULT_SIZE)
    app.processEvents()  # paint the window before the database layer is even loaded
    code = open_desk_in(window, ctx)
    if code is not None:
        window.close()
        return code
    code = app.exec()
    QThreadPool.globalInstance().waitForDone()  # let a running backup finish, never cut it
    from ui.safe_start import backup_on_close

    backup_on_close(ctx)
    ctx.engine.dispose()
    from ui.hosting import offer_to_stop

    offer_to_stop(ctx)  # the main PC: its server keeps running unless the person says so
    return code


def open_desk_in(window: MainWindow, ctx: DeskContext) -> int | None:
    """Open the database behind the painted window; an exit code if the desk cannot start."""
    from app import new_database
    from ui.hosting import start_own_server, watch_desks
    from ui.safe_start import lock_minutes_setting, open_or_recover, start_daily_jobs

    start_own_server(window, ctx)  # the main PC serves whenever it is on
    # only a file this start creates can be taken away again (a server's database never is)
    created_now = ctx.db_path is not None and new_database.is_new(ctx.db_path)
    opened = open_or_recover(ctx.target, ctx.language)
    if opened is None:
        return 2
    ctx.engine, ctx.site_id, ctx.site_name = opened.engine, opened.site_id, opened.site_name
    ctx.extras.update(opened.extras)
    away = bool(ctx.extras.get("started_away"))  # the main PC is off: offline work only
    if ctx.site_id is None:
        from ui.dialogs.first_run import run_first_run

        path = ctx.db_path
        if not run_first_run(ctx, window):
            ctx.engine.dispose()
            if created_now:  # cancelled set-up: leave no empty database behind
                new_database.remove_unused(ctx.db_path)
            return 0
        if created_now and ctx.db_path is None:  # joined a shared place: the file is unused
            new_database.remove_unused(path)
    if not away:
        start_daily_jobs(ctx)
    if ctx.target.is_server:  # a desk joined to a main PC keeps working when it is away
        from ui.connection import attach

        attach(window, started_away=away)
    window.desk_ready()
    watch_desks(window)
    if ctx.actor is None:
        window.lock_now()  # sign in on the lock screen: nothing shows until a PIN is typed
    window.start_idle_lock(lock_minutes_setting(ctx))
    return None
