"""Appointments through the services, on both engines: free slots from opening slots less
absences, closures and time given; never two overlapping sessions for one agent (refused by
the database itself); groups up to their capacity; moves and statuses kept as history."""

from datetime import timedelta

import pytest
from sqlalchemy import exc as sa_exc
from sqlmodel import select

from app.db import read_session, write_session
from app.errors import PermissionDenied, UserError
from app.services import agenda_setup, appointments
from models import AppointmentEvent, AppointmentSession
from models.enums import AppointmentStatus
from tests.appointments_helpers import MONDAY, NOW, TUESDAY, at, set_up_agenda
from tests.reception_helpers import audit_actions, make_person


@pytest.fixture
def place(engine, coordinator, agent):  # type: ignore[no-untyped-def]
    return set_up_agenda(engine, coordinator, agent)


def slots(engine, actor, motif, **extra):  # type: ignore[no-untyped-def]
    with read_session(engine) as session:
        return appointments.free_slots(session, actor, motif.id, first_day=MONDAY, days=2,
                                       now=NOW, **extra)  # fmt: skip


def book(engine, actor, place, motif, moment, person):  # type: ignore[no-untyped-def]
    with write_session(engine) as session:
        booked = appointments.book(session, actor, motif.id, place.agent_id, moment, person.id,
                                   now=NOW)  # fmt: skip
        session.expunge(booked)
        return booked


def test_free_slots_are_the_opening_less_absences_closures_and_bookings(
    engine, coordinator, agent, place
):
    starts = [s.starts_at for s in slots(engine, agent, place.interview)]
    assert len(starts) == 12 and starts[0] == at(MONDAY, 9) and starts[-1] == at(TUESDAY, 11, 30)
    anne = make_person(engine, agent, "Anne", "Kervella")
    book(engine, agent, place, place.long_interview, at(MONDAY, 9), anne)  # 9:00–9:45
    with write_session(engine) as session:
        agenda_setup.add_absence(session, coordinator, agent.agent_id, at(MONDAY, 11),
                                 at(MONDAY, 12), "formation")  # fmt: skip
        agenda_setup.add_closure(session, coordinator, TUESDAY, TUESDAY, "Fermeture")
    starts = [s.starts_at for s in slots(engine, agent, place.interview)]
    # 9:00 and 9:30 overlap the 45 minutes; 11:00 and 11:30 are the absence; Tuesday is closed
    assert starts == [at(MONDAY, 10), at(MONDAY, 10, 30)]


def test_an_overlapping_appointment_is_refused_in_french(engine, agent, place):
    anne = make_person(engine, agent, "Anne")
    bob = make_person(engine, agent, "Bob")
    book(engine, agent, place, place.long_interview, at(MONDAY, 9), anne)  # until 9:45
    with pytest.raises(UserError, match="a déjà un rendez-vous"):
        book(engine, agent, place, place.interview, at(MONDAY, 9, 30), bob)
    book(engine, agent, place, place.interview, at(MONDAY, 9, 45), bob)  # just after: fine
    with read_session(engine) as session:
        assert len(session.exec(select(AppointmentSession)).all()) == 2


def test_the_database_itself_refuses_two_held_sessions_over_one_agents_time(engine, agent, place):
    """Written past the services, as a desk of an older version would: still refused."""
    with write_session(engine) as session:
        session.add(AppointmentSession(site_id=agent.site_id, agent_id=agent.agent_id,
                                       motif_id=place.interview.id, starts_at=at(MONDAY, 9),
                                       ends_at=at(MONDAY, 10), booked=1))  # fmt: skip
    with pytest.raises(sa_exc.IntegrityError), write_session(engine) as session:
        session.add(AppointmentSession(site_id=agent.site_id, agent_id=agent.agent_id,
                                       motif_id=place.interview.id, starts_at=at(MONDAY, 9, 59),
                                       ends_at=at(MONDAY, 10, 30), booked=1))  # fmt: skip
    with write_session(engine) as session:  # a released session holds no time
        held = session.exec(select(AppointmentSession)).one()
        held.released_at = NOW
        session.add(AppointmentSession(site_id=agent.site_id, agent_id=agent.agent_id,
                                       motif_id=place.interview.id, starts_at=at(MONDAY, 9, 30),
                                       ends_at=at(MONDAY, 10), booked=1))  # fmt: skip
    with pytest.raises(sa_exc.IntegrityError), write_session(engine) as session:
        held = session.get(AppointmentSession, held.id)
        held.released_at = None  # taking the first one back would overlap again


