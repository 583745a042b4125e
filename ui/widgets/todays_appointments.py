"""The day's appointments at the top of the Reception page, soonest first, with « Arrivé·e »:
the person's visit is logged and the appointment seen in one click. Hidden on a day without
appointments, and for a role that does not book them."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.clock import local_today, to_local
from app.context import DeskContext
from app.permissions import Permission
from app.services import appointments
from ui.operations import read_op, write_op
from ui.widgets.appointment_words import status_text
from ui.widgets.controls import named, named_button

ROW_DATA = Qt.ItemDataRole.UserRole


class TodaysAppointments(QWidget):
    arrived = Signal()  # a visit was logged: the page reads its day's log again

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[appointments.AgendaRow] = []
        self.setObjectName("todaysAppointments")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setObjectName("todaysAppointmentsTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.table = named(QTableWidget(0, 4, self), "todaysAppointmentsTable",
                           self.tr("Today's appointments"))  # fmt: skip
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Person"), self.tr("Motif"), self.tr("Status")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMaximumHeight(170)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        self.arrived_button = named_button(self, "todaysAppointmentsArrived",
                                           self.tr("Arri&ved"), self.mark_arrived)  # fmt: skip
        row.addWidget(self.arrived_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.table.itemActivated.connect(lambda _item: self.mark_arrived())
        self.hide()

    def refresh(self) -> None:
        if not self.ctx.can(Permission.BOOK_APPOINTMENTS) or self.ctx.offline:
            self.hide()
            return
        actor = self.ctx.actor

        def work(session):  # type: ignore[no-untyped-def]
            return appointments.agenda(session, actor, local_today())

        read_op(self, self.ctx.engine, work, self._show, lambda _error: self.hide(),
                key=f"todays-appointments-{id(self)}")  # fmt: skip

    def _show(self, rows: list) -> None:
        self.rows = rows
        self.setVisible(bool(rows))
        waiting = sum(1 for r in rows if r.status == "a-venir")
        title = self.tr("Today's appointments (%1 to come)")
        self.title.setText(title.replace("%1", str(waiting)))
        self.table.setRowCount(len(rows))
        first_waiting = -1
        for index, row in enumerate(rows):
            cells = [to_local(row.starts_at).strftime("%H:%M"), row.person_name, row.motif_name,
                     status_text(row.status)]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ROW_DATA, row.appointment_id)
                self.table.setItem(index, column, item)
            if first_waiting < 0 and row.status == "a-venir":
                first_waiting = index
        if first_waiting >= 0:
            self.table.selectRow(first_waiting)
        self._update_button()

    def selected(self) -> appointments.AgendaRow | None:
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _update_button(self) -> None:
        row = self.selected()
        self.arrived_button.setEnabled(row is not None and row.status == "a-venir")

    def mark_arrived(self) -> None:
        row = self.selected()
        if row is None or row.status != "a-venir":
            return
        actor = self.ctx.actor

        def work(session):  # type: ignore[no-untyped-def]
            appointments.arrive(session, actor, row.appointment_id, version=row.version)

        # the page reads its day's log and this list again
        write_op(self, self.ctx.engine, work, lambda _value: self.arrived.emit(),
                 title=self.tr("Arrived"))  # fmt: skip

