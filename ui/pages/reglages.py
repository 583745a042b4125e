"""The Settings page."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.context import DeskContext
from app.permissions import Permission
from ui.pages.base import Page
from ui.widgets.empty_state import EmptyState


class ReglagesPage(Page):
    key = "reglages"
    permission = Permission.MANAGE_SETTINGS

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.empty_state = EmptyState(
            self.tr("The settings of this place will be here."),
            self.tr("Agents, till buttons, backups and privacy."),
        )
        layout.addWidget(self.empty_state)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Navigation", "Settings")
