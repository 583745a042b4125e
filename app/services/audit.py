"""Writing the audit log: ids only, never names or notes."""

import uuid

from sqlmodel import Session

from app.permissions import Actor
from models import AuditEntry
from models.enums import AuditAction


def record(
    session: Session,
    actor: Actor | None,
    action: AuditAction,
    entity: str = "",
    entity_id: uuid.UUID | str | None = None,
) -> AuditEntry:
    """Add an audit entry to the caller's transaction (it commits with the change it records)."""
    entry = AuditEntry(
        agent_id=actor.agent_id if actor else None,
        action=action.value,
        entity=entity,
        entity_id=str(entity_id) if entity_id is not None else "",
    )
    session.add(entry)
    return entry
