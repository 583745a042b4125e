"""The visit form open while the main PC goes away, driven like a person: a real PostgreSQL
server of the test's own is stopped under it. The page under the form is greyed, the form is
not: what was typed stays, typing goes on, Save says that the visit waits for the main PC in
the form itself, Esc and Cancel work, and once the server is back « Try again » saves it."""

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from app.db import read_session, write_session
from app.services.people import PersonFields, create_person
from models import Visit
from tests import offline_helpers
from ui import connection as connection_ui
from ui.main_window import KEY_ROLE, MainWindow

pytestmark = [pytest.mark.server, pytest.mark.usefixtures("french_ui")]
own_server, place = offline_helpers.own_server, offline_helpers.place


def _nav_enabled(window, key: str) -> bool:
    for row in range(window.navigation.count()):
        item = window.navigation.item(row)
        if item.data(KEY_ROLE) == key:
            return bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)
    raise AssertionError(key)


def _open_visit_form(qtbot, window, person_id):
    window.show_page("personnes")
    page = window.page("personnes")
    page.visit_dialog = None
    page.open_person(person_id)
    qtbot.waitUntil(lambda: page.file_view.visit_button.isVisible(), timeout=10_000)
    qtbot.mouseClick(page.file_view.visit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.visit_dialog is not None and page.visit_dialog.isVisible(), timeout=10_000
    )
    return page, page.visit_dialog


def _main_pc_goes_away(qtbot, window, connection, engine, server) -> None:
    engine.dispose()
    server.stop("immediate")
    connection.ask()  # the desk's own periodic question
    qtbot.waitUntil(
        lambda: not connection.online and not _nav_enabled(window, "personnes"), timeout=30_000
    )


def test_the_visit_form_stays_usable_and_keeps_its_text_when_the_main_pc_goes_away(
    qtbot, qapp, own_server, place, tmp_path, shown_messages
):
    engine, ctx = place
    with write_session(engine) as session:
        person_id = create_person(session, ctx.actor, PersonFields("Maëlle", "Kerjean")).id
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    connection = connection_ui.attach(window, tmp_path)
    window.resize(1200, 760)
    window.show()
    page, dialog = _open_visit_form(qtbot, window, person_id)
    dialog.note.setFocus()
    qtbot.keyClicks(dialog.note, "CV relu")

    _main_pc_goes_away(qtbot, window, connection, engine, own_server)
    # the page under the form is greyed, the form is not: typing goes on
    assert not page.search.isEnabled()
    assert dialog.isVisible() and dialog.isEnabled() and dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.note, " ensemble")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # Enter saves
    # not saved, and said in the form, without a box over it
    assert dialog.isVisible() and dialog.isEnabled()
    assert dialog.note.toPlainText() == "CV relu ensemble"
    assert dialog.not_sent.isVisible()
    assert dialog.not_sent.text().startswith("Le poste principal ne répond pas")
    assert dialog.save_button.text() == "Réessayer (Entrée)"
    assert list(shown_messages) == []

    # the main PC is back: « Try again » saves what was typed, once
    own_server.start()
    connection.ask()
    qtbot.waitUntil(lambda: connection.online and _nav_enabled(window, "personnes"), timeout=60_000)
    assert page.search.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    with read_session(engine) as session:
        visits = [(v.person_id, v.note) for v in session.exec(select(Visit))]
    assert visits == [(person_id, "CV relu ensemble")]

    # another form, the main PC gone again: Esc closes it, nothing is saved
    page, dialog = _open_visit_form(qtbot, window, person_id)
    qtbot.keyClicks(dialog.note, "Rendez-vous")
    _main_pc_goes_away(qtbot, window, connection, engine, own_server)
    assert dialog.isEnabled() and dialog.cancel_button.isEnabled()
    qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    own_server.start()
    with read_session(engine) as session:
        assert len(session.exec(select(Visit)).all()) == 1
    connection.close()
