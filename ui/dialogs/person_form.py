"""Creating or editing a person file, with the likely duplicates shown before creating.

`PersonFormDialog(ctx, person=None, initial_text="")`; after `exec()` accepted, `person_id`
and `person_name` give the file to use (`used_existing` is True when the agent chose an
existing file instead of creating a duplicate).
"""

import re
import uuid

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app import taxonomy
from app.clock import local_today, to_local
from app.context import DeskContext
from app.errors import UserError
from app.phone_numbers import shown_phone
from app.services.merged_files import FileMerged, check_not_merged
from app.services.people import (
    LANGUAGES,
    PersonFields,
    create_person,
    display_name,
    find_duplicates,
    get_person,
    update_person,
)
from app.services.person_views import person_view, person_views
from models import Person
from ui import messages
from ui.edit_conflict import conflict_or
from ui.operations import read_op, write_op
from ui.screen_fit import fit_size


def t(text: str) -> str:
    return QCoreApplication.translate("PersonFileLabels", text)


def language_labels() -> dict[str, str]:
    names = {
        "fr": t("French"),
        "en": t("English"),
        "ar": t("Arabic"),
        "es": t("Spanish"),
        "pt": t("Portuguese"),
        "uk": t("Ukrainian"),
        "ru": t("Russian"),
        "ro": t("Romanian"),
        "tr": t("Turkish"),
        "fa": t("Persian"),
        "ps": t("Pashto"),
        "ti": t("Tigrinya"),
        "so": t("Somali"),
        "zh": t("Chinese"),
    }
    return {code: names[code] for code in LANGUAGES}


def person_summary(person: Person) -> str:
    """One line to recognise a person: name, birth year, commune, last activity."""
    parts = [display_name(person)]
    if person.birth_year:
        parts.append(t("born %1").replace("%1", str(person.birth_year)))
    if person.commune:
        parts.append(person.commune)
    if person.phone:
        parts.append(shown_phone(person.phone))
    parts.append(
        t("last seen %1").replace("%1", to_local(person.last_activity_at).strftime("%d/%m/%Y"))
    )
    return " · ".join(parts)


