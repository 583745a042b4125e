"""First run: the place's name and address, then its first coordinator and PIN; or, for a new
desk of a place that already shares its database, joining it (ui/dialogs/join_place.py).

Nothing is written until the last page is accepted, and then in one transaction; cancelling
leaves the database without a site, so the wizard comes back at the next start.
"""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.context import DeskContext
from app.db import write_session
from app.errors import UserError
from app.services.agents import PIN_PATTERN
from app.services.directory import add_national_numbers
from app.services.sites import actor_for, create_first_site
from models.enums import SiteKind
from ui.dialogs.join_place import JoinPlacePage

ERROR_STYLE = "color: #b00020; font-weight: bold;"


def _error_label(parent: QWidget, accessible: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("errorLabel")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setAccessibleName(accessible)
    label.hide()
    return label


def _line_edit(parent: QWidget, name: str, accessible: str, max_length: int) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setMaxLength(max_length)
    return edit


def site_kind_labels() -> dict[str, str]:
    """The kinds of place, in the order they are offered (also in Settings › Place)."""
    return {
        SiteKind.EMPLOYMENT_DESK.value: QCoreApplication.translate(
            "PlacePage", "Employment help desk"
        ),
        SiteKind.RECYCLERIE.value: QCoreApplication.translate("PlacePage", "Recyclerie"),
        SiteKind.SOCIAL_DESK.value: QCoreApplication.translate(
            "PlacePage", "Social reception desk"
        ),
        SiteKind.OTHER.value: QCoreApplication.translate("PlacePage", "Other"),
    }


class PlacePage(QWizardPage):
    """The place: name, kind, address, phone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placePage")
        self.setTitle(self.tr("Your place"))
        self.setSubTitle(
            self.tr(
                "Aiguillage keeps everything on this computer. First, tell it about your place."
            )
        )
        self.name_edit = _line_edit(self, "placeName", self.tr("Name of the place"), 200)
        self.name_edit.setPlaceholderText(self.tr("e.g. Point Accueil Emploi de Redon"))
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("placeKind")
        self.kind_combo.setAccessibleName(self.tr("Kind of place"))
        for kind, label in site_kind_labels().items():
            self.kind_combo.addItem(label, kind)
        self.address_edit = _line_edit(self, "placeAddress", self.tr("Address"), 300)
        self.postal_code_edit = _line_edit(self, "placePostalCode", self.tr("Postal code"), 10)
        self.commune_edit = _line_edit(self, "placeCommune", self.tr("Town"), 120)
        self.phone_edit = _line_edit(self, "placePhone", self.tr("Phone"), 40)
        self.error_label = _error_label(self, self.tr("Problem to fix"))
        # made last so that the place's name has the focus first; shown at the top
        self.create_choice = QRadioButton(self.tr("&Create a place on this PC"), self)
        self.create_choice.setObjectName("createPlace")
        self.create_choice.setAccessibleName(self.tr("Create a place"))
        self.create_choice.setChecked(True)
        self.join_choice = QRadioButton(self.tr("&Join a place already shared"), self)
        self.join_choice.setObjectName("joinPlace")
        self.join_choice.setAccessibleName(self.tr("Join a place already shared"))
        self.join_choice.toggled.connect(self._choice_changed)

        form = QFormLayout()
        form.addRow(self.tr("&Name of the place:"), self.name_edit)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Address:"), self.address_edit)
        form.addRow(self.tr("&Postal code:"), self.postal_code_edit)
        form.addRow(self.tr("&Town:"), self.commune_edit)
        form.addRow(self.tr("P&hone:"), self.phone_edit)
        self.fields = (self.name_edit, self.kind_combo, self.address_edit,
                       self.postal_code_edit, self.commune_edit, self.phone_edit)
        choices = QHBoxLayout()
        choices.addWidget(self.create_choice)
        choices.addWidget(self.join_choice)
        choices.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def _choice_changed(self) -> None:
        for field in self.fields:
            field.setEnabled(not self.join_choice.isChecked())

    def nextId(self) -> int:  # noqa: N802 (Qt API)
        wizard = self.wizard()
        if isinstance(wizard, FirstRunWizard) and self.join_choice.isChecked():
            return wizard.join_id
        return super().nextId()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        if self.join_choice.isChecked():
            self.show_error("")
            return True
        if not self.name_edit.text().strip():
            self.show_error(self.tr("Please type the name of the place."))
            self.name_edit.setFocus()
            return False
        self.show_error("")
        return True


class CoordinatorPage(QWizardPage):
    """The first coordinator: a name and a PIN typed twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coordinatorPage")
        self.setTitle(self.tr("The first coordinator"))
        self.setSubTitle(
            self.tr(
                "The coordinator manages the directory, the settings and the other agents. "
                "The PIN (4 to 8 digits) opens the app."
            )
        )
        self.name_edit = _line_edit(self, "coordinatorName", self.tr("Coordinator's name"), 120)
        self.name_edit.setPlaceholderText(self.tr("First name and last name"))
        self.pin_edit = _line_edit(self, "coordinatorPin", self.tr("PIN"), 8)
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_again_edit = _line_edit(self, "coordinatorPinAgain", self.tr("PIN again"), 8)
        self.pin_again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        for edit in (self.pin_edit, self.pin_again_edit):
            edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.error_label = _error_label(self, self.tr("Problem to fix"))

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&PIN:"), self.pin_edit)
        form.addRow(self.tr("PIN &again:"), self.pin_again_edit)
        hint = QLabel(self.tr("Keep the PIN to yourself. It is stored only in a scrambled form."))
        hint.setObjectName("pinHint")
        hint.setWordWrap(True)
        self.national_numbers_check = QCheckBox(
            self.tr("Add the national help numbers to the directory (115, 119, 3919, 3114…)"), self
        )
        self.national_numbers_check.setObjectName("nationalNumbers")
        self.national_numbers_check.setAccessibleName(self.tr("Add the national help numbers"))
        self.national_numbers_check.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.national_numbers_check)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def check(self) -> str:
        """The first problem with what was typed, or "" if it can be saved."""
        if not self.name_edit.text().strip():
            self.name_edit.setFocus()
            return self.tr("Please type the coordinator's name.")
        pin = self.pin_edit.text()
        if not PIN_PATTERN.match(pin):
            self.pin_edit.setFocus()
            return self.tr("The PIN must have 4 to 8 digits, and digits only.")
        if pin != self.pin_again_edit.text():
            self.pin_again_edit.clear()
            self.pin_again_edit.setFocus()
            return self.tr("The two PINs are different. Please type the PIN again.")
        return ""

    def nextId(self) -> int:  # noqa: N802 (Qt API)
        return -1  # the last page of a new place (joining is another way)

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        problem = self.check()
        if not problem:
            wizard = self.wizard()
            if isinstance(wizard, FirstRunWizard):
                problem = wizard.save()
        self.show_error(problem)
        return not problem