def test_a_group_fills_up_to_its_capacity_and_a_cancelled_seat_comes_back(engine, agent, place):
    people = [make_person(engine, agent, name) for name in ("Anne", "Bob", "Chloé", "Dan")]
    booked = [book(engine, agent, place, place.workshop, at(MONDAY, 10), p) for p in people[:3]]
    assert len({b.session_id for b in booked}) == 1
    with pytest.raises(UserError, match="complète"):
        book(engine, agent, place, place.workshop, at(MONDAY, 10), people[3])
    offered = {s.starts_at: s.seats_left for s in slots(engine, agent, place.workshop)}
    assert at(MONDAY, 10) not in offered and offered[at(MONDAY, 9)] == 3
    with write_session(engine) as session:
        appointments.set_status(session, agent, booked[1].id, AppointmentStatus.EXCUSED.value,
                                now=NOW)  # fmt: skip
    offered = {s.starts_at: s.seats_left for s in slots(engine, agent, place.workshop)}
    assert offered[at(MONDAY, 10)] == 1
    with pytest.raises(UserError, match="déjà inscrite"):
        book(engine, agent, place, place.workshop, at(MONDAY, 10), people[0])
    book(engine, agent, place, place.workshop, at(MONDAY, 10), people[3])
    # a one-person motif cannot go over the group's hour
    with pytest.raises(UserError, match="a déjà un rendez-vous"):
        book(engine, agent, place, place.interview, at(MONDAY, 10, 30), people[1])


def test_moving_keeps_the_history_and_frees_the_old_time(engine, agent, place):
    anne = make_person(engine, agent, "Anne")
    booked = book(engine, agent, place, place.interview, at(MONDAY, 9), anne)
    with write_session(engine) as session:
        appointments.move(session, agent, booked.id, agent.agent_id, at(MONDAY, 9, 15),
                          now=NOW, version=booked.version)  # fmt: skip
    with read_session(engine) as session:
        events = [(e.kind, e.previous_starts_at and appointments.aware(e.previous_starts_at))
                  for e in appointments.events_of(session, agent, booked.id)]  # fmt: skip
        rows = appointments.agenda(session, agent, MONDAY)
    assert events == [("booked", None), ("moved", at(MONDAY, 9))]
    assert [r.starts_at for r in rows] == [at(MONDAY, 9, 15)]
    with pytest.raises(UserError, match="autre poste"), write_session(engine) as session:
        appointments.set_status(session, agent, booked.id, "excuse", now=NOW,
                                version=booked.version)  # fmt: skip
    actions = [a for a, _ in audit_actions(engine) if a.startswith("appointment")]
    assert actions == ["appointment-booked", "appointment-moved"]


def test_statuses_follow_their_rules(engine, agent, place):
    anne = make_person(engine, agent, "Anne")
    booked = book(engine, agent, place, place.interview, at(MONDAY, 9), anne)
    with pytest.raises(UserError, match="absent"), write_session(engine) as session:
        appointments.set_status(session, agent, booked.id, "absent", now=NOW)
    later = at(MONDAY, 12)
    with write_session(engine) as session:
        appointments.set_status(session, agent, booked.id, "absent", now=later)
        appointments.set_status(session, agent, booked.id, "vu", now=later)  # a correction
        appointments.set_status(session, agent, booked.id, "annule-par-le-lieu", now=later)
    with pytest.raises(UserError, match="annulé"), write_session(engine) as session:
        appointments.set_status(session, agent, booked.id, "vu", now=later)
    with pytest.raises(UserError, match="liste"), write_session(engine) as session:
        appointments.set_status(session, agent, booked.id, "a-venir", now=later)
    with read_session(engine) as session:
        trail = session.exec(select(AppointmentEvent.status).order_by(
            AppointmentEvent.occurred_at, AppointmentEvent.kind)).all()  # fmt: skip
        assert appointments.agenda(session, agent, MONDAY) == []
        assert len(appointments.agenda(session, agent, MONDAY, with_cancelled=True)) == 1
    assert trail[-3:] == ["absent", "vu", "annule-par-le-lieu"]


