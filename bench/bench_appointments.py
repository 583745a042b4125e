"""Appointments: booking one (the database's own overlap check included) on SQLite and on
PostgreSQL through the delay proxy, and opening a week of the whole place's agenda, each
against a floor measured in the same run (a bare insert, a bare select)."""

import sqlite3
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.common import row

BOOKINGS = 120
WEEK_OPENS = 30
# a booking is made once per person at the desk, not per click: a durable commit of a few
# rows (session, booking, its event, the audit line) is the floor's several pages
GOALS = {"appointment_book": 20.0, "agenda_week_open": 150.0, "pg_appointment_book": 30.0}


def _ms(work) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def _booker(engine):  # type: ignore[no-untyped-def]
    """(actor, a function booking the next free slot of the shortest motif for the next
    person, people's ids)."""
    from sqlmodel import col, select

    from app.db import read_session, write_session
    from app.services import agenda_setup, appointments
    from app.services.sites import actor_for
    from models import Agent, Person
    from models.enums import Role

    with read_session(engine) as session:
        agent = session.exec(select(Agent).where(Agent.role == Role.COORDINATOR.value)).first()
        actor = actor_for(agent)
        motif = min(agenda_setup.motifs(session, actor), key=lambda m: m.duration_minutes)
        motif_id = motif.id
        slots = appointments.free_slots(session, actor, motif_id, days=200, limit=100_000)
        people = session.exec(
            select(Person.id).where(col(Person.anonymised_at).is_(None)).limit(2000)
        ).all()
    turns = iter(range(10**9))

    def book() -> None:
        n = next(turns)
        slot = slots[n]
        with write_session(engine) as session:
            appointments.book(session, actor, motif_id, slot.agent_id, slot.starts_at,
                              people[n % len(people)])  # fmt: skip

    return actor, book, len(slots)


def measure_book(db: Path) -> dict:
    """A booking and a bare insert into an unconstrained copy of the session table take
    turns, so both meet the same disk."""
    from app.db import make_engine

    engine = make_engine(db)
    actor, book, free = _booker(engine)
    raw = sqlite3.connect(db, isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("CREATE TABLE IF NOT EXISTS bench_session (id, agent_id, starts_at, ends_at)")

    def insert() -> None:
        now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("INSERT INTO bench_session VALUES (?, ?, ?, ?)",
                    (uuid.uuid4().hex, actor.agent_id.hex, now, now))  # fmt: skip
        raw.execute("COMMIT")

    runs = min(BOOKINGS, free - 5)
    for _ in range(5):
        book()
        insert()
    samples, floor = [], []
    for _ in range(runs):
        samples.append(_ms(book))
        floor.append(_ms(insert))
    raw.close()
    engine.dispose()
    return row("appointment_book", samples, goal=GOALS["appointment_book"], floor=floor)


def measure_week(db: Path) -> dict:
    """The Rendez-vous page's week of the whole place (every booking with its person and
    agent), against a bare select of the same week's sessions."""
    from app.clock import local_today, period_bounds
    from app.db import make_engine, read_session
    from app.services import appointments
    from app.services.sites import actor_for
    from models import Agent

    engine = make_engine(db)
    with read_session(engine) as session:
        agent = session.query(Agent).filter(Agent.role == "agent").first()
        actor = actor_for(agent)
    today = local_today()
    monday = today - timedelta(days=today.weekday())
    start, end = period_bounds(monday, monday + timedelta(days=6))
    raw = sqlite3.connect(db)

    def week() -> None:
        with read_session(engine) as session:
            appointments.agenda(session, actor, monday, monday + timedelta(days=6))
            appointments.left_open(session, actor)

    def bare() -> None:
        raw.execute(
            "SELECT * FROM appointment JOIN appointment_session s ON s.id = session_id"
            " WHERE s.starts_at >= ? AND s.starts_at < ?",
            (start.strftime("%Y-%m-%d %H:%M:%S"), end.strftime("%Y-%m-%d %H:%M:%S")),
        ).fetchall()

    week()
    bare()
    samples, floor = [], []
    for _ in range(WEEK_OPENS):
        samples.append(_ms(week))
        floor.append(_ms(bare))
    raw.close()
    engine.dispose()
    return row("agenda_week_open", samples, goal=GOALS["agenda_week_open"], floor=floor)


def measure_pg_book() -> dict:
    """Booking on the large demo's PostgreSQL server through the delay proxy (the exclusion
    constraint checked on each insert), against a bare insert on the same path."""
    import psycopg

    from app.db import make_engine
    from bench.bench_postgres import DELAY_MS, demo_server, run_database
    from bench.delay_proxy import delay_proxy

    with demo_server() as (server, _stamp, _built), run_database(server) as database:
        with delay_proxy(server.port, DELAY_MS) as proxy_port:
            url = server.url(database).set(port=proxy_port)
            engine = make_engine(url)
            raw = psycopg.connect(
                url.set(drivername="postgresql").render_as_string(hide_password=False),
                autocommit=True, options="-c timezone=UTC",
            )  # fmt: skip
            try:
                actor, book, free = _booker(engine)
                raw.execute("CREATE TABLE bench_session (id uuid, agent_id uuid,"
                            " starts_at timestamptz, ends_at timestamptz)")  # fmt: skip

                def insert() -> None:
                    now = datetime.now(UTC)
                    raw.execute("INSERT INTO bench_session VALUES (%s, %s, %s, %s)",
                                (uuid.uuid4(), actor.agent_id, now, now))  # fmt: skip

                for _ in range(5):
                    book()
                    insert()
                samples, floor = [], []
                for _ in range(min(BOOKINGS, free - 5)):
                    samples.append(_ms(book))
                    floor.append(_ms(insert))
            finally:
                raw.close()
                engine.dispose()
    entry = row("pg_appointment_book", samples, goal=GOALS["pg_appointment_book"], floor=floor)
    entry["engine"] = "postgresql"
    entry["network"] = f"loopback + {DELAY_MS:g} ms each way"
    return entry


def measure(small_db: Path | None, large_db: Path | None) -> list[dict]:
    db = large_db or small_db
    results = []
    if db is not None:
        results += [measure_book(db), measure_week(db)]
    results.append(measure_pg_book())
    return results


if __name__ == "__main__":
    for entry in measure(Path(sys.argv[1]) if len(sys.argv) > 1 else None, None):
        print(entry)
