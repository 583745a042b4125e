"""Appointments: booking a person on a motif with an agent, moving, giving a status, and the
free slots a motif has (the agents' weekly opening slots less their absences, the place's
closures and the time already given).

The agent's time is a session (`AppointmentSession`): one person, or a group up to its
capacity. Two held sessions of one agent never overlap: the database refuses the second one
(an exclusion constraint on PostgreSQL, a trigger on SQLite), so two desks booking the same
time at the same instant end with one booking and one French refusal. A seat of a group is
taken by a conditional UPDATE (`booked < capacity`), so the last seat goes to one desk only.
A booking's changes are kept as events (`AppointmentEvent`), never overwritten.

Setting up the agenda (motifs, opening slots, absences, closures) is in
`app/services/agenda_setup.py`.
"""

import uuid
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import exc as sa_exc
from sqlalchemy import update
from sqlmodel import Session, col, select

from app.clock import LOCAL_TZ, day_bounds, period_bounds, to_local, utcnow
from app.db.queries import is_overlap_refusal, notify
from app.errors import EditConflict, UserError
from app.i18n import translate
from app.permissions import Actor, Permission, require
from app.services import audit
from app.services.people import display_name
from app.services.visits import VisitFields, log_visit
from models import (
    Agent,
    AgentAbsence,
    Appointment,
    AppointmentEvent,
    AppointmentMotif,
    AppointmentSession,
    OpeningSlot,
    Person,
    PlaceClosure,
)
from models.enums import (
    SEAT_HOLDING_STATUSES,
    AppointmentStatus,
    AuditAction,
    Channel,
    MotifKind,
)

HOLDING = tuple(status.value for status in SEAT_HOLDING_STATUSES)
FINAL = tuple(status.value for status in AppointmentStatus if status != AppointmentStatus.PLANNED)


def _tr(text: str) -> str:
    return translate("Appointments", text)


