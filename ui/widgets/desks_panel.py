"""Réglages › Postes (coordinators): share this desk's database with other desks, or, on the
main PC, list the desks, add one (a one-time code shown in big letters) and revoke one.

On a single desk the data moves in the background (`ui.tasks.run_task`); then the desk reopens
on the shared database in place: every page keeps the same context, now on the server. The
desks' list, adding and revoking go through the operations layer on the main PC's own login.

On the main PC the list follows the desks while it is shown: what a desk reports of its outbox
comes as the live topic « desks », and whether a desk is connected (which no write tells) is
read again every `PRESENCE_MS`, only while the tab is on screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import DeskContext
from ui import messages, tasks
from ui.live import FollowsLive
from ui.operations import read_op, write_op

# where the main PC listens (None: the loopback and this PC's local network), whether its
# server survives a power cut, and whether it starts with the PC; tests keep all on the loopback
SHARE_LISTEN: list[str] | None = None
DURABLE = True
ALWAYS_ON = True
PORT = 5433
# how often the shown list reads again which desks are connected (a light read on the main PC)
PRESENCE_MS = 1000


def _tr(text: str) -> str:
    return QCoreApplication.translate("DesksPanel", text)


def kind_labels() -> dict[str, str]:
    return {"office": _tr("office"), "reception": _tr("reception"), "till": _tr("till")}


def shown_code(code: str) -> str:
    return f"{code[:4]}-{code[4:]}"


def main_pc_folder() -> Path | None:
    """The server folder when this desk is the main PC, else None."""
    from app.sharing.desk_config import saved_desk

    saved = saved_desk()
    return Path(saved["server_dir"]) if saved and saved.get("server_dir") else None


def _button(parent: QWidget, name: str, text: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(text.replace("&", ""))
    return button


class DesksPanel(QWidget, FollowsLive):
    live_topics = ("desks",)  # a desk reported its outbox (waiting or refused records)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("desksPanel")
        self._code_login: str | None = None  # the desk whose join code is shown
        self.presence = QTimer(self)
        self.presence.setInterval(PRESENCE_MS)
        self.presence.timeout.connect(self._read_if_shown)
        layout = QVBoxLayout(self)
        self.single_box = self._build_single()
        self.main_box = self._build_main()
        self.joined_label = QLabel(
            _tr("This desk works on the place's shared database. Desks are added and removed "
                "on the main PC, in Settings › Desks."), self)
        self.joined_label.setObjectName("joinedDeskLabel")
        self.joined_label.setWordWrap(True)
        layout.addWidget(self.single_box)
        layout.addWidget(self.main_box, 1)  # on the main PC, the desks' tables take the height
        layout.addWidget(self.joined_label)
        layout.addStretch(0)
        self.refresh()

    # --- a single desk ------------------------------------------------------------------
    def _build_single(self) -> QGroupBox:
        box = QGroupBox(_tr("Share this database with other desks"), self)
        explanation = QLabel(
            _tr("Several desks (reception, till, office) can work on the same data. This PC "
                "becomes the main PC: it keeps the database and the other desks connect to it "
                "over the place's network. Choose the PC that is on whenever the place is "
                "open. The data is moved and checked; this file is kept aside, read-only."),
            box,
        )
        explanation.setWordWrap(True)
        self.share_button = _button(box, "shareButton",
                                    _tr("Share this database with other desks"))
        self.share_button.clicked.connect(self.share)
        own = QGroupBox(_tr("I already have a PostgreSQL server"), box)
        own_hint = QLabel(
            _tr("For IT staff: the address of a new, empty database on PostgreSQL 14 or newer."),
            own)
        own_hint.setWordWrap(True)
        self.url_edit = QLineEdit(own)
        self.url_edit.setObjectName("ownServerUrl")
        self.url_edit.setAccessibleName(_tr("Address of the PostgreSQL database"))
        self.url_edit.setPlaceholderText("postgresql://identifiant:mot-de-passe@serveur/base")
        self.url_edit.returnPressed.connect(self.move_to_own_server)
        self.own_button = _button(own, "ownServerButton", _tr("Check and move the data there"))
        self.own_button.clicked.connect(self.move_to_own_server)
        own_row = QHBoxLayout()
        own_row.addWidget(self.url_edit, 1)
        own_row.addWidget(self.own_button)
        own_layout = QVBoxLayout(own)
        own_layout.addWidget(own_hint)
        own_layout.addLayout(own_row)
        self.progress = QProgressBar(box)
        self.progress.setObjectName("shareProgress")
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.result_label = QLabel(box)
        self.result_label.setObjectName("shareResult")
        self.result_label.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(explanation)
        layout.addWidget(self.share_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(own)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        return box

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.share_button.setEnabled(not busy)
        self.own_button.setEnabled(not busy)

    def share(self) -> None:
        if self.ctx.db_path is None or not messages.confirm(
            self, _tr("Share this database"),
            _tr("This PC will become the main PC of the place. Leave it on whenever the place "
                "is open. Continue?"),
        ):
            return
        path, folder = self.ctx.db_path, self.ctx.db_path.parent / "serveur-partage"

        def work(_progress):  # type: ignore[no-untyped-def]
            from app.sharing.always_on import install_start_with_session
            from app.sharing.sharing import choose_port, share_this_database

            port = choose_port(PORT)
            server, checks = share_this_database(path, folder, port, SHARE_LISTEN,
                                                 durable=DURABLE)
            if ALWAYS_ON:  # the server starts with the session (Linux, Windows)
                install_start_with_session(server.folder)
            return _reopen(checks)

        self._run(work)

    def move_to_own_server(self) -> None:
        from app.db.target import as_target, is_server_address
        from app.errors import UserError

        typed = self.url_edit.text().strip()
        if self.ctx.db_path is None:
            return
        if not is_server_address(typed):
            self._failed(UserError(_tr("Type the address of the database, starting with "
                                       "postgresql://")))
            return
        try:
            url = as_target(typed).url
        except UserError as error:
            self._failed(error)
            return
        path = self.ctx.db_path

        def work(_progress):  # type: ignore[no-untyped-def]
            from app.sharing.sharing import move_to_own_server

            return _reopen(move_to_own_server(path, url))

        self._run(work)

    def _run(self, work) -> None:  # type: ignore[no-untyped-def]
        self._busy(True)
        self.result_label.setText(_tr("Moving the data and checking it… Do not close "
                                      "Aiguillage."))
        self.ctx.engine.dispose()  # the file is moved: no connection stays open on it
        tasks.run_task(work, on_done=self._shared, on_error=self._failed)

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        self.result_label.setText("")
        messages.warn(self, _tr("Share this database"), tasks.error_text(error))

    def _shared(self, result) -> None:  # type: ignore[no-untyped-def]
        from app.db.target import as_target

        checks, engine, url = result
        self._busy(False)
        old, self.ctx.engine, self.ctx.target = self.ctx.engine, engine, as_target(url)
        old.dispose()
        self._show_main_pc()
        rows = sum(check.rows for check in checks)
        text = (_tr("%1 rows moved in %2 tables, and checked: every count and checksum is the "
                    "same. Aiguillage now works on the shared database.")
                .replace("%1", str(rows)).replace("%2", str(len(checks))))
        self.result_label.setText(text)
        messages.info(self, _tr("Share this database"),
                      text + " " + _tr("The desk has reopened on it; nothing else to do."))
        self.refresh()

    def _show_main_pc(self) -> None:
        """The window's status bar now names the shared database and counts its desks."""
        from ui.hosting import HOSTS_KEY, watch_desks

        window = self.window()
        if not hasattr(window, "update_status"):
            return
        if main_pc_folder() is not None and not self.ctx.extras.get(HOSTS_KEY):
            self.ctx.extras[HOSTS_KEY] = True
            watch_desks(window)
        window.update_status()

    # --- the main PC -----------------------------------------------------------------------
    def _build_main(self) -> QGroupBox:
        box = QGroupBox(_tr("Desks of the place"), self)
        self.address_label = QLabel(box)
        self.address_label.setObjectName("mainPcAddress")
        self.address_label.setWordWrap(True)
        self.table = QTableWidget(0, 4, box)
        self.table.setObjectName("desksTable")
        self.table.setAccessibleName(_tr("Desks of the place"))
        self.table.setHorizontalHeaderLabels(
            [_tr("Name"), _tr("Kind"), _tr("Added on"), _tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)  # the state says the most
        self.table.verticalHeader().hide()
        self.revoke_button = _button(box, "revokeDeskButton", _tr("Remove this desk"))
        self.revoke_button.clicked.connect(self.revoke)
        self.name_edit = QLineEdit(box)
        self.name_edit.setObjectName("newDeskName")
        self.name_edit.setAccessibleName(_tr("Name of the new desk"))
        self.name_edit.setPlaceholderText(_tr("e.g. Till of the shop"))
        self.name_edit.setMaxLength(80)
        self.kind_combo = QComboBox(box)
        self.kind_combo.setObjectName("newDeskKind")
        self.kind_combo.setAccessibleName(_tr("Kind of desk"))
        for kind, label in kind_labels().items():
            self.kind_combo.addItem(label, kind)
        self.add_button = _button(box, "addDeskButton", _tr("Add a desk"))
        self.add_button.clicked.connect(self.add_desk)
        self.name_edit.returnPressed.connect(self.add_desk)
        form = QFormLayout()
        form.addRow(_tr("&Name:"), self.name_edit)
        form.addRow(_tr("&Kind:"), self.kind_combo)
        self.code_label = QLabel(box)
        self.code_label.setObjectName("joinCode")
        self.code_label.setAccessibleName(_tr("One-time join code"))
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.code_label.font())
        font.setPointSize(max(font.pointSize(), 10) * 2)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.code_label.setFont(font)
        self.code_hint = QLabel(box)
        self.code_hint.setObjectName("joinCodeHint")
        self.code_hint.setWordWrap(True)
        add_box = QGroupBox(_tr("Add a desk"), box)
        add_layout = QVBoxLayout(add_box)
        add_layout.addLayout(form)
        add_layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        add_layout.addWidget(self.code_label)
        add_layout.addWidget(self.code_hint)
        right = QVBoxLayout()
        right.addWidget(add_box)
        right.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.table, 2)
        left.addWidget(self.revoke_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self._build_refused(box), 1)
        row = QHBoxLayout()
        row.addLayout(left, 3)
        row.addLayout(right, 2)
        layout = QVBoxLayout(box)
        layout.addWidget(self.address_label)
        layout.addLayout(row, 1)
        return box

    def _build_refused(self, parent: QWidget) -> QGroupBox:
        """The records the desks kept and the server refused, with why, to send again."""
        box = QGroupBox(_tr("Records refused by the main PC"), parent)
        box.setObjectName("refusedBox")
        self.refused_label = QLabel(box)
        self.refused_label.setObjectName("refusedSummary")
        self.refused_label.setWordWrap(True)
        self.refused_table = QTableWidget(0, 4, box)
        self.refused_table.setObjectName("refusedTable")
        self.refused_table.setAccessibleName(_tr("Records refused by the main PC"))
        self.refused_table.setHorizontalHeaderLabels(
            [_tr("Desk"), _tr("Record"), _tr("Made on"), _tr("Reason")])
        self.refused_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.refused_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.refused_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.refused_table.setWordWrap(True)
        self.refused_table.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        self.refused_table.verticalHeader().hide()
        self.resend_button = _button(box, "resendRefusedButton", _tr("Send again"))
        self.resend_button.setToolTip(
            _tr("Once the cause is fixed (a right given back, a service or a category put back): "
                "made here as it was kept, at its time and by its person."))
        self.resend_button.clicked.connect(self.resend)
        self.export_button = _button(box, "exportRefusedButton", _tr("Export…"))
        self.export_button.clicked.connect(self.export_refused)
        buttons = QHBoxLayout()
        buttons.addWidget(self.resend_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.refused_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.refused_table, 1)
        layout.addLayout(buttons)
        self.states: list = []
        return box

    def _server(self):  # type: ignore[no-untyped-def]
        from app.sharing.server import SharedServer

        folder = main_pc_folder()
        return SharedServer.load(folder) if folder else None

    def refresh(self) -> None:
        on_server = self.ctx.target.is_server
        server = self._server() if on_server else None
        self.single_box.setVisible(not on_server)
        self.main_box.setVisible(server is not None)
        self.joined_label.setVisible(on_server and server is None)
        if server is None:
            return
        addresses = [a for a in server.addresses() if a != "127.0.0.1"] or server.addresses()
        self.address = f"{addresses[0]}:{server.port}"
        self.address_label.setText(
            _tr("This PC is the main PC. Its address on the place's network: %1. Leave it on "
                "whenever the place is open.").replace("%1", self.address))
        self._read_desks()
        if not self.presence.isActive():
            self.presence.start()

    def _read_desks(self) -> None:
        read_op(self, self.ctx.engine, _desk_rows, self._show_desks, key="desksPanel.list",
                title=_tr("Desks"))

    def _read_if_shown(self) -> None:
        if not self.isVisible() or not self.main_box.isVisible():
            self.presence.stop()  # the tab is left: read again when shown (`refresh`)
            return
        from ui.operations import quietly

        with quietly():  # the server not answering now: the list stays as it is
            self._read_desks()

    def live_change(self, topic: str) -> None:
        if self.main_box.isVisible():
            self._read_desks()

    def _show_desks(self, states) -> None:  # type: ignore[no-untyped-def]
        from app.clock import to_local

        labels = kind_labels()
        self.states = list(states)
        self.table.setRowCount(len(states))
        for index, state in enumerate(states):
            desk = state.desk
            values = (desk.name, labels.get(desk.kind, desk.kind),
                      to_local(desk.added_at).strftime("%d/%m/%Y %H:%M"), state_words(state))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, desk.login)
                self.table.setItem(index, column, item)
        for column in (0, 1, 2):  # the state takes the rest of the width
            self.table.resizeColumnToContents(column)
        self._show_refused()

    def _show_refused(self) -> None:
        from app.clock import to_local
        from app.sharing.desks import record_words

        names = {state.desk.login: state.desk.name for state in self.states}
        records = [record for state in self.states for record in state.outbox.refused]
        self.refused_table.setRowCount(len(records))
        for index, record in enumerate(records):
            values = (names.get(record.login, record.login), record_words(record.what),
                      to_local(record.occurred_at).strftime("%d/%m/%Y %H:%M"), record.reason)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, (record.login, record.entry_id))
                item.setToolTip(record.reason)
                self.refused_table.setItem(index, column, item)
        for column in (0, 1, 2):
            self.refused_table.resizeColumnToContents(column)
        self.refused_table.resizeRowsToContents()
        self.refused_label.setText(
            _tr("The desks' kept records that the main PC refused: none. Nothing is lost.")
            if not records else
            _tr("Kept on their desk and refused here: fix the cause, then « Send again ». "
                "Nothing is deleted."))  # fmt: skip
        self.refused_table.setVisible(bool(records))
        self.resend_button.setEnabled(bool(records))
        self.export_button.setEnabled(bool(records))

    def resend(self) -> None:
        from app.sharing import desks

        items = self.refused_table.selectedItems()
        if not items:
            messages.warn(self, _tr("Send again"), _tr("Choose a record in the list first."))
            return
        login, entry_id = items[0].data(Qt.ItemDataRole.UserRole)

        def done(_none) -> None:  # type: ignore[no-untyped-def]
            messages.info(self, _tr("Send again"),
                          _tr("The record is made. Its desk forgets it at its next send."))
            self.refresh()

        write_op(self, self.ctx.engine,
                 lambda session: desks.resend_refused(session, login, entry_id), done,
                 title=_tr("Send again"))  # fmt: skip

    def export_refused(self) -> None:
        from app.errors import UserError
        from app.sharing import desks

        if not any(state.outbox.refused for state in self.states):
            return
        path = messages.save_file(self, _tr("Export the refused records"),
                                  _tr("enregistrements-refuses.csv"), "CSV (*.csv)")
        if path is None:
            return
        try:
            count = desks.export_refused(self.states, path)
        except UserError as error:
            messages.warn(self, _tr("Export the refused records"), error.message)
            return
        messages.info(self, _tr("Export the refused records"),
                      _tr("Records written: %1, in %2.").replace("%1", str(count))
                      .replace("%2", str(path)))  # fmt: skip

    def add_desk(self) -> None:
        from app.sharing import desks

        server = self._server()
        if server is None:
            return
        kind, name = self.kind_combo.currentData(), self.name_edit.text().strip()
        if not name:
            messages.warn(self, _tr("Add a desk"), _tr("Type a name for the new desk."))
            self.name_edit.setFocus()
            return

        def work(session):  # type: ignore[no-untyped-def]
            return desks.add_desk_in(session.connection(), kind, name, server.fingerprint)

        def done(result) -> None:  # type: ignore[no-untyped-def]
            login, code = result
            self._code_login = login
            self.name_edit.clear()
            self.code_label.setText(shown_code(code))
            self.code_hint.setText(
                _tr("On the new PC, choose « Join a place » and type this code (address of "
                    "the main PC: %1). It works once, for two hours.").replace("%1",
                                                                              self.address))
            self.refresh()

        write_op(self, self.ctx.engine, work, done, title=_tr("Add a desk"))

    def selected_login(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def revoke(self) -> None:
        from app.db import pg_roles

        login = self.selected_login()
        if login is None:
            messages.warn(self, _tr("Remove this desk"), _tr("Choose a desk in the list first."))
            return
        name = self.table.item(self.table.currentRow(), 0).text()
        if not messages.confirm(
            self, _tr("Remove this desk"),
            _tr("Remove the desk “%1”? It will no longer reach the database; to use it again, "
                "add it again with a new code.").replace("%1", name),
        ):
            return
        def done(_none) -> None:  # type: ignore[no-untyped-def]
            if login == self._code_login:  # its code works no more: not shown any more
                self._code_login = None
                self.code_label.clear()
                self.code_hint.clear()
            self.refresh()

        write_op(self, self.ctx.engine,
                 lambda session: pg_roles.revoke_desk_login(session.connection(), login),
                 done, title=_tr("Remove this desk"))


def _desk_rows(session):  # type: ignore[no-untyped-def]
    from app.sharing import desks

    return desks.desks_with_outboxes(session.connection())


def state_words(state) -> str:  # type: ignore[no-untyped-def]
    """« connecté », or what the desk's outbox holds: a desk with refused or long-waiting
    records is never shown as simply connected."""
    from app.clock import to_local, utcnow
    from app.i18n import counted

    desk, outbox = state.desk, state.outbox
    if desk.revoked_at:
        return _tr("removed")
    base = (_tr("connected now") if state.connected else
            _tr("joined") if desk.joined_at else _tr("waiting for its code"))
    parts = [base]
    if outbox.refused:
        parts.append(counted(len(outbox.refused), _tr("%1 record refused"),
                             _tr("%1 records refused")))  # fmt: skip
    if outbox.waiting:
        waiting = counted(outbox.waiting, _tr("%1 record waiting"), _tr("%1 records waiting"))
        if outbox.waits_long(utcnow()):
            waiting = _tr("%1 since %2").replace("%1", waiting).replace(
                "%2", to_local(outbox.oldest_waiting).strftime("%d/%m %H:%M"))
        parts.append(waiting)
    return " — ".join(parts)


def _reopen(checks):  # type: ignore[no-untyped-def]
    """In the worker: open the shared database this desk now runs on."""
    from app.db import open_database
    from app.sharing.desk_config import saved_url

    url = saved_url()
    return checks, open_database(url), url
