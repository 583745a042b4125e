"""Two reception desks of a real shared server, each with its own desk login, both see the
same time free and book it at the same instant: one booking lands, the other desk gets a
French refusal, and the agent never has two overlapping appointments. The last seat of a
group goes the same way."""

import threading
from datetime import UTC

import pytest
from sqlmodel import select

from app.db import read_session, write_session
from app.errors import UserError
from app.services import agenda_setup, appointments, auth
from app.services.people import PersonFields, create_person
from app.sharing import desks
from models import Agent, Appointment, AppointmentSession
from models.enums import Role
from tests import sharing_helpers as helpers
from tests.appointments_helpers import MONDAY, NOW, at

pytestmark = pytest.mark.server
work_dir, desk_home, shared_place = helpers.work_dir, helpers.desk_home, helpers.shared_place


def reception_desk(server):  # type: ignore[no-untyped-def]
    """A new reception desk joined with its code: its engine (its own login)."""
    from app.db import open_database

    owner = helpers.owner_engine(server)
    try:
        _login, code = desks.add_desk(owner, "reception", "poste accueil", server.fingerprint)
    finally:
        owner.dispose()
    joined = desks.join("127.0.0.1", server.port, server.fingerprint, code, server.database)
    return open_database(joined.url)


def signed_in(engine, role: Role):  # type: ignore[no-untyped-def]
    with read_session(engine) as session:
        agent_id = session.exec(select(Agent.id).where(Agent.role == role.value)).first()
    with write_session(engine) as session:
        return auth.sign_in(session, agent_id, helpers.PIN)


def both_at_once(engines, work) -> list:  # type: ignore[no-untyped-def]
    """Run work(engine, n) on each desk in its own thread, released together; what each
    returned or the French refusal it got."""
    barrier = threading.Barrier(len(engines))
    results: list = [None] * len(engines)

    def run(n: int) -> None:
        barrier.wait(timeout=60)
        try:
            results[n] = work(engines[n], n)
        except UserError as error:
            results[n] = error

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(engines))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def test_two_desks_booking_the_same_time_at_once_get_one_booking(shared_place):
    server, _ = shared_place
    first, second = reception_desk(server), reception_desk(server)
    try:
        coordinator = signed_in(first, Role.COORDINATOR)
        agent = signed_in(first, Role.AGENT)
        with write_session(first) as session:
            interview = agenda_setup.create_motif(session, coordinator, "Premier entretien", 30)
            workshop = agenda_setup.create_motif(session, coordinator, "Atelier CV", 60,
                                                 is_group=True, capacity=2)  # fmt: skip
            agenda_setup.add_opening_slot(session, coordinator, agent.agent_id, 0, "9:00", "12h")
            people = [create_person(session, agent, PersonFields(name)).id
                      for name in ("Anne", "Bob", "Chloé", "Dan")]  # fmt: skip
            interview_id, workshop_id = interview.id, workshop.id
        tally = {"booked": 0, "refused": 0}
        for round_, (hour, minute) in enumerate([(9, 0), (9, 30), (10, 0)]):
            moment = at(MONDAY, hour, minute)
            # both desks saw the time free
            for engine in (first, second):
                with read_session(engine) as session:
                    free = appointments.free_slots(session, agent, interview_id,
                                                   first_day=MONDAY, days=1, now=NOW)  # fmt: skip
                    assert moment in [s.starts_at for s in free]
            # a 30-minute booking at that time on one desk, a 45-minute one overlapping it on
            # the other (round 2: 15 minutes later, not the same start)
            def work(engine, n, moment=moment, round_=round_):  # type: ignore[no-untyped-def]
                start = moment if n == 0 or round_ != 1 else moment.replace(minute=15)
                with write_session(engine) as session:
                    return appointments.book(session, agent, interview_id, agent.agent_id,
                                             start, people[n + (round_ % 2) * 2],
                                             now=NOW).id  # fmt: skip

            results = both_at_once([first, second], work)
            refused = [r for r in results if isinstance(r, UserError)]
            assert len(refused) == 1, results
            assert "a déjà un rendez-vous" in refused[0].message
            tally["booked"] += 1
            tally["refused"] += 1
        # the last seat of a group: two seats, three desks' worth of tries in two rounds
        with write_session(first) as session:
            appointments.book(session, agent, workshop_id, agent.agent_id, at(MONDAY, 11),
                              people[0], now=NOW)  # fmt: skip
        def join(engine, n):  # type: ignore[no-untyped-def]
            with write_session(engine) as session:
                return appointments.book(session, agent, workshop_id, agent.agent_id,
                                         at(MONDAY, 11), people[n + 1], now=NOW).id  # fmt: skip

        results = both_at_once([first, second], join)
        refused = [r for r in results if isinstance(r, UserError)]
        assert len(refused) == 1 and "complète" in refused[0].message, results
    finally:
        first.dispose()
        second.dispose()
    owner = helpers.owner_engine(server)
    try:
        with read_session(owner) as session:
            held = [
                (s.starts_at.astimezone(UTC), s.ends_at.astimezone(UTC), s.capacity, s.booked)
                for s in session.exec(
                    select(AppointmentSession).where(AppointmentSession.released_at == None)  # noqa: E711
                )
            ]
            bookings = len(session.exec(select(Appointment.id)).all())
    finally:
        owner.dispose()
    spans = sorted(held)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert [(capacity, booked) for _, _, capacity, booked in held if capacity == 2] == [(2, 2)]
    assert bookings == tally["booked"] + 2


