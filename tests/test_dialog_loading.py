"""The directory and referral dialogs open at once and fill when the database answers.

With the real database worker (`real_db_worker`), a dialog built on the UI thread has only
asked for its data: nothing can arrive before the event loop turns, so what it shows right
after opening is its « Chargement… » state. Then it fills; closed first, it stays as it was
(the late answer is dropped); a refused read is said in French. The organisation form saves
with the version it read: another desk's change since is refused with « Recharger ».
"""

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QThreadPool

from app.db import read_session, write_session
from app.services.directory import save_organization
from app.services.referrals import create_referrals
from models import Organization, Service
from tests.live_helpers import other_desk_fixture  # noqa: F401  (fixture)
from tests.referrals_helpers import EMPLOYMENT_THEME, MOBILITY_THEME, add_person, add_service
from ui.dialogs.organization_form import OrganizationFormDialog
from ui.dialogs.refer import ReferDialog
from ui.dialogs.service_form import ServiceFormDialog
from ui.dialogs.sheet_preview import SheetPreviewDialog

pytestmark = pytest.mark.usefixtures("french_ui")


def organization_of(engine, service_id):  # type: ignore[no-untyped-def]
    with read_session(engine) as session:
        return session.get(Service, service_id).organization_id


def make_referral(engine, actor) -> object:  # type: ignore[no-untyped-def]
    service_id = add_service(engine, name="Atelier « Cap Boulot »")
    with write_session(engine) as session:
        (referral,) = create_referrals(
            session, actor, service_ids=[service_id], themes=[EMPLOYMENT_THEME]
        )
        return referral.id


def finish_background_work(qtbot, worker) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: worker.pending() == 0, timeout=30_000)
    QThreadPool.globalInstance().waitForDone(30_000)
    qtbot.wait(50)  # the drawn sheet's answer is queued to the UI thread


# --- the service form ------------------------------------------------------------------------
def test_the_service_form_opens_greyed_then_fills(
    qtbot, coordinator_ctx, real_db_worker, no_warnings
):
    service_id = add_service(coordinator_ctx.engine, commune="Redon")
    dialog = ServiceFormDialog(coordinator_ctx, service_id)
    qtbot.addWidget(dialog)
    dialog.show()
    # asked, not arrived: the form says it is loading and nothing can be typed or saved
    assert dialog.loading_label.isVisible() and dialog.loading_label.text() == "Chargement…"
    assert not dialog.tabs.isEnabled() and not dialog.save_button.isEnabled()
    assert dialog.name_edit.text() == ""
    qtbot.waitUntil(lambda: dialog.tabs.isEnabled(), timeout=30_000)
    assert dialog.name_edit.text() == "Atelier CV et candidatures"
    assert dialog.commune_edit.text() == "Redon"
    assert dialog.organization_combo.currentText() == "Mission Locale du Pays de Redon"
    assert not dialog.loading_label.isVisible() and dialog.save_button.isEnabled()
    assert dialog.focusWidget() is dialog.name_edit
    # and it saves as before
    qtbot.keyClicks(dialog.name_edit, " du lundi")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved_id == service_id, timeout=30_000)
    with read_session(coordinator_ctx.engine) as session:
        assert session.get(Service, service_id).name == "Atelier CV et candidatures du lundi"


def test_a_new_service_form_lists_the_organisations_once_read(
    qtbot, coordinator_ctx, real_db_worker, no_warnings
):
    add_service(coordinator_ctx.engine, organization="CCAS de Redon")
    dialog = ServiceFormDialog(coordinator_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.organization_combo.count() == 0 and not dialog.tabs.isEnabled()
    qtbot.waitUntil(lambda: dialog.tabs.isEnabled(), timeout=30_000)
    assert [dialog.organization_combo.itemText(i) for i in range(1)] == ["CCAS de Redon"]
    assert dialog.organization_combo.currentText() == ""  # chosen by the person, not for them


def test_esc_while_the_service_form_loads_closes_it_and_the_answer_is_dropped(
    qtbot, coordinator_ctx, real_db_worker, shown_messages
):
    service_id = add_service(coordinator_ctx.engine)
    dialog = ServiceFormDialog(coordinator_ctx, service_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert real_db_worker.pending() == 1
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == 0
    qtbot.waitUntil(lambda: real_db_worker.pending() == 0, timeout=30_000)
    # the answer came back to a closed form: nothing was filled, nothing was said
    assert dialog.name_edit.text() == "" and dialog.organization_combo.count() == 0
    assert dialog.loaded_version is None and shown_messages == []


def test_a_service_gone_meanwhile_is_said_in_french(
    qtbot, coordinator_ctx, real_db_worker, shown_messages
):
    from uuid import uuid4

    dialog = ServiceFormDialog(coordinator_ctx, uuid4())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.error_label.text()), timeout=30_000)
    assert dialog.error_label.text() == "Ce service n'existe plus."
    assert not dialog.loading_label.isVisible()
    assert not dialog.save_button.isEnabled()  # nothing was read: nothing to save over
    assert shown_messages == []  # said in the form, no box, no traceback
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# --- the organisation form -------------------------------------------------------------------
def test_the_organisation_form_opens_greyed_then_fills(
    qtbot, coordinator_ctx, real_db_worker, no_warnings
):
    organization_id = organization_of(coordinator_ctx.engine, add_service(coordinator_ctx.engine))
    dialog = OrganizationFormDialog(coordinator_ctx, organization_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.loading_label.isVisible() and dialog.loading_label.text() == "Chargement…"
    assert not dialog.edits["name"].isEnabled() and not dialog.save_button.isEnabled()
    assert not dialog.remove_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=30_000)
    assert dialog.edits["name"].text() == "Mission Locale du Pays de Redon"
    assert dialog.edits["commune"].text() == "Redon"
    assert dialog.edits["name"].isEnabled() and dialog.remove_button.isEnabled()
    assert not dialog.loading_label.isVisible()


