"""The visit form: reasons, outcome, channel, note; Enter saves, Esc cancels.

`VisitFormDialog(ctx, person_id=None, person_name="", visit=None)`; after `exec()` accepted,
`saved_visit_id` and `saved_themes` say what was stored.

On a desk on a server, a save the main PC does not answer leaves the form open with what was
typed and says so in the form (no box): an anonymous visit waits in the desk's outbox, a
person's visit is sent by « Try again » once the main PC answers. The form is never greyed by
the page under it (ui.pages.base), so Esc and Cancel always work.
"""

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.context import DeskContext
from app.db import read_session
from app.errors import UserError
from app.services.visits import (
    NOTE_MAX_LENGTH,
    LogRow,
    VisitFields,
    default_channel,
    log_visit,
    most_used_themes,
    update_visit,
)
from models.enums import AgeBand, Channel, Gender, VisitOutcome
from ui import messages, offline_reception
from ui.dialogs.theme_picker import ThemePicker
from ui.operations import read_op, write_op
from ui.screen_fit import fit_size


def _t(text: str) -> str:
    return QCoreApplication.translate("ReceptionLabels", text)


def channel_labels() -> dict[str, str]:
    return {
        Channel.WALK_IN.value: _t("Walk-in"),
        Channel.APPOINTMENT.value: _t("Appointment at the desk"),
        Channel.PHONE.value: _t("Phone"),
        Channel.EMAIL.value: _t("E-mail"),
        Channel.MAIL.value: _t("Letter"),
        Channel.VIDEO.value: _t("Video call"),
        Channel.HOME_VISIT.value: _t("Home or outside appointment"),
    }


def outcome_labels() -> dict[str, str]:
    return {
        "": _t("Not said"),
        VisitOutcome.INFORMATION_GIVEN.value: _t("Information given"),
        VisitOutcome.DONE_TOGETHER.value: _t("Done together"),
        VisitOutcome.APPOINTMENT_MADE.value: _t("Appointment made"),
        VisitOutcome.REFERRAL.value: _t("Referral"),
        VisitOutcome.OTHER.value: _t("Other"),
    }


def age_band_labels() -> dict[str, str]:
    return {
        "": _t("Age not said"),
        AgeBand.UNDER_18.value: _t("Under 18"),
        AgeBand.AGE_18_25.value: _t("18 to 25"),
        AgeBand.AGE_26_35.value: _t("26 to 35"),
        AgeBand.AGE_36_45.value: _t("36 to 45"),
        AgeBand.AGE_46_55.value: _t("46 to 55"),
        AgeBand.AGE_56_65.value: _t("56 to 65"),
        AgeBand.OVER_65.value: _t("Over 65"),
    }


def gender_labels() -> dict[str, str]:
    return {
        "": _t("Gender not said"),
        Gender.WOMAN.value: _t("Woman"),
        Gender.MAN.value: _t("Man"),
        Gender.OTHER.value: _t("Other"),
    }


