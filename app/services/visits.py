"""Visits at the reception desk: logging, today's log, editing or deleting today's own visits."""

import json
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache

from sqlalchemy import DateTime, String, TextClause, Uuid, bindparam, column, func, text
from sqlalchemy.orm import make_transient_to_detached
from sqlmodel import Session, col, select, update

from app import taxonomy
from app.clock import day_bounds, local_today, to_local, utcnow
from app.db.queries import index_hint, insert_for_updated_row, notify
from app.errors import UserError
from app.i18n import translate
from app.permissions import Actor, Permission, require
from app.services import audit
from models import Person, Referral, Site, Visit
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
    visit_id: uuid.UUID | None = None,
) -> Visit:
    """Record a reception visit (anonymous when person_id is None).

    `visit_id` is made by a desk that kept an anonymous visit while the main PC was away
    (app.outbox): sent again, it finds the visit already stored and adds nothing."""
    require(actor, Permission.LOG_VISITS if person_id else Permission.LOG_ANONYMOUS_VISIT)
    now = now or utcnow()
    cleaned = clean_visit_fields(fields, anonymous=person_id is None)
    if visit_id is not None:
        stored = session.exec(
            select(Visit).where(Visit.id == visit_id, Visit.site_id == actor.site_id)
        ).first()
        if stored is not None:
            return stored
    visit = Visit(
        id=visit_id or uuid.uuid4(),
        site_id=actor.site_id,
        agent_id=actor.agent_id,
        person_id=person_id,
        occurred_at=now,
        kind=VisitKind.RECEPTION.value,
        created_at=now,
        updated_at=now,
        **cleaned.__dict__,
    )
    if person_id is None or not _log_on_live_file(session, visit, now):
        if person_id is not None:
            person_id = visit.person_id = _touch_live_file(session, person_id, now)
        session.add(visit)
        session.flush()
    notify(session, "visits")
    if person_id is not None:
        notify(session, f"person:{person_id}")
    return visit


def _touch_live(person_id: uuid.UUID, now: datetime):  # type: ignore[no-untyped-def]
    """The file's last activity becomes `now`, if it is a live file (not merged, not
    anonymised); returns its id."""
    return (
        update(Person)
        .where(
            col(Person.id) == person_id,
            col(Person.merged_into_id).is_(None),
            col(Person.anonymised_at).is_(None),
        )
        .values(last_activity_at=now)
        .returning(col(Person.id))
    )


def _log_on_live_file(session: Session, visit: Visit, now: datetime) -> bool:
    """The usual case in one go: the visit's file is live, touched and the visit stored with
    it. False (nothing done) when the file was merged meanwhile or is gone."""
    values = {
        column.name: getattr(visit, column.name)
        for column in Visit.__table__.columns
        if column.name != "person_id"
    }
    if not insert_for_updated_row(
        session, _touch_live(visit.person_id, now), Visit.__table__, values, "person_id"
    ):
        return False
    make_transient_to_detached(visit)
    session.add(visit)  # stored as it is: the session knows it without reading it back
    return True


def _touch_live_file(session: Session, person_id: uuid.UUID, now: datetime) -> uuid.UUID:
    """The file the visit goes to: this one, or the file it was merged into (a desk may still
    show a file another desk merged a moment ago). Its last activity becomes `now`; the UPDATE
    waits for a merge of the same file in progress and then sees its outcome."""
    for _ in range(10):  # a merged file points to the kept one; chains are short
        if session.execute(_touch_live(person_id, now)).first() is not None:
            return person_id
        kept = session.exec(
            select(Person.merged_into_id).where(col(Person.id) == person_id)
        ).first()
        if kept is None:
            break
        person_id = kept
    raise UserError(_tr("This file no longer exists."))


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
    notify(session, "visits")
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
    notify(session, "visits")


# SQLite must walk the time index: the site index matches every visit of a one-site database.
_TIME_INDEX = "ix_visit_occurred_at"
_TODAY_COLUMNS = (
    column("id", Uuid()),
    column("occurred_at", String()),  # parsed below: fromisoformat is much faster
    column("person_id", Uuid()),
    column("themes", String()),
    column("outcome", String()),
    column("channel", String()),
    column("note", String()),
    column("age_band", String()),
    column("gender", String()),
    column("commune", String()),
    column("agent_id", Uuid()),
    column("first_name", String()),
    column("last_name", String()),
    column("name", String()),
)


