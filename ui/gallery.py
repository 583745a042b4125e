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
    from app.services.referrals import list_referrals

    with read_session(ctx.engine) as session:
        services = search_services(session, ctx.actor, limit=1)
        referrals = list_referrals(session, ctx.actor, limit=2)
        people = recent_people(session, ctx.actor, limit=1)
        session.expunge_all()  # the person is shown after the session ends
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
    from ui.dialogs.sheet_preview import SheetPreviewDialog

    return SheetPreviewDialog(ctx, parent, referral_ids=sample.referral_ids[:1], paper="receipt")


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
    "reglages_postes": _desks,
    "dialogue_chiffrement_sauvegardes": _backup_encryption,
}
