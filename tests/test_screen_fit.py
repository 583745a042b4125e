"""Every page and every dialog fits a 1366×768 screen with its taskbar (1366×728 for a window
and its title bar), and still fits, scrolling if it must, on a 1280×720 screen.

The screen is pretended with `ui.screen_fit.available_geometry`, which every window and dialog
asks before it takes its size.
"""

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication

from app.demo import DEMO_PIN, write_demo
from ui import gallery, screen_fit
from ui.main_window import DEFAULT_SIZE, MainWindow
from ui.pages import PAGE_KEYS
from ui.startup import open_desk, sign_in_first_coordinator

LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 less a 40 px taskbar
SMALL = QRect(0, 0, 1280, 720)
assert DEMO_PIN  # the demo's staff, signed in without a PIN below


def _room(screen: QRect) -> QSize:
    """Inside size of the largest window on that screen (title bar and borders left out)."""
    return QSize(
        screen.width() - 2 * screen_fit.BORDER,
        screen.height() - screen_fit.TITLE_BAR - screen_fit.BORDER,
    )


def _within(size: QSize, room: QSize) -> bool:
    return size.width() <= room.width() and size.height() <= room.height()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("fit") / "demo.sqlite"
    write_demo(path, size="small")
    return path


@pytest.fixture
def desk(demo_db, tmp_path, french_ui, sync_tasks, shown_messages):
    import shutil

    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_db, path)
    ctx = open_desk(path, "fr")
    sign_in_first_coordinator(ctx)
    yield ctx
    ctx.engine.dispose()


def _pretend_screen(monkeypatch, screen: QRect) -> None:
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget=None: QRect(screen))


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("screen", [LAPTOP, SMALL], ids=["1366x728", "1280x720"])
def test_every_page_fits_the_window_on_a_small_screen(qtbot, desk, monkeypatch, screen):
    _pretend_screen(monkeypatch, screen)
    room = _room(screen)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    _settle()
    assert _within(window.size(), room), window.size()
    too_big = []
    for key in PAGE_KEYS:
        window.show_page(key)
        page = window.page(key)
        tabs = getattr(page, "tabs", None)
        for index in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
            _settle()
            # what the window needs at least with this page: more would be cut off or spill over
            needed = window.minimumSizeHint().expandedTo(window.minimumSize())
            if not _within(needed, room):
                too_big.append((key, index, needed))
    assert too_big == []


@pytest.mark.parametrize("screen", [LAPTOP, SMALL], ids=["1366x728", "1280x720"])
@pytest.mark.parametrize("name", list(gallery.DIALOGS))
def test_every_dialog_fits_a_small_screen(qtbot, desk, monkeypatch, screen, name):
    _pretend_screen(monkeypatch, screen)
    room = _room(screen)
    sample = gallery.sample_of(desk)
    dialog = gallery.DIALOGS[name](desk, sample, None)
    qtbot.addWidget(dialog)
    dialog.show()
    _settle()
    assert _within(dialog.size(), room), dialog.size()
    needed = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    assert _within(needed, room), needed
    if screen == LAPTOP:  # its comfortable size too, on the common laptop screen
        assert _within(dialog.sizeHint(), room), dialog.sizeHint()
    dialog.close()


def test_the_sheet_preview_keeps_its_buttons_in_view_on_a_laptop(qtbot, desk, monkeypatch):
    _pretend_screen(monkeypatch, LAPTOP)
    dialog = gallery.DIALOGS["dialogue_fiche_a4"](desk, gallery.sample_of(desk), None)
    qtbot.addWidget(dialog)
    dialog.show()
    _settle()
    for button in (dialog.print_button, dialog.save_button, dialog.close_button):
        bottom = button.mapTo(dialog, button.rect().bottomLeft()).y()
        assert bottom < _room(LAPTOP).height()
    # the page is shown as large as the screen allows, not in a small box
    assert dialog.height() == _room(LAPTOP).height()


def test_the_window_opens_maximised_where_the_screen_is_smaller(qtbot, desk, monkeypatch):
    _pretend_screen(monkeypatch, LAPTOP)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    screen_fit.show_main_window(window, *DEFAULT_SIZE)
    assert window.isMaximized()
    # un-maximised, it still fits: the status bar and « Changer d'agent » stay on screen
    window.showNormal()
    _settle()
    assert _within(window.size(), _room(LAPTOP)), window.size()
    switch = window.switch_button
    assert switch.mapTo(window, switch.rect().bottomRight()).y() < _room(LAPTOP).height()


def test_the_window_keeps_its_usual_size_on_a_large_screen(qtbot, desk, monkeypatch):
    _pretend_screen(monkeypatch, QRect(0, 0, 1920, 1040))
    window = MainWindow(desk)
    qtbot.addWidget(window)
    screen_fit.show_main_window(window, *DEFAULT_SIZE)
    assert not window.isMaximized()
    assert (window.width(), window.height()) == DEFAULT_SIZE
