"""The pages of the main window, in navigation order.

Each page is one module; it is imported only when first shown, so that the window can paint
before the database layer and the services are loaded.
"""

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.permissions import Permission

if TYPE_CHECKING:
    from ui.pages.base import Page


@dataclass(frozen=True)
class PageSpec:
    key: str
    module: str
    class_name: str
    # the permission needed to see the page at all (None: everyone signed in)
    permission: Permission | None
    # kinds of desk whose server login has none of the page's data (never shown there)
    not_on: tuple[str, ...] = ()

    def load(self) -> "type[Page]":
        return getattr(importlib.import_module(self.module), self.class_name)

    def title(self) -> str:
        return page_title(self.key)


def page_title(key: str) -> str:
    titles = {
        "accueil": QCoreApplication.translate("Navigation", "Reception"),
        "caisse": QCoreApplication.translate("Navigation", "Till"),
        "rendez_vous": QCoreApplication.translate("Navigation", "Appointments"),
        "orientations": QCoreApplication.translate("Navigation", "Referrals"),
        "annuaire": QCoreApplication.translate("Navigation", "Directory"),
        "personnes": QCoreApplication.translate("Navigation", "People"),
        "rapports": QCoreApplication.translate("Navigation", "Reports"),
        "reglages": QCoreApplication.translate("Navigation", "Settings"),
    }
    return titles[key]


PAGES = (
    PageSpec("accueil", "ui.pages.accueil", "AccueilPage", None),
    PageSpec("caisse", "ui.pages.caisse", "CaissePage", Permission.USE_TILL),
    PageSpec("rendez_vous", "ui.pages.rendez_vous", "RendezVousPage", Permission.VIEW_AGENDA,
             not_on=("till",)),  # fmt: skip
    PageSpec(
        "orientations", "ui.pages.orientations", "OrientationsPage", Permission.MANAGE_REFERRALS
    ),
    PageSpec("annuaire", "ui.pages.annuaire", "AnnuairePage", Permission.READ_DIRECTORY),
    PageSpec("personnes", "ui.pages.personnes", "PersonnesPage", Permission.READ_PEOPLE),
    PageSpec("rapports", "ui.pages.rapports", "RapportsPage", Permission.VIEW_REPORTS),
    PageSpec("reglages", "ui.pages.reglages", "ReglagesPage", Permission.MANAGE_SETTINGS),
)
PAGE_KEYS = tuple(spec.key for spec in PAGES)
