"""Creating or changing an organisation (the structure that runs one or more services).

An existing organisation opens at once, greyed with « Chargement… » while it is read on the
database worker; its fields fill when the read arrives. The save carries the version it was
read at: another desk's change since is refused with the « Recharger » box.
"""

import uuid

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.context import DeskContext
from app.errors import UserError
from app.services.directory import get_organization, save_organization
from models import Organization
from ui.edit_conflict import conflict_or
from ui.operations import read_op, write_op

FIELDS = (
    ("name", "organizationName"),
    ("siret", "organizationSiret"),
    ("address", "organizationAddress"),
    ("postal_code", "organizationPostalCode"),
    ("commune", "organizationCommune"),
    ("phone", "organizationPhone"),
    ("email", "organizationEmail"),
    ("website", "organizationWebsite"),
)


class OrganizationFormDialog(QDialog):
    """`saved_id` is set after saving."""

    def __init__(
        self,
        ctx: DeskContext,
        organization_id: uuid.UUID | None = None,
        name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.organization_id = organization_id
        self.saved_id: uuid.UUID | None = None
        self.removed = False
        self._saving = False
        self._closed = False
        self.loaded_version: int | None = None  # what a save checks the stored one against
        self.setObjectName("organizationForm")
        self.setWindowTitle(self.tr("Organisation"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        labels = {
            "name": self.tr("&Name"),
            "siret": self.tr("SIRET"),
            "address": self.tr("Address"),
            "postal_code": self.tr("Postal code"),
            "commune": self.tr("Town"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "website": self.tr("Website"),
        }
        self.edits: dict[str, QLineEdit] = {}
        for field, object_name in FIELDS:
            edit = QLineEdit()
            edit.setObjectName(object_name)
            edit.setAccessibleName(labels[field].replace("&", ""))
            label = QLabel(labels[field])
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.edits[field] = edit
        self.description_edit = QPlainTextEdit()
        self.description_edit.setObjectName("organizationDescription")
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(70)
        form.insertRow(2, self.tr("Description"), self.description_edit)
        layout.addLayout(form)
        self.loading_label = QLabel(self.tr("Loading…"))
        self.loading_label.setObjectName("organizationLoading")
        self.loading_label.hide()
        layout.addWidget(self.loading_label)
        self.error_label = QLabel()
        self.error_label.setObjectName("organizationError")
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("organizationSave")
        self.save_button.setAccessibleName(self.tr("Save the organisation"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.remove_button = QPushButton(self.tr("Remove with its services"))
        self.remove_button.setObjectName("organizationRemove")
        self.remove_button.setAccessibleName(
            self.tr("Remove this organisation and its services from the list")
        )
        self.remove_button.clicked.connect(self.remove)
        self.remove_button.setVisible(organization_id is not None)
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        if organization_id is not None:
            self._set_loading(True)
            self.reload_organization()
        else:
            self.edits["name"].setText(name)

    def done(self, result: int) -> None:
        self._closed = True  # a read still on its way is no longer wanted
        super().done(result)

    def reload_organization(self) -> None:
        """Read the organisation as it is stored now (on opening, and after a refused save)."""
        actor, organization_id = self.ctx.actor, self.organization_id
        read_op(
            self,
            self.ctx.engine,
            lambda session: get_organization(session, actor, organization_id),
            self._show_organization,
            self._not_read,
        )

    def _set_loading(self, loading: bool) -> None:
        self.loading_label.setVisible(loading)
        for widget in (*self.edits.values(), self.description_edit):
            widget.setEnabled(not loading)
        self.save_button.setEnabled(not loading)
        self.remove_button.setEnabled(not loading)

    def _show_organization(self, organization: Organization) -> None:
        if self._closed:
            return
        self.loaded_version = organization.version
        for field, edit in self.edits.items():
            edit.setText(getattr(organization, field))
        self.description_edit.setPlainText(organization.description)
        self.error_label.clear()
        self._set_loading(False)
        self.edits["name"].setFocus()

    def _not_read(self, error: UserError) -> None:
        if self._closed:
            return
        self.loading_label.hide()
        self.error_label.setText(error.message)

    def values(self) -> dict:
        values = {field: edit.text() for field, edit in self.edits.items()}
        values["description"] = self.description_edit.toPlainText()
        return values

    def remove(self) -> None:
        from app.services.directory import set_organization_active
        from ui import messages

        if self.organization_id is None or not messages.confirm(
            self,
            self.tr("Remove the organisation"),
            self.tr("Its services will no longer be offered. Past referrals keep them. Remove it?"),
        ):
            return
        actor, organization_id = self.ctx.actor, self.organization_id
        write_op(
            self,
            self.ctx.engine,
            lambda session: set_organization_active(session, actor, organization_id, False),
            lambda _none: self._removed(),
            title=self.tr("Remove the organisation"),
        )

    def _removed(self) -> None:
        self.removed = True
        self.reject()

    def save(self) -> None:
        if self._saving:
            return  # a second Enter while the first save is on its way
        if self.organization_id is not None and self.loaded_version is None:
            return  # not read yet: there is nothing to save over
        actor, values, organization_id = self.ctx.actor, self.values(), self.organization_id
        version = self.loaded_version
        self._saving = True
        write_op(
            self,
            self.ctx.engine,
            lambda session: (
                save_organization(session, actor, values, organization_id, version=version).id
            ),
            self._saved,
            self._refused,
        )

    def _refused(self, error: UserError) -> None:
        self._saving = False
        conflict_or(self, self.reload_organization, self._say)(error)

    def _say(self, error: UserError) -> None:
        self.error_label.setText(error.message)

    def _saved(self, organization_id: uuid.UUID) -> None:
        self._saving = False
        self.saved_id = organization_id
        self.accept()
