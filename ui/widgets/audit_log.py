"""The audit log for coordinators: who did what, when, on which record (ids only), with
filters by action, agent and period."""

import uuid
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.clock import day_bounds, local_today, to_local
from app.context import DeskContext
from app.errors import UserError
from app.i18n import counted
from app.services.audit import AuditFilter, audit_agent_choices, list_audit
from models.enums import AuditAction
from ui.operations import read_op
from ui.widgets.controls import fit_combo_to
from ui.widgets.flow_layout import FlowLayout


def action_labels() -> dict[str, str]:
    return {
        AuditAction.LOGIN.value: QCoreApplication.translate("AuditActions", "Sign-in"),
        AuditAction.LOGIN_FAILED.value: QCoreApplication.translate("AuditActions", "Wrong PIN"),
        AuditAction.LOGOUT.value: QCoreApplication.translate("AuditActions", "Sign-out"),
        AuditAction.PERSON_OPENED.value: QCoreApplication.translate(
            "AuditActions", "Person file opened"
        ),
        AuditAction.PERSON_CREATED.value: QCoreApplication.translate(
            "AuditActions", "Person file created"
        ),
        AuditAction.PERSON_EDITED.value: QCoreApplication.translate(
            "AuditActions", "Person file edited"
        ),
        AuditAction.PERSON_MERGED.value: QCoreApplication.translate(
            "AuditActions", "Person files merged"
        ),
        AuditAction.PERSON_EXPORTED.value: QCoreApplication.translate(
            "AuditActions", "Person file exported"
        ),
        AuditAction.PERSON_ANONYMISED.value: QCoreApplication.translate(
            "AuditActions", "Person file anonymised"
        ),
        AuditAction.PERSON_ERASED.value: QCoreApplication.translate(
            "AuditActions", "Person file erased"
        ),
        AuditAction.VISIT_EDITED.value: QCoreApplication.translate("AuditActions", "Visit edited"),
        AuditAction.VISIT_DELETED.value: QCoreApplication.translate(
            "AuditActions", "Visit deleted"
        ),
        AuditAction.REFERRAL_CHANGED.value: QCoreApplication.translate(
            "AuditActions", "Referral changed"
        ),
        AuditAction.EXPORT.value: QCoreApplication.translate("AuditActions", "Export"),
        AuditAction.IMPORT.value: QCoreApplication.translate("AuditActions", "Import"),
        AuditAction.BACKUP.value: QCoreApplication.translate("AuditActions", "Backup"),
        AuditAction.RESTORE.value: QCoreApplication.translate("AuditActions", "Restore"),
        AuditAction.SETTINGS_CHANGED.value: QCoreApplication.translate(
            "AuditActions", "Setting changed"
        ),
        AuditAction.AGENT_CHANGED.value: QCoreApplication.translate(
            "AuditActions", "Agent changed"
        ),
        AuditAction.RETENTION_RUN.value: QCoreApplication.translate(
            "AuditActions", "Retention applied"
        ),
    }


def entity_labels() -> dict[str, str]:
    return {
        "agent": QCoreApplication.translate("AuditEntities", "agent"),
        "person": QCoreApplication.translate("AuditEntities", "person file"),
        "backup": QCoreApplication.translate("AuditEntities", "backup"),
        "setting": QCoreApplication.translate("AuditEntities", "setting"),
        "retention": QCoreApplication.translate("AuditEntities", "records changed"),
        "report": QCoreApplication.translate("AuditEntities", "report"),
        "visit": QCoreApplication.translate("AuditEntities", "visit"),
        "referral": QCoreApplication.translate("AuditEntities", "referral"),
    }


