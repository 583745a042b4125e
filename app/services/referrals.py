"""Referrals ("orientations"): suggest services, refer, follow the status lifecycle.

Lifecycle (DORA): proposée → envoyée → acceptée | refusée (with a refusal reason)
→ réalisée | non aboutie (with a reason); annulée from any open state; expirée by
`expire_stale_referrals` after `referral_expiry_days` without news. Printing the sheet of a
proposed referral counts as sending it. Every change is a ReferralEvent plus an audit entry.
"""

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import String, cast, func
from sqlalchemy.orm import load_only
from sqlmodel import Session, col, select

from app import taxonomy
from app.clock import local_today, period_bounds, utcnow
from app.db.queries import notify
from app.db.role_table import TILL_HIDDEN_REFERRAL
from app.errors import UserError
from app.i18n import translate
from app.permissions import Actor, Permission, require
from app.services import audit
from app.services.edit_conflicts import check_version, this_referral
from app.services.referral_labels import status_label
from app.services.referral_suggestions import (  # noqa: F401  (suggestions are part of this API)
    Suggestion,
    suggest_services,
    theme_matches,
)
from app.services.settings import get_setting
from models import (
    Agent,
    Organization,
    Person,
    Referral,
    ReferralEvent,
    Service,
    Visit,
)
from models.enums import (
    OPEN_REFERRAL_STATUSES,
    AuditAction,
    ReferralChannel,
    ReferralStatus,
    RefusalReason,
    SheetLanguage,
)

MAX_REASON = 600

# the statuses each status may move to by hand (expiry is automatic)
TRANSITIONS: dict[ReferralStatus, frozenset[ReferralStatus]] = {
    ReferralStatus.PROPOSED: frozenset({ReferralStatus.SENT, ReferralStatus.CANCELLED}),
    ReferralStatus.SENT: frozenset(
        {ReferralStatus.ACCEPTED, ReferralStatus.REFUSED, ReferralStatus.CANCELLED}
    ),
    ReferralStatus.ACCEPTED: frozenset(
        {ReferralStatus.DONE, ReferralStatus.UNSUCCESSFUL, ReferralStatus.CANCELLED}
    ),
}
NEEDS_REASON = frozenset({ReferralStatus.REFUSED, ReferralStatus.UNSUCCESSFUL})


@dataclass(frozen=True)
class ReferralRow:
    """One line of the referrals list."""

    id: uuid.UUID
    created_at: datetime
    status: str
    status_reason: str
    follow_up_on: date | None
    service_name: str
    organization_name: str
    organization_id: uuid.UUID
    person_id: uuid.UUID | None
    person_name: str
    themes: tuple[str, ...]
    reason: str
    channel: str
    language: str
    sheet_printed_at: datetime | None
    version: int = 1

    def is_due(self, today: date) -> bool:
        return (
            self.status in {s.value for s in OPEN_REFERRAL_STATUSES}
            and self.follow_up_on is not None
            and self.follow_up_on <= today
        )


# --- transitions ---------------------------------------------------------------------------
def allowed_next_statuses(status: str) -> list[ReferralStatus]:
    """The statuses an agent may choose for a referral in `status` (in lifecycle order)."""
    allowed = TRANSITIONS.get(ReferralStatus(status), frozenset())
    return [s for s in ReferralStatus if s in allowed]


# --- themes --------------------------------------------------------------------------------
def _valid_theme_codes() -> set[str]:
    return {c.value for c in taxonomy.themes()} | {c.value for c in taxonomy.theme_categories()}


def _clean_themes(themes: Iterable[str]) -> list[str]:
    cleaned = list(dict.fromkeys(t.strip() for t in themes if t and t.strip()))
    unknown = [t for t in cleaned if t not in _valid_theme_codes()]
    if unknown:
        raise UserError(translate("Referrals", "Unknown theme: %1.").replace("%1", unknown[0]))
    return cleaned


# --- creating ------------------------------------------------------------------------------
def _follow_up_days(session: Session) -> int:
    return int(get_setting(session, "referral_follow_up_days") or 10)


