"""What every set of pictures for the docs shares: the language, the screen, and the small demo
database they are drawn on."""

from pathlib import Path

from app.db import open_database, write_session
from app.services.sites import create_first_site
from models.enums import SiteKind

SIZE = (1366, 728)  # a 1366×768 screen less a 40 px taskbar
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