def _hint(session: Session) -> str:
    return index_hint(session, _TIME_INDEX)


@cache
def _today_sql(hint: str) -> TextClause:
    return (
        text(
            "SELECT v.id, v.occurred_at, v.person_id, v.themes, v.outcome, v.channel, v.note, "
            "v.age_band, v.gender, v.commune, v.agent_id, p.first_name, p.last_name, a.name "
            f"FROM visit AS v {hint} "
            "LEFT OUTER JOIN person AS p ON p.id = v.person_id "
            "LEFT OUTER JOIN agent AS a ON a.id = v.agent_id "
            "WHERE v.site_id = :site AND v.kind = :kind "
            "AND v.occurred_at >= :start AND v.occurred_at < :end "
            "ORDER BY v.occurred_at DESC"
        )
        .bindparams(
            bindparam("site", type_=Uuid()),
            bindparam("start", type_=DateTime()),
            bindparam("end", type_=DateTime()),
        )
        .columns(*_TODAY_COLUMNS)
    )


@cache
def _recent_themes_sql(hint: str) -> TextClause:
    return text(
        f"SELECT v.themes FROM visit AS v {hint} "
        "WHERE v.site_id = :site AND v.kind = :kind ORDER BY v.occurred_at DESC LIMIT :recent"
    ).bindparams(bindparam("site", type_=Uuid()))


def _stored_time(value: str | datetime) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _today_params(actor: Actor, start: datetime, end: datetime) -> dict:
    return {
        "site": actor.site_id,
        "kind": VisitKind.RECEPTION.value,
        "start": start.replace(tzinfo=None),
        "end": end.replace(tzinfo=None),
    }


def todays_log(session: Session, actor: Actor, now: datetime | None = None) -> list[LogRow]:
    """Today's reception visits of the site, most recent first. Names only for those who may
    read files."""
    require(actor, Permission.LOG_ANONYMOUS_VISIT)
    start, end = day_bounds(local_today(now))
    statement = _today_sql(_hint(session))
    rows = session.exec(statement, params=_today_params(actor, start, end)).all()  # type: ignore[call-overload]
    can_read = actor.can(Permission.READ_PEOPLE)
    anonymous, known = _tr("Anonymous"), _tr("Known person")
    log = []
    for (
        visit_id,
        occurred_at,
        person_id,
        themes,
        outcome,
        channel,
        note,
        age_band,
        gender,
        commune,
        agent_id,
        first_name,
        last_name,
        agent_name,
    ) in rows:
        if person_id is None:
            name = anonymous
        elif can_read:
            name = " ".join(part for part in (first_name, (last_name or "").upper()) if part)
        else:
            name = known
        themes = themes if isinstance(themes, list) else json.loads(themes or "[]")
        occurred_at = _stored_time(occurred_at)
        shown_note = note if (can_read or person_id is None) else ""
        log.append(
            LogRow(
                id=visit_id,
                occurred_at=occurred_at,
                person_id=person_id,
                person_name=name,
                themes=themes,
                outcome=outcome,
                channel=channel,
                note=shown_note,
                agent_id=agent_id,
                agent_name=agent_name or "",
                mine=agent_id == actor.agent_id,
                fields=VisitFields(channel, themes, outcome, shown_note, age_band, gender, commune),
            )
        )
    return log


def most_used_themes(
    session: Session, actor: Actor, limit: int = 8, recent_visits: int = 1000
) -> list[str]:
    """The themes most used by the site in its last visits (the picker shows them first)."""
    require(actor, Permission.LOG_ANONYMOUS_VISIT)
    recent = session.exec(  # type: ignore[call-overload]
        _recent_themes_sql(_hint(session)),
        params={
            "site": actor.site_id,
            "kind": VisitKind.RECEPTION.value,
            "recent": recent_visits,
        },
    ).scalars()
    counts: Counter[str] = Counter()
    for themes in recent:
        counts.update(themes if isinstance(themes, list) else json.loads(themes or "[]"))
    known = {code.value for code in taxonomy.themes()}
    return [code for code, _ in counts.most_common() if code in known][:limit]


def default_channel(session: Session, actor: Actor) -> str:
    site = session.get(Site, actor.site_id)
    return site.default_channel if site and site.default_channel else Channel.WALK_IN.value