def test_esc_while_the_organisation_form_loads_drops_the_answer(
    qtbot, coordinator_ctx, real_db_worker, shown_messages
):
    organization_id = organization_of(coordinator_ctx.engine, add_service(coordinator_ctx.engine))
    dialog = OrganizationFormDialog(coordinator_ctx, organization_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: real_db_worker.pending() == 0, timeout=30_000)
    assert dialog.edits["name"].text() == "" and dialog.loaded_version is None
    assert shown_messages == []


def test_an_organisation_gone_meanwhile_is_said_in_french(
    qtbot, coordinator_ctx, real_db_worker, shown_messages
):
    from uuid import uuid4

    dialog = OrganizationFormDialog(coordinator_ctx, uuid4())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.error_label.text()), timeout=30_000)
    assert dialog.error_label.text() == "Cette structure n'existe plus."
    assert not dialog.save_button.isEnabled() and shown_messages == []


def test_the_organisation_form_refuses_the_overwrite_and_reloads(
    qtbot, coordinator_ctx, other_desk, coordinator, shown_messages
):
    organization_id = organization_of(coordinator_ctx.engine, add_service(coordinator_ctx.engine))
    dialog = OrganizationFormDialog(coordinator_ctx, organization_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.edits["phone"].text() == ""
    # meanwhile, at another desk, the organisation gets a phone number
    with read_session(other_desk) as session:
        version = session.get(Organization, organization_id).version
    with write_session(other_desk) as session:
        save_organization(
            session, coordinator,
            {"name": "Mission Locale du Pays de Redon", "commune": "Redon",
             "postal_code": "35600", "address": "4 rue de la Gare", "phone": "02 99 71 00 00"},
            organization_id, version=version,
        )  # fmt: skip
    qtbot.keyClicks(dialog.edits["website"], "https://ml-redon.fr")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(dialog, "conflict_box", None) is not None, timeout=10_000)
    box = dialog.conflict_box
    assert "Un autre poste" in box.text() and "téléphone" in box.text()
    assert box.reload_button.text() == "Recharger"
    assert dialog.isVisible() and dialog.saved_id is None  # nothing saved, the form still open
    with read_session(coordinator_ctx.engine) as session:
        stored = session.get(Organization, organization_id)
        assert (stored.phone, stored.website) == ("02 99 71 00 00", "")
    qtbot.mouseClick(box.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.edits["phone"].text() == "02 99 71 00 00", timeout=10_000)
    assert dialog.edits["website"].text() == ""
    # made again on the current values, the change goes through and the form closes
    qtbot.keyClicks(dialog.edits["website"], "https://ml-redon.fr")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved_id == organization_id, timeout=10_000)
    assert not dialog.isVisible()
    with read_session(coordinator_ctx.engine) as session:
        stored = session.get(Organization, organization_id)
        assert (stored.phone, stored.website) == ("02 99 71 00 00", "https://ml-redon.fr")
    assert shown_messages == []


# --- the sheet preview -----------------------------------------------------------------------
def test_the_sheet_preview_opens_at_once_then_shows_the_sheet(
    qtbot, ctx, agent, real_db_worker, no_warnings
):
    referral_id = make_referral(ctx.engine, agent)
    dialog = SheetPreviewDialog(ctx, None, referral_ids=[referral_id])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.status_label.text() == "Préparation de la fiche…"
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    assert dialog.pdf == b""
    qtbot.waitUntil(lambda: dialog.print_button.isEnabled(), timeout=30_000)
    assert dialog.status_label.text() == "Prête à imprimer."
    text = PdfReader(io.BytesIO(dialog.pdf)).pages[0].extract_text()
    assert "Cap Boulot" in text


