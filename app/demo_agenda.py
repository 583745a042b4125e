"""The demo's agenda: a Point Accueil Emploi that receives « sur rendez-vous ». Four motifs (a
first interview, a job follow-up, a phone call, a CV workshop for a group), three agents'
weekly openings, a public holiday closed, an agent's training day, and eight weeks of
appointments behind and two ahead, booked through the services as a desk books them.

Past appointments have a status (mostly seen, some no-shows, excused or cancelled), except a
few of today's and yesterday's, which the end of the day still lists."""

import random
import uuid
from datetime import date, datetime, timedelta

from sqlmodel import Session

from app.clock import to_local
from app.errors import UserError
from app.permissions import Actor
from app.services import agenda_setup, appointments
from models.enums import Role

MOTIFS = (
    # name, minutes, kind, group seats, instructions
    ("Premier entretien", 45, "sur-place", 0,
     "Apportez une pièce d'identité, votre CV si vous en avez un et votre identifiant "
     "France Travail."),
    ("Suivi recherche d'emploi", 30, "sur-place", 0,
     "Apportez les offres qui vous intéressent et vos dernières candidatures."),
    ("Point téléphonique", 20, "telephone", 0, ""),
    ("Atelier CV", 90, "sur-place", 8, "Apportez une clé USB si vous en avez une."),
)  # fmt: skip
# agent index → (weekday, start, end) openings
OPENINGS = {
    0: ((0, "9:00", "12:00"), (1, "13:30", "17:00"), (3, "9:00", "12:00")),
    1: ((0, "13:30", "17:00"), (2, "9:00", "12:00"), (4, "9:00", "12:00")),
    2: ((1, "9:00", "12:00"), (3, "13:30", "17:00")),
}
STATUS_WEIGHTS = (("vu", 76), ("absent", 11), ("excuse", 9), ("annule-par-le-lieu", 4))


def write_agenda(
    session: Session, site_id: uuid.UUID, agent_ids: list[uuid.UUID],
    coordinator_id: uuid.UUID, person_ids: list[uuid.UUID], rng: random.Random, now: datetime,
) -> dict[str, int]:  # fmt: skip
    """Motifs, openings, closures, absences and appointments; returns the rows stored per
    table (the audit log's so far included: the bookings are audited as at a desk)."""
    coordinator = Actor(coordinator_id, Role.COORDINATOR.value, site_id)
    today = to_local(now).date()
    motifs = [
        agenda_setup.create_motif(session, coordinator, name, minutes, kind, bool(seats),
                                  seats or 1, instructions)  # fmt: skip
        for name, minutes, kind, seats, instructions in MOTIFS
    ]
    receiving = agent_ids[:3]
    slots = 0
    for index, agent_id in enumerate(receiving):
        for weekday, start, end in OPENINGS[index]:
            only = [m.id for m in motifs if not m.is_group]
            agenda_setup.add_opening_slot(session, coordinator, agent_id, weekday, start, end,
                                          only, valid_from=today - timedelta(days=70))  # fmt: skip
            slots += 1
    # the CV workshop: Thursday afternoons, with the second agent
    since = today - timedelta(days=70)
    agenda_setup.add_opening_slot(session, coordinator, receiving[1], 3, "14:00", "15:30",
                                  [motifs[3].id], valid_from=since)  # fmt: skip
    slots += 1
    holiday = _next_weekday(today + timedelta(days=9), 0)
    agenda_setup.add_closure(session, coordinator, holiday, holiday, "Jour férié")
    training = _next_weekday(today + timedelta(days=3), 2)
    starts = appointments.local_moment(training, 0)
    agenda_setup.add_absence(session, coordinator, receiving[1], starts,
                             starts + timedelta(days=1), "Formation")  # fmt: skip
    _book_weeks(session, site_id, motifs, person_ids, rng, now, today)
    session.flush()
    return {table: _count(session, table) for table in TABLES}


# what the agenda wrote, counted as stored (the bookings' audit lines too)
TABLES = ("appointment_motif", "opening_slot", "place_closure", "agent_absence",
          "appointment_session", "appointment", "appointment_event", "audit_entry")  # fmt: skip


def _count(session: Session, table: str) -> int:
    from sqlalchemy import text

    return int(session.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one())


def _next_weekday(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def _book_weeks(session, site_id, motifs, person_ids, rng, now, today) -> None:  # type: ignore[no-untyped-def]
    """Eight weeks back, two ahead: each free slot taken with a chance, as a busy desk fills its
    agenda; the past ones get their status."""
    from sqlmodel import select

    from models import Agent

    agents = {a.id: a for a in session.exec(select(Agent).where(Agent.site_id == site_id))}
    first = today - timedelta(weeks=8)
    for motif in motifs:
        clock = datetime.combine(first, datetime.min.time()).replace(tzinfo=now.tzinfo)
        booking_time = clock - timedelta(days=12)
        free = appointments.free_slots(
            session, Actor(None, Role.COORDINATOR.value, site_id), motif.id, first_day=first,
            days=70, limit=10_000, now=booking_time,
        )  # fmt: skip
        chance = 0.55 if motif.is_group else (0.6 if motif.kind == "sur-place" else 0.35)
        for slot in free:
            seats = rng.randint(3, motif.capacity) if motif.is_group else 1
            if rng.random() > chance:
                continue
            agent = agents[slot.agent_id]
            agent_actor = Actor(agent.id, agent.role, site_id)
            for _ in range(seats):
                person = rng.choice(person_ids)
                made = slot.starts_at - timedelta(days=rng.randint(2, 20), hours=rng.randint(0, 6))
                try:
                    with session.begin_nested():
                        appointment = appointments.book(session, agent_actor, motif.id,
                                                        slot.agent_id, slot.starts_at, person,
                                                        now=made)  # fmt: skip
                except UserError:  # the same person twice in a group: someone else
                    continue
                _give_status(session, agent_actor, appointment, slot, rng, now)


def _give_status(session, actor, appointment, slot, rng, now) -> None:  # type: ignore[no-untyped-def]
    ends = slot.ends_at
    if ends > now:
        if rng.random() < 0.05:
            appointments.set_status(session, actor, appointment.id, "excuse",
                                    now=slot.starts_at - timedelta(days=1))  # fmt: skip
        return
    if ends > now - timedelta(days=1) and rng.random() < 0.3:
        return  # left open: the end of the day lists it
    status = rng.choices([s for s, _ in STATUS_WEIGHTS], [w for _, w in STATUS_WEIGHTS])[0]
    moment = ends + timedelta(minutes=5) if status in ("vu", "absent") else (
        slot.starts_at - timedelta(days=1))  # fmt: skip
    appointments.set_status(session, actor, appointment.id, status, now=moment)
