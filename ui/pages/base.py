"""What every page of the main window has in common."""

from PySide6.QtWidgets import QWidget

from app.context import DeskContext


class Page(QWidget):
    """A page gets the desk context; `refresh()` runs each time the page is shown."""

    key = ""  # as in ui.pages.PAGES, which also holds its title and permission

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page_{self.key}")

    def refresh(self) -> None:
        """Reload what the page shows from the database."""
