"""The reception of a desk on a server while the main PC is off, driven like a person: the
« Anonymous visit » still opens and saves (the visit waits on the desk), finding a person is
greyed with the one sentence; the main PC back, the desk sends the visit by itself, once,
with its time, desk and fields."""

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from app.connection_state import server_needed_sentence
from app.db import read_session
from app.outbox import RECEPTION
from models import Visit
from models.enums import VisitKind
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


def test_anonymous_visits_are_kept_with_the_server_off_and_land_once(
    qtbot, qapp, own_server, place, tmp_path
):
    engine, ctx = place
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    connection = connection_ui.attach(window, tmp_path)
    assert connection is not None
    qtbot.waitUntil(connection.copy.exists, timeout=30_000)
    window.resize(1200, 760)
    window.show()
    window.show_page("accueil")
    page = window.page("accueil")
    assert page.search.isEnabled()

    engine.dispose()
    own_server.stop("immediate")
    connection.ask()  # the desk's own periodic question, not waited for
    # the state turns offline on the asking thread; the window greys when its answer arrives
    qtbot.waitUntil(
        lambda: not connection.online and not _nav_enabled(window, "personnes"), timeout=30_000
    )
    assert _nav_enabled(window, "accueil")
    assert page.isEnabled()
    assert not page.search.isEnabled()
    assert page.search.toolTip() == server_needed_sentence()
    assert page.search.placeholderText() == server_needed_sentence()

    saved = []
    for note in ("Demande de colis", "Renseignement horaires"):
        qtbot.mouseClick(page.anonymous_button, Qt.MouseButton.LeftButton)
        dialog = page.visit_dialog
        qtbot.waitUntil(lambda d=dialog: d is not None and d.isVisible(), timeout=10_000)
        assert dialog.windowTitle() == "Visite anonyme"
        dialog.note.setFocus()
        qtbot.keyClicks(dialog.note, note)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible() and dialog.saved_visit_id is not None
        saved.append((dialog.saved_visit_id, note))
        assert "visite anonyme" in page.banner_label.text()
        page.visit_dialog = None
    assert connection.outbox.count(RECEPTION) == 2

    # the main PC is back: nobody touches anything, the visits land once
    own_server.start()
    connection.ask()
    qtbot.waitUntil(lambda: connection.online and connection.outbox.is_empty(), timeout=60_000)
    connection.ask()  # asking again sends nothing twice
    qtbot.waitUntil(lambda: not connection._asking, timeout=30_000)
    with read_session(engine) as session:
        landed = sorted(
            (v.id, v.note, v.kind, v.person_id, v.agent_id)
            for v in session.exec(select(Visit)).all()
        )
    kind = VisitKind.RECEPTION.value
    assert landed == sorted((i, n, kind, None, ctx.actor.agent_id) for i, n in saved)
    qtbot.waitUntil(page.search.isEnabled, timeout=10_000)
    assert page.search.toolTip() == ""
    assert page.search.placeholderText().startswith("Chercher une personne")
    connection.close()


def _save_anonymous_visit(qtbot, page, note: str):
    qtbot.mouseClick(page.anonymous_button, Qt.MouseButton.LeftButton)
    dialog = page.visit_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=10_000)
    dialog.note.setFocus()
    qtbot.keyClicks(dialog.note, note)
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.saved_visit_id is not None
    page.visit_dialog = None
    return dialog.saved_visit_id


def _log_names(page) -> list[str]:
    model = page.log_model
    return [model.data(model.index(row, 1)) for row in range(model.rowCount())]


def test_the_day_log_counts_the_visits_waiting_on_the_desk(
    qtbot, qapp, own_server, place, tmp_path
):
    engine, ctx = place
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    connection = connection_ui.attach(window, tmp_path)
    qtbot.waitUntil(connection.copy.exists, timeout=30_000)
    window.resize(1200, 760)
    window.show()
    window.show_page("accueil")
    page = window.page("accueil")
    tally = [_save_anonymous_visit(qtbot, page, "Demande de colis")]
    assert page.counter.text() == "Aujourd'hui à l'accueil : 1 visite"

    engine.dispose()
    own_server.stop("immediate")
    connection.ask()
    qtbot.waitUntil(lambda: not connection.online and not page.search.isEnabled(), timeout=30_000)
    tally += [_save_anonymous_visit(qtbot, page, "Renseignement horaires")]
    assert connection.outbox.count(RECEPTION) == 1
    # the visit kept here is in the day's log, said as waiting
    assert page.counter.text() == (
        "Aujourd'hui à l'accueil : 2 visites (dont 1 en attente d'envoi)"
    )
    assert _log_names(page) == ["Anonyme", "Anonyme, en attente d'envoi"]
    assert page.log.isVisible()

    # the main PC is back: the visit lands, the log is the server's again, counted once
    own_server.start()
    connection.ask()
    qtbot.waitUntil(lambda: connection.online and connection.outbox.is_empty(), timeout=60_000)
    qtbot.waitUntil(
        lambda: page.counter.text() == "Aujourd'hui à l'accueil : 2 visites", timeout=10_000
    )
    assert _log_names(page) == ["Anonyme", "Anonyme"]
    with read_session(engine) as session:
        assert sorted(v.id for v in session.exec(select(Visit))) == sorted(tally)
    connection.close()
