"""One module per page of the main window; PAGES lists them in navigation order."""

from ui.pages.accueil import AccueilPage
from ui.pages.annuaire import AnnuairePage
from ui.pages.caisse import CaissePage
from ui.pages.orientations import OrientationsPage
from ui.pages.personnes import PersonnesPage
from ui.pages.rapports import RapportsPage
from ui.pages.reglages import ReglagesPage

PAGES = (
    AccueilPage,
    CaissePage,
    OrientationsPage,
    AnnuairePage,
    PersonnesPage,
    RapportsPage,
    ReglagesPage,
)
PAGE_KEYS = tuple(page.key for page in PAGES)
