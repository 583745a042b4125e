"""A searchable list of data·inclusion themes to tick; the site's most used ones come first.

Self-contained: `ThemePicker(top_codes, selected)`, read `selected_codes()`, listen to `changed`.
Keyboard: type to filter, Down goes to the list, Space ticks, Enter is left to the dialog.
"""

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app import taxonomy
from app.search_terms import fold

CODE_ROLE = Qt.ItemDataRole.UserRole


class ThemePicker(QWidget):
    changed = Signal()

    def __init__(
        self,
        top_codes: list[str] | None = None,
        selected: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("themePicker")
        self._selected: list[str] = list(selected or [])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("themeFilter")
        self.filter_edit.setAccessibleName(self.tr("Search the reasons"))
        self.filter_edit.setPlaceholderText(self.tr("Type to find a reason (e.g. housing, CV)…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("themeList")
        self.list.setAccessibleName(self.tr("Reasons"))
        # long national labels wrap on two lines instead of being cut
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # one line whatever is ticked, so that the list never moves while ticking; the whole
        # choice is in the tooltip
        self.summary = QLabel(self)
        self.summary.setObjectName("themeSummary")
        self.summary.setWordWrap(False)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._summary_text = ""
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.summary)
        self._fill(top_codes or [])
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.filter_edit.installEventFilter(self)
        self.list.installEventFilter(self)
        self.list.itemClicked.connect(self.toggle)
        self.setFocusProxy(self.filter_edit)
        self._show_summary()

    def _fill(self, top_codes: list[str]) -> None:
        labels = {code.value: taxonomy.theme_label(code.value) for code in taxonomy.themes()}
        top = [code for code in top_codes if code in labels]
        rest = sorted((code for code in labels if code not in top), key=lambda c: fold(labels[c]))
        bold = QFont(self.font())
        bold.setBold(True)
        for code in top + rest:
            item = QListWidgetItem(labels[code])
            item.setData(CODE_ROLE, code)
            item.setToolTip(labels[code])
            item.setData(Qt.ItemDataRole.UserRole + 1, fold(labels[code]))
            # ticked by us (click or Space), not by Qt, so one click always toggles once
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            checked = code in self._selected
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            if code in top:
                item.setFont(bold)
                item.setToolTip(f"{labels[code]} — {self.tr('Often used here')}")
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def selected_codes(self) -> list[str]:
        return list(self._selected)

    def set_selected(self, codes: list[str]) -> None:
        self._selected = list(codes)
        for row in range(self.list.count()):
            item = self.list.item(row)
            on = item.data(CODE_ROLE) in self._selected
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._show_summary()
        self.changed.emit()

    def toggle(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        code = item.data(CODE_ROLE)
        if code in self._selected:
            self._selected.remove(code)
            item.setCheckState(Qt.CheckState.Unchecked)
        else:
            self._selected.append(code)
            item.setCheckState(Qt.CheckState.Checked)
        self._show_summary()
        self.changed.emit()

    def _show_summary(self) -> None:
        if not self._selected:
            self._summary_text = self.tr("No reason chosen yet (Space or a click ticks one).")
        else:
            names = [taxonomy.theme_label(code) for code in self._selected]
            self._summary_text = (
                self.tr("Chosen (%2): %1")
                .replace("%1", " ; ".join(names))
                .replace("%2", str(len(names)))
            )
        self.summary.setToolTip(self._summary_text)
        self._elide_summary()

    def _elide_summary(self) -> None:
        width = max(self.summary.width(), 100)
        self.summary.setText(
            self.summary.fontMetrics().elidedText(
                self._summary_text, Qt.TextElideMode.ElideRight, width
            )
        )

    def summary_text(self) -> str:
        """The whole « Chosen » line, as its tooltip shows it."""
        return self._summary_text

    def resizeEvent(self, event) -> None:  # noqa: N802 — Qt override
        super().resizeEvent(event)
        self._elide_summary()

    def _apply_filter(self, text: str) -> None:
        wanted = fold(text).split()
        first_visible = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            haystack = item.data(Qt.ItemDataRole.UserRole + 1)
            hidden = any(word not in haystack for word in wanted)
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = item
        if first_visible is not None:
            self.list.setCurrentItem(first_visible)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.filter_edit and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.list.setFocus()
                return True
            if watched is self.list and key == Qt.Key.Key_Space:
                self.toggle(self.list.currentItem())
                return True
        return super().eventFilter(watched, event)