class FirstRunWizard(QWizard):
    """Two pages; accepting the last one creates the site and its coordinator."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Welcome to Aiguillage"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(640, 460)
        self.place_page = PlacePage(self)
        self.coordinator_page = CoordinatorPage(self)
        self.join_page = JoinPlacePage(ctx, self)
        self.addPage(self.place_page)
        self.addPage(self.coordinator_page)
        self.join_id = self.addPage(self.join_page)
        for which, name in (
            (QWizard.WizardButton.NextButton, "nextButton"),
            (QWizard.WizardButton.BackButton, "backButton"),
            (QWizard.WizardButton.FinishButton, "finishButton"),
            (QWizard.WizardButton.CancelButton, "cancelButton"),
        ):
            button = self.button(which)
            button.setObjectName(name)
            button.setAccessibleName(button.text().replace("&", ""))

    def save(self) -> str:
        """Create the site and its coordinator; returns an error message, or "" when saved."""
        place, person = self.place_page, self.coordinator_page
        try:
            with write_session(self.ctx.engine) as session:
                site, agent = create_first_site(
                    session,
                    name=place.name_edit.text(),
                    kind=place.kind_combo.currentData(),
                    address=place.address_edit.text(),
                    postal_code=place.postal_code_edit.text(),
                    commune=place.commune_edit.text(),
                    phone=place.phone_edit.text(),
                    coordinator_name=person.name_edit.text(),
                    pin=person.pin_edit.text(),
                )
                if person.national_numbers_check.isChecked():
                    add_national_numbers(session, actor_for(agent))
        except UserError as error:
            return error.message
        self.ctx.site_id = site.id
        self.ctx.site_name = site.name
        self.ctx.actor = actor_for(agent)
        self.ctx.agent_name = agent.name
        return ""


def run_first_run(ctx: DeskContext, parent: QWidget | None = None) -> bool:
    """Show the wizard; True once the site and its coordinator are stored, False if cancelled."""
    wizard = FirstRunWizard(ctx, parent)
    return wizard.exec() == QWizard.DialogCode.Accepted and ctx.site_id is not None
