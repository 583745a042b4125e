"""Temporary closures of a service (« fermé du 20 décembre au 3 janvier, travaux »)."""

import uuid

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.context import DeskContext
from app.errors import UserError
from app.services.directory import add_closure, get_service, remove_closure
from ui.operations import read_op, write_op


class ClosuresDialog(QDialog):
    def __init__(
        self, ctx: DeskContext, service_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service_id = service_id
        self.changed = False
        self.setObjectName("closuresDialog")
        self.setWindowTitle(self.tr("Temporary closures"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.list = QListWidget()
        self.list.setObjectName("closureList")
        self.list.setAccessibleName(self.tr("Planned closures"))
        # a long reason wraps instead of hiding behind a sideways scroll bar
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.list)
        self.remove_button = QPushButton(self.tr("Remove the selected closure"))
        self.remove_button.setObjectName("closureRemove")
        self.remove_button.setAccessibleName(self.tr("Remove the selected closure"))
        self.remove_button.clicked.connect(self.remove_selected)
        layout.addWidget(self.remove_button)

        form = QFormLayout()
        self.starts_edit = self._date_edit("closureStarts", self.tr("First day closed"))
        self.ends_edit = self._date_edit("closureEnds", self.tr("Last day closed"))
        self.message_edit = QLineEdit()
        self.message_edit.setObjectName("closureMessage")
        self.message_edit.setAccessibleName(self.tr("Reason"))
        self.message_edit.setPlaceholderText(self.tr("e.g. travaux, congés"))
        form.addRow(self.tr("From"), self.starts_edit)
        form.addRow(self.tr("Until (included)"), self.ends_edit)
        form.addRow(self.tr("Reason"), self.message_edit)
        layout.addLayout(form)
        self.add_button = QPushButton(self.tr("Add the closure"))
        self.add_button.setObjectName("closureAdd")
        self.add_button.setAccessibleName(self.tr("Add the closure"))
        self.add_button.clicked.connect(self.add)
        layout.addWidget(self.add_button)
        self.error_label = QLabel()
        self.error_label.setObjectName("closureError")
        self.error_label.setStyleSheet("color: #a61b1b;")
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit(QDate.currentDate())
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    def reload(self) -> None:
        actor, service_id = self.ctx.actor, self.service_id
        read_op(
            self,
            self.ctx.engine,
            lambda session: get_service(session, actor, service_id),
            self._show,
            title=self.tr("Temporary closures"),
            key=f"closures-{id(self)}",
        )

    def _show(self, details) -> None:  # type: ignore[no-untyped-def]
        self.title.setText(f"<b>{details.service.name}</b> — {details.organization.name}")
        self.list.clear()
        for closure in details.closures:
            text = (
                self.tr("%1 to %2")
                .replace("%1", closure.starts_on.strftime("%d/%m/%Y"))
                .replace("%2", closure.ends_on.strftime("%d/%m/%Y"))
            )
            if closure.message:
                text += f" — {closure.message}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, closure.id)
            self.list.addItem(item)
        self.remove_button.setEnabled(bool(details.closures))
        if not details.closures:
            empty = QListWidgetItem(self.tr("No closure planned."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)

    def add(self) -> None:
        actor, service_id = self.ctx.actor, self.service_id
        starts, ends = self.starts_edit.date().toPython(), self.ends_edit.date().toPython()
        message = self.message_edit.text()
        write_op(
            self,
            self.ctx.engine,
            lambda session: add_closure(session, actor, service_id, starts, ends, message),
            lambda _closure: self._added(),
            self._refused,
        )

    def _refused(self, error: UserError) -> None:  # nothing was changed
        self.error_label.setText(error.message)

    def _added(self) -> None:
        self.error_label.clear()
        self.message_edit.clear()
        self._changed()

    def _changed(self) -> None:
        self.changed = True
        self.reload()

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is None or item.data(Qt.ItemDataRole.UserRole) is None:
            return
        actor, closure_id = self.ctx.actor, item.data(Qt.ItemDataRole.UserRole)
        write_op(
            self,
            self.ctx.engine,
            lambda session: remove_closure(session, actor, closure_id),
            lambda _none: self._changed(),
            self._refused,
        )
