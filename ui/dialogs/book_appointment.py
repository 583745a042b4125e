"""« Prendre rendez-vous »: a motif, then its next free slots (soonest first), the person
(given when opened from a file, else found here), Enter books.

`BookAppointmentDialog(ctx, person_id=None, person_name="")`; once accepted, `booked_id` is
the new booking. With `moving=(appointment id, its version, its motif id)` the dialog moves that
booking to the slot chosen instead (its history keeps the time it had). A slot taken meanwhile
by another desk is refused in French in the dialog, and the slots are read again.
"""

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import DeskContext
from app.errors import UserError
from app.services import agenda_setup, appointments
from app.services.person_search import search_people
from ui.dialogs.person_form import person_summary
from ui.operations import read_op, write_op
from ui.screen_fit import fit_size
from ui.widgets.appointment_words import slot_text
from ui.widgets.controls import named

DATA = Qt.ItemDataRole.UserRole


class BookAppointmentDialog(QDialog):
    def __init__(
        self,
        ctx: DeskContext,
        person_id: uuid.UUID | None = None,
        person_name: str = "",
        parent: QWidget | None = None,
        moving: tuple[uuid.UUID, int, uuid.UUID] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.moving = moving
        self.person_id = person_id
        self.booked_id: uuid.UUID | None = None
        self._saving = False
        self._motifs: dict[str, bool] = {}  # id → is a group
        self.setObjectName("bookAppointment")
        self.setWindowTitle(
            self.tr("Move the appointment") if moving else self.tr("Book an appointment")
        )
        fit_size(self, 640, 560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.motif = named(QComboBox(self), "bookMotif", self.tr("Motif"))
        form.addRow(self.tr("&Motif"), self.motif)
        self.person_label = QLabel(person_name, self)
        self.person_label.setObjectName("bookPersonName")
        self.search = named(QLineEdit(self), "bookPersonSearch", self.tr("Find the person"))
        self.search.setPlaceholderText(self.tr("First name, last name or phone"))
        self.people = named(QListWidget(self), "bookPeople", self.tr("People found"))
        self.people.setMaximumHeight(120)
        if person_id is None:
            form.addRow(self.tr("&Person"), self.search)
            form.addRow("", self.people)
            self.person_label.hide()
        else:
            form.addRow(self.tr("Person"), self.person_label)
            self.search.hide()
            self.people.hide()
        layout.addLayout(form)
        slots_title = QLabel(self.tr("&Next free slots"), self)
        self.slots = named(QListWidget(self), "bookSlots", self.tr("Next free slots"))
        slots_title.setBuddy(self.slots)
        layout.addWidget(slots_title)
        layout.addWidget(self.slots, 1)
        self.error = QLabel(self)
        self.error.setObjectName("bookError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a8071a;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.book_button = buttons.addButton(
            self.tr("&Book"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        named(self.book_button, "bookConfirm", self.tr("Book"))
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        named(cancel, "bookCancel", self.tr("Cancel"))
        buttons.accepted.connect(self.book)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.book_button.setDefault(True)
        self.motif.currentIndexChanged.connect(lambda _i: self.load_slots())
        self.search.textChanged.connect(self._find_people)
        self.slots.itemActivated.connect(lambda _item: self.book())
        self._load_motifs()

    def _load_motifs(self) -> None:
        actor = self.ctx.actor

        def work(session):  # type: ignore[no-untyped-def]
            return [(m.id, m.name, m.is_group) for m in agenda_setup.motifs(session, actor)]

        read_op(self, self.ctx.engine, work, self._show_motifs, self._say,
                title=self.windowTitle())  # fmt: skip

    def _show_motifs(self, motifs: list) -> None:
        if self.moving is not None:  # a booking moves within its motif
            motifs = [m for m in motifs if m[0] == self.moving[2]]
            self.motif.setEnabled(False)
        self.motif.blockSignals(True)
        self.motif.clear()
        for motif_id, name, is_group in motifs:
            self.motif.addItem(name, str(motif_id))
            self._motifs[str(motif_id)] = is_group
        self.motif.blockSignals(False)
        if not motifs:
            self._say(UserError(self.tr("No motif yet: the coordination sets up the agenda.")))
            return
        self.load_slots()
        (self.search if self.person_id is None else self.slots).setFocus()

    def load_slots(self) -> None:
        motif_id = self.motif.currentData()
        if not motif_id:
            return
        actor, chosen = self.ctx.actor, uuid.UUID(motif_id)

        def work(session):  # type: ignore[no-untyped-def]
            return appointments.free_slots(session, actor, chosen)

        read_op(self, self.ctx.engine, work, self._show_slots, self._say,
                title=self.windowTitle(), key=f"book-slots-{id(self)}")  # fmt: skip

    def _show_slots(self, slots: list) -> None:
        group = self._motifs.get(self.motif.currentData() or "", False)
        self.slots.clear()
        for slot in slots:
            item = QListWidgetItem(slot_text(slot.starts_at, slot.agent_name, slot.seats_left,
                                             group))  # fmt: skip
            item.setData(DATA, (slot.agent_id, slot.starts_at))
            self.slots.addItem(item)
        if slots:
            self.slots.setCurrentRow(0)
        else:
            self.slots.addItem(self.tr("No free slot in the next four weeks."))

    def _find_people(self, text: str) -> None:
        actor = self.ctx.actor
        if not text.strip():
            self.people.clear()
            return

        def work(session):  # type: ignore[no-untyped-def]
            found = search_people(session, actor, text, limit=20)
            return [(person.id, person_summary(person)) for person in found]

        read_op(self, self.ctx.engine, work, self._show_people, title=self.windowTitle(),
                key=f"book-people-{id(self)}")  # fmt: skip

    def _show_people(self, people: list) -> None:
        self.people.clear()
        for person_id, summary in people:
            item = QListWidgetItem(summary)
            item.setData(DATA, person_id)
            self.people.addItem(item)
        if people:
            self.people.setCurrentRow(0)

    def _chosen_person(self) -> uuid.UUID | None:
        if self.person_id is not None:
            return self.person_id
        item = self.people.currentItem()
        return item.data(DATA) if item is not None else None

    def book(self) -> None:
        if self._saving:
            return
        item = self.slots.currentItem()
        slot = item.data(DATA) if item is not None else None
        person_id = self._chosen_person()
        motif_id = self.motif.currentData()
        if not slot or not motif_id:
            self._say(UserError(self.tr("Please choose a free slot.")))
            return
        if person_id is None:
            self._say(UserError(self.tr("Please find the person first.")))
            return
        agent_id, starts_at = slot
        actor, motif = self.ctx.actor, uuid.UUID(motif_id)
        self._saving = True

        moving = self.moving

        def work(session):  # type: ignore[no-untyped-def]
            if moving is not None:
                return appointments.move(session, actor, moving[0], agent_id, starts_at,
                                         version=moving[1]).id  # fmt: skip
            return appointments.book(session, actor, motif, agent_id, starts_at, person_id).id

        write_op(self, self.ctx.engine, work, self._booked, self._refused,
                 title=self.windowTitle())  # fmt: skip

    def _booked(self, appointment_id: uuid.UUID) -> None:
        self._saving = False
        self.booked_id = appointment_id
        self.accept()

    def _refused(self, error: UserError) -> None:
        self._saving = False
        self._say(error)
        self.load_slots()  # the slot may have been taken by another desk

    def _say(self, error: UserError) -> None:
        self.error.setText(error.message)
