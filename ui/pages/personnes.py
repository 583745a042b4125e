"""The People page."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.context import DeskContext
from app.permissions import Permission
from ui.pages.base import Page
from ui.widgets.empty_state import EmptyState


class PersonnesPage(Page):
    key = "personnes"
    permission = Permission.READ_PEOPLE

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.empty_state = EmptyState(
            self.tr("The files of the people you meet will be here."),
            self.tr("A file is created when you log a visit for someone new."),
        )
        layout.addWidget(self.empty_state)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Navigation", "People")
