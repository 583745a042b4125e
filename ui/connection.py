"""The window's side of a desk on a server that loses it (app.connection_state holds the rest).

`attach(window)` is called for a desk on a server (never for a single SQLite desk): it gives the
desk context its `DeskConnection` (`ctx.connection`, an `app.context.DeskLink`), puts the
sentence in the status bar (« Poste principal injoignable — 12 passages en attente ») and tells
every page of each change (`Page.connection_changed`): a page that needs the server greys its
content with one sentence, never an open dialog or box; a page that `works_offline` goes on
with the outbox or the directory copy. The asking, the
sending of the outbox and the refresh of the directory copy happen on a background thread: the
window keeps turning.

The connection also holds the desk's kept sign-ins (app.desk_sign_ins): an agent who signed in
here while the server answered can sign in again while it is away (a desk started with the main
PC off, or locked meanwhile). Such a session has the offline features only; once the server
answers, it confirms the agent (`_confirm_sign_in`) or locks the desk with one sentence.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from app.connection_state import (
    ONLINE_PROBE_S,
    ConnectionState,
    is_unreachable,
    server_needed_sentence,
)
from app.desk_sign_ins import DeskSignIns, confirm_sign_in
from app.errors import UserError
from app.logs import log
from app.outbox import Outbox, outbox_path

KEY_ROLE = 256  # as ui.main_window


class DeskConnection(QObject):
    """Online or not, seen from the window: `changed` is emitted on every change of state and
    of the number of waiting entries."""

    changed = Signal()
    _answered = Signal()

    def __init__(
        self, engine: Any, data_folder: Path, parent: QObject | None = None, copy: Any = None
    ) -> None:
        super().__init__(parent)
        self.data_folder = Path(data_folder)
        self.outbox = Outbox(outbox_path(data_folder))
        self.copy = copy
        self.sign_ins = DeskSignIns(data_folder)
        # (agent id, PIN hash) of a sign-in checked on this desk alone, until the server
        # confirms it
        self.unconfirmed: tuple | None = None
        self.confirming = False
        on_back = [copy.refresh] if copy is not None else []
        on_back.append(self.sign_ins.refresh)
        self.state = ConnectionState(engine, self.outbox, on_back)
        self._asking = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.ask)
        self._answered.connect(self._on_answer)
        # something kept from an earlier session is sent as soon as the window turns
        self._timer.start(0 if not self.outbox.is_empty() else int(ONLINE_PROBE_S * 1000))

    @property
    def online(self) -> bool:
        return self.state.online

    def keeps_locally(self) -> bool:
        return self.state.keeps_locally()

    def sentence(self) -> str:
        return self.state.sentence()

    def noticed(self, error: BaseException) -> bool:
        """An operation failed: if the server is out of reach, go offline (True)."""
        if not is_unreachable(error):
            return False
        self.lost()
        return True

    def lost(self) -> None:
        was_online = self.state.online
        self.state.lost()
        self.changed.emit()
        if was_online and not self._asking:
            self._timer.start(int(self.state.next_delay() * 1000))

    def kept(self) -> None:
        """Something went to the outbox (or left it by an undo)."""
        self.changed.emit()

    def ask(self) -> None:
        """Ask the server now (in the background); sends the outbox when it answers."""
        if self._asking:
            return
        self._asking = True
        self._timer.stop()
        threading.Thread(target=self._ask_in_background, name="reconnect", daemon=True).start()

    def _ask_in_background(self) -> None:
        from app.db import server_answers

        try:
            if self.state.online and self.outbox.is_empty():
                if not server_answers(self.state.engine):
                    self.state.lost()
                elif self.outbox.set_aside():
                    # reported at each asking: a « Renvoyer » on the main PC clears this
                    # desk's notice without waiting for its next send
                    self.state.report()
            else:
                self.state.try_back()
        finally:
            self._answered.emit()

    def _on_answer(self) -> None:
        self._asking = False
        self.changed.emit()
        if not self.state.online:
            self._timer.start(int(self.state.next_delay() * 1000))
        elif not self.outbox.is_empty():
            self._timer.start(0)  # a click kept while the last entries were being sent
        else:
            self._timer.start(int(ONLINE_PROBE_S * 1000))

    def close(self) -> None:
        self._timer.stop()
        self.outbox.close()


class OfflineStatus(QLabel):
    """The status bar's sentence: shown only while something is kept or the server is away."""

    def __init__(self, connection: DeskConnection, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("statusConnection")
        self.setStyleSheet(
            "QLabel { background: #fff4ce; color: #3b2f00; border: 1px solid #c8a600;"
            " padding: 2px 8px; font-weight: bold; }"
        )
        self.connection = connection
        connection.changed.connect(self.update_text)
        self.update_text()

    def update_text(self) -> None:
        text = self.connection.sentence()
        self.setText(text)
        self.setAccessibleName(text)
        self.setToolTip(self.connection.state.details() if text else "")
        self.setVisible(bool(text))


def _grey_pages(window: QMainWindow, connection: DeskConnection) -> None:
    """Grey what needs the server (navigation, the content of the pages that need it, with one
    sentence over the page shown) and tell every built page of the change."""
    online = connection.online
    navigation = window.navigation  # type: ignore[attr-defined]
    for row in range(navigation.count()):
        item = navigation.item(row)
        flags = item.flags()
        if not online and not window.page_works_offline(item.data(KEY_ROLE)):  # type: ignore[attr-defined]
            item.setFlags(flags & ~Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip(server_needed_sentence())
        else:
            item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip("")
    banner = window.findChild(QLabel, "offlineBanner")
    if banner is None:
        banner = QLabel(server_needed_sentence(), window.stack)  # type: ignore[attr-defined]
        banner.setObjectName("offlineBanner")
        banner.setWordWrap(True)
        banner.setStyleSheet(
            "QLabel { background: #eeeeee; color: #222222; border: 1px solid #888888;"
            " padding: 8px; font-weight: bold; }"
        )
    for page in window.built_pages():  # type: ignore[attr-defined]
        page.connection_changed(online)
    key = window.current_page_key()  # type: ignore[attr-defined]
    if not online and key is not None and not window.page_works_offline(key):  # type: ignore[attr-defined]
        stack = window.stack  # type: ignore[attr-defined]
        banner.setFixedWidth(max(200, stack.width() - 40))
        banner.adjustSize()
        banner.move(20, 12)
        banner.raise_()
        banner.show()
    else:
        banner.hide()


def attach(
    window: QMainWindow,
    data_folder: Path | None = None,
    copy: Any = None,
    *,
    server_only: bool = True,
    started_away: bool = False,
) -> DeskConnection | None:
    """Give a desk on a server its outbox, its status sentence and its greying
    (`server_only=False`: any desk, for the screenshots of the offline states;
    `started_away`: the server did not answer when the desk started)."""
    ctx = window.ctx  # type: ignore[attr-defined]
    if (server_only and not ctx.target.is_server) or ctx.engine is None:
        return None
    if data_folder is None:
        from app.config import data_dir

        data_folder = data_dir()
    if copy is None:
        from app.directory_copy import DirectoryCopy

        copy = DirectoryCopy(data_folder)
    connection = DeskConnection(ctx.engine, data_folder, window, copy=copy)
    ctx.connection = connection
    window.statusBar().addWidget(OfflineStatus(connection, window))
    connection.changed.connect(lambda: _grey_pages(window, connection))
    connection.changed.connect(lambda: _follow_lock_screen(window, connection))
    connection.changed.connect(lambda: _confirm_sign_in(window, connection))
    window.page_changed.connect(lambda _key: _grey_pages(window, connection))  # type: ignore[attr-defined]
    if started_away:
        connection.lost()  # asked again at once, then less and less often
        connection.changed.connect(lambda: _first_return(window, connection))
    else:
        threading.Thread(
            target=_refresh_quietly, args=(connection, ctx.engine), daemon=True
        ).start()
    return connection


def _first_return(window: QMainWindow, connection: DeskConnection) -> None:
    """A desk started with the main PC off: once it answers, the daily jobs and the schema
    check of a normal start (ui.safe_start)."""
    ctx = window.ctx  # type: ignore[attr-defined]
    if connection.online and ctx.extras.get("started_away"):
        from ui.safe_start import catch_up_after_away

        catch_up_after_away(ctx)


def _follow_lock_screen(window: QMainWindow, connection: DeskConnection) -> None:
    """The sign-in form lists the agents the way the server is reached: all of them, or only
    those kept on this desk while it is away."""
    lock_screen = getattr(window, "lock_screen", None)
    if lock_screen is None or not lock_screen.is_locked():
        return
    if lock_screen.form.shown_online != connection.online:
        lock_screen.form.reload(preselect=lock_screen.form.selected_agent_id())


def _confirm_sign_in(window: QMainWindow, connection: DeskConnection) -> None:
    """Back online after a sign-in checked on this desk alone: the server confirms the agent
    (their real role from now on), or the desk locks with one sentence."""
    pending = connection.unconfirmed
    if pending is None or not connection.online or connection.confirming:
        return
    from ui.operations import write_op

    ctx = window.ctx  # type: ignore[attr-defined]
    agent_id, pin_hash = pending
    connection.confirming = True

    def done(actor: Any) -> None:
        connection.confirming = False
        if connection.unconfirmed != pending:
            return  # someone else signed in meanwhile
        connection.unconfirmed = None
        if actor is not None:
            ctx.actor = actor
            window.rebuild_navigation()  # type: ignore[attr-defined]
            _grey_pages(window, connection)
            return
        _lock_unconfirmed(window)

    def failed(error: UserError) -> None:
        connection.confirming = False
        if connection.noticed(error):
            return  # asked again when the server answers
        if connection.unconfirmed == pending:
            connection.unconfirmed = None
            _lock_unconfirmed(window)

    write_op(
        window,
        ctx.engine,
        lambda session: confirm_sign_in(session, agent_id, pin_hash),
        done,
        failed,
    )


def _lock_unconfirmed(window: QMainWindow) -> None:
    from PySide6.QtCore import QCoreApplication

    ctx = window.ctx  # type: ignore[attr-defined]
    ctx.actor, ctx.agent_name = None, ""
    window.reset_pages()  # type: ignore[attr-defined]
    window.rebuild_navigation()  # type: ignore[attr-defined]
    lock_screen = getattr(window, "lock_screen", None)
    if lock_screen is not None:
        lock_screen.lock(
            reason=QCoreApplication.translate(
                "Connection",
                "The main PC no longer knows this PIN or this agent: please sign in again.",
            )
        )


def _refresh_quietly(connection: DeskConnection, engine: Any) -> None:
    """The copy and the kept sign-ins made again at the start of the desk; a server already
    away keeps the last ones."""
    from app.db import server_answers

    server_answers(engine)  # this desk's clock in step with the main PC's from the start
    for refresh in (connection.copy.refresh, connection.sign_ins.refresh):
        try:
            refresh(engine)
        except Exception as error:  # noqa: BLE001 — the desk starts on what it kept
            log.info(
                "Not refreshed at start-up (%s): the desk keeps what it had",
                type(error).__name__,
            )


def connection_of(ctx: Any) -> DeskConnection | None:
    """The desk's connection (`ctx.connection`), or None for a single SQLite desk."""
    return ctx.connection if ctx is not None else None
