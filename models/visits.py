"""A visit: one contact at the desk or one click at the till."""

import uuid
from datetime import datetime

from sqlmodel import Field, SQLModel

from models.base import json_list, utcnow, uuid_pk
from models.enums import Channel, VisitKind


class Visit(SQLModel, table=True):
    id: uuid.UUID = uuid_pk()
    site_id: uuid.UUID = Field(foreign_key="site.id", index=True)
    agent_id: uuid.UUID | None = Field(default=None, foreign_key="agent.id")
    person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id", index=True)
    occurred_at: datetime = Field(default_factory=utcnow, index=True)
    channel: str = Field(default=Channel.WALK_IN.value, max_length=40)
    kind: str = Field(default=VisitKind.RECEPTION.value, max_length=40)
    # codes of the data·inclusion "thematiques" list
    themes: list[str] = json_list()
    outcome: str = Field(default="", max_length=40)
    note: str = ""
    # anonymous snapshot for statistics, taken at visit time
    age_band: str = Field(default="", max_length=20)
    gender: str = Field(default="", max_length=20)
    commune: str = Field(default="", max_length=120)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
