"""Shared column helpers and the metadata naming convention (needed by Alembic batch mode)."""

import uuid
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import JSON, Column, Integer, text
from sqlmodel import Field, SQLModel

SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# The clock of the records: this PC's, or the one app.clock gives it (a desk on a server keeps
# time with its main PC); models import nothing of ours, so it is handed over.
_clock: Callable[[], datetime] | None = None


def use_clock(clock: Callable[[], datetime]) -> None:
    global _clock
    _clock = clock


def utcnow() -> datetime:
    """Now, as an aware UTC time: every time in the database is UTC."""
    return _clock() if _clock is not None else datetime.now(UTC)


def uuid_pk() -> uuid.UUID:
    return Field(default_factory=uuid.uuid4, primary_key=True)


def json_list() -> list:
    """A list of codes stored as a JSON array (a new Column per field)."""
    return Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))


def json_dict() -> dict:
    return Field(default_factory=dict, sa_column=Column(JSON, nullable=False, default=dict))


def version_field() -> int:
    """The row's edit counter (1 when created, +1 at each change through the ORM): two desks
    editing the same row cannot overwrite each other without knowing."""
    return Field(default=1, sa_column=Column(Integer, nullable=False, server_default=text("1")))


def counted_by(field) -> dict:  # type: ignore[no-untyped-def]
    """`__mapper_args__` that make SQLAlchemy check and bump `field` on every UPDATE."""
    return {"version_id_col": field.sa_column}
