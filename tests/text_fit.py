"""Finding words that a window cuts: a label narrower than its text, a button smaller than what
it says, a combo box, a tab, a column header or a group box title that shows only part of its
text. And the focusable controls that a screen reader could not name.

Only what is shown is measured (hidden widgets, and pages of tabs not chosen, are not).
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTextEdit,
    QWidget,
)

SLACK = 1  # pixels of rounding


def _plain(text: str) -> str:
    """The text as drawn: mnemonics' ampersands gone, « && » kept as one."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _name(widget: QWidget) -> str:
    parts = []
    while widget is not None and len(parts) < 3:
        parts.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return " < ".join(parts)


def _label_is_cut(label: QLabel) -> bool:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return False
    room = label.contentsRect()
    margin = 2 * label.margin() + max(label.indent(), 0)
    width = room.width() - margin
    if GuiQt.mightBeRichText(text) or label.textFormat() == Qt.TextFormat.RichText:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setHtml(text)
        document.setDocumentMargin(0)
        if label.wordWrap():
            document.setTextWidth(width)
            return document.size().height() > room.height() + SLACK
        return document.idealWidth() > width + SLACK
    if label.wordWrap():
        return label.heightForWidth(room.width()) > room.height() + SLACK
    metrics = label.fontMetrics()
    widest = max(metrics.horizontalAdvance(line) for line in _plain(text).split("\n"))
    return widest > width + SLACK


def _button_is_cut(button: QAbstractButton) -> bool:
    if not button.text():
        return False
    return button.sizeHint().width() > button.width() + SLACK


def _combo_is_cut(combo: QComboBox) -> bool:
    text = combo.currentText()
    if not text or combo.isEditable():
        return False
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    icon = 0 if combo.itemIcon(combo.currentIndex()).isNull() else combo.iconSize().width() + 4
    return combo.fontMetrics().horizontalAdvance(text) + icon > field.width() + SLACK


def _cut_tabs(bar: QTabBar) -> list[str]:
    metrics = QFontMetrics(bar.font())
    cut = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = _plain(bar.tabText(index))
        if metrics.horizontalAdvance(text) > bar.tabRect(index).width() + SLACK:
            cut.append(text)
    return cut


def _cut_headers(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    metrics = QFontMetrics(header.font())
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    cut = []
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        lines = str(text).split("\n")
        if header.orientation() == Qt.Orientation.Horizontal:
            needed = max(metrics.horizontalAdvance(line) for line in lines) + margin
        else:
            needed = metrics.height() * len(lines)
        if needed > header.sectionSize(section) + SLACK:
            cut.append(str(text))
    return cut


def _group_title_is_cut(box: QGroupBox) -> bool:
    title = _plain(box.title())
    return bool(title) and box.fontMetrics().horizontalAdvance(title) > box.width() + SLACK


def cut_texts(root: QWidget) -> list[str]:
    """« where: what » for every text shown cut under `root`."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and _label_is_cut(widget):
            found.append(f"{_name(widget)}: {widget.text()!r}")
        elif isinstance(widget, QAbstractButton) and _button_is_cut(widget):
            found.append(f"{_name(widget)}: {widget.text()!r}")
        elif isinstance(widget, QComboBox) and _combo_is_cut(widget):
            found.append(f"{_name(widget)}: {widget.currentText()!r}")
        elif isinstance(widget, QTabBar):
            found.extend(f"{_name(widget)}: {text!r}" for text in _cut_tabs(widget))
        elif isinstance(widget, QHeaderView):
            found.extend(f"{_name(widget)}: {text!r}" for text in _cut_headers(widget))
        elif isinstance(widget, QGroupBox) and _group_title_is_cut(widget):
            found.append(f"{_name(widget)}: {widget.title()!r}")
    return found


NAMED_KINDS = (
    QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QTextEdit, QAbstractItemView,
)  # fmt: skip


def unnamed_controls(root: QWidget) -> list[str]:
    """Focusable controls shown under `root` that have no accessible name: neither their own,
    nor a text of their own, nor a label pointing to them (a buddy)."""
    buddies = {
        id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None
    }
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, NAMED_KINDS) or not widget.isVisible():
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isEnabled():
            continue
        if isinstance(widget, QAbstractButton) and _plain(widget.text()).strip():
            continue
        if widget.accessibleName().strip() or id(widget) in buddies:
            continue
        if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the line edit inside a combo or spin box: named by its owner
        found.append(_name(widget))
    return found