def aware(moment: datetime) -> datetime:
    """A stored time as an aware UTC time (SQLite gives it back without its zone)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


@dataclass(frozen=True)
class FreeSlot:
    agent_id: uuid.UUID
    agent_name: str
    starts_at: datetime
    ends_at: datetime
    seats_left: int
    session_id: uuid.UUID | None = None  # a group session that still has seats


@dataclass(frozen=True)
class AgendaRow:
    """One booking of an agenda. `person_name` and `phone` are empty for a role that does not
    read people (a volunteer sees the times and motifs only)."""

    appointment_id: uuid.UUID
    session_id: uuid.UUID
    starts_at: datetime
    ends_at: datetime
    agent_id: uuid.UUID
    agent_name: str
    motif_id: uuid.UUID
    motif_name: str
    motif_kind: str
    is_group: bool
    capacity: int
    booked: int
    person_id: uuid.UUID | None
    person_name: str
    phone: str
    status: str
    version: int


# ---------------------------------------------------------------- when agents receive


def _slots_of(session: Session, site_id: uuid.UUID, agent_id: uuid.UUID | None = None):  # type: ignore[no-untyped-def]
    query = select(OpeningSlot, Agent.name).join(Agent, col(Agent.id) == OpeningSlot.agent_id)
    query = query.where(OpeningSlot.site_id == site_id, col(Agent.active).is_(True))
    if agent_id is not None:
        query = query.where(OpeningSlot.agent_id == agent_id)
    return session.exec(query).all()


def _slot_serves(slot: OpeningSlot, day: date, motif_id: uuid.UUID) -> bool:
    if slot.weekday != day.weekday():
        return False
    if slot.valid_from is not None and day < slot.valid_from:
        return False
    if slot.valid_until is not None and day > slot.valid_until:
        return False
    return not slot.motif_ids or str(motif_id) in slot.motif_ids


def local_moment(day: date, minute: int) -> datetime:
    """The UTC time of `minute` after midnight of a Paris day."""
    local = datetime.combine(day, time(minute // 60, minute % 60), tzinfo=LOCAL_TZ)
    return local.astimezone(UTC)


def _closed_days(session: Session, site_id: uuid.UUID, first: date, last: date) -> set[date]:
    closures = session.exec(
        select(PlaceClosure).where(
            PlaceClosure.site_id == site_id,
            col(PlaceClosure.starts_on) <= last,
            col(PlaceClosure.ends_on) >= first,
        )
    ).all()
    days = set()
    for closure in closures:
        day = max(closure.starts_on, first)
        while day <= min(closure.ends_on, last):
            days.add(day)
            day += timedelta(days=1)
    return days


def _absences(session: Session, agent_ids, start: datetime, end: datetime) -> dict:  # type: ignore[no-untyped-def]
    rows = session.exec(
        select(AgentAbsence).where(
            col(AgentAbsence.agent_id).in_(list(agent_ids)),
            col(AgentAbsence.starts_at) < end,
            col(AgentAbsence.ends_at) > start,
        )
    ).all()
    found: dict[uuid.UUID, list[tuple[datetime, datetime]]] = {}
    for row in rows:
        found.setdefault(row.agent_id, []).append((aware(row.starts_at), aware(row.ends_at)))
    return found


def _held_sessions(session: Session, agent_ids, start: datetime, end: datetime) -> dict:  # type: ignore[no-untyped-def]
    rows = session.exec(
        select(AppointmentSession).where(
            col(AppointmentSession.agent_id).in_(list(agent_ids)),
            col(AppointmentSession.released_at).is_(None),
            col(AppointmentSession.starts_at) < end,
            col(AppointmentSession.ends_at) > start,
        )
    ).all()
    found: dict[uuid.UUID, list[AppointmentSession]] = {}
    for row in rows:
        found.setdefault(row.agent_id, []).append(row)
    return found


def _overlaps(start: datetime, end: datetime, spans) -> bool:  # type: ignore[no-untyped-def]
    return any(other_start < end and start < other_end for other_start, other_end in spans)


def free_slots(
    session: Session,
    actor: Actor,
    motif_id: uuid.UUID,
    first_day: date | None = None,
    days: int = 28,
    agent_id: uuid.UUID | None = None,
    limit: int = 40,
    now: datetime | None = None,
) -> list[FreeSlot]:
    """The next times `motif_id` can be booked, soonest first: each opening slot cut into the
    motif's length, less the past, the place's closures, the agent's absences and the time the
    agent already gives (a group session of the same motif and start with seats left is
    offered with its seats)."""
    require(actor, Permission.VIEW_AGENDA)
    now = now or utcnow()
    motif = _motif(session, actor, motif_id)
    first_day = first_day or to_local(now).date()
    last_day = first_day + timedelta(days=days - 1)
    start, end = period_bounds(first_day, last_day)
    slots = _slots_of(session, actor.site_id, agent_id)
    agent_ids = {slot.agent_id for slot, _ in slots}
    if not agent_ids:
        return []
    closed = _closed_days(session, actor.site_id, first_day, last_day)
    absences = _absences(session, agent_ids, start, end)
    held = _held_sessions(session, agent_ids, start, end)
    length = timedelta(minutes=motif.duration_minutes)
    found: dict[tuple, FreeSlot] = {}
    day = first_day
    while day <= last_day:
        if day not in closed:
            for slot, name in slots:
                if not _slot_serves(slot, day, motif.id):
                    continue
                minute = slot.start_minute
                while minute + motif.duration_minutes <= slot.end_minute:
                    begins = local_moment(day, minute)
                    minute += motif.duration_minutes
                    ends = begins + length
                    if begins < now or _overlaps(begins, ends, absences.get(slot.agent_id, [])):
                        continue
                    offer = _offer(motif, slot.agent_id, name, begins, ends,
                                   held.get(slot.agent_id, []))  # fmt: skip
                    if offer is not None:
                        found.setdefault((offer.agent_id, offer.starts_at), offer)
        day += timedelta(days=1)
    return sorted(found.values(), key=lambda s: (s.starts_at, s.agent_name))[:limit]


def _offer(motif, agent_id, name, begins, ends, held) -> FreeSlot | None:  # type: ignore[no-untyped-def]
    seats = motif.capacity if motif.is_group else 1
    for other in held:
        if aware(other.starts_at) < ends and begins < aware(other.ends_at):
            joinable = (
                motif.is_group
                and other.motif_id == motif.id
                and aware(other.starts_at) == begins
                and other.booked < other.capacity
            )
            if not joinable:
                return None
            return FreeSlot(agent_id, name, begins, ends, other.capacity - other.booked, other.id)
    return FreeSlot(agent_id, name, begins, ends, seats)


def _motif(session: Session, actor: Actor, motif_id: uuid.UUID) -> AppointmentMotif:
    motif = session.get(AppointmentMotif, motif_id)
    if motif is None or motif.site_id != actor.site_id:
        raise UserError(_tr("This motif no longer exists."))
    return motif


def _check_bookable(
    session: Session, actor: Actor, motif: AppointmentMotif, agent_id: uuid.UUID,
    begins: datetime, now: datetime,
) -> None:  # fmt: skip
    """The time is in one of the agent's opening slots for this motif, not past, not on a
    closed day, not during an absence."""
    if not motif.active:
        raise UserError(_tr("This motif is no longer offered."))
    if begins < now:
        raise UserError(_tr("This time is already past: please choose another one."))
    ends = begins + timedelta(minutes=motif.duration_minutes)
    local = to_local(begins)
    day = local.date()
    if to_local(ends).date() != day:
        raise UserError(_tr("An appointment must end on the day it starts."))
    first = local.hour * 60 + local.minute
    last = first + motif.duration_minutes
    opened = any(
        _slot_serves(slot, day, motif.id) and slot.start_minute <= first
        and last <= slot.end_minute
        for slot, _ in _slots_of(session, actor.site_id, agent_id)
    )  # fmt: skip
    if not opened:
        raise UserError(_tr("This agent does not receive for this motif at that time."))
    if day in _closed_days(session, actor.site_id, day, day):
        raise UserError(_tr("The place is closed that day."))
    if _overlaps(begins, ends, _absences(session, [agent_id], begins, ends).get(agent_id, [])):
        raise UserError(_tr("This agent is away at that time."))


# ---------------------------------------------------------------- seats


def _take_seat(
    session: Session, actor: Actor, motif: AppointmentMotif, agent_id: uuid.UUID,
    begins: datetime, now: datetime,
) -> AppointmentSession:  # fmt: skip
    """A seat at `begins` with this agent: a new session, or a seat of the group session of
    this motif that starts then. Refused in French when the agent's time is taken (also by a
    desk that booked it an instant ago) or the group is full."""
    if motif.is_group:
        joined = _join_group(session, motif, agent_id, begins)
        if joined is not None:
            return joined
    held = AppointmentSession(
        site_id=actor.site_id, agent_id=agent_id, motif_id=motif.id, starts_at=begins,
        ends_at=begins + timedelta(minutes=motif.duration_minutes),
        capacity=motif.capacity if motif.is_group else 1, booked=1, created_at=now,
    )  # fmt: skip
    group = motif.is_group  # read before: a failed flush without savepoint expires the rows
    try:
        if group:  # a refusal leaves the transaction usable, to join instead
            with session.begin_nested():
                session.add(held)
                session.flush()
        else:  # a refusal ends the booking, rolled back whole: no savepoint to pay for
            session.add(held)
            session.flush()
    except sa_exc.IntegrityError as error:
        if not is_overlap_refusal(error):
            raise
        if group:  # another desk opened this very group session a moment ago
            joined = _join_group(session, motif, agent_id, begins)
            if joined is not None:
                return joined
        raise UserError(
            _tr("This agent already has an appointment at that time: please choose another.")
        ) from None
    return held


def _join_group(
    session: Session, motif: AppointmentMotif, agent_id: uuid.UUID, begins: datetime
) -> AppointmentSession | None:
    """One more seat in the held group session of this motif, agent and start, if there is
    one; the seat is taken by one UPDATE that checks the count, so two desks never take the
    last seat both. None when there is no such session."""
    group = session.exec(
        select(AppointmentSession).where(
            AppointmentSession.agent_id == agent_id,
            AppointmentSession.motif_id == motif.id,
            AppointmentSession.starts_at == begins,
            col(AppointmentSession.released_at).is_(None),
        )
    ).first()
    if group is None:
        return None
    taken = session.execute(
        update(AppointmentSession)
        .where(
            col(AppointmentSession.id) == group.id,
            col(AppointmentSession.released_at).is_(None),
            col(AppointmentSession.booked) < col(AppointmentSession.capacity),
        )
        .values(booked=col(AppointmentSession.booked) + 1)
        .returning(col(AppointmentSession.id))
    ).first()
    if taken is None:
        raise UserError(_tr("This group session is full: please choose another time."))
    session.refresh(group)
    return group


def _give_back_seat(session: Session, session_id: uuid.UUID, now: datetime) -> None:
    """One seat less; a session left with none is released and its time is free again."""
    session.execute(
        update(AppointmentSession)
        .where(col(AppointmentSession.id) == session_id)
        .values(booked=col(AppointmentSession.booked) - 1)
    )
    session.execute(
        update(AppointmentSession)
        .where(col(AppointmentSession.id) == session_id, col(AppointmentSession.booked) == 0)
        .values(released_at=now)
    )
    held = session.get(AppointmentSession, session_id)
    if held is not None:
        session.refresh(held)


# ---------------------------------------------------------------- bookings


def _live_person(session: Session, person_id: uuid.UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.anonymised_at is not None:
        raise UserError(_tr("This file no longer exists."))
    if person.merged_into_id is not None:
        return _live_person(session, person.merged_into_id)
    return person


def _event(session, actor, appointment, kind, previous_status="", previous_starts_at=None,
           starts_at=None, now=None) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    session.add(
        AppointmentEvent(
            appointment_id=appointment.id, occurred_at=now or utcnow(), agent_id=actor.agent_id,
            kind=kind, status=appointment.status, previous_status=previous_status,
            previous_starts_at=previous_starts_at, starts_at=starts_at,
        )
    )  # fmt: skip


def book(
    session: Session,
    actor: Actor,
    motif_id: uuid.UUID,
    agent_id: uuid.UUID,
    starts_at: datetime,
    person_id: uuid.UUID,
    now: datetime | None = None,
) -> Appointment:
    """Book `person_id` on `motif_id` with `agent_id` at `starts_at` (aware)."""
    require(actor, Permission.BOOK_APPOINTMENTS)
    now = now or utcnow()
    begins = aware(starts_at)
    motif = _motif(session, actor, motif_id)
    person = _live_person(session, person_id)
    _check_bookable(session, actor, motif, agent_id, begins, now)
    held = _take_seat(session, actor, motif, agent_id, begins, now)
    if motif.is_group:
        twice = session.exec(
            select(Appointment.id).where(
                Appointment.session_id == held.id,
                Appointment.person_id == person.id,
                col(Appointment.status).in_(HOLDING),
            )
        ).first()
        if twice is not None:
            raise UserError(_tr("This person is already booked in this group session."))
    appointment = Appointment(
        site_id=actor.site_id, session_id=held.id, person_id=person.id,
        booked_by_id=actor.agent_id, created_at=now, status_changed_at=now,
    )  # fmt: skip
    session.add(appointment)
    session.flush()
    _event(session, actor, appointment, "booked", starts_at=begins, now=now)
    audit.record(session, actor, AuditAction.APPOINTMENT_BOOKED, "appointment", appointment.id)
    notify(session, "appointments")
    notify(session, f"person:{person.id}")
    return appointment


def _own_appointment(
    session: Session, actor: Actor, appointment_id: uuid.UUID, version: int | None
) -> Appointment:
    appointment = session.get(Appointment, appointment_id)
    if appointment is None or appointment.site_id != actor.site_id:
        raise UserError(_tr("This appointment no longer exists."))
    if version is not None and appointment.version != version:
        raise EditConflict(
            _tr("Another desk changed this appointment meanwhile: nothing was saved."),
            [_tr("status or time")],
        )
    return appointment


def move(
    session: Session,
    actor: Actor,
    appointment_id: uuid.UUID,
    agent_id: uuid.UUID,
    starts_at: datetime,
    now: datetime | None = None,
    version: int | None = None,
) -> Appointment:
    """Move a booking still to come to another time (or agent): its seat is given back, a
    new one taken, and the move kept in its events with the time it had."""
    require(actor, Permission.BOOK_APPOINTMENTS)
    now = now or utcnow()
    begins = aware(starts_at)
    appointment = _own_appointment(session, actor, appointment_id, version)
    if appointment.status != AppointmentStatus.PLANNED.value:
        raise UserError(_tr("Only an appointment still to come can be moved."))
    old = session.get(AppointmentSession, appointment.session_id)
    motif = _motif(session, actor, old.motif_id)
    _check_bookable(session, actor, motif, agent_id, begins, now)
    _give_back_seat(session, old.id, now)
    held = _take_seat(session, actor, motif, agent_id, begins, now)
    appointment.session_id = held.id
    session.add(appointment)
    session.flush()
    _event(session, actor, appointment, "moved", appointment.status, aware(old.starts_at),
           begins, now)  # fmt: skip
    audit.record(session, actor, AuditAction.APPOINTMENT_MOVED, "appointment", appointment.id)
    notify(session, "appointments")
    notify(session, f"person:{appointment.person_id}")
    return appointment


def set_status(
    session: Session,
    actor: Actor,
    appointment_id: uuid.UUID,
    status: str,
    now: datetime | None = None,
    version: int | None = None,
    visit_id: uuid.UUID | None = None,
) -> Appointment:
    """Give a booking its status: seen, no-show, excused, cancelled by the place. A seen or
    missed one can be corrected between those two; an excused or cancelled one gave its seat
    back and stays so (book again instead)."""
    require(actor, Permission.BOOK_APPOINTMENTS)
    now = now or utcnow()
    if status not in {s.value for s in AppointmentStatus} or status == AppointmentStatus.PLANNED:
        raise UserError(_tr("Please choose the status from the list."))
    appointment = _own_appointment(session, actor, appointment_id, version)
    previous = appointment.status
    if previous == status:
        return appointment
    if previous not in HOLDING:
        raise UserError(_tr("This appointment was cancelled: book a new one instead."))
    held = session.get(AppointmentSession, appointment.session_id)
    if status == AppointmentStatus.NO_SHOW and aware(held.starts_at) > now:
        raise UserError(_tr("An appointment still to come cannot be marked missed."))
    if status not in HOLDING:
        _give_back_seat(session, held.id, now)
    appointment.status = status
    appointment.status_changed_at = now
    if visit_id is not None:
        appointment.visit_id = visit_id
    session.add(appointment)
    session.flush()
    _event(session, actor, appointment, "status", previous, now=now)
    audit.record(session, actor, AuditAction.APPOINTMENT_STATUS, "appointment", appointment.id)
    notify(session, "appointments")
    notify(session, f"person:{appointment.person_id}")
    return appointment


# how the visit of an appointment reached us, after the motif's kind
VISIT_CHANNEL = {
    MotifKind.ON_SITE.value: Channel.APPOINTMENT.value,
    MotifKind.PHONE.value: Channel.PHONE.value,
    MotifKind.HOME.value: Channel.HOME_VISIT.value,
    MotifKind.VIDEO.value: Channel.VIDEO.value,
}


def arrive(
    session: Session,
    actor: Actor,
    appointment_id: uuid.UUID,
    fields: VisitFields | None = None,
    now: datetime | None = None,
    version: int | None = None,
) -> Appointment:
    """« Arrivé·e »: the person's visit is logged (the reception's own write path,
    `visits.log_visit`, with the motif's channel) and the booking is seen, in one go."""
    require(actor, Permission.BOOK_APPOINTMENTS)
    now = now or utcnow()
    appointment = _own_appointment(session, actor, appointment_id, version)
    if appointment.status != AppointmentStatus.PLANNED.value:
        raise UserError(_tr("This appointment already has a status."))
    held = session.get(AppointmentSession, appointment.session_id)
    if to_local(aware(held.starts_at)).date() != to_local(now).date():
        raise UserError(_tr("Only an appointment of today can be marked arrived."))
    motif = session.get(AppointmentMotif, held.motif_id)
    fields = replace(fields or VisitFields(), channel=VISIT_CHANNEL[motif.kind])
    visit = log_visit(session, actor, fields, appointment.person_id, now=now)
    return set_status(session, actor, appointment.id, AppointmentStatus.SEEN.value, now=now,
                      visit_id=visit.id)  # fmt: skip


