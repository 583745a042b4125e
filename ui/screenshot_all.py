"""Pictures for the docs: every page of the window and the first-run wizard, in French.

    python -m ui.screenshot_all docs/screenshots      (what `make screenshots` runs)

A small demo database is written in a temporary folder (app.demo when it is available,
otherwise just a site and its coordinator), then each page is rendered offscreen at 1280x800.
"""

import sys
import tempfile
from pathlib import Path

from app.context import DeskContext
from app.db import open_database, write_session
from app.services.sites import create_first_site
from models.enums import SiteKind
from ui.application import get_application
from ui.pages import PAGE_KEYS
from ui.screenshot import render_page_to_png

SIZE = (1280, 800)
LANGUAGE = "fr"


def write_small_database(db_path: Path) -> str:
    """The demo dataset if the demo generator is there; else a site alone. Returns which."""
    try:
        from app.demo import write_demo
    except ImportError:
        write_demo = None
    if write_demo is not None:
        write_demo(db_path, size="small")
        return "demo"
    engine = open_database(db_path)
    with write_session(engine) as session:
        create_first_site(
            session,
            name="Point Accueil Emploi du Pays de Redon",
            kind=SiteKind.EMPLOYMENT_DESK.value,
            address="3 rue des Écoles",
            postal_code="35600",
            commune="Redon",
            phone="02 99 00 00 00",
            coordinator_name="Hélène Le Gall",
            pin="2468",
        )
    engine.dispose()
    return "site"


def render_first_run(db_path: Path, out: Path) -> None:
    """The wizard's first page, as it opens on a new database."""
    from ui.dialogs.first_run import FirstRunWizard

    app = get_application(LANGUAGE)
    engine = open_database(db_path)
    wizard = FirstRunWizard(DeskContext(engine=engine, db_path=db_path, language=LANGUAGE))
    wizard.show()
    for _ in range(5):
        app.processEvents()
    wizard.grab().save(str(out), "PNG")
    wizard.close()
    engine.dispose()


def render_all(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    get_application(LANGUAGE)
    written = []
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "demo.sqlite"
        write_small_database(db_path)
        for key in PAGE_KEYS:
            out = out_dir / f"{key}.png"
            render_page_to_png(db_path, key, out, SIZE, LANGUAGE)
            written.append(out)
        out = out_dir / "first_run.png"
        render_first_run(Path(folder) / "empty.sqlite", out)
        written.append(out)
    return written


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    out_dir = Path(args[0]) if args else Path("docs/screenshots")
    for path in render_all(out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
