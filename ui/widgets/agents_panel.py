"""Agents management (coordinators): the list, and a form to add, edit, reset a PIN or
deactivate an agent. Every change goes through `app.services.agents` and is audited."""

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import DeskContext
from app.errors import UserError
from app.services import agents as agents_service
from models import Agent
from models.enums import Role
from ui import messages
from ui.operations import read_op, write_op
from ui.widgets.controls import named_button


def role_label(role: str) -> str:
    labels = {
        Role.VOLUNTEER.value: QCoreApplication.translate("Roles", "Volunteer"),
        Role.AGENT.value: QCoreApplication.translate("Roles", "Reception agent"),
        Role.COORDINATOR.value: QCoreApplication.translate("Roles", "Coordinator"),
    }
    return labels.get(role, role)


class AgentsPanel(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("agentsPanel")
        self._agents: list[Agent] = []
        layout = QVBoxLayout(self)

        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("agentsTable")
        self.table.setAccessibleName(self.tr("Agents"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        box = QGroupBox(self.tr("Agent"), self)
        form = QFormLayout(box)
        self.name_edit = QLineEdit(box)
        self.name_edit.setObjectName("agentName")
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.role_combo = QComboBox(box)
        self.role_combo.setObjectName("agentRole")
        self.role_combo.setAccessibleName(self.tr("Role"))
        for role in (Role.VOLUNTEER, Role.AGENT, Role.COORDINATOR):
            self.role_combo.addItem(role_label(role.value), role.value)
        self.pin_edit = QLineEdit(box)
        self.pin_edit.setObjectName("agentPin")
        self.pin_edit.setAccessibleName(self.tr("New PIN"))
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setValidator(QRegularExpressionValidator(r"\d{0,8}", self.pin_edit))
        self.pin_edit.setPlaceholderText(self.tr("4 to 8 digits"))
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow(self.tr("New &PIN:"), self.pin_edit)
        buttons = QHBoxLayout()
        self.add_button = named_button(self, "agentAdd", self.tr("Add as a new agent"))
        self.save_button = named_button(self, "agentSave", self.tr("Save changes"))
        self.pin_button = named_button(self, "agentResetPin", self.tr("Give the new PIN"))
        self.active_button = named_button(self, "agentActive", self.tr("Deactivate"))
        for button in (self.add_button, self.save_button, self.pin_button, self.active_button):
            buttons.addWidget(button)
        form.addRow(buttons)
        self.status = QLabel("")
        self.status.setObjectName("agentsStatus")
        self.status.setWordWrap(True)
        form.addRow(self.status)
        layout.addWidget(box)

        self.table.itemSelectionChanged.connect(self._on_selection)
        self.add_button.clicked.connect(self.add_agent)
        self.save_button.clicked.connect(self.save_agent)
        self.pin_button.clicked.connect(self.give_pin)
        self.active_button.clicked.connect(self.toggle_active)
        self.refresh()

    # --- data ----------------------------------------------------------------------------------
    def refresh(self, select: uuid.UUID | None = None) -> None:
        select = select or self.selected_id()
        actor = self.ctx.actor
        assert actor is not None

        def work(session):  # type: ignore[no-untyped-def]
            return [
                Agent(id=a.id, site_id=a.site_id, name=a.name, role=a.role, active=a.active)
                for a in agents_service.list_agents(session, actor)
            ]

        read_op(
            self,
            self.ctx.engine,
            work,
            lambda agents: self._show(agents, select),
            lambda error: self._show([], select, error.message),
            key=f"agents-{id(self)}",
        )

    def _show(self, agents: list[Agent], select: uuid.UUID | None, problem: str = "") -> None:
        self._agents = agents
        if problem:
            self.status.setText(problem)
        self.table.setRowCount(len(self._agents))
        for row, agent in enumerate(self._agents):
            state = self.tr("Active") if agent.active else self.tr("Deactivated")
            for column, value in enumerate((agent.name, role_label(agent.role), state)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, agent.id)
                self.table.setItem(row, column, item)
            if agent.id == select:
                self.table.selectRow(row)
        self._on_selection()

    def selected_id(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self._agents[rows[0].row()].id if rows[0].row() < len(self._agents) else None

    def _selected(self) -> Agent | None:
        agent_id = self.selected_id()
        return next((a for a in self._agents if a.id == agent_id), None)

    def _on_selection(self) -> None:
        agent = self._selected()
        for button in (self.save_button, self.pin_button, self.active_button):
            button.setEnabled(agent is not None)
        if agent is None:
            return
        self.name_edit.setText(agent.name)
        self.role_combo.setCurrentIndex(self.role_combo.findData(agent.role))
        self.pin_edit.clear()
        text = self.tr("Deactivate") if agent.active else self.tr("Reactivate")
        self.active_button.setText(text)
        self.active_button.setAccessibleName(text)

    # --- actions -------------------------------------------------------------------------------
    def _run(self, change, done_text: str) -> None:  # type: ignore[no-untyped-def]
        actor = self.ctx.actor
        assert actor is not None
        write_op(
            self,
            self.ctx.engine,
            lambda session: change(session, actor).id,
            lambda agent_id: self._done(agent_id, done_text),
            self._refused,
        )

    def _refused(self, error: UserError) -> None:
        self.status.setText(error.message)
        messages.warn(self, self.tr("Agents"), error.message)

    def _done(self, agent_id: uuid.UUID, done_text: str) -> None:
        self.refresh(select=agent_id)
        self.pin_edit.clear()
        self.status.setText(done_text)

    def add_agent(self) -> None:
        name, role, pin = self.name_edit.text(), self.role_combo.currentData(), self.pin_edit.text()
        self._run(
            lambda s, a: agents_service.create_agent(s, a, name, role, pin),
            self.tr("Agent added. They can sign in with their PIN."),
        )

    def save_agent(self) -> None:
        agent = self._selected()
        if agent is None:
            return
        name, role = self.name_edit.text(), self.role_combo.currentData()
        self._run(
            lambda s, a: agents_service.edit_agent(s, a, agent.id, name, role),
            self.tr("Changes saved."),
        )

    def give_pin(self) -> None:
        agent = self._selected()
        if agent is None:
            return
        pin = self.pin_edit.text()
        self._run(
            lambda s, a: agents_service.reset_pin(s, a, agent.id, pin),
            self.tr("New PIN saved. Give it to the agent in person."),
        )

    def toggle_active(self) -> None:
        agent = self._selected()
        if agent is None:
            return
        active = not agent.active
        self._run(
            lambda s, a: agents_service.set_agent_active(s, a, agent.id, active),
            self.tr("Agent reactivated.") if active else self.tr("Agent deactivated."),
        )
