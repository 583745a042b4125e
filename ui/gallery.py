"""Every page and every dialog of the desk, built on a database with data.

One list serves two purposes: `make screenshots` renders each entry to a picture, and the
screen-fit test checks that each one fits a 1366×768 screen with a taskbar. A new dialog
added here is therefore photographed and measured.
"""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.context import DeskContext
from app.db import read_session
from app.resources import resource_path


@dataclass(frozen=True)
class Sample:
    """A few real ids of the database, for the dialogs that show one thing."""

    service_id: object
    referral_ids: list
    person: object


def sample_of(ctx: DeskContext) -> Sample:
    from app.services.directory_search import search_services
    from app.services.people import recent_people
    from app.services.person_views import person_views
    from app.services.referrals import list_referrals

    with read_session(ctx.engine) as session:
        services = search_services(session, ctx.actor, limit=1)
        referrals = list_referrals(session, ctx.actor, limit=2)
        people = person_views(recent_people(session, ctx.actor, limit=1))
    return Sample(
        service_id=services[0].id if services else None,
        referral_ids=[row.id for row in referrals],
        person=people[0] if people else None,
    )


Factory = Callable[[DeskContext, Sample, QWidget | None], QWidget]


def _first_run(ctx, _sample, parent):  # type: ignore[no-untyped-def]
    from ui.dialogs.first_run import FirstRunWizard

    return FirstRunWizard(ctx, parent)


def _visit(ctx, _sample, parent):  # type: ignore[no-untyped-def]
    from ui.dialogs.visit_form import VisitFormDialog

    return VisitFormDialog(ctx, parent=parent)


def _person_form(ctx, _sample, parent):  # type: ignore[no-untyped-def]
    from ui.dialogs.person_form import PersonFormDialog

    return PersonFormDialog(ctx, parent=parent)


def _duplicates(_ctx, sample, parent):  # type: ignore[no-untyped-def]
    from ui.dialogs.person_form import DuplicateChoiceDialog

    return DuplicateChoiceDialog([sample.person], parent)


def _person_file(ctx, sample, parent):  # type: ignore[no-untyped-def]
    from ui.dialogs.person_file import PersonFileDialog

    dialog = PersonFileDialog(ctx, parent)
    dialog.view.load(sample.person.id)
    return dialog


def _merge(ctx, sample, parent):  # type: ignore[no-untyped-def]
    from ui.dialogs.merge_people import MergePeopleDialog

    return MergePeopleDialog(ctx, sample.person, parent)


def _refer(ctx, _sample, parent):  # type: ignore[no-untyped-def]
    from ui.dialogs.refer import ReferDialog

    return ReferDialog(ctx, parent, themes=["trouver-un-emploi--faire-des-candidatures-spontanees"])


def _quick_referral(ctx, _sample, parent):  # type: ignore[no-untyped-def]
    from ui.dialogs.quick_referral import QuickReferralDialog

    return QuickReferralDialog(ctx, parent)


def _sheet(ctx, sample, parent):  # type: ignore[no-untyped-def]
    from ui.dialogs.sheet_preview import SheetPreviewDialog

    return SheetPreviewDialog(ctx, parent, referral_ids=sample.referral_ids[:1])


def _receipt(ctx, sample, parent):  # type: ignore[no-untyped-def]
    """The till's receipt, drawn from what was chosen (as the quick referral shows it)."""
    from ui.dialogs.offline_sheet import ChosenSheetPreviewDialog

    return ChosenSheetPreviewDialog(
        ctx, parent, copy=None, service_ids=[sample.service_id], themes=["trouver-un-emploi"],
        language="fr", referral_ids=sample.referral_ids[:1],
    )  # fmt: skip


def _day_summary(ctx, _sample, parent):  # type: ignore[no-untyped-def]
    from ui.dialogs.day_summary import DaySummaryDialog

    return DaySummaryDialog(ctx, parent)


def _service_form(ctx, sample, parent):  # type: ignore[no-untyped-def]
    from ui.dialogs.service_form import ServiceFormDialog

    return ServiceFormDialog(ctx, sample.service_id, parent)