def _add_event(
    session: Session,
    actor: Actor | None,
    referral: Referral,
    *,
    reason: str = "",
    note: str = "",
    now: datetime,
) -> ReferralEvent:
    event = ReferralEvent(
        referral_id=referral.id,
        occurred_at=now,
        agent_id=actor.agent_id if actor else None,
        status=referral.status,
        reason=reason,
        note=note,
    )
    session.add(event)
    return event


def _check_text(value: str, what: str) -> str:
    value = (value or "").strip()
    if len(value) > MAX_REASON:
        raise UserError(
            translate("Referrals", "The %1 is too long (600 characters at most).").replace(
                "%1", what
            )
        )
    return value


def create_referrals(
    session: Session,
    actor: Actor,
    *,
    service_ids: Sequence[uuid.UUID],
    themes: Sequence[str],
    person_id: uuid.UUID | None = None,
    visit_id: uuid.UUID | None = None,
    reason: str = "",
    channel: str = ReferralChannel.SHEET,
    language: str = "fr",
    follow_up_on: date | None = None,
    now: datetime | None = None,
    ids: Sequence[uuid.UUID] | None = None,
) -> list[Referral]:
    """One referral per chosen service, status « proposée », with its first event.

    `ids` (one per service) are given by a desk that made the referral while the server was
    out of reach (app.outbox)."""
    require(actor, Permission.PRINT_SHEETS if person_id is None else Permission.MANAGE_REFERRALS)
    now = now or utcnow()
    if ids:
        stored = _stored_referrals(session, actor, list(ids))
        if stored:
            return stored  # sent again by a desk that did not hear the server's answer
    service_ids = list(dict.fromkeys(service_ids))
    if not service_ids:
        raise UserError(translate("Referrals", "Please choose at least one service."))
    themes = _clean_themes(themes)
    reason = _check_text(reason, translate("Referrals", "reason"))
    if channel not in {c.value for c in ReferralChannel}:
        raise UserError(translate("Referrals", "Please choose how the partner is reached."))
    if language not in {lang.value for lang in SheetLanguage}:
        raise UserError(translate("Referrals", "This sheet language is not available."))
    today = local_today(now)
    if follow_up_on is None:
        follow_up_on = today + timedelta(days=_follow_up_days(session))
    elif follow_up_on < today:
        raise UserError(translate("Referrals", "The follow-up date cannot be in the past."))
    if person_id is not None:
        person = session.get(Person, person_id)
        if person is None or person.anonymised_at is not None:
            raise UserError(translate("Referrals", "This person's file no longer exists."))
        person.last_activity_at = now
        session.add(person)
    if visit_id is not None and session.get(Visit, visit_id) is None:
        raise UserError(translate("Referrals", "This visit no longer exists."))
    services = session.exec(select(Service).where(col(Service.id).in_(service_ids))).all()
    by_id = {s.id: s for s in services}
    for service_id in service_ids:
        service = by_id.get(service_id)
        if service is None or not service.active:
            raise UserError(
                translate("Referrals", "A chosen service is no longer in the directory.")
            )
    referrals: list[Referral] = []
    given = list(ids) if ids is not None else [uuid.uuid4() for _ in service_ids]
    for service_id, referral_id in zip(service_ids, given, strict=True):
        referral = Referral(
            id=referral_id,
            site_id=actor.site_id,
            agent_id=actor.agent_id,
            visit_id=visit_id,
            person_id=person_id,
            service_id=service_id,
            created_at=now,
            themes=themes,
            reason=reason,
            channel=str(channel),
            status=ReferralStatus.PROPOSED.value,
            status_changed_at=now,
            follow_up_on=follow_up_on,
            language=str(language),
        )
        session.add(referral)
        session.flush()
        _add_event(session, actor, referral, now=now)
        audit.record(session, actor, AuditAction.REFERRAL_CHANGED, "referral", referral.id)
        referrals.append(referral)
    notify(session, "referrals")
    return referrals


# What every desk may read of a referral: a till desk's login never reads its reason, themes
# or how it went (app.db.role_table.TILL_HIDDEN_REFERRAL), so the services that a till runs
# load these only.
_OPEN_COLUMNS = tuple(
    getattr(Referral, name)
    for name in Referral.__table__.columns.keys()  # noqa: SIM118 — a column collection
    if name not in TILL_HIDDEN_REFERRAL
)


