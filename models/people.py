"""People met at the desk. Only what is needed (CNIL référentiel, action sociale)."""

import uuid
from datetime import date, datetime

from sqlmodel import Field, SQLModel

from models.base import counted_by, json_list, utcnow, uuid_pk, version_field


class Person(SQLModel, table=True):
    id: uuid.UUID = uuid_pk()
    site_id: uuid.UUID | None = Field(default=None, foreign_key="site.id", index=True)
    first_name: str = Field(max_length=100)
    last_name: str = Field(default="", max_length=100)
    birth_year: int | None = None
    postal_code: str = Field(default="", max_length=10)
    commune: str = Field(default="", max_length=120)
    phone: str = Field(default="", max_length=40)
    email: str = Field(default="", max_length=200)
    preferred_language: str = Field(default="fr", max_length=10)
    # codes of the data·inclusion "publics" list
    situation: list[str] = json_list()
    privacy_notice_given_on: date | None = None
    # accent-, case- and punctuation-free words of the name and the phone digits
    search_text: str = Field(default="", index=True)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    last_activity_at: datetime = Field(default_factory=utcnow, index=True)
    anonymised_at: datetime | None = None
    merged_into_id: uuid.UUID | None = Field(default=None, foreign_key="person.id")
    version: int = version_field()

    __mapper_args__ = counted_by(version)
