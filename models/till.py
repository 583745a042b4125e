"""Till mode: the big buttons of a site, and donations weighed at the till."""

import uuid
from datetime import datetime

from sqlmodel import Field, SQLModel

from models.base import utcnow, uuid_pk


class TillButton(SQLModel, table=True):
    __tablename__ = "till_button"

    id: uuid.UUID = uuid_pk()
    site_id: uuid.UUID = Field(foreign_key="site.id", index=True)
    label: str = Field(max_length=60)
    kind_code: str = Field(max_length=40)
    colour: str = Field(default="#2e7d32", max_length=20)
    icon: str = Field(default="", max_length=60)
    position: int = 0
    active: bool = True


class Donation(SQLModel, table=True):
    id: uuid.UUID = uuid_pk()
    site_id: uuid.UUID = Field(foreign_key="site.id", index=True)
    agent_id: uuid.UUID | None = Field(default=None, foreign_key="agent.id")
    visit_id: uuid.UUID | None = Field(default=None, foreign_key="visit.id")
    occurred_at: datetime = Field(default_factory=utcnow, index=True)
    category: str = Field(max_length=60)
    kg: float
