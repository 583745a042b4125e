"""The People page and the person file driven like a person: find, open, edit, merge."""

import pytest
from PySide6.QtCore import Qt

from app.db import write_session
from models import AuditEntry, Organization, Person, Referral, Service, Visit
from models.enums import AuditAction, ReferralStatus
from tests.reception_helpers import THEME_CV, THEME_HOUSING, all_rows, make_person, make_visit
from ui.pages.personnes import PersonnesPage


@pytest.fixture
def page(qtbot, ctx, french_ui, no_warnings):
    widget = PersonnesPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def opened(engine) -> list[str]:
    return [
        e.entity_id
        for e in all_rows(engine, AuditEntry)
        if e.action == AuditAction.PERSON_OPENED.value
    ]


def add_referral(engine, agent, person_id, visit_id) -> None:
    with write_session(engine) as session:
        organization = Organization(name="Mission locale")
        session.add(organization)
        session.flush()
        service = Service(organization_id=organization.id, name="Accompagnement jeunes")
        session.add(service)
        session.flush()
        session.add(
            Referral(
                site_id=agent.site_id,
                agent_id=agent.agent_id,
                person_id=person_id,
                visit_id=visit_id,
                service_id=service.id,
                themes=[THEME_CV],
                status=ReferralStatus.ACCEPTED.value,
            )
        )


def test_find_and_open_a_file_shows_the_timeline_and_is_audited(qtbot, page, engine, agent):
    anne = make_person(engine, agent, "Anne", "Durand", birth_year=1975, commune="Redon")
    visit = make_visit(engine, agent, anne.id, [THEME_HOUSING], note="Dossier déposé.")
    add_referral(engine, agent, anne.id, visit.id)
    page.refresh()
    qtbot.keyClicks(page.search, "dur")
    assert page.list.count() == 1
    assert opened(engine) == []  # nothing is opened while searching
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    view = page.file_view
    assert page.right.currentWidget() is view
    assert view.heading.text() == "Anne DURAND"
    assert view._values["birth_year"].text() == "1975"
    assert view.timeline.rowCount() == 2
    texts = [view.timeline.item(r, c).text() for r in range(2) for c in range(4)]
    assert any("Orientation vers Accompagnement jeunes (Mission locale)" in t for t in texts)
    assert "Acceptée" in texts
    assert any("Dossier déposé." in t for t in texts)
    assert opened(engine) == [str(anne.id)]


def test_edit_the_file_from_the_person_file(qtbot, page, engine, agent):
    anne = make_person(engine, agent, "Anne", "Durand")
    page.refresh()
    page.open_person(anne.id)
    qtbot.mouseClick(page.file_view.edit_button, Qt.MouseButton.LeftButton)
    form = page.file_view.form
    assert form.first_name.text() == "Anne"
    qtbot.keyClicks(form.phone, "06 11 22 33 44")
    qtbot.keyClick(form.phone, Qt.Key.Key_Return)
    assert all_rows(engine, Person)[0].phone == "06 11 22 33 44"
    assert page.file_view._values["phone"].text() == "06 11 22 33 44"


def test_merge_two_files_keeps_the_history(qtbot, page, engine, agent, shown_messages):
    keep = make_person(engine, agent, "Anne", "Durand")
    other = make_person(engine, agent, "Anne", "Durant", phone="0611223344")
    make_visit(engine, agent, keep.id, [THEME_CV])
    visit = make_visit(engine, agent, other.id, [THEME_HOUSING])
    add_referral(engine, agent, other.id, visit.id)
    page.refresh()
    page.open_person(keep.id)
    qtbot.mouseClick(page.file_view.merge_button, Qt.MouseButton.LeftButton)
    dialog = page.file_view.merge_dialog
    qtbot.keyClicks(dialog.search, "durant")
    assert dialog.results.count() == 1
    shown_messages.confirm_answer = True
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert [p.id for p in all_rows(engine, Person) if p.merged_into_id is None] == [keep.id]
    assert {v.person_id for v in all_rows(engine, Visit)} == {keep.id}
    assert [r.person_id for r in all_rows(engine, Referral)] == [keep.id]
    assert page.file_view.timeline.rowCount() == 3
    assert page.file_view._values["phone"].text() == "06 11 22 33 44"  # shown in pairs
    merged = [e for e in all_rows(engine, AuditEntry) if e.action == "person-merged"]
    assert {e.entity_id for e in merged} == {str(keep.id), str(other.id)}


def test_merge_cancelled_at_the_question_changes_nothing(
    qtbot, page, engine, agent, shown_messages
):
    keep = make_person(engine, agent, "Anne", "Durand")
    make_person(engine, agent, "Anne", "Durant")
    page.open_person(keep.id)
    qtbot.mouseClick(page.file_view.merge_button, Qt.MouseButton.LeftButton)
    dialog = page.file_view.merge_dialog
    qtbot.keyClicks(dialog.search, "durant")
    shown_messages.confirm_answer = False
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert len(all_rows(engine, Person)) == 2


def test_new_visit_from_the_file(qtbot, page, engine, agent):
    anne = make_person(engine, agent, "Anne")
    page.open_person(anne.id)
    qtbot.mouseClick(page.file_view.visit_button, Qt.MouseButton.LeftButton)
    dialog = page.visit_dialog
    dialog.themes.set_selected([THEME_CV])
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [v.person_id for v in all_rows(engine, Visit)] == [anne.id]
    assert page.file_view.timeline.rowCount() == 1


def test_empty_page_lists_recent_files(qtbot, page, engine, agent):
    make_person(engine, agent, "Anne")
    make_person(engine, agent, "Bruno")
    page.refresh()
    assert page.list.count() == 2
    assert page.right.currentWidget() is page.empty_state


def unnamed_controls(root) -> list[str]:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
    )

    missing = []
    for kind in (QAbstractButton, QLineEdit, QAbstractItemView, QComboBox, QPlainTextEdit):
        for widget in root.findChildren(kind):
            parent_kind = type(widget.parent()).__name__ if widget.parent() else ""
            if parent_kind.startswith("QComboBox") or not widget.isVisibleTo(root):
                continue
            if type(widget).__name__ in ("QHeaderView", "QTableCornerButton"):
                continue  # parts of a table, named through the table
            if isinstance(widget, QAbstractButton) and parent_kind == "QDialogButtonBox":
                if widget.objectName() and widget.accessibleName():
                    continue
            if not widget.objectName() or not widget.accessibleName():
                missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_of_the_file_and_forms_is_named(qtbot, page, engine, agent):
    anne = make_person(engine, agent, "Anne")
    page.refresh()
    page.open_person(anne.id)
    assert unnamed_controls(page) == []
    qtbot.mouseClick(page.file_view.edit_button, Qt.MouseButton.LeftButton)
    assert unnamed_controls(page.file_view.form) == []
    page.file_view.form.reject()
    qtbot.mouseClick(page.file_view.merge_button, Qt.MouseButton.LeftButton)
    assert unnamed_controls(page.file_view.merge_dialog) == []


def test_clicking_an_open_file_again_is_not_a_new_opening(qtbot, page, engine, agent):
    anne = make_person(engine, agent, "Anne")
    page.refresh()
    rect = page.list.visualItemRect(page.list.item(0))
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.file_view.heading.text() == "Anne"
    assert opened(engine) == [str(anne.id)]
