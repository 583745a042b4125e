"""The place that runs this desk, its staff, and its settings."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from models.base import counted_by, utcnow, uuid_pk, version_field
from models.enums import Channel, Role, SiteKind


class Site(SQLModel, table=True):
    id: uuid.UUID = uuid_pk()
    name: str = Field(max_length=200)
    kind: str = Field(default=SiteKind.OTHER.value, max_length=40)
    address: str = ""
    postal_code: str = Field(default="", max_length=10)
    commune: str = Field(default="", max_length=120)
    phone: str = Field(default="", max_length=40)
    email: str = Field(default="", max_length=200)
    logo_png: bytes | None = None
    default_channel: str = Field(default=Channel.WALK_IN.value, max_length=40)
    created_at: datetime = Field(default_factory=utcnow)


class Agent(SQLModel, table=True):
    id: uuid.UUID = uuid_pk()
    site_id: uuid.UUID = Field(foreign_key="site.id", index=True)
    name: str = Field(max_length=120)
    role: str = Field(default=Role.AGENT.value, max_length=20)
    pin_hash: str = ""
    active: bool = True
    failed_attempts: int = 0
    locked_until: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)


class Setting(SQLModel, table=True):
    """A key/value setting of this database (JSON value)."""

    key: str = Field(primary_key=True, max_length=100)
    value: Any = Field(default=None, sa_column=Column(JSON))
    updated_at: datetime = Field(default_factory=utcnow)
    version: int = version_field()

    __mapper_args__ = counted_by(version)
