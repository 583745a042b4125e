"""The main window: navigation on the left, one page at a time, a status bar.

The window is light to build and paints before the database is open: until `desk_ready()`
it shows only that the desk is opening. The lock screen, the pages and the services are
loaded afterwards.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from app.context import DeskContext
from ui.live import FollowsLive, connect_live
from ui.page_links import connect_page, refresh_badges
from ui.pages import PAGES
from ui.screen_fit import fit_size
from ui.widgets.one_line_label import OneLineLabel

if TYPE_CHECKING:
    from ui.pages.base import Page
    from ui.widgets.lock_screen import IdleLock, LockScreen


# The usual size; a smaller screen gets it maximised instead (ui.screen_fit).
DEFAULT_SIZE = (1200, 760)
# The database path in the status bar is shortened beyond this many characters.
PATH_CHARS = 48

# Qt.ItemDataRole.UserRole, spelled as a number: touching the `Qt` namespace costs ~20 ms of
# enum set-up, which this module must not spend before the window's first paint.
KEY_ROLE = 256


class MainWindow(QMainWindow, FollowsLive):
    page_changed = Signal(str)
    live_topics = ("referrals",)  # the follow-up badge

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.set_title()
        fit_size(self, *DEFAULT_SIZE)
        self.setMinimumSize(QSize(900, 600))
        self._pages: dict[str, Page] = {}
        self._specs = {spec.key: spec for spec in PAGES}

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.navigation = QListWidget(central)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.navigation.setFixedWidth(190)
        self.navigation.setSpacing(2)
        self.stack = QStackedWidget(central)
        self.stack.setObjectName("pageStack")
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.opening = QLabel(
            self.tr("Opening the database…") + "\n" + self.tr("One moment, please.")
        )
        self.opening.setObjectName("openingState")
        self.stack.addWidget(self.opening)

        # the place's name and the database share what room is left, ending with « … » (whole
        # on hover) when the text is large or the window narrow
        self.site_label = OneLineLabel()
        self.site_label.setObjectName("statusSite")
        self.agent_label = QLabel()
        self.agent_label.setObjectName("statusAgent")
        self.db_label = OneLineLabel()
        self.db_label.setObjectName("statusDatabase")
        self.db_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.statusBar().addWidget(self.site_label, 1)
        self.statusBar().addWidget(self.agent_label)
        self.statusBar().addPermanentWidget(self.db_label, 1)
        self.switch_button = QPushButton(self.tr("Switch agent"))
        self.switch_button.setObjectName("switchAgentButton")
        self.switch_button.setAccessibleName(self.tr("Switch agent"))
        self.switch_button.setToolTip(
            self.tr("Lock the desk and let another agent sign in (Ctrl+L)")
        )
        self.statusBar().addPermanentWidget(self.switch_button)
        self.switch_button.setEnabled(False)
        self.lock_screen: LockScreen | None = None
        self.idle_lock: IdleLock | None = None
        self.switch_button.clicked.connect(self.lock_now)
        QShortcut(QKeySequence("Ctrl+L"), self).activated.connect(self.lock_now)

        self.navigation.currentRowChanged.connect(self._on_row_changed)
        for index, spec in enumerate(PAGES, start=1):
            if index <= 9:
                shortcut = QShortcut(QKeySequence(f"Alt+{index}"), self)
                shortcut.activated.connect(lambda key=spec.key: self.show_page(key))
        self.update_status()
        if ctx.engine is not None:
            self.desk_ready()

    def desk_ready(self) -> None:
        """The database is open: set up the lock screen and show the agent's pages."""
        from ui.widgets.lock_screen import LockScreen

        self.set_title()
        connect_live(self, self.ctx.engine)
        self.lock_screen = LockScreen(self, self.ctx)
        self.lock_screen.unlocked.connect(self._on_unlocked)
        self.switch_button.setEnabled(True)
        self.rebuild_navigation()

    # --- navigation -------------------------------------------------------------------------
    def visible_page_keys(self) -> list[str]:
        """The pages the agent at the keyboard may see (none before someone signs in)."""
        if self.ctx.actor is None or self.ctx.engine is None:
            return []
        kind = self.desk_kind()
        return [
            spec.key
            for spec in PAGES
            if (spec.permission is None or self.ctx.can(spec.permission))
            and kind not in spec.not_on
        ]

    def rebuild_navigation(self, new_agent: bool = False) -> None:
        """Show the pages the current agent may see (after a login or an agent switch: then
        the page where this desk's work is, `start_page`)."""
        current = None if new_agent else self.current_page_key()
        self.navigation.blockSignals(True)
        self.navigation.clear()
        for key in self.visible_page_keys():
            item = QListWidgetItem(self._specs[key].title())
            item.setData(KEY_ROLE, key)
            item.setSizeHint(QSize(180, 40))
            self.navigation.addItem(item)
        self.navigation.blockSignals(False)
        self.update_status()
        keys = self.visible_page_keys()
        if keys:
            refresh_badges(self, self.ctx)
        if keys:
            self.show_page(current if current in keys else self.start_page(keys))

    def desk_kind(self) -> str:
        """« reception », « till » or « office » (the main PC and a single desk are offices),
        read once from this desk's own folder."""
        if "desk_kind" not in self.ctx.extras:
            from app.sharing.desk_config import desk_kind

            self.ctx.extras["desk_kind"] = desk_kind() if self.ctx.target.is_server else "office"
        return str(self.ctx.extras["desk_kind"])

    def start_page(self, keys: list[str]) -> str:
        """The first page after signing in, where this desk's work is: Accueil at a reception
        desk, the till at a till desk; at an office, the page its agent last used there (this
        desk's own settings), else the till at a recyclerie, else the first page."""
        from app.db import read_session
        from app.services.sites import site_kind
        from models.enums import SiteKind
        from ui.offline_directory import engine_for

        kind = self.desk_kind()
        if kind == "reception" and "accueil" in keys:
            return "accueil"
        if kind == "till" and "caisse" in keys:
            return "caisse"
        last = self._last_page()
        if last in keys:
            return last
        # the server, or the desk's directory copy while the server is out of reach
        with read_session(engine_for(self.ctx)) as session:
            kind = site_kind(session, self.ctx.actor)
        if kind == SiteKind.RECYCLERIE.value and "caisse" in keys:
            return "caisse"
        return keys[0]

    def live_change(self, topic: str) -> None:
        """Another desk changed referrals: the follow-ups due are counted again (a badge the
        server cannot count yet stays as it was)."""
        if self.visible_page_keys():
            refresh_badges(self, self.ctx)

    def set_badge(self, key: str, count: int) -> None:
        """Show a count next to a page's name (e.g. follow-ups due)."""
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            if item.data(KEY_ROLE) == key:
                title = self._specs[key].title()
                item.setText(f"{title}  ({count})" if count else title)

    def _last_page_setting(self) -> str | None:
        actor = self.ctx.actor
        return None if actor is None else f"lastPage/{actor.agent_id.hex}"

    def _last_page(self) -> str | None:
        from ui.messages import settings

        name = self._last_page_setting()
        value = settings().value(name) if name else None
        return value if isinstance(value, str) else None

    def _remember_page(self, key: str) -> None:
        """An office desk opens next time on the page its agent last used (kept per agent in
        this desk's own settings, not the database: another PC has its own habits)."""
        from ui.messages import settings

        name = self._last_page_setting()
        if name and self.desk_kind() == "office" and self._last_page() != key:
            settings().setValue(name, key)

    def current_page_key(self) -> str | None:
        item = self.navigation.currentItem()
        return item.data(KEY_ROLE) if item else None

    def page(self, key: str) -> "Page":
        """The page widget, built the first time it is needed."""
        if key not in self._pages:
            page = self._specs[key].load()(self.ctx, self.stack)
            self._pages[key] = page
            self.stack.addWidget(page)
            connect_page(self, self.ctx, key, page)
        return self._pages[key]

    def built_pages(self) -> list["Page"]:
        """The pages built so far (each is built the first time it is shown)."""
        return list(self._pages.values())

    def page_works_offline(self, key: str) -> bool:
        """Whether the page keeps working while the main PC is out of reach (its class
        says so; loading it does not build it)."""
        return bool(self._specs[key].load().works_offline)

    def show_page(self, key: str) -> None:
        if key not in self.visible_page_keys():
            return
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(KEY_ROLE) == key:
                if self.navigation.currentRow() != row:
                    self.navigation.setCurrentRow(row)
                    return
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        page.refresh()
        self._remember_page(key)
        self.page_changed.emit(key)

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.navigation.item(row).data(KEY_ROLE)
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        page.refresh()
        self._remember_page(key)
        self.page_changed.emit(key)

    # --- lock and agent switch ---------------------------------------------------------------
    def start_idle_lock(self, minutes: int) -> None:
        """Lock the window after `minutes` without keyboard or mouse activity (0: never)."""
        from ui.widgets.lock_screen import IdleLock

        if self.lock_screen is None:
            return
        if self.idle_lock is None:
            self.idle_lock = IdleLock(self.lock_screen, minutes, self)
        else:
            self.idle_lock.set_minutes(minutes)

    def lock_now(self) -> None:
        if self.lock_screen is not None:
            self.lock_screen.lock()

    def _on_unlocked(self, agent_changed: bool) -> None:
        if agent_changed:
            self.reset_pages()
        self.rebuild_navigation(agent_changed)

    def reset_pages(self) -> None:
        """Forget the pages built for the previous agent; they are rebuilt when shown."""
        for page in self._pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self._pages.clear()

    def set_title(self) -> None:
        """« Aiguillage — the place », or just « Aiguillage » before the place is known."""
        name = self.ctx.site_name or ""
        self.setWindowTitle(
            self.tr("Aiguillage — %1").replace("%1", name) if name else self.tr("Aiguillage")
        )

    # --- status bar -------------------------------------------------------------------------
    def update_status(self) -> None:
        self.site_label.setText(self.tr("Site: %1").replace("%1", self.ctx.site_name or "—"))
        self.agent_label.setText(self.tr("Agent: %1").replace("%1", self.ctx.agent_name or "—"))
        where = self.ctx.target.describe()  # the file, or the server and its database
        if self.ctx.target.is_server:
            from ui.hosting import database_words

            self.db_label.setText(database_words(self.ctx))
        else:
            self.db_label.setText(self.tr("Database: %1").replace("%1", short_path(where)))
        self.db_label.setToolTip(where)


def short_path(path: object) -> str:
    """The database for the status bar: home as « ~ », the middle left out if long."""
    from pathlib import Path

    text = str(path)
    home = str(Path.home())
    if home not in ("", "/") and text.startswith(home + "/"):
        text = "~" + text[len(home) :]
    if len(text) > PATH_CHARS:
        keep = PATH_CHARS - 1
        text = text[: keep // 3] + "…" + text[-(keep - keep // 3) :]
    return text
