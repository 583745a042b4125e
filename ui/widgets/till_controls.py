"""The pieces of the Till page: a big coloured button, the undo toast, the weighing panel."""

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.services.till_setup import text_colour_for

# at least 64 px high even on a small screen; up to 140 px when there is room
BUTTON_MIN_HEIGHT = 88
BUTTON_HEIGHT = 140


def _darker(colour: str, factor: float = 0.8) -> str:
    channels = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{int(c * factor):02x}" for c in channels)


class BigTillButton(QPushButton):
    """A big button in the colour of its kind: key number, label and today's count."""

    def __init__(
        self,
        button_id: uuid.UUID,
        label: str,
        kind: str,
        colour: str,
        icon: str,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.button_id = button_id
        self.label = label
        self.kind = kind
        self.count = 0
        self.waiting = 0  # of the count, kept on this desk while the main PC is away
        self.setObjectName(f"tillButton_{button_id.hex[:8]}")
        self.setMinimumHeight(BUTTON_MIN_HEIGHT)
        self.setMinimumWidth(140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        text = text_colour_for(colour)
        self.setStyleSheet(
            f"QPushButton {{ background: {colour}; color: {text}; border: none;"
            f" border-radius: 10px; }}"
            f"QPushButton:pressed {{ background: {_darker(colour)}; }}"
            f"QPushButton:focus {{ border: 4px solid {text}; }}"
            f"QLabel {{ color: {text}; background: transparent; }}"
        )
        inner = QVBoxLayout(self)
        inner.setContentsMargins(12, 6, 12, 8)
        inner.setSpacing(0)
        self.number_label = QLabel()
        self.number_label.setObjectName("tillButtonKey")
        self.title_label = QLabel(f"{icon} {label}".strip())
        self.title_label.setObjectName("tillButtonLabel")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        self.count_label = QLabel("0")
        self.count_label.setObjectName("tillButtonCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        base = self.font().pointSizeF()
        for widget, scale, bold in (
            (self.number_label, 1.0, False),
            (self.title_label, 1.9, True),
            (self.count_label, 2.8, True),
        ):
            font = widget.font()
            font.setPointSizeF(base * scale)
            font.setBold(bold)
            widget.setFont(font)
            widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            inner.addWidget(widget)
        # « dont 2 en attente » on the key's line: clicks kept here while the main PC is away
        self.waiting_label = QLabel()
        self.waiting_label.setObjectName("tillButtonWaiting")
        self.waiting_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.waiting_label.hide()
        top = QHBoxLayout()
        inner.removeWidget(self.number_label)
        top.addWidget(self.number_label)
        top.addStretch(1)
        top.addWidget(self.waiting_label)
        inner.insertLayout(0, top)
        self._title_font = QFont(self.title_label.font())
        self._update_accessibility()

    def resizeEvent(self, event) -> None:  # noqa: N802 — Qt override
        super().resizeEvent(event)
        self._fit_title()

    def _fit_title(self) -> None:
        """Shrink the text (never below the normal size) until its longest word fits the
        width and its lines fit the height left by the key and the count."""
        font = QFont(self._title_font)
        text = self.title_label.text()
        words = text.split() or [""]
        widest = max(QFontMetrics(font).horizontalAdvance(word) for word in words)
        available = self.width() - 28
        smallest = self.font().pointSizeF()
        if widest > available > 0:
            font.setPointSizeF(max(smallest, font.pointSizeF() * available / widest))
        margins = self.layout().contentsMargins()
        height = (self.height() - margins.top() - margins.bottom()
                  - self.number_label.sizeHint().height() - self.count_label.sizeHint().height())
        while available > 0 and font.pointSizeF() > smallest:
            lines = QFontMetrics(font).boundingRect(
                0, 0, available, 10_000, int(Qt.TextFlag.TextWordWrap), text
            )
            if lines.height() <= height:
                break
            font.setPointSizeF(max(smallest, font.pointSizeF() * 0.9))
        self.title_label.setFont(font)

    def set_number(self, number: int | None) -> None:
        self.number_label.setText(self.tr("key %1").replace("%1", str(number)) if number else "")
        if number:
            self.setToolTip(self.tr("Click or press %1").replace("%1", str(number)))

    def set_count(self, count: int, waiting: int = 0) -> None:
        """Today's count; `waiting` of them are kept on this desk, not on the main PC yet."""
        self.count = count
        self.waiting = waiting
        self.count_label.setText(str(count))
        self.waiting_label.setText(
            self.tr("of which %1 waiting").replace("%1", str(waiting)) if waiting else ""
        )
        self.waiting_label.setVisible(bool(waiting))
        self._update_accessibility()

    def _update_accessibility(self) -> None:
        name = self.tr("%1, %2 today").replace("%1", self.label).replace("%2", str(self.count))
        if self.waiting:
            name += " " + self.tr("(%1 waiting to be sent)").replace("%1", str(self.waiting))
        self.setAccessibleName(name)


class TillToast(QFrame):
    """A visible line under the buttons: what was just recorded, with « Undo »."""

    undo_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tillToast")
        self.setMinimumHeight(52)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 6, 8, 6)
        self.message = QLabel()
        self.message.setObjectName("tillToastMessage")
        font = self.message.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.message.setFont(font)
        self.undo_button = QPushButton(self.tr("Undo (Ctrl+Z)"))
        self.undo_button.setObjectName("tillUndo")
        self.undo_button.setAccessibleName(self.tr("Undo the last click"))
        self.undo_button.setMinimumHeight(40)
        self.undo_button.clicked.connect(self.undo_requested.emit)
        row.addWidget(self.message, 1)
        row.addWidget(self.undo_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self._error = False
        self._set_colours(False)
        self.hide()

    def _set_colours(self, error: bool) -> None:
        self._error = error
        background, border = ("#fdecea", "#c62828") if error else ("#e8f5e9", "#2e7d32")
        self.setStyleSheet(
            f"#tillToast {{ background: {background}; border: 2px solid {border};"
            f" border-radius: 8px; }} QLabel {{ color: #1b1b1b; }}"
        )

    def announce(
        self, text: str, *, undo: bool = False, error: bool = False, duration_ms: int = 6000
    ) -> None:
        if error != self._error:
            self._set_colours(error)
        self.message.setText(text)
        self.undo_button.setVisible(undo)
        self.show()
        self._timer.start(duration_ms)


class TillWeighingPanel(QFrame):
    """After a drop-off: choose a category, type the kg (« 2,5 »), Enter saves, Esc skips."""

    save_requested = Signal(str, str)
    skipped = Signal()
    visibility_changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tillWeighing")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#tillWeighing { background: #e3f2fd; border-radius: 8px; }")
        self.visit_id: uuid.UUID | None = None
        self._categories: list[str] = []
        self._last_category = ""
        column = QVBoxLayout(self)
        title = QLabel(self.tr("Weigh the drop-off (optional)"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        title.setFont(font)
        column.addWidget(title)
        self.category_host = QWidget(self)
        self.category_host.setStyleSheet(
            "QPushButton:checked { background: #0d47a1; color: white; font-weight: bold;"
            " border: 2px solid #0d47a1; border-radius: 4px; }"
        )
        self.category_grid = QGridLayout(self.category_host)
        self.category_grid.setContentsMargins(0, 0, 0, 0)
        self.category_group = QButtonGroup(self)
        self.category_group.setExclusive(True)
        column.addWidget(self.category_host)
        row = QHBoxLayout()
        kg_label = QLabel(self.tr("Weight (kg):"))
        self.kg_edit = QLineEdit(self)
        self.kg_edit.setObjectName("tillKg")
        self.kg_edit.setAccessibleName(self.tr("Weight in kg"))
        self.kg_edit.setPlaceholderText(self.tr("for example 2,5"))
        self.kg_edit.setMinimumHeight(40)
        self.kg_edit.setMaximumWidth(160)
        big = self.kg_edit.font()
        big.setPointSizeF(big.pointSizeF() * 1.3)
        self.kg_edit.setFont(big)
        kg_label.setBuddy(self.kg_edit)
        self.kg_edit.returnPressed.connect(self._save)
        self.save_button = QPushButton(self.tr("Save (Enter)"))
        self.save_button.setObjectName("tillWeighingSave")
        self.save_button.setAccessibleName(self.tr("Save the weight"))
        self.save_button.setMinimumHeight(40)
        self.save_button.clicked.connect(self._save)
        self.skip_button = QPushButton(self.tr("Skip (Esc)"))
        self.skip_button.setObjectName("tillWeighingSkip")
        self.skip_button.setAccessibleName(self.tr("Skip the weighing"))
        self.skip_button.setMinimumHeight(40)
        self.skip_button.clicked.connect(self.skipped.emit)
        row.addWidget(kg_label)
        row.addWidget(self.kg_edit)
        row.addWidget(self.save_button)
        row.addWidget(self.skip_button)
        row.addStretch(1)
        column.addLayout(row)
        self.error_label = QLabel()
        self.error_label.setObjectName("tillWeighingError")
        self.error_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.error_label.hide()
        column.addWidget(self.error_label)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.skipped.emit)

    def showEvent(self, event) -> None:  # noqa: N802 — Qt override
        super().showEvent(event)
        self.visibility_changed.emit()

    def hideEvent(self, event) -> None:  # noqa: N802 — Qt override
        super().hideEvent(event)
        self.visibility_changed.emit()

    def set_categories(self, categories: list[str]) -> None:
        if categories == self._categories:
            return
        self._categories = list(categories)
        for button in self.category_group.buttons():
            self.category_group.removeButton(button)
            self.category_grid.removeWidget(button)
            button.deleteLater()
        for index, category in enumerate(categories):
            button = QPushButton(category, self.category_host)
            button.setObjectName(f"tillCategory_{index}")
            button.setAccessibleName(category)
            button.setCheckable(True)
            button.setMinimumHeight(38)
            self.category_group.addButton(button, index)
            self.category_grid.addWidget(button, index // 6, index % 6)

    def category_button(self, category: str) -> QPushButton:
        return self.category_group.button(self._categories.index(category))

    def selected_category(self) -> str:
        button = self.category_group.checkedButton()
        return button.text() if button else ""

    def start(self, visit_id: uuid.UUID) -> None:
        """Open for a new drop-off; the last category used stays chosen."""
        self.visit_id = visit_id
        self.kg_edit.clear()
        self.error_label.hide()
        if self._last_category in self._categories:
            self.category_button(self._last_category).setChecked(True)
        self.show()
        self.kg_edit.setFocus()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.kg_edit.setFocus()
        self.kg_edit.selectAll()

    def _save(self) -> None:
        category = self.selected_category()
        if category:
            self._last_category = category
        self.save_requested.emit(category, self.kg_edit.text())