def _combo(name: str, accessible: str, labels: dict[str, str], current: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    for code, label in labels.items():
        combo.addItem(label, code)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    return combo


class NoteEdit(QPlainTextEdit):
    """A note with a length limit; Enter saves the form, Shift+Enter starts a new line."""

    submitted = Signal()
    truncated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.was_cut = False
        self.textChanged.connect(self._limit)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def _limit(self) -> None:
        text = self.toPlainText()
        if len(text) < NOTE_MAX_LENGTH:
            self.was_cut = False
        if len(text) > NOTE_MAX_LENGTH:
            self.was_cut = True
            self.blockSignals(True)
            self.setPlainText(text[:NOTE_MAX_LENGTH])
            cursor = self.textCursor()
            cursor.movePosition(cursor.MoveOperation.End)
            self.setTextCursor(cursor)
            self.blockSignals(False)
            self.truncated.emit()


@dataclass(frozen=True)
class FormChoices:
    """What the form reads before it opens: the site's most used reasons, its usual channel."""

    top_themes: list
    channel: str


def read_form_choices(session, ctx: DeskContext) -> FormChoices:  # type: ignore[no-untyped-def]
    return FormChoices(most_used_themes(session, ctx.actor), default_channel(session, ctx.actor))


def open_visit_form(parent: QWidget, ctx: DeskContext, on_open, **form_args) -> None:  # type: ignore[no-untyped-def]
    """Read the form's choices on the database worker, then build the form and hand it to
    `on_open(dialog)` on the UI thread (nothing opens if the database refused)."""

    def open_offline() -> None:  # the main PC away: an anonymous visit still opens
        choices = FormChoices([], offline_reception.usual_channel(ctx))
        on_open(VisitFormDialog(ctx, parent=parent, choices=choices, **form_args))

    title = QCoreApplication.translate("VisitFormDialog", "Visit")
    anonymous = form_args.get("person_id") is None and form_args.get("visit") is None
    if anonymous and offline_reception.keeps_locally(ctx):
        open_offline()
        return
    read_op(
        parent,
        ctx.engine,
        lambda session: read_form_choices(session, ctx),
        lambda choices: on_open(VisitFormDialog(ctx, parent=parent, choices=choices, **form_args)),
        offline_reception.read_refused(
            ctx, lambda error: messages.warn(parent, title, error.message), open_offline
        )
        if anonymous
        else None,
        title=title,
    )


class VisitFormDialog(QDialog):
    def __init__(
        self,
        ctx: DeskContext,
        person_id: uuid.UUID | None = None,
        person_name: str = "",
        visit: LogRow | None = None,
        parent: QWidget | None = None,
        choices: FormChoices | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.visit = visit
        self._saving = False
        self.person_id = visit.person_id if visit else person_id
        self.saved_visit_id: uuid.UUID | None = None
        self.saved_themes: list[str] = []
        self.setObjectName("visitForm")
        anonymous = self.person_id is None
        name = visit.person_name if visit else person_name
        if visit:
            self.setWindowTitle(self.tr("Change the visit"))
        elif anonymous:
            self.setWindowTitle(self.tr("Anonymous visit"))
        else:
            self.setWindowTitle(self.tr("Visit of %1").replace("%1", name))
        fit_size(self, 620, 640)

        if choices is None:  # read here when the caller did not read it beforehand
            with read_session(ctx.engine) as session:
                choices = read_form_choices(session, ctx)
        top = choices.top_themes
        channel = visit.channel if visit else choices.channel
        fields = visit.fields if visit else VisitFields(channel=channel)

        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Anonymous visit") if anonymous else name)
        heading.setObjectName("visitHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)

        form = QFormLayout()
        self.themes = ThemePicker(top, fields.themes, self)
        self.themes.setMinimumHeight(220)
        form.addRow(self.tr("&Reasons"), self.themes)
        self.outcome = _combo(
            "visitOutcome", self.tr("Outcome"), outcome_labels(), fields.outcome or ""
        )
        form.addRow(self.tr("&Outcome"), self.outcome)
        self.channel = _combo("visitChannel", self.tr("Channel"), channel_labels(), fields.channel)
        form.addRow(self.tr("&Channel"), self.channel)
        self.age_band = self.gender = None
        self.commune = None
        if anonymous:
            snapshot = QHBoxLayout()
            self.age_band = _combo("visitAgeBand", self.tr("Age band"), age_band_labels(), "")
            self.age_band.setCurrentIndex(max(self.age_band.findData(fields.age_band), 0))
            self.gender = _combo("visitGender", self.tr("Gender"), gender_labels(), fields.gender)
            self.commune = QLineEdit(fields.commune)
            self.commune.setObjectName("visitCommune")
            self.commune.setAccessibleName(self.tr("Commune"))
            self.commune.setPlaceholderText(self.tr("Commune (optional)"))
            self.commune.setMaxLength(120)
            snapshot.addWidget(self.age_band)
            snapshot.addWidget(self.gender)
            snapshot.addWidget(self.commune, 1)
            form.addRow(self.tr("For the statistics"), snapshot)
        self.note = NoteEdit(self)
        self.note.setObjectName("visitNote")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlainText(fields.note)
        self.note.setFixedHeight(90)
        form.addRow(self.tr("&Note"), self.note)
        self.reminder = QLabel(
            self.tr(
                "Facts only, no health or other sensitive details: the person may read this note."
            )
        )
        self.reminder.setObjectName("visitNoteReminder")
        self.reminder.setWordWrap(True)
        self.note_count = QLabel()
        self.note_count.setObjectName("visitNoteCount")
        form.addRow("", self.reminder)
        form.addRow("", self.note_count)
        layout.addLayout(form, 1)
        # the main PC did not answer: the visit is not saved yet, what was typed stays here
        self.not_sent = QLabel(self)
        self.not_sent.setObjectName("visitNotSent")
        self.not_sent.setWordWrap(True)
        self.not_sent.setStyleSheet(
            "QLabel { background: #fff4ce; color: #3b2f00; border: 1px solid #c8a600;"
            " padding: 6px; }"
        )
        self.not_sent.hide()
        layout.addWidget(self.not_sent)

        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Save (Enter)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("visitSave")
        self.save_button.setAccessibleName(self.tr("Save the visit"))
        self.save_button.setDefault(True)
        self.cancel_button = buttons.addButton(
            self.tr("Cancel (Esc)"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setObjectName("visitCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.note.submitted.connect(self.save)
        self.note.truncated.connect(self._note_truncated)
        self.note.textChanged.connect(self._count_note)
        self._count_note()
        chain = [self.themes.filter_edit, self.themes.list, self.outcome, self.channel]
        chain += [w for w in (self.age_band, self.gender, self.commune) if w is not None]
        chain += [self.note, self.save_button, self.cancel_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.themes.filter_edit.setFocus()

    def _count_note(self) -> None:
        if self.note.was_cut:
            self._note_truncated()
            return
        self.note_count.setText(
            self.tr("%1 / %2 characters")
            .replace("%1", str(len(self.note.toPlainText())))
            .replace("%2", str(NOTE_MAX_LENGTH))
        )

    def _note_truncated(self) -> None:
        self.note_count.setText(
            self.tr("The note was cut at %1 characters: keep only the facts.").replace(
                "%1", str(NOTE_MAX_LENGTH)
            )
        )

    def fields(self) -> VisitFields:
        return VisitFields(
            channel=self.channel.currentData(),
            themes=self.themes.selected_codes(),
            outcome=self.outcome.currentData(),
            note=self.note.toPlainText(),
            age_band=self.age_band.currentData() if self.age_band else "",
            gender=self.gender.currentData() if self.gender else "",
            commune=self.commune.text() if self.commune else "",
        )

    def save(self) -> None:
        if self._saving:
            return  # a second Enter while the first save is on its way
        fields = self.fields()
        actor, visit, person_id = self.ctx.actor, self.visit, self.person_id

        def work(session):  # type: ignore[no-untyped-def]
            if visit is not None:
                return update_visit(session, actor, visit.id, fields).id
            return log_visit(session, actor, fields, person_id).id

        self._saving = True
        anonymous = visit is None and person_id is None
        saved = lambda visit_id: self._saved(visit_id, fields)  # noqa: E731
        if anonymous and offline_reception.keeps_locally(self.ctx):
            try:  # the main PC away: the visit waits on this desk
                saved(offline_reception.keep_visit(self.ctx, fields))
            except UserError as error:
                self._refused(error)
            return
        write_op(
            self,
            self.ctx.engine,
            work,
            saved,
            offline_reception.save_refused(self.ctx, fields, saved, self._refused)
            if anonymous
            else self._refused,
        )

    def _refused(self, error: UserError) -> None:
        self._saving = False
        connection = self.ctx.connection
        if connection is not None and connection.noticed(error):
            # the main PC is out of reach: the form stays as typed, to be sent again
            self.not_sent.setText(
                self.tr(
                    "The main PC does not answer: this visit is not saved yet. It stays here; "
                    "press « Try again » once the main PC is back."
                )
            )
            self.not_sent.show()
            self.save_button.setText(self.tr("Try again (Enter)"))
            self.save_button.setFocus()
            return
        messages.warn(self, self.tr("The visit was not saved"), error.message)

    def _saved(self, visit_id, fields: VisitFields) -> None:  # type: ignore[no-untyped-def]
        self._saving = False
        self.saved_visit_id = visit_id
        self.saved_themes = fields.themes
        self.accept()
