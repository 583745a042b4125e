"""Setting up the agenda of a desk that works « sur rendez-vous »: motifs, the agents' weekly
opening slots and absences, the place's closures. The coordinator's work; checked values,
French refusals."""

import uuid
from datetime import date, datetime, timedelta

from sqlmodel import Session, col, select

from app.clock import utcnow
from app.db.queries import notify
from app.errors import UserError
from app.i18n import translate
from app.permissions import Actor, Permission, require
from app.services import audit
from app.services.appointments import aware
from models import Agent, AgentAbsence, AppointmentMotif, OpeningSlot, PlaceClosure
from models.enums import AuditAction, MotifKind

MAX_DURATION = 8 * 60
MAX_CAPACITY = 200


def _tr(text: str) -> str:
    return translate("Appointments", text)


def _changed(session: Session, actor: Actor, entity: str, entity_id: uuid.UUID) -> None:
    audit.record(session, actor, AuditAction.AGENDA_CHANGED, entity, entity_id)
    notify(session, "appointments")


def parse_hour(text: str) -> int:
    """« 9:30 », « 09h30 », « 14 h » → minutes after midnight; French refusal otherwise."""
    cleaned = text.strip().lower().replace(" ", "").replace("h", ":").rstrip(":")
    hours, _, minutes = cleaned.partition(":")
    if not hours.isdigit() or (minutes and not minutes.isdigit()):
        raise UserError(_tr("Please write the hour as 9:30 or 14h."))
    value = int(hours) * 60 + int(minutes or 0)
    if int(hours) > 23 or int(minutes or 0) > 59:
        raise UserError(_tr("Please write the hour as 9:30 or 14h."))
    return value


def create_motif(
    session: Session,
    actor: Actor,
    name: str,
    duration_minutes: int,
    kind: str = MotifKind.ON_SITE.value,
    is_group: bool = False,
    capacity: int = 1,
    instructions: str = "",
) -> AppointmentMotif:
    require(actor, Permission.MANAGE_AGENDA)
    name = (name or "").strip()
    if not name or len(name) > 120:
        raise UserError(_tr("Please give the motif a name (120 characters at most)."))
    if kind not in {k.value for k in MotifKind}:
        raise UserError(_tr("Please choose how the appointment happens from the list."))
    if not 5 <= duration_minutes <= MAX_DURATION:
        raise UserError(_tr("An appointment lasts between 5 minutes and 8 hours."))
    if is_group and not 2 <= capacity <= MAX_CAPACITY:
        raise UserError(_tr("A group session has between 2 and 200 seats."))
    if len(instructions or "") > 1000:
        raise UserError(_tr("The instructions are too long: 1000 characters at most."))
    motif = AppointmentMotif(
        site_id=actor.site_id, name=name, duration_minutes=duration_minutes, kind=kind,
        is_group=is_group, capacity=capacity if is_group else 1,
        instructions=(instructions or "").strip(),
    )  # fmt: skip
    session.add(motif)
    session.flush()
    _changed(session, actor, "appointment_motif", motif.id)
    return motif


def motifs(session: Session, actor: Actor, active_only: bool = True) -> list[AppointmentMotif]:
    require(actor, Permission.VIEW_AGENDA)
    query = select(AppointmentMotif).where(AppointmentMotif.site_id == actor.site_id)
    if active_only:
        query = query.where(col(AppointmentMotif.active).is_(True))
    return list(session.exec(query.order_by(col(AppointmentMotif.name))).all())


def _agent_here(session: Session, actor: Actor, agent_id: uuid.UUID) -> Agent:
    agent = session.get(Agent, agent_id)
    if agent is None or agent.site_id != actor.site_id or not agent.active:
        raise UserError(_tr("This agent is not active at this place."))
    return agent