def _stored_referrals(
    session: Session, actor: Actor, ids: list[uuid.UUID]
) -> list[Referral]:
    """The referrals already stored under these ids at the actor's site."""
    return list(
        session.exec(
            select(Referral)
            .options(load_only(*_OPEN_COLUMNS))
            .where(col(Referral.id).in_(ids), Referral.site_id == actor.site_id)
        )
    )


# --- lifecycle -----------------------------------------------------------------------------
def _get_referral(session: Session, referral_id: uuid.UUID, *, whole: bool = True) -> Referral:
    if whole:
        referral = session.get(Referral, referral_id)
    else:
        referral = session.exec(
            select(Referral).options(load_only(*_OPEN_COLUMNS)).where(Referral.id == referral_id)
        ).first()
    if referral is None:
        raise UserError(translate("Referrals", "This referral no longer exists."))
    return referral


def change_status(
    session: Session,
    actor: Actor,
    referral_id: uuid.UUID,
    new_status: str,
    *,
    reason: str = "",
    note: str = "",
    now: datetime | None = None,
    version: int | None = None,
) -> Referral:
    """Move a referral along its lifecycle; refusal and « non aboutie » need a reason.

    `version`: the referral's version when the desk showed it; if another desk changed it since,
    EditConflict saying its status now, and nothing is saved."""
    require(actor, Permission.MANAGE_REFERRALS)
    now = now or utcnow()
    referral = _get_referral(session, referral_id)
    check_version(
        referral.version,
        version,
        this_referral(),
        [status_label(ReferralStatus(referral.status))],
    )
    try:
        target = ReferralStatus(new_status)
    except ValueError:
        raise UserError(translate("Referrals", "Unknown status.")) from None
    current = ReferralStatus(referral.status)
    if target not in TRANSITIONS.get(current, frozenset()):
        raise UserError(
            translate("Referrals", "A referral that is « %1 » cannot become « %2 ».")
            .replace("%1", status_label(current))
            .replace("%2", status_label(target))
        )
    reason = (reason or "").strip()
    if target in NEEDS_REASON:
        if reason not in {r.value for r in RefusalReason}:
            raise UserError(translate("Referrals", "Please choose a reason."))
    elif reason and target != ReferralStatus.CANCELLED:
        reason = ""
    note = _check_text(note, translate("Referrals", "note"))
    referral.status = target.value
    referral.status_reason = reason
    referral.status_changed_at = now
    if target in OPEN_REFERRAL_STATUSES:
        referral.follow_up_on = local_today(now) + timedelta(days=_follow_up_days(session))
    session.add(referral)
    _add_event(session, actor, referral, reason=reason, note=note, now=now)
    audit.record(session, actor, AuditAction.REFERRAL_CHANGED, "referral", referral.id)
    notify(session, "referrals")
    return referral


def set_follow_up(
    session: Session,
    actor: Actor,
    referral_id: uuid.UUID,
    day: date,
    *,
    now: datetime | None = None,
) -> Referral:
    """Postpone (or bring forward) the follow-up of a referral."""
    require(actor, Permission.MANAGE_REFERRALS)
    referral = _get_referral(session, referral_id)
    if day < local_today(now):
        raise UserError(translate("Referrals", "The follow-up date cannot be in the past."))
    referral.follow_up_on = day
    session.add(referral)
    notify(session, "referrals")
    return referral


def expire_stale_referrals(session: Session, now: datetime | None = None) -> int:
    """Open referrals without news for `referral_expiry_days` become « expirée »; how many."""
    now = now or utcnow()
    days = int(get_setting(session, "referral_expiry_days") or 30)
    limit = now - timedelta(days=days)
    stale = session.exec(
        select(Referral).where(
            col(Referral.status).in_([s.value for s in OPEN_REFERRAL_STATUSES]),
            Referral.status_changed_at < limit,
        )
    ).all()
    note = translate("Referrals", "No news for %1 days.").replace("%1", str(days))
    for referral in stale:
        referral.status = ReferralStatus.EXPIRED.value
        referral.status_reason = ""
        referral.status_changed_at = now
        session.add(referral)
        _add_event(session, None, referral, note=note, now=now)
        audit.record(session, None, AuditAction.REFERRAL_CHANGED, "referral", referral.id)
    return len(stale)


