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
from tests.referrals_helpers import add_service, french_ui_fixture  # noqa: F401
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
