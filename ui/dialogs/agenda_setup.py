"""« Régler l'agenda » (coordination): the motifs, the agents' weekly opening slots, the place's
closures and an agent's absences, each added with a few inputs and listed under its form.
A refusal is said in the dialog, in French; what was typed stays."""

from datetime import datetime, time

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.clock import LOCAL_TZ, local_today
from app.context import DeskContext
from app.errors import UserError
from app.pdf.sheet_labels import WEEKDAYS
from app.services import agenda_setup
from ui.operations import read_op, write_op
from ui.screen_fit import fit_size
from ui.widgets.controls import named, named_button

KINDS = ("sur-place", "telephone", "domicile", "visio")


def _hour(minute: int) -> str:
    return f"{minute // 60}:{minute % 60:02d}"


class AgendaSetupDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("agendaSetup")
        self.setWindowTitle(self.tr("Set up the agenda"))
        fit_size(self, 720, 600)
        layout = QVBoxLayout(self)
        self.tabs = named(QTabWidget(self), "agendaSetupTabs", self.tr("Agenda settings"))
        layout.addWidget(self.tabs)
        self._motif_tab()
        self._slot_tab()
        self._closure_tab()
        self.error = QLabel(self)
        self.error.setObjectName("agendaSetupError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a8071a;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        named(close, "agendaSetupClose", self.tr("Close"))
        close.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    # --- building ---------------------------------------------------------------------------
    def _motif_tab(self) -> None:
        tab = QWidget(self)
        form = QFormLayout(tab)
        self.motif_name = named(QLineEdit(tab), "motifName", self.tr("Motif name"))
        self.motif_name.setPlaceholderText(self.tr("First interview"))
        self.motif_minutes = named(QSpinBox(tab), "motifMinutes", self.tr("Duration in minutes"))
        self.motif_minutes.setRange(5, 480)
        self.motif_minutes.setSingleStep(5)
        self.motif_minutes.setValue(30)
        self.motif_minutes.setSuffix(self.tr(" min"))
        self.motif_kind = named(QComboBox(tab), "motifKind", self.tr("How it happens"))
        for code, text in zip(KINDS, (self.tr("On site"), self.tr("Phone"), self.tr("At home"),
                                      self.tr("Video")), strict=True):  # fmt: skip
            self.motif_kind.addItem(text, code)
        self.motif_group = named(QCheckBox(self.tr("A group session"), tab), "motifGroup",
                                 self.tr("A group session"))  # fmt: skip
        self.motif_seats = named(QSpinBox(tab), "motifSeats", self.tr("Seats"))
        self.motif_seats.setRange(2, 200)
        self.motif_seats.setValue(8)
        self.motif_instructions = named(QLineEdit(tab), "motifInstructions",
                                        self.tr("What to bring"))  # fmt: skip
        self.motif_instructions.setPlaceholderText(self.tr("Printed on the person's card"))
        add = named_button(tab, "motifAdd", self.tr("&Add the motif"), self.add_motif)
        self.motifs = named(QListWidget(tab), "motifList", self.tr("Motifs"))
        form.addRow(self.tr("&Name"), self.motif_name)
        form.addRow(self.tr("&Duration"), self.motif_minutes)
        form.addRow(self.tr("&How"), self.motif_kind)
        form.addRow("", self.motif_group)
        form.addRow(self.tr("&Seats"), self.motif_seats)
        form.addRow(self.tr("&To bring"), self.motif_instructions)
        form.addRow("", add)
        form.addRow(self.motifs)
        self.tabs.addTab(tab, self.tr("Motifs"))

    def _slot_tab(self) -> None:
        tab = QWidget(self)
        form = QFormLayout(tab)
        self.slot_agent = named(QComboBox(tab), "slotAgent", self.tr("Agent"))
        self.slot_day = named(QComboBox(tab), "slotDay", self.tr("Day of the week"))
        self.slot_start = named(QLineEdit("9:00", tab), "slotStart", self.tr("From"))
        self.slot_end = named(QLineEdit("12:00", tab), "slotEnd", self.tr("To"))
        add = named_button(tab, "slotAdd", self.tr("&Add the opening"), self.add_slot)
        self.slots = named(QListWidget(tab), "slotList", self.tr("Openings"))
        form.addRow(self.tr("&Agent"), self.slot_agent)
        form.addRow(self.tr("Every"), self.slot_day)
        form.addRow(self.tr("&From"), self.slot_start)
        form.addRow(self.tr("&To"), self.slot_end)
        form.addRow("", add)
        form.addRow(self.slots)
        self.tabs.addTab(tab, self.tr("Openings"))

    def _closure_tab(self) -> None:
        tab = QWidget(self)
        form = QFormLayout(tab)
        today = QDate.currentDate()
        self.closure_first = named(QDateEdit(today, tab), "closureFirst", self.tr("First day"))
        self.closure_last = named(QDateEdit(today, tab), "closureLast", self.tr("Last day"))
        for edit in (self.closure_first, self.closure_last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.closure_message = named(QLineEdit(tab), "closureMessage", self.tr("Why"))
        self.closure_message.setPlaceholderText(self.tr("Public holiday"))
        add = named_button(tab, "closureAdd", self.tr("Add the &closure"), self.add_closure)
        self.absence_agent = named(QComboBox(tab), "absenceAgent", self.tr("Agent away"))
        self.absence_day = named(QDateEdit(today, tab), "absenceDay", self.tr("Day away"))
        self.absence_day.setCalendarPopup(True)
        self.absence_day.setDisplayFormat("dd/MM/yyyy")
        self.absence_reason = named(QLineEdit(tab), "absenceReason", self.tr("Why"))
        self.absence_reason.setPlaceholderText(self.tr("Training"))
        add_absence = named_button(tab, "absenceAdd", self.tr("Add the a&bsence"),
                                   self.add_absence)  # fmt: skip
        self.closures = named(QListWidget(tab), "closureList", self.tr("Closures"))
        form.addRow(QLabel(self.tr("The place is closed"), tab))
        form.addRow(self.tr("From"), self.closure_first)
        form.addRow(self.tr("To"), self.closure_last)
        form.addRow(self.tr("Why"), self.closure_message)
        form.addRow("", add)
        form.addRow(self.closures)
        form.addRow(QLabel(self.tr("An agent is away all day"), tab))
        form.addRow(self.tr("Agent"), self.absence_agent)
        form.addRow(self.tr("Day"), self.absence_day)
        form.addRow(self.tr("Why"), self.absence_reason)
        form.addRow("", add_absence)
        self.tabs.addTab(tab, self.tr("Closures and absences"))

    # --- reading ----------------------------------------------------------------------------
    def reload(self) -> None:
        actor = self.ctx.actor

        def work(session):  # type: ignore[no-untyped-def]
            motifs = [(m.name, m.duration_minutes, m.kind, m.is_group, m.capacity)
                      for m in agenda_setup.motifs(session, actor)]  # fmt: skip
            slots = [(name, s.weekday, s.start_minute, s.end_minute)
                     for s, name in agenda_setup.opening_slots(session, actor)]  # fmt: skip
            closures = [(c.starts_on, c.ends_on, c.message)
                        for c in agenda_setup.closures(session, actor, local_today())]  # fmt: skip
            return motifs, slots, closures, agenda_setup.receiving_agents(session, actor)

        read_op(self, self.ctx.engine, work, self._show, self._say, title=self.windowTitle())

    def _show(self, answer: tuple) -> None:
        motifs, slots, closures, agents = answer
        days = WEEKDAYS["fr"]
        kinds = {self.motif_kind.itemData(i): self.motif_kind.itemText(i)
                 for i in range(self.motif_kind.count())}  # fmt: skip
        self.motifs.clear()
        for name, minutes, kind, group, seats in motifs:
            text = f"{name} — {minutes} min — {kinds.get(kind, kind)}"
            if group:
                text += " — " + self.tr("group of %1").replace("%1", str(seats))
            self.motifs.addItem(text)
        self.slots.clear()
        for name, weekday, start, end in slots:
            self.slots.addItem(f"{name} — {days[weekday]} {_hour(start)}–{_hour(end)}")
        self.closures.clear()
        for first, last, message in closures:
            when = first.strftime("%d/%m/%Y") if first == last else (
                f"{first:%d/%m/%Y} – {last:%d/%m/%Y}")  # fmt: skip
            self.closures.addItem(f"{when} {message}".strip())
        if self.slot_day.count() == 0:
            for index, day in enumerate(days):
                self.slot_day.addItem(day, index)
        for combo in (self.slot_agent, self.absence_agent):
            chosen = combo.currentData()
            combo.clear()
            for agent_id, name in agents:
                combo.addItem(name, str(agent_id))
            if chosen:
                combo.setCurrentIndex(max(combo.findData(chosen), 0))

    # --- adding -----------------------------------------------------------------------------
    def _save(self, work) -> None:  # type: ignore[no-untyped-def]
        def done(_value) -> None:  # type: ignore[no-untyped-def]
            self.error.clear()
            self.reload()

        write_op(self, self.ctx.engine, work, done, self._say, title=self.windowTitle())

    def add_motif(self) -> None:
        actor = self.ctx.actor
        name, minutes = self.motif_name.text(), self.motif_minutes.value()
        kind, group = self.motif_kind.currentData(), self.motif_group.isChecked()
        seats, instructions = self.motif_seats.value(), self.motif_instructions.text()

        def work(session):  # type: ignore[no-untyped-def]
            agenda_setup.create_motif(session, actor, name, minutes, kind, group, seats,
                                      instructions)  # fmt: skip

        self._save(work)

    def add_slot(self) -> None:
        import uuid

        actor = self.ctx.actor
        agent = self.slot_agent.currentData()
        if not agent:
            self._say(UserError(self.tr("Please choose the agent.")))
            return
        agent_id, weekday = uuid.UUID(agent), self.slot_day.currentData()
        start, end = self.slot_start.text(), self.slot_end.text()

        def work(session):  # type: ignore[no-untyped-def]
            agenda_setup.add_opening_slot(session, actor, agent_id, weekday, start, end)

        self._save(work)

    def add_closure(self) -> None:
        actor = self.ctx.actor
        first, last = self.closure_first.date().toPython(), self.closure_last.date().toPython()
        message = self.closure_message.text()

        def work(session):  # type: ignore[no-untyped-def]
            agenda_setup.add_closure(session, actor, first, last, message)

        self._save(work)

    def add_absence(self) -> None:
        import uuid

        actor = self.ctx.actor
        agent = self.absence_agent.currentData()
        if not agent:
            self._say(UserError(self.tr("Please choose the agent.")))
            return
        day = self.absence_day.date().toPython()
        starts = datetime.combine(day, time.min, tzinfo=LOCAL_TZ)
        ends = datetime.combine(day, time.max, tzinfo=LOCAL_TZ)
        agent_id, reason = uuid.UUID(agent), self.absence_reason.text()

        def work(session):  # type: ignore[no-untyped-def]
            agenda_setup.add_absence(session, actor, agent_id, starts, ends, reason)

        self._save(work)

    def _say(self, error: UserError) -> None:
        self.error.setText(error.message)
