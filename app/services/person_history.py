"""A person's history (visits and referrals as one timeline) and merging two files."""

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlmodel import Session, col, select, update

from app.clock import utcnow
from app.db.queries import lock_rows, notify
from app.errors import UserError
from app.i18n import translate
from app.permissions import Actor, Permission, require
from app.services import audit
from app.services.people import live_person
from app.services.person_search import index_person, unindex_person
from models import Agent, Appointment, Organization, Person, Referral, Service, Visit
from models.enums import AuditAction


def _tr(text: str) -> str:
    return translate("PersonFiles", text)


@dataclass
class TimelineEntry:
    """One line of a person's history: a visit or a referral."""

    kind: str  # "visit" or "referral"
    id: uuid.UUID
    occurred_at: datetime
    themes: list[str] = field(default_factory=list)
    # visit: outcome code; referral: status code
    status: str = ""
    channel: str = ""
    note: str = ""
    agent_name: str = ""
    service_name: str = ""


def person_timeline(session: Session, actor: Actor, person_id: uuid.UUID) -> list[TimelineEntry]:
    """Visits and referrals of a person, most recent first."""
    require(actor, Permission.READ_PEOPLE)
    live_person(session, person_id)
    agents = dict(session.exec(select(Agent.id, Agent.name)).all())
    entries = [
        TimelineEntry(
            kind="visit",
            id=visit.id,
            occurred_at=visit.occurred_at,
            themes=list(visit.themes or []),
            status=visit.outcome,
            channel=visit.channel,
            note=visit.note,
            agent_name=agents.get(visit.agent_id, "") if visit.agent_id else "",
        )
        for visit in session.exec(select(Visit).where(Visit.person_id == person_id))
    ]
    rows = session.exec(
        select(Referral, Service.name, Organization.name)
        .join(Service, col(Service.id) == Referral.service_id)
        .join(Organization, col(Organization.id) == Service.organization_id)
        .where(Referral.person_id == person_id)
    )
    for referral, service_name, organization_name in rows:
        entries.append(
            TimelineEntry(
                kind="referral",
                id=referral.id,
                occurred_at=referral.created_at,
                themes=list(referral.themes or []),
                status=referral.status,
                channel=referral.channel,
                note=referral.reason,
                agent_name=agents.get(referral.agent_id, "") if referral.agent_id else "",
                service_name=f"{service_name} ({organization_name})",
            )
        )
    entries.sort(key=lambda entry: entry.occurred_at, reverse=True)
    return entries


def merge_people(
    session: Session,
    actor: Actor,
    keep_id: uuid.UUID,
    remove_id: uuid.UUID,
    now: datetime | None = None,
) -> Person:
    """Move the visits and referrals of `remove_id` to `keep_id`; the other file keeps only a
    pointer to the kept one (no name, nothing to search), so a visit logged for it afterwards,
    at a desk that still shows it, lands on the kept file.

    Both files are locked first (in id order): a desk logging a visit for one of them waits for
    the merge, and the visits it saved before are moved with the others. Empty fields of the
    kept file are filled from the other one; situations are joined.
    """
    require(actor, Permission.EDIT_PEOPLE)
    if keep_id == remove_id:
        raise UserError(_tr("Please choose two different files."))
    lock_rows(session, Person, (keep_id, remove_id))
    keep = live_person(session, keep_id)
    other = live_person(session, remove_id)
    for name in ("last_name", "postal_code", "commune", "phone", "email"):
        if not getattr(keep, name) and getattr(other, name):
            setattr(keep, name, getattr(other, name))
    if keep.birth_year is None:
        keep.birth_year = other.birth_year
    if keep.privacy_notice_given_on is None:
        keep.privacy_notice_given_on = other.privacy_notice_given_on
    keep.situation = list(dict.fromkeys([*(keep.situation or []), *(other.situation or [])]))
    keep.last_activity_at = max(keep.last_activity_at, other.last_activity_at, key=_aware)
    keep.updated_at = now or utcnow()
    session.exec(update(Visit).where(col(Visit.person_id) == remove_id).values(person_id=keep_id))
    session.exec(
        update(Referral).where(col(Referral.person_id) == remove_id).values(person_id=keep_id)
    )
    session.exec(
        update(Appointment)
        .where(col(Appointment.person_id) == remove_id)
        .values(person_id=keep_id)
    )
    session.exec(
        update(Person).where(col(Person.merged_into_id) == remove_id).values(merged_into_id=keep_id)
    )
    unindex_person(session, remove_id)
    for name in ("first_name", "last_name", "postal_code", "commune", "phone", "email"):
        setattr(other, name, "")
    other.birth_year = None
    other.situation = []
    other.privacy_notice_given_on = None
    other.search_text = ""
    other.merged_into_id = keep_id
    other.updated_at = keep.updated_at
    session.flush()
    index_person(session, keep)
    audit.record(session, actor, AuditAction.PERSON_MERGED, "person", remove_id)
    audit.record(session, actor, AuditAction.PERSON_MERGED, "person", keep_id)
    notify(session, f"person:{keep_id}")
    notify(session, f"person:{remove_id}")
    return keep


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
