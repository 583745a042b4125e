"""Audit log: who did what to which record. Ids only, never names or notes."""

import uuid
from datetime import datetime

from sqlmodel import Field, SQLModel

from models.base import utcnow, uuid_pk


class AuditEntry(SQLModel, table=True):
    __tablename__ = "audit_entry"

    id: uuid.UUID = uuid_pk()
    occurred_at: datetime = Field(default_factory=utcnow, index=True)
    agent_id: uuid.UUID | None = Field(default=None)
    action: str = Field(max_length=40, index=True)
    entity: str = Field(default="", max_length=40)
    entity_id: str = Field(default="", max_length=40)