class AuditLogPanel(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("auditLogPanel")
        layout = QVBoxLayout(self)
        filters = FlowLayout()  # on two lines when the text is large, never cut
        self.action_combo = QComboBox(self)
        self.action_combo.setObjectName("auditAction")
        self.action_combo.setAccessibleName(self.tr("Action"))
        self.action_combo.addItem(self.tr("All actions"), "")
        for code, label in sorted(action_labels().items(), key=lambda kv: kv[1]):
            self.action_combo.addItem(label, code)
        self.agent_combo = QComboBox(self)
        self.agent_combo.setObjectName("auditAgent")
        self.agent_combo.setAccessibleName(self.tr("Agent"))
        self.since_edit = self._date_edit("auditSince", self.tr("From"))
        self.until_edit = self._date_edit("auditUntil", self.tr("To"))
        today = local_today()
        self.since_edit.setDate(QDate(today.year, today.month, today.day).addMonths(-1))
        self.until_edit.setDate(QDate(today.year, today.month, today.day))
        self.record_edit = QLineEdit(self)
        self.record_edit.setObjectName("auditRecord")
        self.record_edit.setAccessibleName(self.tr("Record id"))
        self.record_edit.setPlaceholderText(self.tr("record id"))
        self.record_edit.setMinimumWidth(180)
        self.apply_button = QPushButton(self.tr("Show"), self)
        self.apply_button.setObjectName("auditApply")
        self.apply_button.setAccessibleName(self.tr("Show"))
        self.apply_button.setDefault(True)
        for label, widget in (
            (self.tr("&Action"), self.action_combo),
            (self.tr("A&gent"), self.agent_combo),
            (self.tr("&From"), self.since_edit),
            (self.tr("&To"), self.until_edit),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            pair = QWidget(self)  # a caption never leaves its field when the row wraps
            pair_layout = QHBoxLayout(pair)
            pair_layout.setContentsMargins(0, 0, 0, 0)
            pair_layout.addWidget(caption)
            pair_layout.addWidget(widget)
            filters.addWidget(pair)
        fit_combo_to(self.action_combo, self.tr("All actions"))
        fit_combo_to(self.agent_combo, self.tr("All agents"))
        filters.addWidget(self.record_edit)
        filters.addWidget(self.apply_button)
        layout.addLayout(filters)

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit log"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Agent"), self.tr("Action"), self.tr("Record")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.summary = QLabel("")
        self.summary.setObjectName("auditSummary")
        layout.addWidget(self.summary)
        self.apply_button.clicked.connect(self.refresh)
        self.record_edit.returnPressed.connect(self.refresh)
        self._agent_names: dict[uuid.UUID, str] = {}
        self._load_agents()
        self.refresh()

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    def _load_agents(self) -> None:
        actor = self.ctx.actor
        read_op(
            self,
            self.ctx.engine,
            lambda session: audit_agent_choices(session, actor),
            self._show_agents,
            title=self.tr("Audit log"),
        )

    def _show_agents(self, agents: list) -> None:
        self._agent_names = dict(agents)
        self.agent_combo.clear()
        self.agent_combo.addItem(self.tr("All agents"), None)
        for agent_id, name in agents:
            self.agent_combo.addItem(name, agent_id)

    def current_filter(self) -> AuditFilter:
        since = self.since_edit.date().toPython()
        until = self.until_edit.date().toPython()
        return AuditFilter(
            action=self.action_combo.currentData() or "",
            agent_id=self.agent_combo.currentData(),
            entity_id=self.record_edit.text().strip(),
            since=day_bounds(since)[0],
            until=day_bounds(until)[1] if until >= since else day_bounds(since + timedelta(1))[0],
        )

    def refresh(self) -> None:
        actor = self.ctx.actor
        assert actor is not None
        chosen = self.current_filter()

        def work(session):  # type: ignore[no-untyped-def]
            return [
                (e.occurred_at, e.agent_id, e.action, e.entity, e.entity_id)
                for e in list_audit(session, actor, chosen)
            ]

        read_op(
            self,
            self.ctx.engine,
            work,
            self._show,
            self._unreadable,
            key=f"audit-{id(self)}",
        )

    def _unreadable(self, error: UserError) -> None:
        self.summary.setText(error.message)
        self.table.setRowCount(0)

    def _show(self, entries: list) -> None:
        labels = action_labels()
        entities = entity_labels()
        self.table.setRowCount(len(entries))
        for row, (occurred_at, agent_id, action, entity, entity_id) in enumerate(entries):
            values = (
                to_local(occurred_at).strftime("%d/%m/%Y %H:%M:%S"),
                self._agent_names.get(agent_id, "—") if agent_id else self.tr("system"),
                labels.get(action, action),
                f"{entities.get(entity, entity)} {entity_id}".strip(),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        if entries:
            self.summary.setText(
                counted(
                    len(entries),
                    self.tr("%1 entry."),
                    self.tr("%1 entries, newest first."),
                )
            )
        else:
            self.summary.setText(self.tr("No entry for these filters."))