def forget_person(
    session: Session, actor: Actor, person_id: uuid.UUID, now: datetime | None = None
) -> int:
    """A file erased on request: its bookings still to come are cancelled by the place (their
    seats come back), and every booking loses the person, staying in the figures. Returns how
    many were cancelled."""
    require(actor, Permission.MANAGE_PRIVACY)
    now = now or utcnow()
    planned = session.exec(
        select(Appointment.id).where(
            Appointment.person_id == person_id,
            Appointment.status == AppointmentStatus.PLANNED.value,
        )
    ).all()
    for appointment_id in planned:
        set_status(session, actor, appointment_id, AppointmentStatus.CANCELLED_BY_PLACE.value,
                   now=now)  # fmt: skip
    session.execute(
        update(Appointment).where(col(Appointment.person_id) == person_id).values(person_id=None)
    )
    return len(planned)


def events_of(session: Session, actor: Actor, appointment_id: uuid.UUID) -> list[AppointmentEvent]:
    """What happened to a booking, oldest first."""
    require(actor, Permission.VIEW_AGENDA)
    _own_appointment(session, actor, appointment_id, None)
    return list(
        session.exec(
            select(AppointmentEvent)
            .where(AppointmentEvent.appointment_id == appointment_id)
            .order_by(col(AppointmentEvent.occurred_at), col(AppointmentEvent.kind))
        ).all()
    )


