"""The Reception page."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.context import DeskContext
from ui.pages.base import Page
from ui.widgets.empty_state import EmptyState


class AccueilPage(Page):
    key = "accueil"
    permission = None

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.empty_state = EmptyState(
            self.tr("Today's visits will be listed here."),
            self.tr("Search for a person or press Ctrl+N to log a visit."),
        )
        layout.addWidget(self.empty_state)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Navigation", "Reception")
