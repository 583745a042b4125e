"""Windows and dialogs that fit the screen they open on.

The counters' PCs are old laptops with 1366×768 screens, less a taskbar: 1366×728 for a
window and its title bar. A window or dialog asks for a comfortable size with `fit_size`, and
gets no more than the screen's free area; the main window opens maximised where the screen is
smaller than its usual size (`show_main_window`). Content that can grow taller than a small
screen sits in a scroll area (`scrolling`), so it scrolls rather than being cut off.
"""

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# What a window manager adds around a window: the title bar above, thin borders on the sides.
TITLE_BAR = 32
BORDER = 8


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The screen's free area (without the taskbar) where `widget` opens."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    if screen is None:  # no screen at all: assume the small laptop screen
        return QRect(0, 0, 1366, 728)
    return screen.availableGeometry()


def room_for_window(widget: QWidget | None = None) -> tuple[int, int]:
    """The largest inside size of a window on this screen, title bar and borders left out."""
    area = available_geometry(widget)
    return area.width() - 2 * BORDER, area.height() - TITLE_BAR - BORDER


def fit_size(widget: QWidget, width: int, height: int) -> bool:
    """Resize to width × height, or less where the screen is smaller; True if it was less."""
    room_width, room_height = room_for_window(widget)
    fitted_width, fitted_height = min(width, room_width), min(height, room_height)
    widget.resize(max(fitted_width, 1), max(fitted_height, 1))
    return (fitted_width, fitted_height) != (width, height)


def show_main_window(window: QWidget, width: int, height: int) -> None:
    """Show the main window at its usual size, maximised where the screen is smaller."""
    if fit_size(window, width, height):
        window.showMaximized()
    else:
        window.show()


def scrolling(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """`content` in a frameless scroll area: it scrolls on a screen too small to show it all."""
    area = QScrollArea(parent)
    area.setObjectName(f"{content.objectName() or 'content'}Scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(content)
    return area