def test_the_agenda_is_the_reception_and_office_s_and_never_the_till_s(shared_place):
    from sqlalchemy import text

    from app.db.pg_roles import OFFICE, RECEPTION, TILL, policy
    from app.db.role_table import AGENDA_TABLES

    server, _ = shared_place
    owner = helpers.owner_engine(server)
    try:
        _login, code = desks.add_desk(owner, "till", "caisse", server.fingerprint)
    finally:
        owner.dispose()
    joined = desks.join("127.0.0.1", server.port, server.fingerprint, code, server.database)
    till = helpers.desk_engine(joined.url)
    accueil = reception_desk(server)
    try:
        tables = {table: [] for table in AGENDA_TABLES}
        rights = policy(tables)
        assert all(rights[kind][t] == "SELECT, INSERT, UPDATE, DELETE"
                   for kind in (OFFICE, RECEPTION) for t in AGENDA_TABLES)  # fmt: skip
        assert not set(rights[TILL]) & set(AGENDA_TABLES)
        for table in AGENDA_TABLES:
            with accueil.connect() as connection:
                connection.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one()
            with pytest.raises(Exception, match="permission denied"), till.connect() as c:
                c.execute(text(f'SELECT count(*) FROM "{table}"'))
    finally:
        till.dispose()
        accueil.dispose()


def test_a_server_without_btree_gist_refuses_the_overlap_with_its_trigger(
    db_path, engine, coordinator, agent
):
    """Where the contrib extension is missing the migration puts a trigger with a lock per
    agent instead of the exclusion: two connections booking at once still get one booking."""
    import importlib

    from sqlalchemy import text

    from app.db import make_engine
    from tests.appointments_helpers import set_up_agenda
    from tests.reception_helpers import make_person

    migration = importlib.import_module("app.migrations.versions.0004_appointments")
    with engine.begin() as connection:
        connection.execute(text(f"ALTER TABLE appointment_session "
                                f"DROP CONSTRAINT {migration.NO_OVERLAP}"))  # fmt: skip
        for statement in migration.OVERLAP_TRIGGER_SQL:
            connection.exec_driver_sql(statement)
    place = set_up_agenda(engine, coordinator, agent)
    people = [make_person(engine, agent, name).id for name in ("Anne", "Bob")]
    other = make_engine(db_path)
    try:
        def work(desk, n):  # type: ignore[no-untyped-def]
            with write_session(desk) as session:
                return appointments.book(session, agent, place.interview.id, agent.agent_id,
                                         at(MONDAY, 9, 15 * n), people[n], now=NOW).id  # fmt: skip

        for _ in range(3):  # the same two bookings, again and again: never both
            results = both_at_once([engine, other], work)
            refused = [r for r in results if isinstance(r, UserError)]
            assert len(refused) == 1 and "a déjà un rendez-vous" in refused[0].message, results
            with write_session(engine) as session:  # free the time for the next round
                session.execute(text("UPDATE appointment_session SET released_at = now()"))
    finally:
        other.dispose()
