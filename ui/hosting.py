"""The main PC's window and its own server: started when it is down at opening (said in the
status bar), the desks connected counted in the status bar, and at quit an offer to stop it
that says what the desks lose (kept running unless the person says otherwise)."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

from app.context import DeskContext
from app.errors import UserError
from ui import messages

# how often the status bar counts the desks connected (milliseconds)
COUNT_EVERY_MS = 20_000
STARTED_KEY = "server_started"
HOSTS_KEY = "hosts_server"
DESKS_KEY = "connected_desks"
STARTED_LABEL = "serverStartedNotice"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Hosting", text)


def start_own_server(window: QMainWindow, ctx: DeskContext) -> None:
    """Before the database is opened: on the main PC, its server started if it is down. A server
    that cannot start is said, and the opening goes on (it then says the server is away)."""
    from app.sharing.hosting import hosted_folder, start_hosted_server

    if not ctx.target.is_server or hosted_folder() is None:
        return
    ctx.extras[HOSTS_KEY] = True
    opening = getattr(window, "opening", None)
    if opening is not None:
        opening.setText(_tr("Starting the shared database…") + "\n" + _tr("One moment, please."))
        QCoreApplication.processEvents()
    try:
        ctx.extras[STARTED_KEY] = start_hosted_server()
    except UserError as error:
        messages.warn(window, _tr("Shared database"), error.message)


def hosts_server(ctx: DeskContext) -> bool:
    return bool(ctx.extras.get(HOSTS_KEY))


def started_sentence() -> str:
    return _tr("Shared database started again.")


def started_detail() -> str:
    return _tr("The shared database was stopped: Aiguillage started it again. The desks can "
               "connect.")


def watch_desks(window: QMainWindow) -> None:
    """On the main PC: say that its server was started, and count the desks connected now and
    every COUNT_EVERY_MS in the status bar."""
    ctx: DeskContext = window.ctx  # type: ignore[attr-defined]
    if not hosts_server(ctx):
        return
    if ctx.extras.pop(STARTED_KEY, False):
        say_started(window)
    timer = QTimer(window)
    timer.setObjectName("connectedDesksTimer")
    timer.timeout.connect(lambda: count_desks(window))
    timer.start(COUNT_EVERY_MS)
    count_desks(window)


def say_started(window: QMainWindow) -> QLabel:
    """A line of the status bar for a minute, and again for a minute once the first agent has
    signed in (the lock screen hides the status bar until then)."""
    label = QLabel(started_sentence(), window)
    label.setObjectName(STARTED_LABEL)
    label.setToolTip(started_detail())
    window.statusBar().addWidget(label)

    def show_for_a_minute() -> None:
        label.show()
        QTimer.singleShot(60_000, label, label.hide)

    show_for_a_minute()
    lock_screen = getattr(window, "lock_screen", None)
    if lock_screen is not None:
        def again(_agent_changed: bool) -> None:
            lock_screen.unlocked.disconnect(again)
            show_for_a_minute()

        lock_screen.unlocked.connect(again)
    return label


def count_desks(window: QMainWindow) -> None:
    from app.sharing.hosting import connected_desks
    from ui.operations import read_op

    ctx: DeskContext = window.ctx  # type: ignore[attr-defined]

    def done(count: int) -> None:
        ctx.extras[DESKS_KEY] = count
        window.update_status()  # type: ignore[attr-defined]

    def refused(_error: UserError) -> None:
        ctx.extras.pop(DESKS_KEY, None)
        window.update_status()  # type: ignore[attr-defined]

    read_op(window, ctx.engine, lambda session: connected_desks(session.connection()), done,
            refused, key="connected-desks")


def database_words(ctx: DeskContext) -> str:
    """The status bar's database: « Base partagée — 3 postes connectés » on the main PC,
    « Base partagée » on a joined desk."""
    count = ctx.extras.get(DESKS_KEY)
    if count is None:
        return _tr("Shared database")
    if count == 0:
        return _tr("Shared database — no desk connected")
    if count == 1:
        return _tr("Shared database — 1 desk connected")
    return _tr("Shared database — %1 desks connected").replace("%1", str(count))


def stop_question() -> str:
    return _tr("Stop the shared database too? While it is stopped, the other desks can no "
               "longer look people up, and keep only the till, the directory and anonymous "
               "visits, sent when it starts again. It starts again with this PC or with "
               "Aiguillage. Usually, keep it running.")


def offer_to_stop(ctx: DeskContext) -> bool:
    """At quit, on the main PC: ask (the answer « Non » by default) and stop the server only if
    the person says so. Whether it was stopped."""
    if not hosts_server(ctx):
        return False
    from app.sharing.hosting import hosted_server

    if not messages.confirm(None, _tr("Close Aiguillage"), stop_question()):
        return False
    try:
        server = hosted_server()
        if server is None:
            return False
        server.stop()
    except UserError as error:
        messages.warn(None, _tr("Shared database"), error.message)
        return False
    except subprocess.CalledProcessError:
        messages.warn(None, _tr("Shared database"), _tr("The shared database could not be "
                                                        "stopped: it keeps running."))
        return False
    return True
