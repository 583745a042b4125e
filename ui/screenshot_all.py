"""Pictures for the docs: every page of the window, every settings tab and every dialog of
`ui.gallery`, in French, at the size of a 1366×768 laptop screen less its taskbar.

    python -m ui.screenshot_all docs/screenshots      (what `make screenshots` runs)

A small demo database is written in a temporary folder (app.demo when it is available,
otherwise just a site and its coordinator), then each page and dialog is rendered offscreen;
dialogs are photographed on their own, at the size they open with on such a screen. The
pictures of a place sharing its database (ui.screenshot_sharing) are rendered last.
"""

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.context import DeskContext
from app.db import as_target, open_database
from ui.application import get_application
from ui.main_window import MainWindow
from ui.pages import PAGE_KEYS
from ui.screenshot_setup import LANGUAGE, SIZE, write_small_database
from ui.startup import open_desk, sign_in_first_coordinator

SETTINGS_TABS = (
    "reglages_lieu",
    "reglages_caisse",
    "agents",
    "sauvegardes",
    "confidentialite",
    "journal",
    "reglages_annuaire",
)
SHOWN_DB_PATH = "~/.local/share/Aiguillage/aiguillage.sqlite"


def render_first_run(db_path: Path, out: Path) -> None:
    """The wizard's first page, as it opens on a new database."""
    from ui.dialogs.first_run import FirstRunWizard

    app = get_application(LANGUAGE)
    engine = open_database(db_path)
    wizard = FirstRunWizard(DeskContext(engine=engine, target=db_path, language=LANGUAGE))
    wizard.show()
    for _ in range(5):
        app.processEvents()
    wizard.grab().save(str(out), "PNG")
    wizard.close()
    engine.dispose()


def render_pages(db_path: Path, out_dir: Path) -> list[Path]:
    """Every page of one window, as the first coordinator sees it."""
    app = get_application(LANGUAGE)
    ctx = open_desk(as_target(db_path), LANGUAGE)
    sign_in_first_coordinator(ctx)
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    written = []
    for key in PAGE_KEYS:
        window.show_page(key)
        # the status bar shows where the data usually lives, not this temporary file
        window.db_label.setText(
            QCoreApplication.translate("MainWindow", "Database: %1").replace("%1", SHOWN_DB_PATH)
        )
        from ui import operations

        while operations.pending():  # every read of the page answered (Accueil has two)
            app.processEvents()
        for _ in range(5):
            app.processEvents()
        out = out_dir / f"{key}.png"
        window.grab().save(str(out), "PNG")
        written.append(out)
    settings = window.page("reglages")
    for index, name in enumerate(SETTINGS_TABS):
        settings.tabs.setCurrentIndex(index)
        for _ in range(5):
            app.processEvents()
        out = out_dir / f"{name}.png"
        window.grab().save(str(out), "PNG")
        written.append(out)
    written += render_dialogs(ctx, window, out_dir)
    window.close()
    ctx.engine.dispose()
    return written


def render_dialogs(ctx: DeskContext, window: MainWindow, out_dir: Path) -> list[Path]:
    """Every dialog of the gallery, as it opens on a 1366×768 laptop screen."""
    from PySide6.QtCore import QRect

    from ui import gallery, screen_fit, tasks

    app = get_application(LANGUAGE)
    saved = tasks.SYNCHRONOUS, screen_fit.available_geometry
    tasks.SYNCHRONOUS = True  # the sheets are made before the picture is taken
    screen_fit.available_geometry = lambda _widget=None: QRect(0, 0, *SIZE)
    try:
        return _render_each_dialog(app, ctx, window, out_dir, gallery.sample_of(ctx))
    finally:
        tasks.SYNCHRONOUS, screen_fit.available_geometry = saved


def _render_each_dialog(app, ctx, window, out_dir, sample) -> list[Path]:  # type: ignore[no-untyped-def]
    from ui import gallery, operations

    written = []
    for name, factory in gallery.DIALOGS.items():
        dialog = factory(ctx, sample, window)
        dialog.show()
        while operations.pending():  # the dialog as filled, not as it opens
            app.processEvents()
            time.sleep(0.01)
        pdf_view = hasattr(dialog, "document")  # a PDF view paints its pages from a thread
        for _ in range(20 if pdf_view else 5):
            app.processEvents()
            if pdf_view:
                time.sleep(0.05)
        out = out_dir / f"{name}.png"
        dialog.grab().save(str(out), "PNG")
        written.append(out)
        dialog.close()
        dialog.deleteLater()
    return written


def render_all(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    get_application(LANGUAGE)
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "demo.sqlite"
        write_small_database(db_path)
        written = render_pages(db_path, out_dir)
        out = out_dir / "first_run.png"
        render_first_run(Path(folder) / "empty.sqlite", out)
        written.append(out)
    return written


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    out_dir = Path(args[0]) if args else Path("docs/screenshots")
    from ui.screenshot_sharing import render_sharing  # sets up a real server, then removes it

    for path in render_all(out_dir) + render_sharing(out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
