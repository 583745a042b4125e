"""Visits at the reception desk: logging, today's log, editing or deleting today's own visits."""

import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from app import taxonomy
from app.clock import day_bounds, local_today, to_local, utcnow
from app.errors import UserError
from app.i18n import translate
from app.permissions import Actor, Permission, require
from app.services import audit
from app.services.people import display_name, live_person
from models import Agent, Person, Referral, Site, Visit
from models.enums import AgeBand, AuditAction, Channel, Gender, VisitKind, VisitOutcome

NOTE_MAX_LENGTH = 2000


def _tr(text: str) -> str:
    return translate("ReceptionVisits", text)


@dataclass
class VisitFields:
    """What the visit form sends."""

    channel: str = Channel.WALK_IN.value
    themes: list[str] = field(default_factory=list)
    outcome: str = ""
    note: str = ""
    # anonymous snapshot, for statistics only
    age_band: str = ""
    gender: str = ""
    commune: str = ""


@dataclass
class LogRow:
    """One line of today's log."""

    id: uuid.UUID
    occurred_at: datetime
    person_id: uuid.UUID | None
    person_name: str
    themes: list[str]
    outcome: str
    channel: str
    note: str
    agent_id: uuid.UUID | None
    agent_name: str
    mine: bool
    fields: VisitFields


def clean_visit_fields(fields: VisitFields, anonymous: bool) -> VisitFields:
    if fields.channel not in {c.value for c in Channel}:
        raise UserError(_tr("Please choose how the person reached us."))
    known = {code.value for code in taxonomy.themes()}
    themes = list(dict.fromkeys(fields.themes or []))
    if any(code not in known for code in themes):
        raise UserError(_tr("Please choose the reasons from the list."))
    if fields.outcome and fields.outcome not in {o.value for o in VisitOutcome}:
        raise UserError(_tr("Please choose the outcome from the list."))
    note = (fields.note or "").strip()
    if len(note) > NOTE_MAX_LENGTH:
        raise UserError(
            _tr("The note is too long: %1 characters at most. Keep only the facts.").replace(
                "%1", str(NOTE_MAX_LENGTH)
            )
        )
    if "\x00" in note:
        raise UserError(_tr("Please remove the invisible characters from the note."))
    age_band = gender = commune = ""
    if anonymous:
        age_band, gender = fields.age_band or "", fields.gender or ""
        if age_band and age_band not in {a.value for a in AgeBand}:
            raise UserError(_tr("Please choose the age band from the list."))
        if gender and gender not in {g.value for g in Gender}:
            raise UserError(_tr("Please choose the gender from the list."))
        commune = (fields.commune or "").strip()
        if len(commune) > 120:
            raise UserError(_tr("The commune name is too long (120 at most)."))
    outcome = fields.outcome or ""
    return VisitFields(fields.channel, themes, outcome, note, age_band, gender, commune)


