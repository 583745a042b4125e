"""The Till page."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.context import DeskContext
from app.permissions import Permission
from ui.pages.base import Page
from ui.widgets.empty_state import EmptyState


class CaissePage(Page):
    key = "caisse"
    permission = Permission.USE_TILL

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.empty_state = EmptyState(
            self.tr("One click per visitor: the till buttons will be here."),
            self.tr("A coordinator sets them up in Settings."),
        )
        layout.addWidget(self.empty_state)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Navigation", "Till")
