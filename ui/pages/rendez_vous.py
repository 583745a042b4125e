"""The Appointments page (« Rendez-vous »): a day or a week, one agent's or the whole place's,
as a table the keyboard reads cell by cell; book, mark arrived, give a status, save the card.
A volunteer sees the times and motifs, never the names. Past appointments left without a
status are counted at the top until each has one.

Keyboard: Ctrl+N books, Alt+Left / Alt+Right move by a day or a week, Ctrl+T comes back to
today.
"""

import uuid
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.clock import local_today, to_local
from app.context import DeskContext
from app.errors import UserError
from app.i18n import current_language
from app.pdf.appointment_card_words import day_in_words
from app.pdf.sheet_labels import WEEKDAYS
from app.permissions import Permission
from app.services import agenda_setup, appointments
from ui import messages
from ui.operations import read_op, write_op
from ui.pages.base import Page
from ui.widgets.appointment_words import status_text
from ui.widgets.controls import combo_value, named, named_button
from ui.widgets.flow_layout import FlowLayout

ROW_DATA = Qt.ItemDataRole.UserRole
DAY, WEEK = "day", "week"


class RendezVousPage(Page):
    live_topics = ("appointments",)
    key = "rendez_vous"

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.day = local_today()
        self.rows: list[appointments.AgendaRow] = []
        self.showing_open = False
        self.book_dialog = None
        self.can_book = ctx.can(Permission.BOOK_APPOINTMENTS)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.agent = named(QComboBox(self), "agendaAgent", self.tr("Whose agenda"))
        self.agent.addItem(self.tr("The whole place"), "")
        self.view = named(QComboBox(self), "agendaView", self.tr("Day or week"))
        self.view.addItem(self.tr("Day"), DAY)
        self.view.addItem(self.tr("Week"), WEEK)
        self.previous_button = named_button(self, "agendaPrevious", self.tr("◀ Before"))
        self.today_button = named_button(self, "agendaToday", self.tr("&Today"))
        self.next_button = named_button(self, "agendaNext", self.tr("After ▶"))
        self.period = QLabel(self)
        self.period.setObjectName("agendaPeriod")
        font = self.period.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.period.setFont(font)
        for widget in (self.agent, self.view, self.previous_button, self.today_button,
                       self.next_button):  # fmt: skip
            top.addWidget(widget)
        top.addWidget(self.period, 1)
        layout.addLayout(top)
        open_row = QHBoxLayout()
        self.open_label = QLabel(self)
        self.open_label.setObjectName("agendaLeftOpen")
        self.open_button = named_button(self, "agendaShowOpen", self.tr("Show them"))
        open_row.addWidget(self.open_label, 1)
        open_row.addWidget(self.open_button)
        layout.addLayout(open_row)
        self.model = QStandardItemModel(self)
        self.table = named(QTableView(self), "agendaTable", self.tr("Appointments"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        actions = FlowLayout()  # on two lines when the text is large, never cut
        self.book_button = named_button(self, "agendaBook", self.tr("&Book an appointment…"))
        self.arrived_button = named_button(self, "agendaArrived", self.tr("&Arrived"))
        self.no_show_button = named_button(self, "agendaNoShow", self.tr("&No-show"))
        self.excused_button = named_button(self, "agendaExcused", self.tr("&Excused"))
        self.cancel_button = named_button(self, "agendaCancel",
                                          self.tr("&Cancelled by the place"))  # fmt: skip
        self.card_button = named_button(self, "agendaCard", self.tr("Save the &card…"))
        self.move_button = named_button(self, "agendaMove", self.tr("&Move…"), self.start_move)
        for button in (self.book_button, self.arrived_button, self.no_show_button,
                       self.excused_button, self.cancel_button, self.move_button,
                       self.card_button):  # fmt: skip
            actions.addWidget(button)
            button.setVisible(self.can_book)
        self.setup_button = named_button(self, "agendaSetupOpen", self.tr("Set up the a&genda…"),
                                         self.open_setup)  # fmt: skip
        self.setup_button.setVisible(ctx.can(Permission.MANAGE_AGENDA))
        self.setup_dialog = None
        actions.addWidget(self.setup_button)
        layout.addLayout(actions)

        self.agent.currentIndexChanged.connect(lambda _i: self.reload())
        self.view.currentIndexChanged.connect(lambda _i: self.reload())
        self.previous_button.clicked.connect(lambda: self.move_by(-1))
        self.next_button.clicked.connect(lambda: self.move_by(1))
        self.today_button.clicked.connect(self.go_today)
        self.open_button.clicked.connect(self.show_left_open)
        self.book_button.clicked.connect(self.start_booking)
        self.arrived_button.clicked.connect(self.mark_arrived)
        self.no_show_button.clicked.connect(lambda: self.give_status("absent"))
        self.excused_button.clicked.connect(lambda: self.give_status("excuse"))
        self.cancel_button.clicked.connect(lambda: self.give_status("annule-par-le-lieu"))
        self.card_button.clicked.connect(self.save_card)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        keys_and_slots = (
            ("Ctrl+N", self.start_booking), ("Alt+Left", lambda: self.move_by(-1)),
            ("Alt+Right", lambda: self.move_by(1)), ("Ctrl+T", self.go_today),
        )  # fmt: skip
        for keys, slot in keys_and_slots:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
        self.setFocusProxy(self.table)
        self._agents_read = False
        self._update_actions()

    # --- reading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self._agents_read:
            actor = self.ctx.actor

            def work(session):  # type: ignore[no-untyped-def]
                return agenda_setup.agenda_agents(session, actor)

            read_op(self, self.ctx.engine, work, self._show_agents, title=self.tr("Appointments"))
        self.reload()

    def _show_agents(self, agents: list) -> None:
        self._agents_read = True
        self.agent.blockSignals(True)
        for agent_id, name in agents:
            self.agent.addItem(name, str(agent_id))
        self.agent.blockSignals(False)

    def first_and_last(self) -> tuple[date, date]:
        if self.view.currentData() == WEEK:
            monday = self.day - timedelta(days=self.day.weekday())
            return monday, monday + timedelta(days=6)
        return self.day, self.day

    def live_change(self, topic: str) -> None:
        self.reload()

    def reload(self) -> None:
        actor, (first, last) = self.ctx.actor, self.first_and_last()
        chosen = combo_value(self.agent)
        agent_id = uuid.UUID(chosen) if chosen else None
        showing_open = self.showing_open

        def work(session):  # type: ignore[no-untyped-def]
            if showing_open:
                rows = appointments.left_open(session, actor)
            else:
                rows = appointments.agenda(session, actor, first, last, agent_id)
            return rows, appointments.left_open(session, actor)

        read_op(self, self.ctx.engine, work, self._show, title=self.tr("Appointments"),
                key=f"agenda-{id(self)}")  # fmt: skip

    def _show(self, answer: tuple) -> None:
        rows, left_open = answer
        self.rows = rows
        count = len(left_open)
        if self.showing_open:
            self.period.setText(self.tr("Past appointments without a status"))
        else:
            first, last = self.first_and_last()
            words = day_in_words(first, current_language())
            if first != last:
                words = self.tr("Week of %1").replace("%1", words)
            self.period.setText(words)
        if count == 1:
            text = self.tr("1 past appointment has no status yet.")
        elif count:
            text = self.tr("%1 past appointments have no status yet.").replace("%1", str(count))
        else:
            text = self.tr("Every past appointment has a status.")
        self.open_label.setText(text)
        self.open_button.setVisible(count > 0 and not self.showing_open and self.can_book)
        if self.view.currentData() == WEEK and not self.showing_open:
            self._fill_week(rows)
        else:
            self._fill_day(rows)
        self._update_actions()

    def _person(self, row: appointments.AgendaRow) -> str:
        return row.person_name or self.tr("(name hidden)")

    def _fill_day(self, rows: list) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Agent"),
                                              self.tr("Motif"), self.tr("Person"),
                                              self.tr("Status")])  # fmt: skip
        for row in rows:
            local = to_local(row.starts_at)
            when = local.strftime("%H:%M") if not self.showing_open else local.strftime(
                "%d/%m %H:%M")  # fmt: skip
            motif = row.motif_name + (f" ({row.booked}/{row.capacity})" if row.is_group else "")
            cells = [when, row.agent_name, motif, self._person(row), status_text(row.status)]
            items = [QStandardItem(text) for text in cells]
            for item in items:
                item.setData(row.appointment_id, ROW_DATA)
            self.model.appendRow(items)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        if rows:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _fill_week(self, rows: list) -> None:
        """One column per day, one line per start time; a cell lists its appointments."""
        self.model.clear()
        first, _ = self.first_and_last()
        days = [first + timedelta(days=n) for n in range(7)]
        with_sunday = any(to_local(r.starts_at).weekday() == 6 for r in rows)
        days = days if with_sunday else days[:6]
        names = WEEKDAYS.get(current_language(), WEEKDAYS["fr"])
        self.model.setHorizontalHeaderLabels(
            [self.tr("Time")] + [f"{names[d.weekday()]} {d:%d/%m}" for d in days]
        )
        times = sorted({to_local(r.starts_at).strftime("%H:%M") for r in rows})
        for time_text in times:
            line = [QStandardItem(time_text)]
            for day in days:
                here = [r for r in rows if to_local(r.starts_at).date() == day
                        and to_local(r.starts_at).strftime("%H:%M") == time_text]  # fmt: skip
                lines, groups = [], set()
                for r in here:
                    if not r.is_group:
                        lines.append(f"{r.motif_name} — {self._person(r)} ({r.agent_name})")
                    elif r.session_id not in groups:  # a group is one line: its seats taken
                        groups.add(r.session_id)
                        seats = self.tr("%1/%2 booked").replace("%1", str(r.booked))
                        seats = seats.replace("%2", str(r.capacity))
                        lines.append(f"{r.motif_name} — {seats} ({r.agent_name})")
                item = QStandardItem("\n".join(lines))
                if len(here) == 1:
                    item.setData(here[0].appointment_id, ROW_DATA)
                line.append(item)
            self.model.appendRow(line)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()

    # --- moving -----------------------------------------------------------------------------
    def move_by(self, step: int) -> None:
        self.showing_open = False
        self.day += timedelta(days=7 * step if self.view.currentData() == WEEK else step)
        self.reload()

    def go_today(self) -> None:
        self.showing_open = False
        self.day = local_today()
        self.reload()

    def show_left_open(self) -> None:
        self.showing_open = True
        self.reload()

    # --- acting -----------------------------------------------------------------------------
    def selected(self) -> appointments.AgendaRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        appointment_id = self.model.itemFromIndex(index).data(ROW_DATA)
        return next((r for r in self.rows if r.appointment_id == appointment_id), None)

    def _update_actions(self) -> None:
        row = self.selected()
        planned = row is not None and row.status == "a-venir"
        self.arrived_button.setEnabled(planned and to_local(row.starts_at).date() == local_today())
        for button in (self.no_show_button, self.excused_button, self.cancel_button):
            button.setEnabled(planned)
        self.card_button.setEnabled(planned)
        self.move_button.setEnabled(planned and row.person_id is not None)

    def start_booking(self) -> None:
        if not self.can_book:
            return
        from ui.dialogs.book_appointment import BookAppointmentDialog

        self.book_dialog = BookAppointmentDialog(self.ctx, parent=self)
        self.book_dialog.accepted.connect(self.reload)
        self.book_dialog.open()

    def start_move(self) -> None:
        row = self.selected()
        if row is None or row.person_id is None:
            return
        from ui.dialogs.book_appointment import BookAppointmentDialog

        self.book_dialog = BookAppointmentDialog(
            self.ctx, row.person_id, row.person_name, parent=self,
            moving=(row.appointment_id, row.version, row.motif_id),
        )  # fmt: skip
        self.book_dialog.accepted.connect(self.reload)
        self.book_dialog.open()

    def open_setup(self) -> None:
        from ui.dialogs.agenda_setup import AgendaSetupDialog

        self.setup_dialog = AgendaSetupDialog(self.ctx, self)
        self.setup_dialog.finished.connect(lambda _code: self.refresh_agents())
        self.setup_dialog.open()

    def refresh_agents(self) -> None:
        """After setting up: the agents who receive may have changed."""
        self._agents_read = False
        while self.agent.count() > 1:
            self.agent.removeItem(1)
        self.refresh()

    def mark_arrived(self) -> None:
        row = self.selected()
        if row is None:
            return
        actor = self.ctx.actor

        def work(session):  # type: ignore[no-untyped-def]
            appointments.arrive(session, actor, row.appointment_id, version=row.version)

        write_op(self, self.ctx.engine, work, lambda _v: self.reload(),
                 title=self.tr("Arrived"))  # fmt: skip

    def give_status(self, status: str) -> None:
        row = self.selected()
        if row is None:
            return
        actor = self.ctx.actor

        def work(session):  # type: ignore[no-untyped-def]
            appointments.set_status(session, actor, row.appointment_id, status,
                                    version=row.version)  # fmt: skip

        write_op(self, self.ctx.engine, work, lambda _v: self.reload(),
                 title=self.tr("Appointments"))  # fmt: skip

    def save_card(self) -> None:
        row = self.selected()
        if row is None:
            return
        out = messages.save_file(self, self.tr("Save the card"), "rendez-vous.pdf",
                                 self.tr("PDF (*.pdf)"))  # fmt: skip
        if out is None:
            return
        actor = self.ctx.actor

        def work(session):  # type: ignore[no-untyped-def]
            from app.pdf.appointment_card import render_card

            return render_card(session, actor, row.appointment_id)

        def write(pdf: bytes) -> None:
            try:
                out.write_bytes(pdf)
            except OSError as error:
                messages.warn(self, self.tr("Save the card"), UserError(
                    self.tr("The file cannot be written (%1).").replace("%1", str(error))
                ).message)  # fmt: skip

        read_op(self, self.ctx.engine, work, write, title=self.tr("Save the card"))
