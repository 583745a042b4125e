"""The Referrals page."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.context import DeskContext
from app.permissions import Permission
from ui.pages.base import Page
from ui.widgets.empty_state import EmptyState


class OrientationsPage(Page):
    key = "orientations"
    permission = Permission.MANAGE_REFERRALS

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.empty_state = EmptyState(
            self.tr("Referrals to partner services will be listed here."),
            self.tr("Refer a person from a visit to see it here."),
        )
        layout.addWidget(self.empty_state)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Navigation", "Referrals")
