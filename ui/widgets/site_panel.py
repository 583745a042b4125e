"""The « Place » tab of the Settings page: the site's name, address and contact details, the
usual contact channel, the logo printed on the sheets, and the interface language."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.context import DeskContext
from app.errors import UserError
from app.permissions import Permission
from app.services.settings import (
    PlaceSettings,
    change_setting,
    check_site_unchanged,
    get_setting,
    place_settings,
)
from app.services.sites import check_logo, check_logo_size, update_site
from ui import messages
from ui.dialogs.first_run import site_kind_labels
from ui.dialogs.visit_form import channel_labels
from ui.edit_conflict import conflict_or
from ui.operations import read_op, write_op
from ui.widgets.controls import named_button

# Each language is written in its own language, whatever the current one.
LANGUAGES = (("fr", "Français"), ("en", "English"))
LOGO_PREVIEW = 96


class SitePanel(QWidget):
    """Edit the details of the site; « Save » (or Enter in a field) stores them."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("sitePanel")
        self.logo: bytes | None = None
        self.language_version: int | None = None  # the language setting's, as last shown
        self.loaded: dict = {}  # the place's details as last shown (another desk may change them)
        layout = QVBoxLayout(self)

        details = QGroupBox(self.tr("The place"), self)
        form = QFormLayout(details)
        self.name_edit = self._line("siteName", self.tr("Name of the place"), 200)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("siteKind")
        self.kind_combo.setAccessibleName(self.tr("Kind of place"))
        self.kind_combo.setMaximumWidth(360)
        for code, label in site_kind_labels().items():
            self.kind_combo.addItem(label, code)
        self.address_edit = self._line("siteAddress", self.tr("Address"), 300)
        self.postal_code_edit = self._line("sitePostalCode", self.tr("Postal code"), 5)
        self.postal_code_edit.setMaximumWidth(90)
        self.commune_edit = self._line("siteCommune", self.tr("Commune"), 120)
        self.phone_edit = self._line("sitePhone", self.tr("Phone"), 40)
        self.email_edit = self._line("siteEmail", self.tr("E-mail"), 200)
        self.email_edit.setPlaceholderText(self.tr("contact@example.fr"))
        self.channel_combo = QComboBox(self)
        self.channel_combo.setObjectName("siteChannel")
        self.channel_combo.setAccessibleName(self.tr("Usual contact channel"))
        self.channel_combo.setMaximumWidth(360)
        for code, label in channel_labels().items():
            self.channel_combo.addItem(label, code)
        town = QHBoxLayout()
        town.addWidget(self.postal_code_edit)
        town.addWidget(self.commune_edit, 1)
        form.addRow(self._label(self.tr("&Name:"), self.name_edit), self.name_edit)
        form.addRow(self._label(self.tr("&Kind:"), self.kind_combo), self.kind_combo)
        kind_hint = QLabel(self.tr("A recyclerie opens on the Till page."))
        kind_hint.setObjectName("siteKindHint")
        kind_hint.setWordWrap(True)
        form.addRow("", kind_hint)
        form.addRow(self._label(self.tr("&Address:"), self.address_edit), self.address_edit)
        form.addRow(self._label(self.tr("&Postal code and commune:"), self.postal_code_edit), town)
        form.addRow(self._label(self.tr("P&hone:"), self.phone_edit), self.phone_edit)
        form.addRow(self._label(self.tr("&E-mail:"), self.email_edit), self.email_edit)
        form.addRow(self._label(self.tr("Usual &channel:"), self.channel_combo), self.channel_combo)
        channel_hint = QLabel(self.tr("Chosen first in the visit form."))
        channel_hint.setObjectName("siteChannelHint")
        channel_hint.setWordWrap(True)
        form.addRow("", channel_hint)
        layout.addWidget(details)

        logo_box = QGroupBox(self.tr("Logo on the printed sheets"), self)
        logo_row = QHBoxLayout(logo_box)
        self.logo_preview = QLabel(self)
        self.logo_preview.setObjectName("siteLogoPreview")
        self.logo_preview.setAccessibleName(self.tr("Logo"))
        self.logo_preview.setFixedSize(LOGO_PREVIEW + 8, LOGO_PREVIEW + 8)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid #bdbdbd; border-radius: 4px;")
        logo_buttons = QVBoxLayout()
        self.choose_logo_button = named_button(self, "siteChooseLogo", self.tr("Choose a &logo…"))
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = named_button(self, "siteRemoveLogo", self.tr("&Remove the logo"))
        self.remove_logo_button.clicked.connect(self.remove_logo)
        logo_hint = QLabel(self.tr("A PNG or JPEG picture of 1 MB at most."))
        logo_hint.setObjectName("siteLogoHint")
        logo_hint.setWordWrap(True)
        logo_buttons.addWidget(self.choose_logo_button, 0, Qt.AlignmentFlag.AlignLeft)
        logo_buttons.addWidget(self.remove_logo_button, 0, Qt.AlignmentFlag.AlignLeft)
        logo_buttons.addWidget(logo_hint)
        logo_buttons.addStretch(1)
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons, 1)
        layout.addWidget(logo_box)

        language_box = QGroupBox(self.tr("Language"), self)
        language_form = QFormLayout(language_box)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("siteLanguage")
        self.language_combo.setAccessibleName(self.tr("Interface language"))
        self.language_combo.setMaximumWidth(240)
        for code, label in LANGUAGES:
            self.language_combo.addItem(label, code)
        language_form.addRow(
            self._label(self.tr("&Interface language:"), self.language_combo),
            self.language_combo,
        )
        language_hint = QLabel(self.tr("The new language applies at the next start."))
        language_hint.setObjectName("siteLanguageHint")
        language_hint.setWordWrap(True)
        language_form.addRow("", language_hint)
        layout.addWidget(language_box)

        self.save_button = named_button(self, "siteSave", self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

        editable = ctx.can(Permission.MANAGE_SETTINGS)
        for widget in (details, logo_box, language_box, self.save_button):
            widget.setEnabled(editable)
        self.refresh()

    def _line(self, name: str, accessible: str, limit: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setMaxLength(limit)
        edit.returnPressed.connect(self.save)
        return edit

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # --- data -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show what is stored."""
        actor = self.ctx.actor
        if actor is None:
            return

        read_op(
            self,
            self.ctx.engine,
            lambda session: place_settings(session, actor),
            self._show,
            title=self.tr("The place"),
            key=f"site-panel-{id(self)}",
        )

    def _show(self, shown: PlaceSettings) -> None:
        self.language_version = shown.language_version
        site = shown.details
        if site is None:
            return
        self.loaded = dict(site)
        self.name_edit.setText(site["name"])
        self._select(self.kind_combo, site["kind"])
        self.address_edit.setText(site["address"])
        self.postal_code_edit.setText(site["postal_code"])
        self.commune_edit.setText(site["commune"])
        self.phone_edit.setText(site["phone"])
        self.email_edit.setText(site["email"])
        self._select(self.channel_combo, site["default_channel"])
        self.logo = site["logo_png"]
        self._select(self.language_combo, shown.language)
        self._show_logo()

    @staticmethod
    def _select(combo: QComboBox, code: str) -> None:
        index = combo.findData(code)
        combo.setCurrentIndex(max(index, 0))

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self.logo and pixmap.loadFromData(self.logo):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    LOGO_PREVIEW,
                    LOGO_PREVIEW,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.clear()
            self.logo_preview.setText(self.tr("No logo"))
        self.remove_logo_button.setEnabled(bool(self.logo))

    def save(self) -> None:
        actor = self.ctx.actor
        if actor is None:
            return
        language = self.language_combo.currentData()
        details = dict(
            name=self.name_edit.text(),
            kind=self.kind_combo.currentData(),
            address=self.address_edit.text(),
            postal_code=self.postal_code_edit.text(),
            commune=self.commune_edit.text(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            default_channel=self.channel_combo.currentData(),
        )
        version = self.language_version  # the language as this panel showed it
        loaded = {name: self.loaded[name] for name in details if name in self.loaded}

        def work(session):  # type: ignore[no-untyped-def]
            check_site_unchanged(session, actor, loaded)
            update_site(session, actor, **details)
            if get_setting(session, "language") != language:
                change_setting(session, actor, "language", language, version=version)

        title = self.tr("The place")
        write_op(
            self,
            self.ctx.engine,
            work,
            self._saved,
            conflict_or(self, self.refresh, title),
            title=title,
        )

    def _saved(self, _none: None) -> None:
        self.refresh()
        messages.info(self, self.tr("The place"), self.tr("The details of the place are saved."))

    def choose_logo(self) -> None:
        path = messages.open_file(
            self, self.tr("Choose a logo"), self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if path is None:
            return
        try:
            data = self._read_logo(path)  # a file of this PC, not the database
        except UserError as error:
            messages.warn(self, self.tr("Logo"), error.message)
            return
        self._store_logo(data)

    def _store_logo(self, data: bytes | None) -> None:
        actor = self.ctx.actor
        loaded = {"logo_png": self.loaded["logo_png"]} if "logo_png" in self.loaded else {}

        def work(session):  # type: ignore[no-untyped-def]
            check_site_unchanged(session, actor, loaded)
            update_site(session, actor, logo_png=data)

        title = self.tr("Logo")
        write_op(
            self,
            self.ctx.engine,
            work,
            lambda _none: self._logo_stored(data),
            conflict_or(self, self.refresh, title),
            title=title,
        )

    def _logo_stored(self, data: bytes | None) -> None:
        self.logo = data
        self.loaded["logo_png"] = data
        self._show_logo()

    def _read_logo(self, path: Path) -> bytes:
        try:
            check_logo_size(path.stat().st_size)  # before reading a big file
            data = path.read_bytes()
        except OSError as error:
            raise UserError(
                self.tr("The file “%1” cannot be read.").replace("%1", path.name)
            ) from error
        data = check_logo(data)
        if QImage.fromData(data).isNull():
            raise UserError(
                self.tr("This picture cannot be read: please choose another PNG or JPEG file.")
            )
        return data

    def remove_logo(self) -> None:
        self._store_logo(None)
