"""Audit log: who did what to which record. Ids only, never names or notes."""

import uuid
from datetime import datetime

from sqlalchemy import Column, String
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
    # the desk login that wrote it, stamped by the shared server itself ("" on a single desk)
    desk_login: str = Field(
        default="", sa_column=Column(String(63), nullable=False, server_default="")
    )
