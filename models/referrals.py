"""Referrals ("orientations") to partner services, and their status history."""

import uuid
from datetime import date, datetime

from sqlmodel import Field, SQLModel

from models.base import counted_by, json_list, utcnow, uuid_pk, version_field
from models.enums import ReferralChannel, ReferralStatus


class Referral(SQLModel, table=True):
    id: uuid.UUID = uuid_pk()
    site_id: uuid.UUID = Field(foreign_key="site.id", index=True)
    agent_id: uuid.UUID | None = Field(default=None, foreign_key="agent.id")
    visit_id: uuid.UUID | None = Field(default=None, foreign_key="visit.id", index=True)
    person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id", index=True)
    service_id: uuid.UUID = Field(foreign_key="service.id", index=True)
    created_at: datetime = Field(default_factory=utcnow, index=True)
    themes: list[str] = json_list()
    reason: str = Field(default="", max_length=600)
    channel: str = Field(default=ReferralChannel.SHEET.value, max_length=40)
    status: str = Field(default=ReferralStatus.PROPOSED.value, max_length=20, index=True)
    status_reason: str = Field(default="", max_length=60)
    status_changed_at: datetime = Field(default_factory=utcnow)
    follow_up_on: date | None = Field(default=None, index=True)
    language: str = Field(default="fr", max_length=10)
    sheet_printed_at: datetime | None = None
    version: int = version_field()

    __mapper_args__ = counted_by(version)


class ReferralEvent(SQLModel, table=True):
    __tablename__ = "referral_event"

    id: uuid.UUID = uuid_pk()
    referral_id: uuid.UUID = Field(foreign_key="referral.id", index=True)
    occurred_at: datetime = Field(default_factory=utcnow)
    agent_id: uuid.UUID | None = Field(default=None, foreign_key="agent.id")
    status: str = Field(max_length=20)
    reason: str = Field(default="", max_length=60)
    note: str = Field(default="", max_length=600)
