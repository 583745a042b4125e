"""The rights of the person from their file: a coordinator exports or erases it; agents and
volunteers do not see these buttons."""

import json

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from app.db import read_session
from models import Person, Visit
from tests.reception_helpers import THEME_CV, make_person, make_visit
from ui import messages
from ui.pages.personnes import PersonnesPage

pytestmark = pytest.mark.usefixtures("french_ui", "sync_tasks", "no_warnings")


@pytest.fixture
def amina(engine, agent):
    person = make_person(engine, agent, "Amina", "Benali", commune="Pipriac")
    make_visit(engine, agent, person.id, [THEME_CV], note="Cherche un CV")
    make_visit(engine, agent, person.id, [THEME_CV])
    return person


def open_page(qtbot, ctx, person_id) -> PersonnesPage:
    page = PersonnesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    page.open_person(person_id)
    assert page.right.currentWidget() is page.file_view
    return page


def test_a_coordinator_exports_the_file(
    qtbot, coordinator_ctx, amina, monkeypatch, tmp_path, shown_messages
):
    monkeypatch.setattr(messages, "choose_folder", lambda *_a: tmp_path)
    view = open_page(qtbot, coordinator_ctx, amina.id).file_view
    assert view.export_button.isVisible()
    assert view.export_button.text().replace("&", "") == "Exporter le dossier…"
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    exported = list(tmp_path.glob("dossier-*.json"))
    assert len(exported) == 1
    data = json.loads(exported[0].read_text(encoding="utf-8"))
    assert data["person"]["first_name"] == "Amina"
    assert len(data["visits"]) == 2
    assert list(tmp_path.glob("dossier-*.pdf"))
    assert shown_messages.of("info") and "enregistré" in shown_messages.of("info")[0]


def test_a_coordinator_erases_the_file_after_confirming(
    qtbot, coordinator_ctx, engine, amina, shown_messages
):
    page = open_page(qtbot, coordinator_ctx, amina.id)
    view = page.file_view
    assert view.erase_button.text().replace("&", "") == "Effacer le dossier…"
    qtbot.mouseClick(view.erase_button, Qt.MouseButton.LeftButton)
    questions = shown_messages.questions
    assert questions and "irréversible" in questions[0]
    assert shown_messages.of("info") == ["Le dossier est effacé."]
    assert page.right.currentWidget() is page.empty_state
    assert view.person is None
    assert all("Amina" not in page.list.item(i).text() for i in range(page.list.count()))
    with read_session(engine) as session:
        names = [p.first_name for p in session.exec(select(Person))]
        assert "Amina" not in names
        visits = list(session.exec(select(Visit)))
        assert len(visits) == 2
        assert all(visit.person_id is None for visit in visits)


def test_saying_no_keeps_the_file(qtbot, coordinator_ctx, engine, amina, shown_messages):
    shown_messages.confirm_answer = False
    page = open_page(qtbot, coordinator_ctx, amina.id)
    qtbot.mouseClick(page.file_view.erase_button, Qt.MouseButton.LeftButton)
    assert page.right.currentWidget() is page.file_view
    assert page.file_view.heading.text() == "Amina BENALI"
    with read_session(engine) as session:
        assert session.get(Person, amina.id) is not None
    assert shown_messages.of("info") == []


def test_an_agent_sees_neither_button(qtbot, ctx, amina):
    page = open_page(qtbot, ctx, amina.id)
    view = page.file_view
    assert page.right.currentWidget() is view
    assert view.edit_button.isVisible()
    assert not view.export_button.isVisible()
    assert not view.erase_button.isVisible()


def test_a_volunteer_view_has_the_buttons_hidden(qtbot, volunteer_ctx):
    from ui.dialogs.person_file import PersonFileView

    view = PersonFileView(volunteer_ctx)
    qtbot.addWidget(view)
    assert view.export_button.isHidden()
    assert view.erase_button.isHidden()