# ---------------------------------------------------------------- agendas


def _rows(session: Session, actor: Actor, *where) -> list[AgendaRow]:  # type: ignore[no-untyped-def]
    readable = actor.can(Permission.READ_PEOPLE)
    query = (
        select(Appointment, AppointmentSession, AppointmentMotif, Agent.name, Person)
        .join(AppointmentSession, col(AppointmentSession.id) == Appointment.session_id)
        .join(AppointmentMotif, col(AppointmentMotif.id) == AppointmentSession.motif_id)
        .join(Agent, col(Agent.id) == AppointmentSession.agent_id)
        .outerjoin(Person, col(Person.id) == Appointment.person_id)
        .where(Appointment.site_id == actor.site_id, *where)
        .order_by(col(AppointmentSession.starts_at), col(Agent.name), col(Person.last_name))
    )
    rows = []
    for appointment, held, motif, agent_name, person in session.exec(query).all():
        names = readable and person is not None  # an erased file's booking has no one
        rows.append(
            AgendaRow(
                appointment.id, held.id, aware(held.starts_at), aware(held.ends_at),
                held.agent_id, agent_name, motif.id, motif.name, motif.kind, motif.is_group,
                held.capacity, held.booked, person.id if names else None,
                display_name(person) if names else "", person.phone if names else "",
                appointment.status, appointment.version,
            )
        )  # fmt: skip
    return rows