def mark_sheet_printed(
    session: Session,
    actor: Actor,
    referral_ids: Sequence[uuid.UUID],
    *,
    now: datetime | None = None,
) -> None:
    """The sheet was printed (handed over): a proposed referral is now « envoyée »."""
    now = now or utcnow()
    for referral_id in referral_ids:
        referral = _get_referral(session, referral_id, whole=False)  # a till may print too
        require(
            actor,
            Permission.PRINT_SHEETS if referral.person_id is None else Permission.MANAGE_REFERRALS,
        )
        referral.sheet_printed_at = now
        if referral.status == ReferralStatus.PROPOSED.value:
            referral.status = ReferralStatus.SENT.value
            referral.status_changed_at = now
            _add_event(
                session, actor, referral, note=translate("Referrals", "Sheet printed."), now=now
            )
        session.add(referral)
        audit.record(session, actor, AuditAction.REFERRAL_CHANGED, "referral", referral.id)


# --- reading -------------------------------------------------------------------------------
def list_referrals(
    session: Session,
    actor: Actor,
    *,
    status: str | None = None,
    due_only: bool = False,
    organization_id: uuid.UUID | None = None,
    theme: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    person_id: uuid.UUID | None = None,
    now: datetime | None = None,
    limit: int = 500,
) -> list[ReferralRow]:
    """Referrals of this site, newest first, with the filters of the Orientations page."""
    require(actor, Permission.MANAGE_REFERRALS)
    query = (
        select(Referral, Service.name, Organization.name, Organization.id, Person)
        .join(Service, Service.id == Referral.service_id)  # type: ignore[arg-type]
        .join(Organization, Organization.id == Service.organization_id)  # type: ignore[arg-type]
        .outerjoin(Person, Person.id == Referral.person_id)  # type: ignore[arg-type]
        .where(Referral.site_id == actor.site_id)
    )
    if status:
        query = query.where(Referral.status == status)
    if due_only:
        query = query.where(
            col(Referral.status).in_([s.value for s in OPEN_REFERRAL_STATUSES]),
            col(Referral.follow_up_on).is_not(None),
            col(Referral.follow_up_on) <= local_today(now),
        )
    if organization_id is not None:
        query = query.where(Organization.id == organization_id)
    if person_id is not None:
        query = query.where(Referral.person_id == person_id)
    if date_from is not None or date_to is not None:
        start, end = period_bounds(date_from or date(2000, 1, 1), date_to or date(9998, 12, 31))
        query = query.where(Referral.created_at >= start, Referral.created_at < end)
    if theme:
        query = query.where(cast(Referral.themes, String).like(f'%"{theme}%'))
    order = col(Referral.follow_up_on).asc() if due_only else col(Referral.created_at).desc()
    query = query.order_by(order).limit(limit)
    rows: list[ReferralRow] = []
    for referral, service_name, org_name, org_id, person in session.exec(query).all():
        if theme and not theme_matches(referral.themes or [], [theme]):
            continue
        rows.append(
            ReferralRow(
                id=referral.id,
                created_at=referral.created_at,
                status=referral.status,
                status_reason=referral.status_reason,
                follow_up_on=referral.follow_up_on,
                service_name=service_name,
                organization_name=org_name,
                organization_id=org_id,
                person_id=referral.person_id,
                person_name=_person_name(person),
                themes=tuple(referral.themes or []),
                reason=referral.reason,
                channel=referral.channel,
                language=referral.language,
                sheet_printed_at=referral.sheet_printed_at,
                version=referral.version,
            )
        )
    return rows


def _person_name(person: Person | None) -> str:
    if person is None:
        return ""
    if person.anonymised_at is not None:
        return translate("Referrals", "(anonymised)")
    return f"{person.first_name} {person.last_name}".strip()


