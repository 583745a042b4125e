"""Appointments follow the person's file: a merged file takes its bookings along, an erased
file's bookings to come are cancelled and the others stay anonymous in the figures, retention
keeps a file with a booking to come, and the export on request lists the bookings."""

from datetime import timedelta

from sqlmodel import select

from app.db import read_session, write_session
from app.reports.appointment_figures import per_motif
from app.reports.periods import Period
from app.services import appointments
from app.services.person_history import merge_people
from app.services.person_rights import collect_person_file, erase_person
from app.services.retention import run_retention
from models import Appointment, AppointmentSession, Person
from tests.appointments_helpers import MONDAY, NOW, TUESDAY, at, set_up_agenda
from tests.reception_helpers import make_person


def book(engine, agent, motif, moment, person_id, now=NOW):  # type: ignore[no-untyped-def]
    with write_session(engine) as session:
        return appointments.book(session, agent, motif.id, agent.agent_id, moment, person_id,
                                 now=now).id  # fmt: skip


def test_a_merged_file_takes_its_bookings_along(engine, coordinator, agent):
    place = set_up_agenda(engine, coordinator, agent)
    kept = make_person(engine, agent, "Anne", "Kervella")
    other = make_person(engine, agent, "Anne", "Kervela")
    booked = book(engine, agent, place.interview, at(MONDAY, 9), other.id)
    with write_session(engine) as session:
        merge_people(session, coordinator, kept.id, other.id)
    with read_session(engine) as session:
        assert session.get(Appointment, booked).person_id == kept.id
        rows = appointments.of_person(session, agent, kept.id)
        assert [r.person_name for r in rows] == ["Anne KERVELLA"]


def test_an_erased_file_s_bookings_stay_anonymous_and_those_to_come_are_cancelled(
    engine, coordinator, agent
):
    place = set_up_agenda(engine, coordinator, agent)
    anne = make_person(engine, agent, "Anne", "Kervella")
    past = book(engine, agent, place.interview, at(MONDAY, 9), anne.id)
    coming = book(engine, agent, place.interview, at(TUESDAY, 9), anne.id)
    with write_session(engine) as session:
        appointments.set_status(session, agent, past, "vu", now=at(MONDAY, 10))
    with write_session(engine) as session:
        erase_person(session, coordinator, anne.id)
    with read_session(engine) as session:
        assert session.get(Person, anne.id) is None
        stored = {a.id: (a.person_id, a.status) for a in session.exec(select(Appointment))}
        assert stored == {past: (None, "vu"), coming: (None, "annule-par-le-lieu")}
        held = session.exec(select(AppointmentSession).where(
            AppointmentSession.released_at == None)).all()  # noqa: E711  # fmt: skip
        assert len(held) == 1  # Tuesday's time is free again
        figures = per_motif(session, agent.site_id, Period.month(2027, 1))
        assert [(f.booked, f.seen, f.cancelled_by_place) for f in figures] == [(2, 1, 1)]
        rows = appointments.agenda(session, agent, MONDAY)
        assert [(r.person_name, r.person_id) for r in rows] == [("", None)]


def test_retention_keeps_a_file_with_a_booking_to_come(engine, coordinator, agent):
    place = set_up_agenda(engine, coordinator, agent)
    anne = make_person(engine, agent, "Anne", "Kervella")
    bob = make_person(engine, agent, "Bob", "Le Goff")
    long_ago = NOW - timedelta(days=3 * 365)
    with write_session(engine) as session:
        for person in (anne, bob):
            session.get(Person, person.id).last_activity_at = long_ago
            session.get(Person, person.id).created_at = long_ago
    book(engine, agent, place.interview, at(MONDAY, 9), anne.id, now=NOW)
    with write_session(engine) as session:  # the booking itself is old news for Bob
        appointment = appointments.book(session, agent, place.interview.id, agent.agent_id,
                                        at(MONDAY, 10), bob.id, now=NOW)  # fmt: skip
        appointments.set_status(session, agent, appointment.id, "excuse", now=NOW)
        appointment.created_at = long_ago
    later = NOW + timedelta(days=1)
    with write_session(engine) as session:
        run_retention(session, coordinator, now=later)
    with read_session(engine) as session:
        assert session.get(Person, anne.id).anonymised_at is None
        assert session.get(Person, bob.id).anonymised_at is not None


def test_the_export_on_request_lists_the_bookings(engine, coordinator, agent):
    place = set_up_agenda(engine, coordinator, agent)
    anne = make_person(engine, agent, "Anne", "Kervella")
    book(engine, agent, place.workshop, at(MONDAY, 10), anne.id)
    with write_session(engine) as session:
        exported = collect_person_file(session, coordinator, anne.id)
    assert [(a["motif"], a["status"]) for a in exported["appointments"]] == [
        ("Atelier CV", "a-venir")]  # fmt: skip
