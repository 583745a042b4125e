"""A person's file: identity, situation, and visits and referrals as one timeline.

`PersonFileView` is embedded in the People page; `PersonFileDialog` shows it from elsewhere.
Every `load()` writes a PERSON_OPENED audit entry (through `open_person`).
"""

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import taxonomy
from app.clock import to_local
from app.context import DeskContext
from app.errors import UserError
from app.permissions import Permission
from app.phone_numbers import shown_phone
from app.services.merged_files import kept_file
from app.services.people import display_name, get_person, open_person
from app.services.person_history import TimelineEntry, person_timeline
from app.services.person_views import person_view
from app.services.referral_labels import status_label
from models import Person
from models.enums import ReferralStatus
from ui import messages
from ui.dialogs.person_form import PersonFormDialog, language_labels
from ui.dialogs.visit_form import channel_labels, outcome_labels
from ui.live import FollowsLive, concerns
from ui.operations import read_op, write_op
from ui.screen_fit import fit_size
from ui.widgets.controls import named_button


class PersonFileView(QWidget, FollowsLive):
    """Shows one file; emits `changed` after an edit or a merge, `visit_requested` for a visit,
    `erased` (then `changed`) once a coordinator has erased the file at the person's request.
    While shown, it reads again when another desk changed that person (or merged it away)."""

    def follows(self, topic: str) -> bool:
        return self.person is not None and concerns(topic, f"person:{self.person.id}")

    def live_change(self, topic: str) -> None:
        self.show_current()

    changed = Signal()
    visit_requested = Signal(object, str)
    erased = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person: Person | None = None
        self.setObjectName("personFile")
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("personFileName")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # said once another desk merged the file shown here into another one
        self.notice = QLabel()
        self.notice.setObjectName("personFileNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "background: #fff3cd; color: #3e2c00; border-radius: 4px; padding: 6px;"
        )
        self.notice.hide()
        layout.addWidget(self.notice)
        layout.addWidget(self.heading)
        self.identity = QFormLayout()
        self._values: dict[str, QLabel] = {}
        for key, label in (
            ("birth_year", self.tr("Birth year")),
            ("address", self.tr("Commune")),
            ("phone", self.tr("Phone")),
            ("email", self.tr("E-mail")),
            ("language", self.tr("Language")),
            ("situation", self.tr("Situation")),
            ("notice", self.tr("Privacy notice")),
        ):
            value = QLabel()
            value.setObjectName(f"personFile_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._values[key] = value
            self.identity.addRow(label, value)
        layout.addLayout(self.identity)

        actions = QHBoxLayout()
        self.visit_button = named_button(self, "personFileVisit", self.tr("New &visit"))
        self.edit_button = named_button(self, "personFileEdit", self.tr("&Edit the file"))
        self.book_button = named_button(
            self, "personFileBook", self.tr("Book an a&ppointment…"), self.book_appointment
        )
        self.book_dialog = None
        self.merge_button = named_button(
            self, "personFileMerge", self.tr("&Merge with another file…")
        )
        self.export_button = named_button(self, "personFileExport", self.tr("E&xport the file…"))
        self.erase_button = named_button(self, "personFileErase", self.tr("Erase the &file…"))
        self.export_button.setToolTip(self.tr("Right of access: the file as JSON and PDF"))
        self.erase_button.setToolTip(self.tr("Right to erasure: the visits stay, anonymous"))
        for button in (self.visit_button, self.book_button, self.edit_button, self.merge_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        actions.addWidget(self.erase_button)
        layout.addLayout(actions)
        can_edit = ctx.can(Permission.EDIT_PEOPLE)
        self.edit_button.setVisible(can_edit)
        self.merge_button.setVisible(can_edit)
        self.visit_button.setVisible(ctx.can(Permission.LOG_VISITS))
        self.book_button.setVisible(ctx.can(Permission.BOOK_APPOINTMENTS))
        can_manage_privacy = ctx.can(Permission.MANAGE_PRIVACY)
        self.export_button.setVisible(can_manage_privacy)
        self.erase_button.setVisible(can_manage_privacy)

        self.history_title = QLabel()
        self.history_title.setObjectName("personFileHistoryTitle")
        layout.addWidget(self.history_title)
        self.timeline = QTableWidget(0, 4, self)
        self.timeline.setObjectName("personTimeline")
        self.timeline.setAccessibleName(self.tr("Visits and referrals"))
        self.timeline.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("What"), self.tr("Reasons"), self.tr("Status")]
        )
        self.timeline.verticalHeader().setVisible(False)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.setWordWrap(True)
        header = self.timeline.horizontalHeader()
        for column, width in enumerate((112, 210, 0, 120)):
            if width:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # rows grow with their wrapped text once the columns have their real width
        header.sectionResized.connect(lambda *_: self.timeline.resizeRowsToContents())
        layout.addWidget(self.timeline, 1)

        self.visit_button.clicked.connect(self._request_visit)
        self.edit_button.clicked.connect(self.edit)
        self.merge_button.clicked.connect(self.merge)
        self.export_button.clicked.connect(self.export)
        self.erase_button.clicked.connect(self.erase)

    def load(
        self,
        person_id: uuid.UUID,
        on_loaded: Callable[[], None] | None = None,
        on_failed: Callable[[], None] | None = None,
    ) -> None:
        """Open the file (audited) and show it, then `on_loaded()`; if it cannot be opened,
        say why, then `on_failed()`."""
        actor = self.ctx.actor

        def work(session):  # type: ignore[no-untyped-def]
            person = open_person(session, actor, person_id)
            return person, person_timeline(session, actor, person_id)

        def loaded(answer) -> None:  # type: ignore[no-untyped-def]
            self.person = answer[0]
            self.notice.hide()
            self._show(*answer)
            if on_loaded is not None:
                on_loaded()

        def refused(error: UserError) -> None:
            messages.warn(self, self.tr("The file cannot be opened"), error.message)
            if on_failed is not None:
                on_failed()

        write_op(self, self.ctx.engine, work, loaded, refused)

    def show_current(self) -> None:
        """Read the open file again (another desk changed it); not a new opening to audit. A
        file merged away at another desk gives way to the kept file, with a sentence saying so
        (that one is opened, and audited, as any file)."""
        if self.person is None:
            return
        actor, person_id = self.ctx.actor, self.person.id

        def work(session):  # type: ignore[no-untyped-def]
            kept = kept_file(session, actor, person_id)
            if kept is not None:
                return kept.id, display_name(kept)
            person = person_view(get_person(session, actor, person_id))
            return person, person_timeline(session, actor, person_id)

        def read(answer) -> None:  # type: ignore[no-untyped-def]
            if self.person is None or self.person.id != person_id:
                return  # another file is shown now
            if isinstance(answer[0], uuid.UUID):
                self._show_kept_file(*answer)
            else:
                self.person = answer[0]
                self._show(*answer)

        # erased meanwhile, or the server not answering: the desk keeps what it shows
        read_op(
            self,
            self.ctx.engine,
            work,
            read,
            lambda _error: None,
            key=f"person-file-again-{id(self)}",
        )

    def _show_kept_file(self, kept_id: uuid.UUID, kept_name: str) -> None:
        sentence = self.tr("This file was merged with %1; here is the kept file.").replace(
            "%1", kept_name
        )

        def shown() -> None:
            self.notice.setText(sentence)
            self.notice.show()
            self.changed.emit()  # the page's list no longer holds the merged-away file

        self.load(kept_id, shown)

    def _show(self, person: Person, entries: list[TimelineEntry]) -> None:
        dash = "—"
        self.heading.setText(display_name(person))
        v = self._values
        v["birth_year"].setText(str(person.birth_year) if person.birth_year else dash)
        place = " ".join(part for part in (person.postal_code, person.commune) if part)
        v["address"].setText(place or dash)
        v["phone"].setText(shown_phone(person.phone) or dash)
        v["email"].setText(person.email or dash)
        v["language"].setText(language_labels().get(person.preferred_language, dash))
        v["situation"].setText(
            " ; ".join(taxonomy.label(code) for code in person.situation) or dash
        )
        v["notice"].setText(
            self.tr("given on %1").replace(
                "%1", person.privacy_notice_given_on.strftime("%d/%m/%Y")
            )
            if person.privacy_notice_given_on
            else self.tr("not given yet")
        )
        self.history_title.setText(self.tr("History (%1)").replace("%1", str(len(entries))))
        outcomes, channels = outcome_labels(), channel_labels()
        statuses = {status.value: status_label(status.value) for status in ReferralStatus}
        self.timeline.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            when = to_local(entry.occurred_at).strftime("%d/%m/%Y %H:%M")
            if entry.kind == "visit":
                what = self.tr("Visit (%1)").replace("%1", channels.get(entry.channel, ""))
                status = outcomes.get(entry.status, entry.status)
            else:
                what = self.tr("Referral to %1").replace("%1", entry.service_name)
                status = statuses.get(entry.status, entry.status)
            reasons = " ; ".join(taxonomy.theme_label(code) for code in entry.themes)
            if entry.note:
                reasons = f"{reasons}\n{entry.note}" if reasons else entry.note
            if entry.agent_name:
                what = f"{what}\n" + self.tr("by %1").replace("%1", entry.agent_name)
            for column, text in enumerate((when, what, reasons, status)):
                self.timeline.setItem(row, column, QTableWidgetItem(text))
        self.timeline.resizeRowsToContents()

    def _request_visit(self) -> None:
        if self.person is not None:
            self.visit_requested.emit(self.person.id, display_name(self.person))

    def book_appointment(self) -> None:
        """« Prendre rendez-vous » for this person (the next free slots of a motif first)."""
        if self.person is None:
            return
        from ui.dialogs.book_appointment import BookAppointmentDialog

        self.book_dialog = BookAppointmentDialog(
            self.ctx, self.person.id, display_name(self.person), parent=self
        )
        self.book_dialog.open()

    def edit(self) -> None:
        if self.person is None:
            return
        self.form = PersonFormDialog(self.ctx, self.person, parent=self)
        self.form.accepted.connect(lambda: self._reload_after_change(self.form.person_id))
        self.form.kept_file_requested.connect(lambda kept_id: self.load(kept_id))
        self.form.open()

    def merge(self) -> None:
        if self.person is None:
            return
        from ui.dialogs.merge_people import MergePeopleDialog

        self.merge_dialog = MergePeopleDialog(self.ctx, self.person, parent=self)
        self.merge_dialog.accepted.connect(
            lambda: self._reload_after_change(self.merge_dialog.kept_id)
        )
        self.merge_dialog.open()

    def export(self) -> None:
        """The person's file for their right of access (asks for a folder)."""
        from ui.widgets.privacy_panel import export_person_file

        if self.person is not None:
            export_person_file(self, self.ctx, self.person.id)

    def erase(self) -> None:
        """Erase the file at the person's request (after a confirmation); the view empties."""
        from ui.widgets.privacy_panel import erase_person_file

        if self.person is not None:
            erase_person_file(self, self.ctx, self.person.id, self._erased)

    def _erased(self) -> None:
        self.person = None
        self.heading.clear()
        for value in self._values.values():
            value.clear()
        self.history_title.clear()
        self.timeline.setRowCount(0)
        self.erased.emit()
        self.changed.emit()

    def _reload_after_change(self, person_id: uuid.UUID | None) -> None:
        if person_id is not None:
            self.load(person_id)
        self.changed.emit()


class PersonFileDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personFileDialog")
        self.setWindowTitle(self.tr("Person file"))
        fit_size(self, 820, 620)
        layout = QVBoxLayout(self)
        self.view = PersonFileView(ctx, self)
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("personFileClose")
        close.setAccessibleName(self.tr("Close the file"))
        buttons.rejected.connect(self.reject)
        self.view.erased.connect(self.reject)  # nothing left to show
        layout.addWidget(buttons)
