"""A person file merged away at another desk (a real second process): the desk showing it
switches to the kept file with a sentence saying so, and a form still open on it refuses to
save, says why and opens the kept file."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.db import read_session
from app.services.people import get_person
from models import Person
from tests.live_helpers import finish, go, start_desk
from tests.reception_helpers import make_person
from ui.live import connect_live

pytestmark = pytest.mark.usefixtures("french_ui")

SEEN_TIMEOUT_MS = 30_000


def _merge_at_another_desk(db_path, agent, keep, gone) -> None:
    merging = start_desk(db_path, agent, "merge", str(keep.id), str(gone.id))
    go(merging)
    assert finish(merging) == ["ok merged"]


def _people_page(qtbot, ctx, person, window=None):  # type: ignore[no-untyped-def]
    from ui.pages.personnes import PersonnesPage

    page = PersonnesPage(ctx, window)
    if window is None:
        qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.open_person(person.id)
    qtbot.waitUntil(lambda: page.file_view.person is not None, timeout=SEEN_TIMEOUT_MS)
    return page


class _Window(QWidget):
    """Stands for the main window: the live updates go to the pages shown in it."""

    def set_badge(self, key: str, count: int) -> None:
        pass


@pytest.mark.server
def test_an_open_file_merged_away_at_another_desk_switches_to_the_kept_file(
    qtbot, db_path, engine, ctx, agent
):
    keep = make_person(engine, agent, "Anne", "Durand", phone="0611223344")
    gone = make_person(engine, agent, "Anne", "Durant", commune="Redon")
    window = _Window()
    qtbot.addWidget(window)
    window.show()
    connect_live(window, ctx.engine)
    try:
        qtbot.waitUntil(window.live.listener.listening.is_set, timeout=SEEN_TIMEOUT_MS)
        page = _people_page(qtbot, ctx, gone, window)
        view = page.file_view
        assert view.heading.text() == "Anne DURANT" and view.notice.isHidden()
        _merge_at_another_desk(db_path, agent, keep, gone)
        qtbot.waitUntil(lambda: view.person.id == keep.id, timeout=SEEN_TIMEOUT_MS)
        assert view.notice.text() == (
            "Cette fiche a été fusionnée avec Anne DURAND ; voici la fiche gardée."
        )
        assert view.notice.isVisible()
        assert view.heading.text() == "Anne DURAND"
        assert view._values["address"].text() == "Redon"  # filled from the merged-away file
        qtbot.waitUntil(
            lambda: [page.list.item(row).data(Qt.ItemDataRole.UserRole)
                     for row in range(page.list.count())] == [keep.id],
            timeout=SEEN_TIMEOUT_MS,
        )  # fmt: skip
        page.open_person(keep.id)  # a file opened by hand: the sentence has been said
        qtbot.waitUntil(view.notice.isHidden, timeout=SEEN_TIMEOUT_MS)
    finally:
        window.live.stop()


@pytest.mark.server
def test_a_file_opened_from_reception_follows_a_merge_at_another_desk(
    qtbot, db_path, engine, ctx, agent
):
    from ui.pages.accueil import AccueilPage

    keep = make_person(engine, agent, "Anne", "Durand", phone="0611223344")
    gone = make_person(engine, agent, "Anne", "Durant", commune="Redon")
    window = _Window()
    qtbot.addWidget(window)
    window.show()
    connect_live(window, ctx.engine)
    try:
        qtbot.waitUntil(window.live.listener.listening.is_set, timeout=SEEN_TIMEOUT_MS)
        page = AccueilPage(ctx, window)
        page.show()
        qtbot.keyClicks(page.search, "durant")
        qtbot.waitUntil(lambda: page.open_file_button.isVisible(), timeout=SEEN_TIMEOUT_MS)
        qtbot.mouseClick(page.open_file_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: page.file_dialog is not None and page.file_dialog.isVisible(),
            timeout=SEEN_TIMEOUT_MS,
        )
        view = page.file_dialog.view
        assert view.heading.text() == "Anne DURANT"
        _merge_at_another_desk(db_path, agent, keep, gone)
        qtbot.waitUntil(lambda: view.person.id == keep.id, timeout=SEEN_TIMEOUT_MS)
        assert view.notice.isVisible() and "Anne DURAND" in view.notice.text()
        page.file_dialog.reject()
    finally:
        window.live.stop()


def test_a_form_open_on_a_file_merged_away_refuses_and_opens_the_kept_file(
    qtbot, db_path, engine, ctx, agent, shown_messages
):
    keep = make_person(engine, agent, "Anne", "Durand")
    gone = make_person(engine, agent, "Anne", "Durant", phone="0611223344")
    page = _people_page(qtbot, ctx, gone)
    view = page.file_view
    view.edit()
    form = view.form
    _merge_at_another_desk(db_path, agent, keep, gone)
    form.phone.selectAll()
    qtbot.keyClicks(form.phone, "0699887766")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(form, "merged_box", None) is not None, timeout=SEEN_TIMEOUT_MS)
    box = form.merged_box
    assert box.text() == (
        "À un autre poste, cette fiche a été fusionnée avec Anne DURAND : votre modification "
        "n'a pas été enregistrée. Ouvrez la fiche gardée pour la refaire."
    )
    assert box.open_button.text() == "Ouvrir la fiche gardée"
    assert form.person_id is None and shown_messages == []
    with read_session(engine) as session:
        assert session.get(Person, gone.id).merged_into_id == keep.id
        assert get_person(session, agent, keep.id).phone == "0611223344"  # not 0699…
    qtbot.mouseClick(box.open_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    qtbot.waitUntil(lambda: view.person.id == keep.id, timeout=SEEN_TIMEOUT_MS)
    assert view.heading.text() == "Anne DURAND"