def count_due_follow_ups(session: Session, actor: Actor, now: datetime | None = None) -> int:
    """How many open referrals of this site should be followed up today or are late."""
    require(actor, Permission.MANAGE_REFERRALS)
    return int(
        session.exec(
            select(func.count())
            .select_from(Referral)
            .where(
                Referral.site_id == actor.site_id,
                col(Referral.status).in_([s.value for s in OPEN_REFERRAL_STATUSES]),
                col(Referral.follow_up_on).is_not(None),
                col(Referral.follow_up_on) <= local_today(now),
            )
        ).one()
    )


@dataclass(frozen=True)
class EventRow:
    """One step of a referral's history."""

    occurred_at: datetime
    status: str
    reason: str
    note: str
    agent_id: uuid.UUID | None
    agent_name: str


def referral_events(session: Session, actor: Actor, referral_id: uuid.UUID) -> list[EventRow]:
    """The history of a referral, oldest first, with the name of the agent of each step."""
    require(actor, Permission.MANAGE_REFERRALS)
    rows = session.exec(
        select(ReferralEvent, Agent.name)
        .outerjoin(Agent, Agent.id == ReferralEvent.agent_id)  # type: ignore[arg-type]
        .where(ReferralEvent.referral_id == referral_id)
        .order_by(col(ReferralEvent.occurred_at), col(ReferralEvent.status))
    ).all()
    order = {status.value: index for index, status in enumerate(ReferralStatus)}
    events = [
        EventRow(e.occurred_at, e.status, e.reason, e.note, e.agent_id, name or "")
        for e, name in rows
    ]
    # same instant: keep the lifecycle order
    events.sort(key=lambda e: (e.occurred_at, order.get(e.status, 99)))
    return events


def partner_choices(session: Session, actor: Actor) -> list[tuple[uuid.UUID, str]]:
    """Organisations that received referrals of this site, for the partner filter."""
    require(actor, Permission.MANAGE_REFERRALS)
    rows = session.exec(
        select(Organization.id, Organization.name)
        .join(Service, Service.organization_id == Organization.id)  # type: ignore[arg-type]
        .join(Referral, Referral.service_id == Service.id)  # type: ignore[arg-type]
        .where(Referral.site_id == actor.site_id)
        .distinct()
        .order_by(Organization.name)
    ).all()
    return [(org_id, name) for org_id, name in rows]


@dataclass(frozen=True)
class PersonForReferral:
    """What the refer dialog shows about the person: name and preferred sheet language."""

    id: uuid.UUID
    first_name: str
    last_name: str
    preferred_language: str


def person_for_referral(
    session: Session, actor: Actor, person_id: uuid.UUID
) -> PersonForReferral | None:
    require(actor, Permission.MANAGE_REFERRALS)
    person = session.get(Person, person_id)
    if person is None or person.anonymised_at is not None:
        return None
    language = person.preferred_language
    if language not in {lang.value for lang in SheetLanguage}:
        language = SheetLanguage.FR.value
    return PersonForReferral(person.id, person.first_name, person.last_name, language)


def default_follow_up(session: Session, now: datetime | None = None) -> date:
    """The follow-up date a new referral gets (today + `referral_follow_up_days`)."""
    return local_today(now) + timedelta(days=_follow_up_days(session))


def referral_outcome(session: Session, actor: Actor, referral_ids: Sequence[uuid.UUID]) -> str:
    """One sentence for the desk after a referral: to which services, and its status now.

    « Orientation notée vers Garage solidaire : envoyée. » The referrals must be the actor's
    site's; a referral the actor may only print (an anonymous one) is fine to describe.
    """
    require(actor, Permission.PRINT_SHEETS)
    rows = session.exec(
        select(Referral.status, Service.name)
        .join(Service, Service.id == Referral.service_id)  # type: ignore[arg-type]
        .where(col(Referral.id).in_(list(referral_ids)), Referral.site_id == actor.site_id)
        .order_by(Service.name)
    ).all()
    if not rows:
        return ""
    names = ", ".join(name for _status, name in rows)
    statuses = sorted({status_label(status).lower() for status, _name in rows})
    text = (
        translate("Referrals", "Referral recorded to %1: %2.")
        if len(rows) == 1
        else translate("Referrals", "%3 referrals recorded to %1: %2.")
    )
    return (
        text.replace("%1", names).replace("%2", ", ".join(statuses)).replace("%3", str(len(rows)))
    )
