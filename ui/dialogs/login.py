"""Signing in: choose one's name in a big list, type the PIN, press Enter.

`LoginForm` is the form itself; the lock screen shows it at start-up and after a lock.

On a desk on a server, a right PIN is kept on the desk (app.desk_sign_ins) so that the agent
can sign in while the main PC is away; then the list shows only the agents kept here, and the
PIN is checked on the desk (the session has the offline features only, see ui.connection).
Each online sign-in also reads the other kept agents again, in its own database work.
"""

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.context import DeskContext
from app.desk_sign_ins import KeptSignIn, signed_in_entry
from app.errors import UserError
from app.permissions import Actor
from app.services.agents import active_agents
from app.services.auth import sign_in
from ui.connection import connection_of
from ui.operations import read_op, write_op


class LoginForm(QWidget):
    """Agent list + PIN field. Emits `signed_in(actor, agent_name)` on a right PIN."""

    signed_in = Signal(object, str)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("loginForm")
        layout = QVBoxLayout(self)
        self.prompt = QLabel(self.tr("Who are you? Choose your name, then type your PIN."))
        self.prompt.setObjectName("loginPrompt")
        self.prompt.setWordWrap(True)
        self.agent_list = QListWidget(self)
        self.agent_list.setObjectName("loginAgents")
        self.agent_list.setAccessibleName(self.tr("Agents"))
        font = self.agent_list.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.agent_list.setFont(font)
        self.agent_list.setSpacing(3)
        self.pin_label = QLabel(self.tr("&PIN"))
        self.pin_edit = QLineEdit(self)
        self.pin_edit.setObjectName("loginPin")
        self.pin_edit.setAccessibleName(self.tr("PIN"))
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(8)
        self.pin_edit.setValidator(QRegularExpressionValidator(r"\d{0,8}", self.pin_edit))
        self.pin_edit.setFont(font)
        self.pin_label.setBuddy(self.pin_edit)
        self.message = QLabel("")
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setObjectName("loginButton")
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        self.sign_in_button.setDefault(True)
        layout.addWidget(self.prompt)
        layout.addWidget(self.agent_list, 1)
        layout.addWidget(self.pin_label)
        layout.addWidget(self.pin_edit)
        layout.addWidget(self.message)
        layout.addWidget(self.sign_in_button)

        self.sign_in_button.clicked.connect(self.submit)
        self.pin_edit.returnPressed.connect(self.submit)
        self.agent_list.itemActivated.connect(lambda _item: self.pin_edit.setFocus())
        self.agent_list.currentRowChanged.connect(lambda _row: self._clear())
        self.shown_online = True  # whether the list shows the server's agents
        self.reload()

    def _away(self) -> bool:
        """The desk is on a server that cannot be reached right now."""
        connection = connection_of(self.ctx)
        return connection is not None and not connection.online

    def _kept_agents(self) -> list[tuple[uuid.UUID, str]]:
        connection = connection_of(self.ctx)
        return [(entry.agent_id, entry.name) for entry in connection.sign_ins.entries()]  # type: ignore[union-attr]

    def reload(self, preselect: uuid.UUID | None = None) -> None:
        """Fill the list with the active agents (read on the database worker: the window keeps
        turning while a server is slow), or those kept on this desk while the server is away;
        select `preselect` (or the only one)."""
        if self._away():
            self._fill(self._kept_agents(), preselect)
            return

        def agents(session) -> list[tuple[uuid.UUID, str]]:  # type: ignore[no-untyped-def]
            return [(agent.id, agent.name) for agent in active_agents(session)]

        def refused(error: UserError) -> None:
            connection = connection_of(self.ctx)
            if connection is not None and connection.noticed(error):
                self._fill(self._kept_agents(), preselect)
            else:
                self.message.setText(error.message)

        read_op(self, self.ctx.engine, agents, lambda found: self._fill(found, preselect),
                refused, key="sign-in agents")  # fmt: skip

    def _fill(self, agents: list[tuple[uuid.UUID, str]], preselect: uuid.UUID | None) -> None:
        away = self._away()
        self.shown_online = not away
        if not away:
            self.prompt.setText(self.tr("Who are you? Choose your name, then type your PIN."))
        elif agents:
            self.prompt.setText(
                self.tr(
                    "The main PC cannot be reached: the agents who already signed in on this "
                    "desk can sign in for the till, anonymous visits and quick referrals."
                )
            )
        else:
            self.prompt.setText(
                self.tr(
                    "The main PC cannot be reached and nobody has signed in on this desk yet: "
                    "switch the main PC on, or sign in here once while it is on."
                )
            )
        for widget in (self.agent_list, self.pin_label, self.pin_edit, self.sign_in_button):
            widget.setVisible(bool(agents) or not away)
        self.agent_list.clear()
        for agent_id, name in agents:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, agent_id)
            self.agent_list.addItem(item)
            if agent_id == preselect:
                self.agent_list.setCurrentItem(item)
        if self.agent_list.currentRow() < 0 and self.agent_list.count():
            self.agent_list.setCurrentRow(0)
        self._clear()

    def _clear(self) -> None:
        self.pin_edit.clear()
        self.message.clear()

    def focus_first_field(self) -> None:
        if self.agent_list.count() > 1:
            self.agent_list.setFocus()
        else:
            self.pin_edit.setFocus()

    def selected_agent_id(self) -> uuid.UUID | None:
        item = self.agent_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def submit(self) -> None:
        if not self.sign_in_button.isEnabled():  # the PIN typed before is being checked
            return
        agent_id = self.selected_agent_id()
        if agent_id is None:
            self.message.setText(self.tr("Please choose your name in the list."))
            self.agent_list.setFocus()
            return
        pin = self.pin_edit.text()
        connection = connection_of(self.ctx)
        if connection is not None and not connection.online:
            self._sign_in_here(agent_id, pin)
            return

        def check(session) -> tuple[Actor, KeptSignIn, dict]:  # type: ignore[no-untyped-def]
            actor = sign_in(session, agent_id, pin)
            # the agents kept on this desk, as the server knows them now (a desk online for
            # weeks forgets an agent deactivated, or whose PIN changed, at another desk)
            views = connection.sign_ins.server_views(session) if connection else {}
            return actor, signed_in_entry(session, agent_id), views

        def refused(error: UserError) -> None:
            self.sign_in_button.setEnabled(True)
            if connection is not None and connection.noticed(error):
                self._sign_in_here(agent_id, pin)
            else:
                self._refused(error)

        self.sign_in_button.setEnabled(False)  # one check at a time, even if Enter is held
        write_op(self, self.ctx.engine, check, self._signed_in_online, refused)

    def _signed_in_online(self, found: tuple[Actor, KeptSignIn, dict]) -> None:
        actor, agent, views = found
        self.sign_in_button.setEnabled(True)
        connection = connection_of(self.ctx)
        if connection is not None:
            connection.unconfirmed = None
            connection.sign_ins.apply({}, views)
            connection.sign_ins.remember_entry(agent)
        self._clear()
        self.signed_in.emit(actor, agent.name)

    def _sign_in_here(self, agent_id: uuid.UUID, pin: str) -> None:
        """The server is away: the PIN is checked against the one kept on this desk."""
        connection = connection_of(self.ctx)
        try:
            actor = connection.sign_ins.sign_in(agent_id, pin, self.ctx.site_id)  # type: ignore[union-attr]
        except UserError as error:
            self._refused(error)
            return
        kept = connection.sign_ins.get(agent_id)  # type: ignore[union-attr]
        connection.unconfirmed = (agent_id, kept.pin_hash)  # type: ignore[union-attr]
        self._clear()
        self.signed_in.emit(actor, kept.name)  # type: ignore[union-attr]

    def _refused(self, error: UserError) -> None:
        self.pin_edit.clear()
        self.message.setText(error.message)
        self.pin_edit.setFocus()
