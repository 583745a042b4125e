"""What every page of the main window has in common."""

from PySide6.QtWidgets import QWidget

from app.context import DeskContext
from app.permissions import Permission


class Page(QWidget):
    """A page gets the desk context; `refresh()` runs each time the page is shown."""

    key = ""
    # the permission needed to see the page at all (None: everyone)
    permission: Permission | None = None

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page_{self.key}")

    @classmethod
    def title(cls) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload what the page shows from the database."""