def agenda(
    session: Session,
    actor: Actor,
    first_day: date,
    last_day: date | None = None,
    agent_id: uuid.UUID | None = None,
    with_cancelled: bool = False,
) -> list[AgendaRow]:
    """The bookings of these Paris days (one agent's, or the whole place's), by time."""
    require(actor, Permission.VIEW_AGENDA)
    start, end = period_bounds(first_day, last_day or first_day)
    where = [col(AppointmentSession.starts_at) >= start, col(AppointmentSession.starts_at) < end]
    if agent_id is not None:
        where.append(AppointmentSession.agent_id == agent_id)
    if not with_cancelled:
        where.append(col(Appointment.status).in_(HOLDING))
    return _rows(session, actor, *where)


def left_open(session: Session, actor: Actor, now: datetime | None = None) -> list[AgendaRow]:
    """The end of the day: past bookings still « à venir », which each need a status."""
    require(actor, Permission.VIEW_AGENDA)
    now = now or utcnow()
    return _rows(
        session, actor,
        Appointment.status == AppointmentStatus.PLANNED.value,
        col(AppointmentSession.ends_at) <= now,
    )  # fmt: skip


def of_person(session: Session, actor: Actor, person_id: uuid.UUID) -> list[AgendaRow]:
    """A person's bookings, every status, by time."""
    require(actor, Permission.READ_PEOPLE)
    return _rows(session, actor, Appointment.person_id == person_id)


def due_in(session: Session, actor: Actor, day: date) -> list[AgendaRow]:
    """The bookings still to come on `day`: the « à rappeler » list."""
    require(actor, Permission.READ_PEOPLE)
    start, end = day_bounds(day)
    return _rows(
        session, actor,
        Appointment.status == AppointmentStatus.PLANNED.value,
        col(AppointmentSession.starts_at) >= start, col(AppointmentSession.starts_at) < end,
    )  # fmt: skip
