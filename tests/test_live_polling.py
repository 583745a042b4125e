"""Live updates without LISTEN: a desk whose listening connection keeps being cut (as a firewall
or a pooler in front of the server does) polls the server's change stamp instead, still sees
what another desk does, and goes back to LISTEN by itself once it holds again."""

import threading

import psycopg
import pytest
from PySide6.QtWidgets import QWidget

from app.db import postgres
from app.db.pg_changes import change_stamp
from tests.live_helpers import finish, go, start_desk
from tests.reception_helpers import make_person
from ui.live import connect_live

pytestmark = pytest.mark.server

SEEN_TIMEOUT_MS = 30_000


class ListeningCutter:
    """Another connection on the server that ends every listening connection of the desks
    (application « aiguillage-live ») as soon as it appears, while ordinary queries go on."""

    def __init__(self, db_path) -> None:
        from app.db import as_target

        url = as_target(db_path).url.set(drivername="postgresql")
        self.address = url.render_as_string(hide_password=False)
        self.stop = threading.Event()
        self.cuts = 0
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        with psycopg.connect(self.address, autocommit=True) as connection:
            while not self.stop.is_set():
                cut = connection.execute(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE application_name = 'aiguillage-live' AND datname = current_database()"
                ).fetchone()[0]
                self.cuts += cut
                self.stop.wait(0.05)

    def __enter__(self) -> "ListeningCutter":
        self.thread.start()
        return self

    def __exit__(self, *_exc) -> None:  # type: ignore[no-untyped-def]
        self.stop.set()
        self.thread.join(10)


class LoginRefusal:
    """The server turns away the named applications as if it were away for them: `refuse(…)`
    ends their open connections and refuses new ones (a login event trigger on this test's
    database), `allow(…)` lets them in again; the other connections go on."""

    def __init__(self, db_path) -> None:
        self.address = ListeningCutter(db_path).address
        with psycopg.connect(self.address, autocommit=True) as connection:
            connection.execute("CREATE TABLE refused_logins (application text PRIMARY KEY)")
            connection.execute(
                "CREATE FUNCTION refuse_login() RETURNS event_trigger LANGUAGE plpgsql AS $$ "
                "BEGIN IF EXISTS (SELECT 1 FROM refused_logins WHERE application = "
                "current_setting('application_name')) THEN RAISE EXCEPTION 'refused'; END IF; "
                "END $$"
            )
            connection.execute(
                "CREATE EVENT TRIGGER refuse_login ON login EXECUTE FUNCTION refuse_login()"
            )

    def refuse(self, *applications: str) -> None:
        with psycopg.connect(self.address, autocommit=True) as connection:
            for application in applications:
                connection.execute("INSERT INTO refused_logins VALUES (%s)", (application,))
                connection.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE application_name = %s AND datname = current_database()",
                    (application,),
                )

    def allow(self, *applications: str) -> None:
        with psycopg.connect(self.address, autocommit=True) as connection:
            for application in applications:
                connection.execute(
                    "DELETE FROM refused_logins WHERE application = %s", (application,)
                )

    def open_connections(self, application: str) -> int:
        with psycopg.connect(self.address, autocommit=True) as connection:
            return connection.execute(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE application_name = %s AND datname = current_database()",
                (application,),
            ).fetchone()[0]

    def close(self) -> None:
        with psycopg.connect(self.address, autocommit=True) as connection:
            connection.execute("DROP EVENT TRIGGER refuse_login")


class _Window(QWidget):
    def set_badge(self, key: str, count: int) -> None:
        pass


@pytest.fixture
def window(qtbot, ctx):
    window = _Window()
    qtbot.addWidget(window)
    window.show()
    yield window
    live = getattr(window, "live", None)
    if live is not None:
        live.stop()


def _visible_reception(qtbot, ctx, window):  # type: ignore[no-untyped-def]
    from ui.pages.accueil import AccueilPage

    reception = AccueilPage(ctx, window)  # shown in the window: it follows the live updates
    reception.show()
    reception.refresh()
    return reception


def _log_visit_at_another_desk(db_path, agent, person) -> None:
    other = start_desk(db_path, agent, "visits", str(person.id), "1")
    go(other)
    assert finish(other)[0].startswith("ok")


