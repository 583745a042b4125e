"""Shared column helpers and the metadata naming convention (needed by Alembic batch mode)."""

import uuid
from datetime import UTC, datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Now, as an aware UTC time: every time in the database is UTC."""
    return datetime.now(UTC)


def uuid_pk() -> uuid.UUID:
    return Field(default_factory=uuid.uuid4, primary_key=True)


def json_list() -> list:
    """A list of codes stored as a JSON array (a new Column per field)."""
    return Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))


def json_dict() -> dict:
    return Field(default_factory=dict, sa_column=Column(JSON, nullable=False, default=dict))
