"""Rendering a page of the main window to a PNG file, offscreen."""

from pathlib import Path

from app.db.target import DatabaseTarget
from app.errors import UserError
from app.i18n import translate
from ui.application import get_application
from ui.main_window import MainWindow
from ui.startup import open_desk, sign_in_first_coordinator


def render_page_to_png(
    target: DatabaseTarget, page_key: str, out: Path, size: tuple[int, int], language: str = "fr"
) -> None:
    app = get_application(language)
    ctx = open_desk(target, language)
    if ctx.site_id is None:
        raise UserError(
            translate("Screenshot", "This database has no site yet: run the app once first.")
        )
    sign_in_first_coordinator(ctx)
    window = MainWindow(ctx)
    if page_key not in window.visible_page_keys():
        raise UserError(
            translate("Screenshot", "Unknown page “%1”. Pages: %2.")
            .replace("%1", page_key)
            .replace("%2", ", ".join(window.visible_page_keys()))
        )
    window.resize(*size)
    window.show_page(page_key)
    window.show()
    for _ in range(5):
        app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out), "PNG")
    window.close()
