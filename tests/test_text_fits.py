"""Text always fits: every page (each of its tabs) and every dialog, on a 1366×768 screen with
its taskbar, in French, in English and in French at a 150 % font size, shows every label,
button, combo box, column title, tab and group title whole; every focusable control has an
accessible name.

The dialogs are found by walking the code's dialog classes: a dialog class that the gallery
cannot build fails the first test, so a new dialog is measured from the day it is written.
"""

import importlib
import inspect
import pkgutil
import shutil

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QDialog

import ui
from app.demo import write_demo
from tests.text_fit import cut_texts, unnamed_controls
from ui import gallery, screen_fit
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.pages import PAGE_KEYS
from ui.startup import open_desk, sign_in_first_coordinator

LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 less a 40 px taskbar
LOOKS = [("fr", 1.0), ("en", 1.0), ("fr", 1.5)]


def dialog_classes() -> set[type]:
    """Every QDialog subclass written in ui/ (modules run as programs left out)."""
    found: set[type] = set()
    for module in pkgutil.walk_packages(ui.__path__, "ui."):
        if module.name.endswith("__main__"):
            continue
        for _name, value in vars(importlib.import_module(module.name)).items():
            if (
                inspect.isclass(value)
                and issubclass(value, QDialog)
                and value.__module__.startswith("ui.")
            ):
                found.add(value)
    return found


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("fits") / "demo.sqlite"
    write_demo(path, size="small")
    return path


@pytest.fixture
def looks(request, qapp, sync_tasks, shown_messages, monkeypatch):
    """The language and the font size of the desk, put back afterwards."""
    language, scale = request.param
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget=None: QRect(LAPTOP))
    font = qapp.font()
    bigger = type(font)(font)
    bigger.setPointSizeF(font.pointSizeF() * scale)
    install_translators(qapp, language)
    qapp.setFont(bigger)
    yield language
    qapp.setFont(font)
    install_translators(qapp, "fr")


def _desk(demo_db, tmp_path, language):  # type: ignore[no-untyped-def]
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_db, path)
    ctx = open_desk(path, language)
    sign_in_first_coordinator(ctx)
    return ctx


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_every_dialog_class_is_built_by_the_gallery(qtbot, demo_db, tmp_path, french_ui,
                                                   sync_tasks, shown_messages):  # fmt: skip
    ctx = _desk(demo_db, tmp_path, "fr")
    sample = gallery.sample_of(ctx)
    built = set()
    for factory in gallery.DIALOGS.values():
        dialog = factory(ctx, sample, None)
        qtbot.addWidget(dialog)
        built.add(type(dialog))
    missing = {f"{c.__module__}.{c.__qualname__}" for c in dialog_classes() - built}
    assert missing == set()
    ctx.engine.dispose()


@pytest.mark.parametrize("looks", LOOKS, indirect=True, ids=["fr", "en", "fr-150"])
def test_no_page_cuts_its_words(qtbot, demo_db, tmp_path, looks):
    ctx = _desk(demo_db, tmp_path, looks)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    _settle()
    cut, unnamed = [], []
    for key in PAGE_KEYS:
        window.show_page(key)
        tabs = getattr(window.page(key), "tabs", None)
        for index in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
            _settle()
            cut += [f"{key} {index}: {text}" for text in cut_texts(window)]
            unnamed += [f"{key} {index}: {name}" for name in unnamed_controls(window)]
    assert cut == [], "\n".join(cut)
    assert unnamed == []
    ctx.engine.dispose()


@pytest.mark.parametrize("looks", LOOKS, indirect=True, ids=["fr", "en", "fr-150"])
def test_no_dialog_cuts_its_words(qtbot, demo_db, tmp_path, looks):
    ctx = _desk(demo_db, tmp_path, looks)
    sample = gallery.sample_of(ctx)
    cut, unnamed = [], []
    for name, factory in gallery.DIALOGS.items():
        dialog = factory(ctx, sample, None)
        qtbot.addWidget(dialog)
        dialog.show()
        _settle()
        cut += [f"{name}: {text}" for text in cut_texts(dialog)]
        unnamed += [f"{name}: {control}" for control in unnamed_controls(dialog)]
        dialog.close()
    assert cut == [], "\n".join(cut)
    assert unnamed == []
    ctx.engine.dispose()
