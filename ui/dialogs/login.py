"""Signing in: choose one's name in a big list, type the PIN, press Enter.

`LoginForm` is the form itself; the lock screen shows it at start-up and after a lock.
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
from app.db import read_session, write_session
from app.errors import UserError
from app.permissions import Actor
from app.services.agents import active_agents
from app.services.auth import sign_in
from models import Agent


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
        self.reload()

    def reload(self, preselect: uuid.UUID | None = None) -> None:
        """Fill the list with the active agents; select `preselect` (or the only one)."""
        with read_session(self.ctx.engine) as session:
            agents = [(agent.id, agent.name) for agent in active_agents(session)]
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
        agent_id = self.selected_agent_id()
        if agent_id is None:
            self.message.setText(self.tr("Please choose your name in the list."))
            self.agent_list.setFocus()
            return
        try:
            with write_session(self.ctx.engine) as session:
                actor: Actor = sign_in(session, agent_id, self.pin_edit.text())
                name = session.get(Agent, agent_id).name  # type: ignore[union-attr]
        except UserError as error:
            self.pin_edit.clear()
            self.message.setText(error.message)
            self.pin_edit.setFocus()
            return
        self._clear()
        self.signed_in.emit(actor, name)