def add_opening_slot(
    session: Session,
    actor: Actor,
    agent_id: uuid.UUID,
    weekday: int,
    start: str,
    end: str,
    motif_ids: list[uuid.UUID] | None = None,
    valid_from: date | None = None,
    valid_until: date | None = None,
) -> OpeningSlot:
    """`agent_id` receives every `weekday` (0 Monday) from `start` to `end` (« 9:00 »)."""
    require(actor, Permission.MANAGE_AGENDA)
    _agent_here(session, actor, agent_id)
    if weekday not in range(7):
        raise UserError(_tr("Please choose the day of the week from the list."))
    first, last = parse_hour(start), parse_hour(end)
    if last <= first:
        raise UserError(_tr("The opening must end after it starts."))
    if valid_from and valid_until and valid_until < valid_from:
        raise UserError(_tr("The last day comes before the first one."))
    for motif_id in motif_ids or []:
        motif = session.get(AppointmentMotif, motif_id)
        if motif is None or motif.site_id != actor.site_id:
            raise UserError(_tr("This motif no longer exists."))
    slot = OpeningSlot(
        site_id=actor.site_id, agent_id=agent_id, weekday=weekday, start_minute=first,
        end_minute=last, motif_ids=[str(m) for m in motif_ids or []], valid_from=valid_from,
        valid_until=valid_until,
    )  # fmt: skip
    session.add(slot)
    session.flush()
    _changed(session, actor, "opening_slot", slot.id)
    return slot


def add_absence(
    session: Session,
    actor: Actor,
    agent_id: uuid.UUID,
    starts_at: datetime,
    ends_at: datetime,
    reason: str = "",
) -> AgentAbsence:
    """The agent is away [starts_at, ends_at): no new booking then. Bookings already made in
    that time stay as they are (moving them is the desk's choice, « Déplacer… »)."""
    require(actor, Permission.MANAGE_AGENDA)
    _agent_here(session, actor, agent_id)
    if aware(ends_at) <= aware(starts_at):
        raise UserError(_tr("The absence must end after it starts."))
    absence = AgentAbsence(
        agent_id=agent_id, starts_at=aware(starts_at), ends_at=aware(ends_at),
        reason=(reason or "").strip()[:200], created_at=utcnow(),
    )  # fmt: skip
    session.add(absence)
    session.flush()
    _changed(session, actor, "agent_absence", absence.id)
    return absence


def add_closure(
    session: Session, actor: Actor, starts_on: date, ends_on: date, message: str = ""
) -> PlaceClosure:
    require(actor, Permission.MANAGE_AGENDA)
    if ends_on < starts_on:
        raise UserError(_tr("The last day comes before the first one."))
    if ends_on - starts_on > timedelta(days=366):
        raise UserError(_tr("A closure lasts a year at most."))
    closure = PlaceClosure(
        site_id=actor.site_id, starts_on=starts_on, ends_on=ends_on,
        message=(message or "").strip()[:300],
    )  # fmt: skip
    session.add(closure)
    session.flush()
    _changed(session, actor, "place_closure", closure.id)
    return closure


def agenda_agents(session: Session, actor: Actor) -> list[tuple[uuid.UUID, str]]:
    """The active agents who receive (have an opening slot), by name."""
    require(actor, Permission.VIEW_AGENDA)
    rows = session.exec(
        select(Agent.id, Agent.name)
        .where(Agent.site_id == actor.site_id, col(Agent.active).is_(True),
               col(Agent.id).in_(select(OpeningSlot.agent_id)))
        .order_by(col(Agent.name))
    ).all()  # fmt: skip
    return [(agent_id, name) for agent_id, name in rows]


def receiving_agents(session: Session, actor: Actor) -> list[tuple[uuid.UUID, str]]:
    """Every active agent of the place (who may be given opening slots), by name."""
    require(actor, Permission.MANAGE_AGENDA)
    rows = session.exec(
        select(Agent.id, Agent.name)
        .where(Agent.site_id == actor.site_id, col(Agent.active).is_(True))
        .order_by(col(Agent.name))
    ).all()
    return [(agent_id, name) for agent_id, name in rows]


def opening_slots(session: Session, actor: Actor) -> list[tuple[OpeningSlot, str]]:
    """The place's opening slots with their agent's name, by agent, day and hour."""
    require(actor, Permission.VIEW_AGENDA)
    return [
        (slot, name)
        for slot, name in session.exec(
            select(OpeningSlot, Agent.name)
            .join(Agent, col(Agent.id) == OpeningSlot.agent_id)
            .where(OpeningSlot.site_id == actor.site_id)
            .order_by(col(Agent.name), col(OpeningSlot.weekday), col(OpeningSlot.start_minute))
        ).all()
    ]


def closures(session: Session, actor: Actor, since: date) -> list[PlaceClosure]:
    """The place's closures that end on or after `since`, soonest first."""
    require(actor, Permission.VIEW_AGENDA)
    return list(
        session.exec(
            select(PlaceClosure)
            .where(PlaceClosure.site_id == actor.site_id, col(PlaceClosure.ends_on) >= since)
            .order_by(col(PlaceClosure.starts_on))
        ).all()
    )
