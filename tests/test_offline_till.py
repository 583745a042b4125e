"""The till of a desk on a server, driven like a person while the main PC is off, then back.

A real PostgreSQL server of the test's own is stopped: the clicks go on, the status bar says
« Poste principal injoignable — … passages en attente », the counts follow, an undo
takes back a waiting click, the person files are greyed with one sentence. The server starts
again: the desk notices by itself, sends what it kept, once, and un-greys.
"""

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlmodel import select

from app.db import read_session
from models import Visit
from tests import offline_helpers
from ui import connection as connection_ui
from ui.main_window import KEY_ROLE, MainWindow

pytestmark = pytest.mark.server
own_server, place = offline_helpers.own_server, offline_helpers.place


def stored(engine) -> Counter:
    with read_session(engine) as session:
        return Counter(
            (kind, agent) for kind, agent in session.exec(select(Visit.kind, Visit.agent_id))
        )


def _nav_item(window, key: str):
    for row in range(window.navigation.count()):
        item = window.navigation.item(row)
        if item.data(KEY_ROLE) == key:
            return item
    raise AssertionError(key)


def _nav_enabled(window, key: str) -> bool:
    return bool(_nav_item(window, key).flags() & Qt.ItemFlag.ItemIsEnabled)


def test_the_till_keeps_counting_with_the_server_off_and_sends_when_it_is_back(
    qtbot, qapp, french_ui, own_server, place, tmp_path, monkeypatch
):
    engine, ctx = place
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    connection = connection_ui.attach(window, tmp_path)
    assert connection is not None
    window.resize(1200, 760)
    window.show()
    window.show_page("caisse")
    page = window.page("caisse")
    qtbot.waitUntil(lambda: len(page.button_widgets()) == 5, timeout=30_000)
    first, second = page.button_widgets()[:2]
    status = window.findChild(QLabel, "statusConnection")

    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    assert first.count == 1 and status.isHidden()

    # the main PC goes off: the click is kept on this desk, the status bar says so
    own_server.stop("immediate")
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(second, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(second, Qt.MouseButton.LeftButton)
    assert not connection.online
    assert (first.count, second.count) == (2, 2)
    assert status.isVisible()
    assert status.text() == "Poste principal injoignable — 3 passages en attente"
    assert "4 passages en caisse" in page.visits_total.text()
    assert "Enregistré" in page.toast.message.text()
    assert not _nav_enabled(window, "personnes") and not _nav_enabled(window, "reglages")
    assert _nav_enabled(window, "caisse") and _nav_enabled(window, "annuaire")
    assert _nav_enabled(window, "accueil")  # for its anonymous visits
    assert "poste principal" in _nav_item(window, "personnes").toolTip()

    # undo takes back the last waiting click
    page.undo_last_click()
    assert second.count == 1
    assert status.text() == "Poste principal injoignable — 2 passages en attente"
    assert "Annulé" in page.toast.message.text()

    # the main PC is back: nobody touches anything, the desk sends what it kept, once
    own_server.start()
    qtbot.waitUntil(lambda: connection.online and connection.outbox.is_empty(), timeout=60_000)
    qtbot.waitUntil(lambda: status.isHidden(), timeout=10_000)
    assert stored(engine) == Counter(
        {(first.kind, ctx.actor.agent_id): 2, (second.kind, ctx.actor.agent_id): 1}
    )
    assert _nav_enabled(window, "personnes")
    qtbot.mouseClick(second, Qt.MouseButton.LeftButton)
    assert stored(engine)[(second.kind, ctx.actor.agent_id)] == 2
    connection.close()


def test_a_till_built_just_after_the_main_pc_went_away_shows_its_buttons_from_the_copy(
    qtbot, qapp, french_ui, own_server, place, tmp_path, no_warnings
):
    from app.db import write_session
    from app.services import till_setup

    engine, ctx = place
    with write_session(engine) as session:
        till_setup.ensure_default_buttons(session, ctx.actor)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    connection = connection_ui.attach(window, tmp_path)
    qtbot.waitUntil(connection.copy.exists, timeout=30_000)
    window.resize(1200, 760)
    window.show()
    window.show_page("caisse")
    page = window.page("caisse")
    qtbot.waitUntil(lambda: len(page.button_widgets()) == 5, timeout=30_000)
    purchase = page.button_widgets()[0]
    qtbot.mouseClick(purchase, Qt.MouseButton.LeftButton)

    # the main PC goes off; before the desk notices, the agent switches (the pages are built
    # again): the till asks the server for its buttons, and finds it gone
    engine.dispose()
    own_server.stop("immediate")
    window.reset_pages()
    window.show_page("caisse")
    page = window.page("caisse")
    assert not connection.online
    assert len(page.button_widgets()) == 5  # from the copy, no box
    purchase = page.button_widgets()[0]
    assert purchase.count == 1  # the count last read, kept on the desk
    qtbot.mouseClick(purchase, Qt.MouseButton.LeftButton)
    assert purchase.count == 2 and purchase.waiting_label.text() == "dont 1 en attente"
    assert connection.outbox.count() == 1
    connection.close()
