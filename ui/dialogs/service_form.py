"""Creating or changing a partner service, with every field of the directory.

Three tabs: the service itself, who it is for and how to get in, where and how to reach it.
The form opens at once, greyed with « Chargement… » while the organisations (and the service
being changed) are read on the database worker, and fills when they arrive.
Saving calls app.services.directory in one transaction; a refused value is said in the dialog
and nothing is lost.
"""

import uuid
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import taxonomy
from app.context import DeskContext
from app.errors import UserError
from app.i18n import current_language
from app.opening_hours import describe_hours
from app.services.directory import (
    ServiceDetails,
    find_or_create_organization,
    get_organization,
    get_service,
    list_organizations,
    save_service,
)
from models import Organization
from ui.edit_conflict import conflict_or
from ui.operations import read_op, write_op
from ui.widgets.code_choices import CodeBoxes, CodeList
from ui.widgets.controls import named
from ui.widgets.one_line_label import OneLineLabel


class ServiceFormDialog(QDialog):
    """Create a service (service_id None) or change one; `saved_id` is set after saving."""

    def __init__(
        self, ctx: DeskContext, service_id: uuid.UUID | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service_id = service_id
        self.saved_id: uuid.UUID | None = None
        self._saving = False
        self._loading = True
        self._closed = False
        self.loaded_version: int | None = None
        self._hours = ""
        self.setObjectName("serviceForm")
        self.setWindowTitle(self.tr("New service") if service_id is None else self.tr("Service"))
        self.setMinimumSize(680, 560)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("serviceTabs")
        layout.addWidget(self.tabs)
        self._build_main_tab()
        self._build_access_tab()
        self._build_contact_tab()
        self.loading_label = QLabel(self.tr("Loading…"))
        self.loading_label.setObjectName("serviceFormLoading")
        layout.addWidget(self.loading_label)
        self.error_label = QLabel()
        self.error_label.setObjectName("serviceFormError")
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        named(self.save_button, "serviceSave", self.tr("Save the service"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_hours()
        self._show_themes()
        self.tabs.setEnabled(False)
        self.save_button.setEnabled(False)
        self._load()

    # ------------------------------------------------------------------ tabs

    def _build_main_tab(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        self.organization_combo = QComboBox()
        self.organization_combo.setEditable(True)
        named(self.organization_combo, "serviceOrganization", self.tr("Organisation"))
        self.organization_combo.lineEdit().setPlaceholderText(
            self.tr("Choose or type the organisation")
        )
        organization_row = QHBoxLayout()
        self.organization_button = named(
            QPushButton(self.tr("Organisation details…")),
            "serviceOrganizationDetails",
            self.tr("Address, phone and SIRET of the organisation"),
        )
        self.organization_button.clicked.connect(self.edit_organization)
        organization_row.addWidget(self.organization_combo, 1)
        organization_row.addWidget(self.organization_button)
        self.name_edit = named(QLineEdit(), "serviceName", self.tr("Name of the service"))
        self.description_edit = named(
            QPlainTextEdit(), "serviceDescription", self.tr("Description")
        )
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(70)
        self.note_edit = named(QPlainTextEdit(), "serviceLocalNote", self.tr("Note of this place"))
        self.note_edit.setPlaceholderText(
            self.tr("e.g. call Mrs X first (kept by every directory update)")
        )
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(46)
        self.type_combo = named(QComboBox(), "serviceType", self.tr("Type of service"))
        self.type_combo.addItem(self.tr("—"), "")
        for code in taxonomy.service_types():
            self.type_combo.addItem(code.label, code.value)
        theme_box = QWidget()
        theme_layout = QVBoxLayout(theme_box)
        theme_layout.setContentsMargins(0, 0, 0, 0)
        self.theme_filter = named(QLineEdit(), "themeFilter", self.tr("Find a theme"))
        self.theme_filter.setPlaceholderText(self.tr("Find a theme…"))
        labels = {code.value: taxonomy.theme_label(code.value) for code in taxonomy.themes()}
        self.theme_list = named(
            CodeList(taxonomy.themes(), labels), "serviceThemes", self.tr("Themes")
        )
        self.theme_list.setMinimumHeight(130)
        self.theme_filter.textChanged.connect(self.theme_list.filter)
        self.theme_summary = OneLineLabel()  # one line: the list never moves while ticking
        self.theme_summary.setObjectName("serviceThemesChosen")
        self.theme_list.itemChanged.connect(self._show_themes)
        theme_layout.addWidget(self.theme_summary)
        theme_layout.addWidget(self.theme_filter)
        theme_layout.addWidget(self.theme_list)
        hours_row = QVBoxLayout()
        hours_buttons = QHBoxLayout()
        self.hours_label = QLabel()
        self.hours_label.setObjectName("serviceHoursText")
        self.hours_label.setWordWrap(True)
        self.hours_button = named(
            QPushButton(self.tr("Change the hours…")),
            "serviceHoursButton",
            self.tr("Change the opening hours"),
        )
        self.hours_button.clicked.connect(self.edit_hours)
        self.hours_details_edit = named(
            QLineEdit(), "serviceHoursDetails", self.tr("Details about the hours")
        )
        self.hours_details_edit.setPlaceholderText(self.tr("e.g. closed in August, by appointment"))
        hours_row.addWidget(self.hours_label)
        hours_row.addLayout(hours_buttons)
        hours_buttons.addWidget(self.hours_details_edit, 1)
        hours_buttons.addWidget(self.hours_button)
        verified_row = QHBoxLayout()
        self.verified_box = named(
            QCheckBox(self.tr("Checked on")), "serviceVerified", self.tr("Information checked")
        )
        self.verified_date = named(
            QDateEdit(), "serviceVerifiedOn", self.tr("Date of the last check")
        )
        self.verified_date.setCalendarPopup(True)
        self.verified_date.setDisplayFormat("dd/MM/yyyy")
        self.verified_date.setDate(QDate.currentDate())
        self.verified_date.setEnabled(False)
        self.verified_box.toggled.connect(self.verified_date.setEnabled)
        verified_row.addWidget(self.verified_box)
        verified_row.addWidget(self.verified_date)
        verified_row.addStretch(1)
        organization_label = QLabel(self.tr("&Organisation"))
        organization_label.setBuddy(self.organization_combo)  # Alt+O reaches the combo box
        form.addRow(organization_label, organization_row)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("Description"), self.description_edit)
        form.addRow(self.tr("Our note"), self.note_edit)
        form.addRow(self.tr("Type"), self.type_combo)
        form.addRow(self.tr("Themes"), theme_box)
        form.addRow(self.tr("Hours"), hours_row)
        form.addRow(self.tr("Last check"), verified_row)
        self._label_buddies(form)
        self.tabs.addTab(page, self.tr("Service"))

    def _build_access_tab(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        self.public_list = named(CodeList(taxonomy.publics()), "servicePublics", self.tr("Publics"))
        self.public_list.setMaximumHeight(130)
        self.publics_details_edit = named(
            QLineEdit(), "servicePublicsDetails", self.tr("Details about the public")
        )
        self.fees_combo = named(QComboBox(), "serviceFees", self.tr("Fees"))
        self.fees_combo.addItem(self.tr("—"), "")
        for code in taxonomy.fees():
            self.fees_combo.addItem(code.label, code.value)
        self.publics_details_edit.setPlaceholderText(self.tr("Details about the public"))
        self.fees_details_edit = named(
            QLineEdit(), "serviceFeesDetails", self.tr("Details about the fees")
        )
        self.fees_details_edit.setPlaceholderText(self.tr("Details about the fees"))
        self.conditions_edit = named(
            QPlainTextEdit(), "serviceConditions", self.tr("Access conditions")
        )
        self.conditions_edit.setTabChangesFocus(True)
        self.conditions_edit.setMaximumHeight(55)
        self.documents_edit = named(
            QPlainTextEdit(), "serviceDocuments", self.tr("Documents to bring, one per line")
        )
        self.documents_edit.setTabChangesFocus(True)
        self.documents_edit.setMaximumHeight(55)
        self.accueil_boxes = CodeBoxes(taxonomy.modes_accueil(), "accueil")
        self.mobilisation_boxes = CodeBoxes(taxonomy.modes_mobilisation(), "mobilisation")
        self.mobilisation_details_edit = named(
            QLineEdit(), "serviceMobilisationDetails", self.tr("Details about how to get in touch")
        )
        self.mobilisation_details_edit.setPlaceholderText(
            self.tr("Details about how to get in touch")
        )
        self.languages_edit = named(QLineEdit(), "serviceLanguages", self.tr("Languages spoken"))
        self.languages_edit.setPlaceholderText(self.tr("e.g. français, anglais, arabe"))
        self.wheelchair_combo = named(
            QComboBox(), "serviceWheelchair", self.tr("Wheelchair access")
        )
        self.wheelchair_combo.addItem(self.tr("Not known"), None)
        self.wheelchair_combo.addItem(self.tr("Yes"), True)
        self.wheelchair_combo.addItem(self.tr("No"), False)
        form.addRow(self.tr("Publics"), self.public_list)
        form.addRow("", self.publics_details_edit)
        form.addRow(self.tr("Fees"), self.fees_combo)
        form.addRow("", self.fees_details_edit)
        form.addRow(self.tr("Conditions"), self.conditions_edit)
        form.addRow(self.tr("To bring"), self.documents_edit)
        form.addRow(self.tr("Welcome"), self.accueil_boxes)
        form.addRow(self.tr("Get in touch"), self.mobilisation_boxes)
        form.addRow("", self.mobilisation_details_edit)
        form.addRow(self.tr("Languages"), self.languages_edit)
        form.addRow(self.tr("Wheelchair"), self.wheelchair_combo)
        self.tabs.addTab(page, self.tr("Public and access"))

    def _build_contact_tab(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        self.address_edit = named(QLineEdit(), "serviceAddress", self.tr("Address"))
        self.postal_code_edit = named(QLineEdit(), "servicePostalCode", self.tr("Postal code"))
        self.postal_code_edit.setMaxLength(5)
        self.commune_edit = named(QLineEdit(), "serviceCommune", self.tr("Town"))
        self.phone_edit = named(QLineEdit(), "servicePhone", self.tr("Phone"))
        self.email_edit = named(QLineEdit(), "serviceEmail", self.tr("E-mail"))
        self.website_edit = named(QLineEdit(), "serviceWebsite", self.tr("Website"))
        self.contact_edit = named(QLineEdit(), "serviceContact", self.tr("Contact person"))
        self.latitude_edit = named(QLineEdit(), "serviceLatitude", self.tr("Latitude"))
        self.longitude_edit = named(QLineEdit(), "serviceLongitude", self.tr("Longitude"))
        form.addRow(self.tr("Address"), self.address_edit)
        form.addRow(self.tr("Postal code"), self.postal_code_edit)
        form.addRow(self.tr("Town"), self.commune_edit)
        form.addRow(self.tr("Phone"), self.phone_edit)
        form.addRow(self.tr("E-mail"), self.email_edit)
        form.addRow(self.tr("Website"), self.website_edit)
        form.addRow(self.tr("Contact person"), self.contact_edit)
        form.addRow(self.tr("Latitude"), self.latitude_edit)
        form.addRow(self.tr("Longitude"), self.longitude_edit)
        self._label_buddies(form)
        self.tabs.addTab(page, self.tr("Place and contact"))

    @staticmethod
    def _label_buddies(form: QFormLayout) -> None:
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label and field and isinstance(label.widget(), QLabel) and field.widget():
                label.widget().setBuddy(field.widget())

    # ------------------------------------------------------------------ data

    def _load(self) -> None:
        """Read the organisations to choose from, and the service being changed."""
        actor, service_id = self.ctx.actor, self.service_id

        def work(session):  # type: ignore[no-untyped-def]
            organizations = [(o.name, o.id) for o in list_organizations(session, actor)]
            details = get_service(session, actor, service_id) if service_id else None
            return organizations, details

        read_op(self, self.ctx.engine, work, self._loaded, self._not_loaded)

    def done(self, result: int) -> None:
        self._closed = True  # a read still on its way is no longer wanted
        super().done(result)

    def _loaded(self, loaded: tuple[list, ServiceDetails | None]) -> None:
        if self._closed:
            return
        organizations, details = loaded
        for name, organization_id in organizations:
            self.organization_combo.addItem(name, organization_id)
        self.organization_combo.setCurrentIndex(-1)
        if details is not None:
            self._show_service(details)
        self._loading = False
        self.loading_label.hide()
        self.tabs.setEnabled(True)
        self.save_button.setEnabled(True)
        self.name_edit.setFocus()

    def _not_loaded(self, error: UserError) -> None:
        if self._closed:
            return
        self.loading_label.hide()
        self._say(error)

    def reload_service(self) -> None:
        """Show the service as another desk saved it (after a refused save)."""
        actor, service_id = self.ctx.actor, self.service_id
        read_op(
            self,
            self.ctx.engine,
            lambda session: get_service(session, actor, service_id),
            self._show_service,
            self._say,
        )

    def _show_service(self, details: ServiceDetails) -> None:
        if self._closed:
            return
        service = details.service
        self.loaded_version = service.version  # what a save checks the stored service against
        index = self.organization_combo.findData(details.organization.id)
        if index < 0:
            self.organization_combo.addItem(details.organization.name, details.organization.id)
            index = self.organization_combo.count() - 1
        self.organization_combo.setCurrentIndex(index)
        self.name_edit.setText(service.name)
        self.description_edit.setPlainText(service.description)
        self.note_edit.setPlainText(service.local_note)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(service.type)))
        self.theme_list.set_codes(service.themes)
        self._hours = service.opening_hours
        self.hours_details_edit.setText(service.opening_hours_details)
        self.verified_box.setChecked(service.last_verified_on is not None)  # a reload may clear it
        if service.last_verified_on:
            day = service.last_verified_on
            self.verified_date.setDate(QDate(day.year, day.month, day.day))
        self.public_list.set_codes(service.publics)
        self.publics_details_edit.setText(service.publics_details)
        self.fees_combo.setCurrentIndex(max(0, self.fees_combo.findData(service.fees)))
        self.fees_details_edit.setText(service.fees_details)
        self.conditions_edit.setPlainText(service.access_conditions)
        self.documents_edit.setPlainText("\n".join(service.documents_to_bring))
        self.accueil_boxes.set_codes(service.modes_accueil)
        self.mobilisation_boxes.set_codes(service.modes_mobilisation)
        self.mobilisation_details_edit.setText(service.mobilisation_details)
        self.languages_edit.setText(", ".join(service.languages))
        self.wheelchair_combo.setCurrentIndex(
            {None: 0, True: 1, False: 2}[service.wheelchair_access]
        )
        self.address_edit.setText(service.address)
        self.postal_code_edit.setText(service.postal_code)
        self.commune_edit.setText(service.commune)
        self.phone_edit.setText(service.phone)
        self.email_edit.setText(service.email)
        self.website_edit.setText(service.website)
        self.contact_edit.setText(service.contact_name)
        self.latitude_edit.setText("" if service.latitude is None else str(service.latitude))
        self.longitude_edit.setText("" if service.longitude is None else str(service.longitude))
        self._show_hours()
        self._show_themes()

    def values(self) -> dict:
        verified: date | None = None
        if self.verified_box.isChecked():
            verified = self.verified_date.date().toPython()
        return {
            "name": self.name_edit.text(),
            "description": self.description_edit.toPlainText(),
            "local_note": self.note_edit.toPlainText(),
            "type": self.type_combo.currentData() or "",
            "themes": self.theme_list.codes(),
            "opening_hours": self._hours,
            "opening_hours_details": self.hours_details_edit.text(),
            "last_verified_on": verified,
            "publics": self.public_list.codes(),
            "publics_details": self.publics_details_edit.text(),
            "fees": self.fees_combo.currentData() or "",
            "fees_details": self.fees_details_edit.text(),
            "access_conditions": self.conditions_edit.toPlainText(),
            "documents_to_bring": self.documents_edit.toPlainText().splitlines(),
            "modes_accueil": self.accueil_boxes.codes(),
            "modes_mobilisation": self.mobilisation_boxes.codes(),
            "mobilisation_details": self.mobilisation_details_edit.text(),
            "languages": [p.strip() for p in self.languages_edit.text().split(",") if p.strip()],
            "wheelchair_access": self.wheelchair_combo.currentData(),
            "address": self.address_edit.text(),
            "postal_code": self.postal_code_edit.text(),
            "commune": self.commune_edit.text(),
            "phone": self.phone_edit.text(),
            "email": self.email_edit.text(),
            "website": self.website_edit.text(),
            "contact_name": self.contact_edit.text(),
            "latitude": self.latitude_edit.text(),
            "longitude": self.longitude_edit.text(),
        }

    def _current_organization_id(self) -> uuid.UUID | None:
        text = self.organization_combo.currentText().strip()
        index = self.organization_combo.findText(text)
        return self.organization_combo.itemData(index) if index >= 0 else None

    def edit_organization(self) -> None:
        from ui.dialogs.organization_form import OrganizationFormDialog

        dialog = OrganizationFormDialog(
            self.ctx,
            self._current_organization_id(),
            self.organization_combo.currentText().strip(),
            self,
        )
        accepted = dialog.exec()
        if dialog.removed:
            self.reject()
            return
        if accepted and dialog.saved_id is not None:
            actor, organization_id = self.ctx.actor, dialog.saved_id
            read_op(
                self,
                self.ctx.engine,
                lambda session: get_organization(session, actor, organization_id),
                self._show_organization,
                self._say,
            )

    def _show_organization(self, organization: Organization) -> None:
        """The organisation as just saved from its own form: chosen, under its new name."""
        if self._closed:
            return
        index = self.organization_combo.findData(organization.id)
        if index < 0:
            self.organization_combo.addItem(organization.name, organization.id)
            index = self.organization_combo.count() - 1
        self.organization_combo.setItemText(index, organization.name)
        self.organization_combo.setCurrentIndex(index)

    def _show_themes(self) -> None:
        chosen = [taxonomy.theme_label(code) for code in self.theme_list.codes()]
        self.theme_summary.setText(
            self.tr("Chosen: %1").replace("%1", " · ".join(chosen))
            if chosen
            else self.tr("No theme chosen yet.")
        )

    def _show_hours(self) -> None:
        self.hours_label.setText(describe_hours(self._hours, current_language()))

    def edit_hours(self) -> None:
        from ui.dialogs.hours_editor import HoursEditorDialog

        dialog = HoursEditorDialog(self._hours, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._hours = dialog.hours()
            self._show_hours()

    def save(self) -> None:
        if self._loading:
            return  # Enter before the form is filled: nothing to save yet
        organization_name = self.organization_combo.currentText().strip()
        if not organization_name:
            self.error_label.setText(self.tr("Please choose or type the organisation."))
            self.tabs.setCurrentIndex(0)
            self.organization_combo.setFocus()
            return
        if self._saving:
            return  # a second Enter while the first save is on its way
        actor, values, service_id = self.ctx.actor, self.values(), self.service_id
        version = self.loaded_version

        def work(session):  # type: ignore[no-untyped-def]
            organization = find_or_create_organization(session, actor, organization_name)
            return save_service(
                session, actor, organization.id, values, service_id, version=version
            ).id

        self._saving = True
        write_op(self, self.ctx.engine, work, self._saved, self._refused)

    def _refused(self, error: UserError) -> None:
        self._saving = False
        conflict_or(self, self.reload_service, self._say)(error)

    def _say(self, error: UserError) -> None:
        self.error_label.setText(error.message)

    def _saved(self, service_id: uuid.UUID) -> None:
        self._saving = False
        self.saved_id = service_id
        self.accept()