class DuplicateChoiceDialog(QDialog):
    """“This person may already have a file”: using the existing file is the default."""

    CREATE_NEW = 2

    def __init__(self, candidates: list[Person], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateChoice")
        self.setWindowTitle(self.tr("This person may already have a file"))
        self.chosen_id: uuid.UUID | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Is it one of these people? Using the existing file avoids doubles.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setObjectName("duplicateList")
        self.list.setAccessibleName(self.tr("Existing files"))
        for person in candidates:
            item = QListWidgetItem(person_summary(person))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(self)
        self.use_button = buttons.addButton(
            self.tr("Use this file"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.use_button.setObjectName("duplicateUse")
        self.use_button.setAccessibleName(self.tr("Use this file"))
        self.use_button.setDefault(True)
        self.create_button = buttons.addButton(
            self.tr("Create a new file anyway"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.create_button.setObjectName("duplicateCreate")
        self.create_button.setAccessibleName(self.tr("Create a new file anyway"))
        self.back_button = buttons.addButton(
            self.tr("Back to the form"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.back_button.setObjectName("duplicateBack")
        self.back_button.setAccessibleName(self.tr("Back to the form"))
        self.use_button.clicked.connect(self._use)
        self.create_button.clicked.connect(lambda: self.done(self.CREATE_NEW))
        self.back_button.clicked.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self._use())
        layout.addWidget(buttons)
        self.list.setMinimumWidth(
            min(max(self.list.sizeHintForColumn(0) + 24, 360), 900)  # each file read whole
        )
        self.list.setFocus()

    def _use(self) -> None:
        item = self.list.currentItem()
        # Enter in the list both activates the item and presses the default button
        if item is not None and self.chosen_id is None:
            self.chosen_id = item.data(Qt.ItemDataRole.UserRole)
            self.accept()


def _split_search_text(text: str) -> tuple[str, str, str]:
    """What was typed in the search box, as (first name, last name, phone)."""
    text = (text or "").strip()
    if re.fullmatch(r"[\d\s.+-]+", text) and re.search(r"\d", text):
        return "", "", text
    first, _, rest = text.partition(" ")
    return first[:1].upper() + first[1:], rest.strip(), ""


class PersonFormDialog(QDialog):
    """`kept_file_requested(kept_id)`: the file was merged away at another desk meanwhile and
    the person asked to open the kept one (the form is then closed, nothing saved)."""

    kept_file_requested = Signal(object)

    def __init__(
        self,
        ctx: DeskContext,
        person: Person | None = None,
        initial_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person = person
        self.person_id: uuid.UUID | None = None
        self.person_name = ""
        self.used_existing = False
        self.duplicate_choice: DuplicateChoiceDialog | None = None
        self.setObjectName("personForm")
        self.setWindowTitle(self.tr("Change the file") if person else self.tr("New person"))
        fit_size(self, 560, 640)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        def line(name: str, label: str, max_length: int, value: str = "") -> QLineEdit:
            edit = QLineEdit(value)
            edit.setObjectName(name)
            edit.setAccessibleName(label.replace("&", ""))
            edit.setMaxLength(max_length)
            form.addRow(label, edit)
            return edit

        first, last, phone = _split_search_text(initial_text)
        p = person
        self.first_name = line(
            "personFirstName", self.tr("&First name (required)"), 100, p.first_name if p else first
        )
        self.last_name = line(
            "personLastName", self.tr("&Last name"), 100, p.last_name if p else last
        )
        year = str(p.birth_year) if p and p.birth_year else ""
        self.birth_year = line("personBirthYear", self.tr("&Birth year"), 4, year)
        self.birth_year.setPlaceholderText(self.tr("e.g. 1985"))
        self.postal_code = line(
            "personPostalCode", self.tr("&Postal code"), 5, p.postal_code if p else ""
        )
        self.commune = line("personCommune", self.tr("&Commune"), 120, p.commune if p else "")
        self.phone = line("personPhone", self.tr("P&hone"), 40, p.phone if p else phone)
        self.email = line("personEmail", self.tr("&E-mail"), 200, p.email if p else "")
        self.language = QComboBox()
        self.language.setObjectName("personLanguage")
        self.language.setAccessibleName(self.tr("Preferred language"))
        for code, label in language_labels().items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(
            max(self.language.findData(p.preferred_language if p else "fr"), 0)
        )
        form.addRow(self.tr("Lan&guage"), self.language)
        self.situation = QListWidget()
        self.situation.setObjectName("personSituation")
        self.situation.setAccessibleName(self.tr("Situation"))
        current = set(p.situation if p else [])
        for code in taxonomy.publics():
            item = QListWidgetItem(code.label)
            item.setData(Qt.ItemDataRole.UserRole, code.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if code.value in current else Qt.CheckState.Unchecked
            )
            self.situation.addItem(item)
        self.situation.setFixedHeight(130)
        form.addRow(self.tr("&Situation"), self.situation)
        self.notice_date = p.privacy_notice_given_on if p else None
        self.notice = QCheckBox(self.tr("The privacy notice was given"))
        if self.notice_date:
            self.notice.setText(
                self.tr("The privacy notice was given on %1").replace(
                    "%1", self.notice_date.strftime("%d/%m/%Y")
                )
            )
        self.notice.setObjectName("personNotice")
        self.notice.setAccessibleName(self.tr("The privacy notice was given"))
        self.notice.setChecked(self.notice_date is not None)
        form.addRow("", self.notice)

        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Save the file"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("personSave")
        self.save_button.setAccessibleName(self.tr("Save the file"))
        self.save_button.setDefault(True)
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("personCancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        chain = [
            self.first_name,
            self.last_name,
            self.birth_year,
            self.postal_code,
            self.commune,
            self.phone,
            self.email,
            self.language,
            self.situation,
            self.notice,
            self.save_button,
            cancel,
        ]
        for first_widget, second_widget in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first_widget, second_widget)
        self.first_name.setFocus()

    def fields(self) -> PersonFields:
        year_text = self.birth_year.text().strip()
        # not str.isdigit(): « ² » (next to « 1 » on a French keyboard) is a digit to it
        if year_text and not re.fullmatch(r"[0-9]{1,4}", year_text):
            raise UserError(self.tr("The birth year is written with 4 digits, e.g. 1985."))
        situation = [
            self.situation.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.situation.count())
            if self.situation.item(row).checkState() == Qt.CheckState.Checked
        ]
        notice = None
        if self.notice.isChecked():
            notice = self.notice_date or local_today()
        return PersonFields(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            birth_year=int(year_text) if year_text else None,
            postal_code=self.postal_code.text(),
            commune=self.commune.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            preferred_language=self.language.currentData(),
            situation=situation,
            privacy_notice_given_on=notice,
        )

    def save(self) -> None:
        """Check the fields; before creating, offer the likely duplicates (non-blocking)."""
        try:
            fields = self.fields()
        except UserError as error:
            messages.warn(self, self.tr("The file was not saved"), error.message)
            return
        if self.person is not None:
            self._store(fields)
            return
        actor = self.ctx.actor

        def work(session):  # type: ignore[no-untyped-def]
            return person_views(find_duplicates(session, actor, fields))

        read_op(
            self,
            self.ctx.engine,
            work,
            lambda candidates: self._offer_duplicates(fields, candidates),
            title=self.tr("The file was not saved"),
        )

    def _offer_duplicates(self, fields: PersonFields, candidates: list[Person]) -> None:
        if not candidates:
            self._store(fields)
            return
        self.duplicate_choice = DuplicateChoiceDialog(candidates, self)
        self.duplicate_choice.finished.connect(
            lambda answer: self._on_duplicate_choice(answer, fields, candidates)
        )
        self.duplicate_choice.open()

    def _on_duplicate_choice(
        self, answer: int, fields: PersonFields, candidates: list[Person]
    ) -> None:
        chosen_id = self.duplicate_choice.chosen_id
        if answer == QDialog.DialogCode.Accepted and chosen_id:
            chosen = next(p for p in candidates if p.id == chosen_id)
            self._finish(chosen.id, display_name(chosen), used_existing=True)
        elif answer == DuplicateChoiceDialog.CREATE_NEW:
            self._store(fields)

    def _store(self, fields: PersonFields) -> None:
        actor, existing = self.ctx.actor, self.person

        def work(session):  # type: ignore[no-untyped-def]
            if existing is None:
                person = create_person(session, actor, fields)
            else:
                check_not_merged(session, actor, existing.id)  # merged away at another desk?
                person = update_person(
                    session, actor, existing.id, fields, version=existing.version
                )
            return person.id, display_name(person)

        title = self.tr("The file was not saved")
        write_op(
            self,
            self.ctx.engine,
            work,
            lambda saved: self._finish(*saved, used_existing=False),
            self._refused(title),
            title=title,
        )

    def _refused(self, title: str):  # type: ignore[no-untyped-def]
        """A file merged away meanwhile offers the kept one; another desk's change offers
        « Reload »; anything else is shown under `title`."""
        otherwise = conflict_or(self, self.reload_person, title)

        def on_error(error: UserError) -> None:
            if isinstance(error, FileMerged):
                self._offer_kept_file(error)
            else:
                otherwise(error)

        return on_error

    def _offer_kept_file(self, merged: FileMerged) -> QMessageBox:
        """Say that the file was merged (nothing saved) and offer to open the kept one; the
        box is kept as `merged_box` (tests click its buttons)."""
        box = QMessageBox(self)
        box.setObjectName("fileMergedBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("File merged at another desk"))
        box.setText(merged.message)
        open_button = box.addButton(
            self.tr("Open the kept file"), QMessageBox.ButtonRole.AcceptRole
        )
        open_button.setObjectName("openKeptFile")
        open_button.setAccessibleName(self.tr("Open the kept file"))
        close_button = box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        close_button.setObjectName("closeMergedBox")
        close_button.setAccessibleName(self.tr("Close"))
        box.setDefaultButton(open_button)
        box.open_button = open_button  # type: ignore[attr-defined]

        def answered(button) -> None:  # type: ignore[no-untyped-def]
            if button is open_button:
                self.reject()  # this form's person is gone: nothing to save here
                self.kept_file_requested.emit(merged.kept_id)

        box.buttonClicked.connect(answered)
        self.merged_box = box
        box.open()
        return box

    def reload_person(self) -> None:
        """Show the file as another desk saved it (after a refused save)."""
        actor, person_id = self.ctx.actor, self.person.id

        def work(session):  # type: ignore[no-untyped-def]
            return person_view(get_person(session, actor, person_id))

        read_op(
            self,
            self.ctx.engine,
            work,
            self._show_reloaded,
            title=self.tr("The file was not saved"),
        )

    def _show_reloaded(self, p: Person) -> None:
        self.person = p
        self.first_name.setText(p.first_name)
        self.last_name.setText(p.last_name)
        self.birth_year.setText(str(p.birth_year) if p.birth_year else "")
        self.postal_code.setText(p.postal_code)
        self.commune.setText(p.commune)
        self.phone.setText(p.phone)
        self.email.setText(p.email)
        self.language.setCurrentIndex(max(self.language.findData(p.preferred_language), 0))
        for row in range(self.situation.count()):
            item = self.situation.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in set(p.situation or [])
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.notice_date = p.privacy_notice_given_on
        self.notice.setChecked(self.notice_date is not None)

    def _finish(self, person_id: uuid.UUID, name: str, used_existing: bool) -> None:
        if self.person_id is not None:
            return
        self.person_id = person_id
        self.person_name = name
        self.used_existing = used_existing
        self.accept()
