"""The forms refuse to overwrite another desk's change: they say what changed and « Recharger »
shows the current values; the change made again after reloading is saved."""

import pytest
from PySide6.QtCore import Qt

from app.db import read_session, write_session
from app.services.directory import save_service
from app.services.people import PersonFields, get_person, update_person
from models import Person, Service
from tests.live_helpers import other_desk_fixture  # noqa: F401  (fixture)
from tests.reception_helpers import make_person
from tests.referrals_helpers import add_service
from ui.dialogs.person_form import PersonFormDialog
from ui.dialogs.service_form import ServiceFormDialog

pytestmark = pytest.mark.usefixtures("french_ui")


def _open_person_form(qtbot, ctx, person_id):
    with read_session(ctx.engine) as session:
        person = get_person(session, ctx.actor, person_id)
        session.expunge(person)
    dialog = PersonFormDialog(ctx, person)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_person_form_refuses_the_overwrite_and_reloads(qtbot, ctx, other_desk, agent):
    person = make_person(ctx.engine, agent, "Hélène", "Le Gall", phone="0611223344")
    dialog = _open_person_form(qtbot, ctx, person.id)
    # meanwhile, at the other desk, the same file gets a new phone number
    with read_session(other_desk) as session:
        version = session.get(Person, person.id).version
    with write_session(other_desk) as session:
        update_person(
            session, agent, person.id, PersonFields("Hélène", "Le Gall", phone="0699887766"),
            version=version,
        )  # fmt: skip
    dialog.commune.clear()
    qtbot.keyClicks(dialog.commune, "Redon")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(dialog, "conflict_box", None) is not None, timeout=10_000)
    box = dialog.conflict_box
    assert "téléphone" in box.text() and "Un autre poste" in box.text()
    assert box.reload_button.text() == "Recharger"
    assert dialog.isVisible() and dialog.person_id is None  # nothing saved, form still open
    with read_session(ctx.engine) as session:
        assert session.get(Person, person.id).commune == ""
    qtbot.mouseClick(box.reload_button, Qt.MouseButton.LeftButton)
    assert dialog.phone.text() == "0699887766" and dialog.commune.text() == ""
    qtbot.keyClicks(dialog.commune, "Redon")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.person_id == person.id, timeout=10_000)
    with read_session(ctx.engine) as session:
        stored = session.get(Person, person.id)
        assert (stored.phone, stored.commune) == ("0699887766", "Redon")


def test_service_form_refuses_the_overwrite_and_reloads(
    qtbot, coordinator_ctx, other_desk, coordinator
):
    service_id = add_service(coordinator_ctx.engine)
    dialog = ServiceFormDialog(coordinator_ctx, service_id)
    qtbot.addWidget(dialog)
    dialog.show()
    with read_session(other_desk) as session:
        stored = session.get(Service, service_id)
        organization_id, version = stored.organization_id, stored.version
    with write_session(other_desk) as session:
        save_service(
            session, coordinator, organization_id,
            {"name": "Atelier CV du lundi", "phone": "02 99 71 00 00"}, service_id,
            version=version,
        )  # fmt: skip
    qtbot.keyClicks(dialog.commune_edit, "x")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(dialog, "conflict_box", None) is not None, timeout=10_000)
    assert "nom" in dialog.conflict_box.text()
    qtbot.mouseClick(dialog.conflict_box.reload_button, Qt.MouseButton.LeftButton)
    assert dialog.name_edit.text() == "Atelier CV du lundi" and dialog.commune_edit.text() == ""
    assert dialog.isVisible()
    with read_session(coordinator_ctx.engine) as session:
        assert session.get(Service, service_id).name == "Atelier CV du lundi"
    # the refused save is over: made again on the current values, it goes through and closes
    qtbot.keyClicks(dialog.commune_edit, "Redon")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved_id == service_id, timeout=10_000)
    assert not dialog.isVisible()
    with read_session(coordinator_ctx.engine) as session:
        stored = session.get(Service, service_id)
        assert (stored.name, stored.phone, stored.commune) == (
            "Atelier CV du lundi", "02 99 71 00 00", "Redon",
        )  # fmt: skip


def test_a_refusal_that_is_not_a_conflict_stays_where_the_form_says_it(
    qtbot, coordinator_ctx
):
    service_id = add_service(coordinator_ctx.engine)
    dialog = ServiceFormDialog(coordinator_ctx, service_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.clear()  # a service needs its name
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() and getattr(dialog, "conflict_box", None) is None
    assert dialog.isVisible() and dialog.saved_id is None
    qtbot.keyClicks(dialog.name_edit, "Atelier CV")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved_id == service_id, timeout=10_000)


def test_a_status_changed_at_another_desk_is_not_overwritten(qtbot, ctx, other_desk, agent):
    from app.services.referrals import change_status, create_referrals
    from models import Referral
    from tests.referrals_helpers import EMPLOYMENT_THEME
    from ui.pages.orientations import OrientationsPage

    with write_session(ctx.engine) as session:
        (referral,) = create_referrals(
            session, agent, service_ids=[add_service(ctx.engine)], themes=[EMPLOYMENT_THEME]
        )
        referral_id = referral.id
    page = OrientationsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.selected_id() == referral_id
    with write_session(other_desk) as session:
        change_status(session, agent, referral_id, "envoyee", version=page.selected_row().version)
    page.new_status.setCurrentIndex(page.new_status.findData("annulee"))
    qtbot.mouseClick(page.save_status_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(page, "conflict_box", None) is not None, timeout=10_000)
    assert "Un autre poste" in page.conflict_box.text()
    with read_session(ctx.engine) as session:
        assert session.get(Referral, referral_id).status == "envoyee"
    qtbot.mouseClick(page.conflict_box.reload_button, Qt.MouseButton.LeftButton)
    assert page.selected_row().status == "envoyee"


def test_the_language_changed_at_another_desk_is_not_overwritten(
    qtbot, coordinator_ctx, other_desk, coordinator, shown_messages
):
    from app.services.settings import change_setting, get_setting
    from ui.widgets.site_panel import SitePanel

    panel = SitePanel(coordinator_ctx)
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    assert panel.language_combo.currentData() == "fr"
    with write_session(other_desk) as session:  # English, then French again, at another desk
        change_setting(session, coordinator, "language", "en", version=0)
    with write_session(other_desk) as session:
        change_setting(session, coordinator, "language", "fr", version=1)
    panel.language_combo.setCurrentIndex(panel.language_combo.findData("en"))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(panel, "conflict_box", None) is not None, timeout=10_000)
    with read_session(coordinator_ctx.engine) as session:
        assert get_setting(session, "language") == "fr"
    qtbot.mouseClick(panel.conflict_box.reload_button, Qt.MouseButton.LeftButton)
    assert panel.language_combo.currentData() == "fr" and panel.language_version == 2
    panel.language_combo.setCurrentIndex(panel.language_combo.findData("en"))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    with read_session(coordinator_ctx.engine) as session:
        assert get_setting(session, "language") == "en"
    assert shown_messages == [("info", "Les informations du lieu sont enregistrées.")]
