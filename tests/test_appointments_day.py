"""The day of a desk « sur rendez-vous »: « Arrivé·e » logs the visit through the reception's
own write path and marks the booking seen, in one go; at the end of the day the past bookings
left without a status are listed until each has one."""

import pytest
from sqlmodel import select

from app.db import read_session, write_session
from app.errors import UserError
from app.services import appointments
from app.services.visits import VisitFields, todays_log
from models import Appointment, Visit
from models.enums import AppointmentStatus, Channel
from tests.appointments_helpers import MONDAY, NOW, at, set_up_agenda
from tests.reception_helpers import THEME_CV, make_person


@pytest.fixture
def place(engine, coordinator, agent):  # type: ignore[no-untyped-def]
    return set_up_agenda(engine, coordinator, agent)


def book_at(engine, agent, motif, moment, name):  # type: ignore[no-untyped-def]
    person = make_person(engine, agent, name)
    with write_session(engine) as session:
        return appointments.book(session, agent, motif.id, agent.agent_id, moment, person.id,
                                 now=NOW).id  # fmt: skip


def test_arrived_logs_the_visit_and_marks_the_appointment_seen(engine, agent, place):
    booked = book_at(engine, agent, place.interview, at(MONDAY, 9), "Anne")
    arrival = at(MONDAY, 8, 55)
    with write_session(engine) as session:
        appointments.arrive(session, agent, booked, VisitFields(themes=[THEME_CV]), now=arrival)
    with read_session(engine) as session:
        stored = session.get(Appointment, booked)
        visit = session.exec(select(Visit)).one()
        log = todays_log(session, agent, now=arrival)
        assert stored.status == AppointmentStatus.SEEN and stored.visit_id == visit.id
        assert (visit.person_id, visit.channel, visit.themes) == (
            stored.person_id, Channel.APPOINTMENT.value, [THEME_CV])
        assert [row.id for row in log] == [visit.id]
    with pytest.raises(UserError, match="déjà un statut"), write_session(engine) as session:
        appointments.arrive(session, agent, booked, now=arrival)
    with read_session(engine) as session:
        assert len(session.exec(select(Visit)).all()) == 1  # nothing half-written


def test_only_todays_appointment_can_be_marked_arrived(engine, agent, place):
    booked = book_at(engine, agent, place.interview, at(MONDAY, 9), "Anne")
    with pytest.raises(UserError, match="du jour"), write_session(engine) as session:
        appointments.arrive(session, agent, booked, now=NOW)
    with read_session(engine) as session:
        assert session.exec(select(Visit)).all() == []


def test_the_end_of_day_list_empties_only_when_every_past_appointment_has_a_status(
    engine, agent, place
):
    names = ["Anne", "Bob", "Chloé", "Dan"]
    booked = {name: book_at(engine, agent, place.interview, at(MONDAY, 9, 30 * n), name)
              for n, name in enumerate(names)}  # fmt: skip
    evening = at(MONDAY, 18)
    tally = set(booked.values())

    def still_open() -> set:
        with read_session(engine) as session:
            return {row.appointment_id for row in appointments.left_open(session, agent,
                                                                          now=evening)}

    with read_session(engine) as session:  # at 10:15 only the first two are past
        assert {r.appointment_id for r in appointments.left_open(session, agent,
                                                                  now=at(MONDAY, 10, 15))} == {
            booked["Anne"], booked["Bob"]}  # fmt: skip
    assert still_open() == tally
    with write_session(engine) as session:
        appointments.arrive(session, agent, booked["Anne"], now=at(MONDAY, 9))
    tally.discard(booked["Anne"])
    assert still_open() == tally
    for name, status in (("Bob", "absent"), ("Chloé", "excuse")):
        with write_session(engine) as session:
            appointments.set_status(session, agent, booked[name], status, now=evening)
        tally.discard(booked[name])
        assert still_open() == tally
    assert still_open() == {booked["Dan"]}
    with write_session(engine) as session:
        appointments.set_status(session, agent, booked["Dan"], "annule-par-le-lieu", now=evening)
    assert still_open() == set()
