"""The audit log: ids only, never names or notes. Written by every sensitive service, browsed
and filtered by coordinators, and purged of entries older than `audit_retention_months`."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func
from sqlmodel import Session, col, select

from app.clock import utcnow
from app.db.pg_roles import audit_on_server
from app.permissions import Actor, Permission, require
from app.retention_dates import months_before
from models import Agent, AuditEntry
from models.enums import AuditAction

DEFAULT_LIST_LIMIT = 500


def record(
    session: Session,
    actor: Actor | None,
    action: AuditAction,
    entity: str = "",
    entity_id: uuid.UUID | str | None = None,
) -> AuditEntry:
    """Add an audit entry to the caller's transaction (it commits with the change it records).
    On a shared server the server's own function writes it, with the desk's login."""
    entry = AuditEntry(
        agent_id=actor.agent_id if actor else None,
        action=action.value,
        entity=entity,
        entity_id=str(entity_id) if entity_id is not None else "",
    )
    if not audit_on_server(session, entry.agent_id, entry.action, entry.entity, entry.entity_id):
        session.add(entry)
    return entry


@dataclass(frozen=True)
class AuditFilter:
    """What a coordinator looks for; every field is optional. `until` is excluded."""

    action: str = ""
    agent_id: uuid.UUID | None = None
    entity_id: str = ""
    since: datetime | None = None
    until: datetime | None = None
    limit: int = DEFAULT_LIST_LIMIT


def list_audit(
    session: Session, actor: Actor, filters: AuditFilter | None = None
) -> list[AuditEntry]:
    """Audit entries matching the filters, newest first."""
    require(actor, Permission.VIEW_AUDIT)
    filters = filters or AuditFilter()
    query = select(AuditEntry)
    if filters.action:
        query = query.where(AuditEntry.action == filters.action)
    if filters.agent_id is not None:
        query = query.where(AuditEntry.agent_id == filters.agent_id)
    if filters.entity_id:
        query = query.where(AuditEntry.entity_id == filters.entity_id.strip())
    if filters.since is not None:
        query = query.where(AuditEntry.occurred_at >= filters.since)
    if filters.until is not None:
        query = query.where(AuditEntry.occurred_at < filters.until)
    query = query.order_by(col(AuditEntry.occurred_at).desc()).limit(max(1, filters.limit))
    return list(session.exec(query))


def purge_cutoff(months: int, now: datetime | None = None) -> datetime:
    return months_before(now or utcnow(), months)


def count_purgeable(session: Session, months: int, now: datetime | None = None) -> int:
    cutoff = purge_cutoff(months, now)
    query = select(func.count()).select_from(AuditEntry).where(AuditEntry.occurred_at < cutoff)
    return int(session.exec(query).one())


def purge_old_entries(session: Session, months: int, now: datetime | None = None) -> int:
    """Remove entries older than `months` (the daily housekeeping job; no agent needed)."""
    cutoff = purge_cutoff(months, now)
    result = session.execute(delete(AuditEntry).where(col(AuditEntry.occurred_at) < cutoff))
    return int(result.rowcount or 0)


def audit_agent_choices(session: Session, actor: Actor) -> list[tuple[uuid.UUID, str]]:
    """(id, name) of the agents of the actor's place, for the audit log's agent filter; only
    for those who may read the log."""
    require(actor, Permission.VIEW_AUDIT)
    rows = session.exec(
        select(Agent.id, Agent.name).where(Agent.site_id == actor.site_id).order_by(Agent.name)
    )
    return [(agent_id, name) for agent_id, name in rows]