def test_only_the_last_paper_asked_is_shown(qtbot, ctx, agent, real_db_worker, no_warnings):
    referral_id = make_referral(ctx.engine, agent)
    dialog = SheetPreviewDialog(ctx, None, referral_ids=[referral_id])
    qtbot.addWidget(dialog)
    dialog.show()
    shown: list[bytes] = []
    show = dialog._show
    dialog._show = lambda pdf: (shown.append(pdf), show(pdf))  # type: ignore[method-assign]
    # the person changes the paper three times before anything arrives: A4 → receipt → A4 →
    # receipt; only the last sheet is drawn on the page
    for paper in ("receipt", "a4", "receipt"):
        dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData(paper))
    finish_background_work(qtbot, real_db_worker)
    assert len(shown) == 1
    width = float(PdfReader(io.BytesIO(dialog.pdf)).pages[0].mediabox.width)
    assert width < 300  # an 80 mm roll (227 pt), not an A4 page (595 pt)
    assert dialog.print_button.isEnabled()


def test_ctrl_p_while_another_paper_is_drawn_prints_nothing(
    qtbot, ctx, agent, real_db_worker, monkeypatch, no_warnings
):
    from ui.dialogs import sheet_preview

    asked: list[object] = []
    monkeypatch.setattr(sheet_preview, "ask_printer", lambda parent: asked.append(parent))
    referral_id = make_referral(ctx.engine, agent)
    dialog = SheetPreviewDialog(ctx, None, referral_ids=[referral_id])
    qtbot.addWidget(dialog)
    dialog.show()
    finish_background_work(qtbot, real_db_worker)
    a4 = dialog.pdf
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("receipt"))
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert asked == []  # the A4 sheet still on screen is not the one asked for any more
    finish_background_work(qtbot, real_db_worker)
    assert dialog.pdf != a4
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert asked == [dialog]


def test_a_sheet_preview_closed_while_preparing_shows_nothing_afterwards(
    qtbot, ctx, agent, real_db_worker, shown_messages
):
    referral_id = make_referral(ctx.engine, agent)
    dialog = SheetPreviewDialog(ctx, None, referral_ids=[referral_id])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    finish_background_work(qtbot, real_db_worker)
    assert dialog.pdf == b"" and dialog.status_label.text() == "Préparation de la fiche…"
    assert shown_messages == []


def test_a_referral_gone_meanwhile_is_said_in_french(qtbot, ctx, real_db_worker, shown_messages):
    from uuid import uuid4

    dialog = SheetPreviewDialog(ctx, None, referral_ids=[uuid4()])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(shown_messages), timeout=30_000)
    assert shown_messages == [("error", "Cette orientation n'existe plus.")]
    assert dialog.status_label.text() == "La fiche n'a pas pu être faite."
    assert not dialog.print_button.isEnabled() and dialog.pdf == b""


# --- the referral dialog ---------------------------------------------------------------------
def test_the_referral_dialog_opens_at_once_then_fills(
    qtbot, ctx, engine, real_db_worker, no_warnings
):
    add_service(engine, name="Atelier « Cap Boulot »")
    person_id = add_person(engine, first_name="Hélène", preferred_language="es")
    dialog = ReferDialog(ctx, None, themes=[EMPLOYMENT_THEME], person_id=person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.who_label.text() == "Chargement…"
    assert dialog.empty_label.text() == "Chargement…"
    assert not dialog.refer_button.isEnabled() and not dialog.language_combo.isEnabled()
    assert dialog.suggestion_list.count() == 0
    qtbot.waitUntil(lambda: dialog.refer_button.isEnabled(), timeout=30_000)
    qtbot.waitUntil(lambda: dialog.suggestion_list.count() == 1, timeout=30_000)
    assert dialog.who_label.text() == "Orientation de Hélène Le Gall"
    assert dialog.language_combo.currentData() == "es"
    assert "Cap Boulot" in dialog.suggestion_list.item(0).text()
    assert not dialog.empty_label.isVisible()


def test_only_the_last_theme_chosen_is_listed(qtbot, ctx, engine, real_db_worker, no_warnings):
    add_service(engine, name="Atelier CV")
    add_service(engine, name="Garage solidaire", themes=(MOBILITY_THEME,))
    dialog = ReferDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    for theme in (EMPLOYMENT_THEME, MOBILITY_THEME):  # two themes before any answer
        dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData(theme))
    qtbot.waitUntil(lambda: real_db_worker.pending() == 0, timeout=30_000)
    names = [dialog.suggestion_list.item(i).text() for i in range(dialog.suggestion_list.count())]
    assert len(names) == 1 and "Garage solidaire" in names[0]
    # back to no theme before the answer for a theme arrives: the list stays empty
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData(EMPLOYMENT_THEME))
    dialog.theme_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: real_db_worker.pending() == 0, timeout=30_000)
    assert dialog.suggestion_list.count() == 0
    assert dialog.empty_label.text().startswith("Choisissez un thème pour voir les services")


def test_a_referral_dialog_closed_while_loading_drops_the_answers(
    qtbot, ctx, engine, real_db_worker, shown_messages
):
    add_service(engine)
    person_id = add_person(engine, first_name="Hélène")
    dialog = ReferDialog(ctx, None, themes=[EMPLOYMENT_THEME], person_id=person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: real_db_worker.pending() == 0, timeout=30_000)
    assert dialog.who_label.text() == "Chargement…" and dialog.suggestion_list.count() == 0
    assert shown_messages == []
