"""Finding and driving a desk's widgets as a person does, for tests/place/desk_process.py: by
object name, with QTest key presses and mouse clicks."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListWidget, QWidget


class StepFailed(Exception):
    """A step that cannot be done (a widget missing, nothing happened in time)."""


def shown(name: str) -> QWidget | None:
    """The visible widget of that object name, in any window (None if none is shown)."""
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        if top.objectName() == name:
            return top
        for widget in top.findChildren(QWidget, name):
            if widget.isVisible():
                return widget
    return None


def needed(name: str) -> QWidget:
    widget = shown(name)
    if widget is None:
        raise StepFailed(f"nothing named {name} is shown")
    return widget


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_item(view: QListWidget, text: str) -> None:
    """A click on the list's first row whose text starts with `text`."""
    for row in range(view.count()):
        item = view.item(row)
        if item.text().startswith(text):
            view.scrollToItem(item)
            rect = view.visualItemRect(item)
            QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise StepFailed(f"no row « {text} » in {view.objectName()}")


def type_into(widget: QWidget, text: str) -> None:
    """Select what the box holds and type over it, key by key (accents as a keyboard sends
    them: no key code, just the text)."""
    from tests.foundation_helpers import type_text

    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    type_text(QTest, widget, text)  # QTest's keyClicks, as pytest-qt's qtbot gives them


def focus_in(page: QWidget) -> QWidget | None:
    """Where the keys of a page go once its window is active and the focus inside it; None
    until then. Nothing here puts the focus there: a person types without clicking first."""
    window = page.window()
    if not window.isActiveWindow():
        window.activateWindow()
        return None
    target = QApplication.focusWidget()
    if target is None or not page.isAncestorOf(target):
        return None
    return target


def escape_dialog() -> None:
    dialog = QApplication.activeModalWidget()
    if dialog is not None:
        QTest.keyClick(dialog, Qt.Key.Key_Escape)


def plain(text: str) -> str:
    """A label's rich text as words."""
    text = re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ")
    return " ".join(text.split())


def main_window() -> QWidget | None:
    for top in QApplication.topLevelWidgets():
        if top.objectName() == "mainWindow":
            return top
    return None
