"""What every page of the main window has in common."""

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QWidget

from app.context import DeskContext
from ui.live import FollowsLive

# set on the widgets a page greyed itself while the main PC was away (and only those)
GREYED = "greyedServerAway"


class Page(QWidget, FollowsLive):
    """A page gets the desk context; `refresh()` runs each time the page is shown.

    A desk on a server tells each built page when the main PC goes away or comes back
    (`connection_changed`). A page that `works_offline` overrides it to go on with the desk's
    outbox or directory copy; any other page greys its content, never a dialog or a message
    box it opened: what is typed there stays, and Esc and Cancel still work.

    A page that shows shared data declares the `live_topics` it follows (`ui.live`): while it
    is shown, a change of one of them at another desk calls `live_change`, which reads the
    page again (`refresh`) unless the page says otherwise.
    """

    key = ""  # as in ui.pages.PAGES, which also holds its title and permission
    works_offline = False  # True: the page keeps working while the main PC is out of reach

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page_{self.key}")
        self._content_enabled = True

    def refresh(self) -> None:
        """Reload what the page shows from the database."""

    def live_change(self, topic: str) -> None:
        self.refresh()

    def connection_changed(self, online: bool) -> None:
        """The main PC went away (`online` False) or answers again; called on every change of
        the desk's connection, also when only the number of waiting entries moved."""
        if not self.works_offline:
            self.set_content_enabled(online)

    def set_content_enabled(self, enabled: bool) -> None:
        """Grey or un-grey the page's widgets and its own shortcuts, but not the windows it
        opened (only what it greyed itself comes back)."""
        if enabled == self._content_enabled:
            return
        self._content_enabled = enabled
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        for shortcut in self.findChildren(QShortcut, "", direct):
            _switch(shortcut, enabled)
        _grey_around_windows(self, enabled)


def _grey_around_windows(widget: QWidget, enabled: bool) -> None:
    """Disabling a widget disables every window it is the parent of (Qt's rule): a widget that
    holds a dialog is not greyed itself, its other children are."""
    for child in widget.findChildren(QWidget, "", Qt.FindChildOption.FindDirectChildrenOnly):
        if child.isWindow():
            continue
        if any(w.isWindow() for w in child.findChildren(QWidget)):
            _grey_around_windows(child, enabled)
        else:
            _switch(child, enabled)


def _switch(thing: QObject, enabled: bool) -> None:
    """Grey what is not greyed yet (marked), or bring back only what was marked."""
    if not enabled and thing.isEnabled():  # type: ignore[attr-defined]
        thing.setEnabled(False)  # type: ignore[attr-defined]
        thing.setProperty(GREYED, True)
    elif enabled and thing.property(GREYED):
        thing.setProperty(GREYED, False)
        thing.setEnabled(True)  # type: ignore[attr-defined]