def test_bookable_times_only(engine, coordinator, agent, place):
    anne = make_person(engine, agent, "Anne")
    with pytest.raises(UserError, match="ne reçoit pas"):
        book(engine, agent, place, place.interview, at(MONDAY, 14), anne)
    with pytest.raises(UserError, match="passé"):
        book(engine, agent, place, place.interview, NOW - timedelta(hours=1), anne)
    with write_session(engine) as session:
        agenda_setup.add_closure(session, coordinator, MONDAY, MONDAY)
    with pytest.raises(UserError, match="fermé"):
        book(engine, agent, place, place.interview, at(MONDAY, 9), anne)
    with pytest.raises(UserError, match="absente|absent"), write_session(engine) as session:
        agenda_setup.add_absence(session, coordinator, agent.agent_id, at(TUESDAY, 9),
                                 at(TUESDAY, 10))  # fmt: skip
        appointments.book(session, agent, place.interview.id, agent.agent_id, at(TUESDAY, 9),
                          anne.id, now=NOW)  # fmt: skip


def test_a_volunteer_sees_times_without_names_and_cannot_book(engine, agent, volunteer, place):
    anne = make_person(engine, agent, "Anne", "Kervella", phone="06 12 34 56 78")
    book(engine, agent, place, place.interview, at(MONDAY, 9), anne)
    with read_session(engine) as session:
        shown = appointments.agenda(session, volunteer, MONDAY)
        assert [(r.person_name, r.phone, r.person_id) for r in shown] == [("", "", None)]
        assert appointments.agenda(session, agent, MONDAY)[0].person_name.startswith("Anne")
    with pytest.raises(PermissionDenied):
        book(engine, volunteer, place, place.interview, at(MONDAY, 10), anne)


def test_setting_up_refuses_bad_values_in_french(engine, coordinator, agent):
    with write_session(engine) as session:
        with pytest.raises(UserError, match="entre 5 minutes"):
            agenda_setup.create_motif(session, coordinator, "Court", 2)
        with pytest.raises(UserError, match="9:30"):
            agenda_setup.add_opening_slot(session, coordinator, agent.agent_id, 0, "neuf", "12")
        with pytest.raises(UserError, match="après"):
            agenda_setup.add_opening_slot(session, coordinator, agent.agent_id, 0, "12", "9")
        with pytest.raises(PermissionDenied):
            agenda_setup.create_motif(session, agent, "Bilan", 30)


def test_two_connections_booking_the_same_time_at_once_get_one_booking(
    db_path, engine, agent, place
):
    """Two desks' engines on the same database, released together on one time."""
    import threading

    from app.db import make_engine

    people = [make_person(engine, agent, name).id for name in ("Anne", "Bob")]
    engines = [engine, make_engine(db_path)]
    barrier = threading.Barrier(2)
    results: list = [None, None]

    def run(n: int) -> None:
        barrier.wait(timeout=60)
        try:
            with write_session(engines[n]) as session:
                results[n] = appointments.book(session, agent, place.interview.id,
                                               agent.agent_id, at(MONDAY, 9, 15 * n),
                                               people[n], now=NOW).id  # fmt: skip
        except UserError as error:
            results[n] = error

    threads = [threading.Thread(target=run, args=(n,)) for n in range(2)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
    finally:
        engines[1].dispose()
    assert sum(isinstance(r, UserError) for r in results) == 1, results
    with read_session(engine) as session:
        assert len(appointments.agenda(session, agent, MONDAY)) == 1
