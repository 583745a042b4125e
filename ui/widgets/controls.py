"""Small helpers shared by pages and dialogs for their controls: every interactive control has
an object name (for tests and the keyboard map) and an accessible name (for screen readers)."""

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

W = TypeVar("W", bound=QWidget)


def accessible_text(text: str) -> str:
    """A button's text as a screen reader should say it: no « & » mnemonic, no « … »."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").replace("…", "").strip()


def named(widget: W, name: str, accessible: str) -> W:
    """The widget with its object name and accessible name set."""
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def named_button(
    parent: QWidget | None,
    name: str,
    text: str,
    slot: Callable[[], Any] | None = None,
    *,
    min_height: int = 0,
    auto_default: bool | None = None,
) -> QPushButton:
    """A push button named `name`, said as its text, calling `slot` when clicked."""
    button = named(QPushButton(text, parent), name, accessible_text(text))
    if slot is not None:
        button.clicked.connect(slot)
    if min_height:
        button.setMinimumHeight(min_height)
    if auto_default is not None:
        button.setAutoDefault(auto_default)
    return button


def combo_value(combo: QComboBox) -> Any:
    """The chosen item's data, None for « all » ("") or an empty combo.

    Items never hold None: reading None back through currentData() upsets PySide6's
    reference counting.
    """
    if combo.currentIndex() < 0:
        return None
    value = combo.currentData()
    return None if value == "" else value


def fit_combo_to(combo: QComboBox, text: str) -> None:
    """The combo box is at least wide enough to show `text` whole (its « All … » choice), at
    the font it has, and may be narrower than its longest choice."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(1)
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    inside = QSize(metrics.horizontalAdvance(text) + 2, metrics.height())
    needed = combo.style().sizeFromContents(
        QStyle.ContentsType.CT_ComboBox, option, inside, combo
    )
    combo.setMinimumWidth(needed.width())


def keep_headers_whole(header: QHeaderView) -> None:
    """Every column is at least as wide as its title: columns of a set width grow to it, and
    the columns that share the rest of the width never shrink below the widest title."""
    model = header.model()
    if model is None:
        return
    metrics = header.fontMetrics()
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    widest_shared = header.minimumSectionSize()
    for section in range(header.count()):
        title = model.headerData(section, Qt.Orientation.Horizontal)
        needed = metrics.horizontalAdvance(str(title or "")) + margin + 2
        if header.sectionResizeMode(section) == QHeaderView.ResizeMode.Stretch:
            widest_shared = max(widest_shared, needed)
        elif header.sectionSize(section) < needed:
            header.resizeSection(section, needed)
    header.setMinimumSectionSize(widest_shared)