def _organization_form(ctx, _sample, parent):  # type: ignore[no-untyped-def]
    from ui.dialogs.organization_form import OrganizationFormDialog

    return OrganizationFormDialog(ctx, parent=parent)


def _hours(_ctx, _sample, parent):  # type: ignore[no-untyped-def]
    from ui.dialogs.hours_editor import HoursEditorDialog

    return HoursEditorDialog("Mo-Fr 09:00-12:00,14:00-17:00; PH off", parent)


def _closures(ctx, sample, parent):  # type: ignore[no-untyped-def]
    from ui.dialogs.closures import ClosuresDialog

    return ClosuresDialog(ctx, sample.service_id, parent)


def _import(ctx, _sample, parent):  # type: ignore[no-untyped-def]
    from ui.dialogs.import_preview import ImportPreviewDialog

    return ImportPreviewDialog(ctx, Path(resource_path("data", "annuaire_exemple.csv")), parent)


def _national(ctx, _sample, parent):  # type: ignore[no-untyped-def]
    from ui.dialogs.national_update import NationalUpdateDialog

    return NationalUpdateDialog(ctx, parent)


def _desks(ctx, _sample, parent):  # type: ignore[no-untyped-def]
    """Réglages › Postes on its own, in a window of the Settings page's size."""
    from PySide6.QtCore import Qt

    from ui.screen_fit import fit_size
    from ui.widgets.desks_panel import DesksPanel

    panel = DesksPanel(ctx)
    if parent is not None:
        panel.setParent(parent, Qt.WindowType.Window)
    fit_size(panel, 1100, 620)
    return panel


def _site_keys(_ctx, _sample, parent):  # type: ignore[no-untyped-def]
    import uuid

    from app.services.site_keys import KeyCheck
    from ui.dialogs.site_keys import SiteKeysDialog

    checks = [
        KeyCheck("new", uuid.uuid4(), "Recyclerie de Pipriac", "7F35 C07A 27E3 B52C"),
        KeyCheck(
            "changed", uuid.uuid4(), "Accueil de Redon", "BF1C 9971 BE3E FBDC",
            "0A4D 51E2 9C3B 77F0",
        ),  # fmt: skip
    ]
    return SiteKeysDialog(checks, parent)


def _book(ctx, sample, parent):  # type: ignore[no-untyped-def]
    from app.services.people import display_name
    from ui.dialogs.book_appointment import BookAppointmentDialog

    person = sample.person
    if person is None:
        return BookAppointmentDialog(ctx, parent=parent)
    return BookAppointmentDialog(ctx, person.id, display_name(person), parent=parent)


def _agenda_setup(ctx, _sample, parent):  # type: ignore[no-untyped-def]
    from ui.dialogs.agenda_setup import AgendaSetupDialog

    return AgendaSetupDialog(ctx, parent)


def _backup_encryption(ctx, _sample, parent):  # type: ignore[no-untyped-def]
    import tempfile

    from ui.dialogs.backup_encryption import BackupEncryptionDialog

    folder = Path(tempfile.gettempdir()) / "aiguillage-galerie" / "sauvegardes"
    return BackupEncryptionDialog(folder, ctx.site_name or "", parent)


# name of the picture → how to build the dialog
DIALOGS: dict[str, Factory] = {
    "dialogue_premier_lancement": _first_run,
    "dialogue_visite": _visit,
    "dialogue_personne": _person_form,
    "dialogue_doublons": _duplicates,
    "dialogue_dossier": _person_file,
    "dialogue_fusion": _merge,
    "dialogue_orienter": _refer,
    "dialogue_orientation_rapide": _quick_referral,
    "dialogue_fiche_a4": _sheet,
    "dialogue_fiche_ticket": _receipt,
    "dialogue_bilan_caisse": _day_summary,
    "dialogue_service": _service_form,
    "dialogue_structure": _organization_form,
    "dialogue_horaires": _hours,
    "dialogue_fermetures": _closures,
    "dialogue_import": _import,
    "dialogue_maj_data_inclusion": _national,
    "reglages_postes": _desks,
    "dialogue_cles_sites": _site_keys,
    "dialogue_rendez_vous": _book,
    "dialogue_agenda": _agenda_setup,
    "dialogue_chiffrement_sauvegardes": _backup_encryption,
}