def log_visit(
    session: Session,
    actor: Actor,
    fields: VisitFields,
    person_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> Visit:
    """Record a reception visit (anonymous when person_id is None)."""
    require(actor, Permission.LOG_VISITS if person_id else Permission.LOG_ANONYMOUS_VISIT)
    now = now or utcnow()
    cleaned = clean_visit_fields(fields, anonymous=person_id is None)
    if person_id is not None:
        person = live_person(session, person_id)
        person.last_activity_at = now
        session.add(person)
    visit = Visit(
        site_id=actor.site_id,
        agent_id=actor.agent_id,
        person_id=person_id,
        occurred_at=now,
        kind=VisitKind.RECEPTION.value,
        created_at=now,
        updated_at=now,
        **cleaned.__dict__,
    )
    session.add(visit)
    session.flush()
    return visit


def _todays_own_visit(session: Session, actor: Actor, visit_id: uuid.UUID, now: datetime) -> Visit:
    visit = session.get(Visit, visit_id)
    if visit is None or visit.site_id != actor.site_id:
        raise UserError(_tr("This visit no longer exists."))
    if visit.agent_id != actor.agent_id:
        raise UserError(_tr("Only the agent who logged this visit can change it."))
    if local_today(to_local(visit.occurred_at)) != local_today(now):
        raise UserError(_tr("Only today's visits can be changed."))
    return visit


def update_visit(
    session: Session,
    actor: Actor,
    visit_id: uuid.UUID,
    fields: VisitFields,
    now: datetime | None = None,
) -> Visit:
    """Correct one of today's own visits (audited)."""
    require(actor, Permission.LOG_ANONYMOUS_VISIT)
    now = now or utcnow()
    visit = _todays_own_visit(session, actor, visit_id, now)
    if visit.person_id is not None:
        require(actor, Permission.LOG_VISITS)
    for name, value in clean_visit_fields(fields, visit.person_id is None).__dict__.items():
        setattr(visit, name, value)
    visit.updated_at = now
    session.add(visit)
    audit.record(session, actor, AuditAction.VISIT_EDITED, "visit", visit.id)
    return visit


def delete_visit(
    session: Session, actor: Actor, visit_id: uuid.UUID, now: datetime | None = None
) -> None:
    """Delete one of today's own visits (audited); refused if referrals hang on it."""
    require(actor, Permission.LOG_ANONYMOUS_VISIT)
    now = now or utcnow()
    visit = _todays_own_visit(session, actor, visit_id, now)
    if visit.person_id is not None:
        require(actor, Permission.LOG_VISITS)
    referrals = session.exec(
        select(func.count()).select_from(Referral).where(Referral.visit_id == visit.id)
    ).one()
    if referrals:
        raise UserError(_tr("This visit has referrals: cancel them on the Referrals page first."))
    session.delete(visit)
    audit.record(session, actor, AuditAction.VISIT_DELETED, "visit", visit_id)


def todays_log(session: Session, actor: Actor, now: datetime | None = None) -> list[LogRow]:
    """Today's reception visits of the site, most recent first. Names only for those who may
    read files."""
    require(actor, Permission.LOG_ANONYMOUS_VISIT)
    start, end = day_bounds(local_today(now))
    rows = session.exec(
        select(Visit, Person, Agent.name)
        .outerjoin(Person, col(Person.id) == Visit.person_id)
        .outerjoin(Agent, col(Agent.id) == Visit.agent_id)
        .where(
            Visit.site_id == actor.site_id,
            Visit.kind == VisitKind.RECEPTION.value,
            col(Visit.occurred_at) >= start,
            col(Visit.occurred_at) < end,
        )
        .order_by(col(Visit.occurred_at).desc())
    )
    can_read = actor.can(Permission.READ_PEOPLE)
    log = []
    for visit, person, agent_name in rows:
        if person is None:
            name = _tr("Anonymous")
        else:
            name = display_name(person) if can_read else _tr("Known person")
        log.append(
            LogRow(
                id=visit.id,
                occurred_at=visit.occurred_at,
                person_id=visit.person_id,
                person_name=name,
                themes=list(visit.themes or []),
                outcome=visit.outcome,
                channel=visit.channel,
                note=visit.note if (can_read or person is None) else "",
                agent_id=visit.agent_id,
                agent_name=agent_name or "",
                mine=visit.agent_id == actor.agent_id,
                fields=VisitFields(
                    visit.channel,
                    list(visit.themes or []),
                    visit.outcome,
                    visit.note,
                    visit.age_band,
                    visit.gender,
                    visit.commune,
                ),
            )
        )
    return log


def most_used_themes(
    session: Session, actor: Actor, limit: int = 8, recent_visits: int = 1000
) -> list[str]:
    """The themes most used by the site in its last visits (the picker shows them first)."""
    require(actor, Permission.LOG_ANONYMOUS_VISIT)
    recent = session.exec(
        select(Visit.themes)
        .where(Visit.site_id == actor.site_id, Visit.kind == VisitKind.RECEPTION.value)
        .order_by(col(Visit.occurred_at).desc())
        .limit(recent_visits)
    )
    counts: Counter[str] = Counter()
    for themes in recent:
        counts.update(themes or [])
    known = {code.value for code in taxonomy.themes()}
    return [code for code, _ in counts.most_common() if code in known][:limit]


def default_channel(session: Session, actor: Actor) -> str:
    site = session.get(Site, actor.site_id)
    return site.default_channel if site and site.default_channel else Channel.WALK_IN.value
