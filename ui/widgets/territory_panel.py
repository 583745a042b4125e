"""Settings › Directory: the départements the weekly national update keeps (chosen once,
proposed from the place's postal code)."""

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.context import DeskContext
from app.permissions import Permission
from ui import messages
from ui.operations import read_op, write_op


class TerritoryPanel(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("territoryPanel")
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The update from data·inclusion keeps the services of these départements "
                "(numbers separated by commas: 35, 56)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.departements = QLineEdit()
        self.departements.setObjectName("territoryDepartements")
        self.departements.setAccessibleName(self.tr("Départements"))
        form.addRow(self.tr("&Départements:"), self.departements)
        self.zones = QCheckBox(self.tr("Also the services whose eligibility zone covers them"))
        self.zones.setObjectName("territoryZones")
        form.addRow("", self.zones)
        layout.addLayout(form)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("territorySave")
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(ctx.can(Permission.EDIT_DIRECTORY))
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        from app.services.directory_national import stored_territory

        read_op(self, self.ctx.engine, stored_territory, self._show)

    def _show(self, territory) -> None:  # type: ignore[no-untyped-def]
        self.departements.setText(", ".join(sorted(territory.departements)))
        self.zones.setChecked(territory.zones)

    def save(self) -> None:
        from app.services.directory_national import save_territory

        actor, text, zones = self.ctx.actor, self.departements.text(), self.zones.isChecked()
        write_op(
            self,
            self.ctx.engine,
            lambda session: save_territory(session, actor, text, zones),
            self._saved,
            lambda error: messages.error(self, self.tr("Directory"), error.message),
        )

    def _saved(self, territory) -> None:  # type: ignore[no-untyped-def]
        self._show(territory)
        messages.info(self, self.tr("Directory"), self.tr("The départements are saved."))
