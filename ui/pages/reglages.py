"""The Settings page: tabs for the place, the till, agents, backups, privacy and the audit log.

Other areas add their own settings widgets with `add_tab(widget, title)`.
"""

from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from app.context import DeskContext
from ui.pages.base import Page


class SettingsTabs(QTabWidget):
    """Tabs whose panels scroll when the window is short or the text large, instead of
    squeezing their fields; `currentWidget`, `widget` and `setCurrentWidget` speak of the
    panels themselves."""

    def add_panel(self, panel: QWidget, title: str) -> int:
        scroll = QScrollArea(self)
        scroll.setObjectName(f"settingsScroll_{panel.objectName()}")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(panel)
        return self.addTab(scroll, title)

    def widget(self, index: int) -> QWidget | None:
        scroll = super().widget(index)
        return scroll.widget() if isinstance(scroll, QScrollArea) else scroll

    def currentWidget(self) -> QWidget | None:  # noqa: N802  (Qt's name)
        return self.widget(self.currentIndex())

    def setCurrentWidget(self, panel: QWidget) -> None:  # noqa: N802
        for index in range(self.count()):
            if self.widget(index) is panel:
                self.setCurrentIndex(index)
                return


class ReglagesPage(Page):
    key = "reglages"

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        from ui.widgets.agents_panel import AgentsPanel
        from ui.widgets.audit_log import AuditLogPanel
        from ui.widgets.backups_panel import BackupsPanel
        from ui.widgets.privacy_panel import PrivacyPanel
        from ui.widgets.site_panel import SitePanel
        from ui.widgets.till_buttons_editor import TillButtonsEditor

        layout = QVBoxLayout(self)
        self.tabs = SettingsTabs(self)
        self.tabs.setObjectName("settingsTabs")
        self.tabs.setAccessibleName(self.tr("Settings"))
        layout.addWidget(self.tabs)
        self.site_panel = SitePanel(ctx, self)
        self.till_editor = TillButtonsEditor(ctx, self)
        self.agents_panel = AgentsPanel(ctx, self)
        self.backups_panel = BackupsPanel(ctx, self)
        self.privacy_panel = PrivacyPanel(ctx, self)
        self.audit_panel = AuditLogPanel(ctx, self)
        self.add_tab(self.site_panel, self.tr("Place"))
        self.add_tab(self.till_editor, self.tr("Till"))
        self.add_tab(self.agents_panel, self.tr("Agents"))
        self.add_tab(self.backups_panel, self.tr("Backups"))
        self.add_tab(self.privacy_panel, self.tr("Privacy"))
        self.add_tab(self.audit_panel, self.tr("Audit log"))
        from ui.widgets.territory_panel import TerritoryPanel  # the directory area's tab

        self.territory_panel = TerritoryPanel(ctx, self)
        self.add_tab(self.territory_panel, self.tr("Directory"))
        from ui.widgets.desks_panel import DesksPanel  # the sharing area's tab
        self.add_tab(DesksPanel(ctx, self), self.tr("Desks"))
        self.tabs.currentChanged.connect(lambda _index: self.refresh())

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Add a settings tab (another area's panel); returns its index."""
        return self.tabs.add_panel(widget, title)

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        refresh = getattr(current, "refresh", None)
        if callable(refresh):
            refresh()