def test_the_change_stamp_moves_with_each_write_of_another_desk(db_path, engine, agent):
    with psycopg.connect(ListeningCutter(db_path).address, autocommit=True) as connection:
        before = change_stamp(connection)
        assert change_stamp(connection) == before  # reading changes nothing
        person = make_person(engine, agent, "Yasmina", "Benali")
        after_person = change_stamp(connection)
        assert after_person != before
        _log_visit_at_another_desk(db_path, agent, person)
        assert change_stamp(connection) != after_person


def test_a_desk_that_cannot_keep_listening_polls_and_sees_another_desk(
    qtbot, db_path, engine, ctx, agent, window, monkeypatch
):
    monkeypatch.setattr(postgres, "LISTEN_RETRY_S", 3600.0)  # no new LISTEN try in this test
    person = make_person(engine, agent, "Hélène", "Le Gall")
    with ListeningCutter(db_path) as cutter:
        connect_live(window, ctx.engine)
        reception = _visible_reception(qtbot, ctx, window)
        listener = window.live.listener
        qtbot.waitUntil(listener.polling.is_set, timeout=SEEN_TIMEOUT_MS)
        assert cutter.cuts >= postgres.FAILURES_BEFORE_POLLING
        assert listener.mode == "polling"
        assert reception.log_model.rowCount() == 0
        _log_visit_at_another_desk(db_path, agent, person)
        qtbot.waitUntil(lambda: reception.log_model.rowCount() == 1, timeout=SEEN_TIMEOUT_MS)
        assert not listener.listening.is_set()  # seen by polling alone


def test_once_listening_holds_again_the_desk_stops_polling_by_itself(
    qtbot, db_path, engine, ctx, agent, window, monkeypatch
):
    monkeypatch.setattr(postgres, "LISTEN_RETRY_S", 2.0)
    person = make_person(engine, agent, "Hélène", "Le Gall")
    with ListeningCutter(db_path):
        connect_live(window, ctx.engine)
        reception = _visible_reception(qtbot, ctx, window)
        listener = window.live.listener
        qtbot.waitUntil(listener.polling.is_set, timeout=SEEN_TIMEOUT_MS)
    qtbot.waitUntil(listener.listening.is_set, timeout=SEEN_TIMEOUT_MS)
    assert listener.mode == "listening"
    heard: list[str] = []
    window.live.changed.connect(heard.append)
    _log_visit_at_another_desk(db_path, agent, person)
    qtbot.waitUntil(lambda: reception.log_model.rowCount() == 1, timeout=SEEN_TIMEOUT_MS)
    assert "visits" in heard  # told by the notification itself, not by a poll
    assert not listener.polling.is_set()


def test_a_write_made_after_the_last_poll_is_shown_once_listening_holds(
    qtbot, db_path, engine, ctx, agent, window, monkeypatch
):
    """The server away for the listener from the start (LISTEN refused twice: polling), then
    away for both (nothing watches), a write by another desk, then LISTEN back: the desk was
    never listening before, yet it reads again what that write changed."""
    monkeypatch.setattr(postgres, "LISTEN_RETRY_S", 1.0)
    person = make_person(engine, agent, "Hélène", "Le Gall")
    refusal = LoginRefusal(db_path)
    try:
        refusal.refuse("aiguillage-live")
        connect_live(window, ctx.engine)
        reception = _visible_reception(qtbot, ctx, window)
        listener = window.live.listener
        qtbot.waitUntil(listener.polling.is_set, timeout=SEEN_TIMEOUT_MS)
        refusal.refuse("aiguillage-poll")  # the last poll is done: nothing watches any more
        qtbot.waitUntil(
            lambda: (
                not listener.polling.is_set() and refusal.open_connections("aiguillage-poll") == 0
            ),
            timeout=SEEN_TIMEOUT_MS,
        )
        _log_visit_at_another_desk(db_path, agent, person)
        assert reception.log_model.rowCount() == 0
        assert not listener.listening.is_set()
        refusal.allow("aiguillage-live")
        qtbot.waitUntil(listener.listening.is_set, timeout=SEEN_TIMEOUT_MS)
        qtbot.waitUntil(lambda: reception.log_model.rowCount() == 1, timeout=SEEN_TIMEOUT_MS)
        assert listener.mode == "listening"
    finally:
        refusal.close()
