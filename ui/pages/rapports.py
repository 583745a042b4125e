"""The Reports page."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.context import DeskContext
from app.permissions import Permission
from ui.pages.base import Page
from ui.widgets.empty_state import EmptyState


class RapportsPage(Page):
    key = "rapports"
    permission = Permission.VIEW_REPORTS

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.empty_state = EmptyState(
            self.tr("Monthly and annual reports will be made here."),
            self.tr("Log visits and referrals first: the figures come from them."),
        )
        layout.addWidget(self.empty_state)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Navigation", "Reports")
