"""A person's file as the windows show it: plain, frozen data read inside the session, so no
database row (and no session) ever reaches the interface."""

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from models import Person


@dataclass(frozen=True)
class PersonView:
    id: uuid.UUID
    site_id: uuid.UUID | None
    first_name: str
    last_name: str
    birth_year: int | None
    postal_code: str
    commune: str
    phone: str
    email: str
    preferred_language: str
    situation: tuple[str, ...]
    privacy_notice_given_on: date | None
    created_at: datetime
    updated_at: datetime
    last_activity_at: datetime
    anonymised_at: datetime | None
    merged_into_id: uuid.UUID | None
    version: int


def person_view(person: Person) -> PersonView:
    return PersonView(
        id=person.id,
        site_id=person.site_id,
        first_name=person.first_name,
        last_name=person.last_name,
        birth_year=person.birth_year,
        postal_code=person.postal_code,
        commune=person.commune,
        phone=person.phone,
        email=person.email,
        preferred_language=person.preferred_language,
        situation=tuple(person.situation or ()),
        privacy_notice_given_on=person.privacy_notice_given_on,
        created_at=person.created_at,
        updated_at=person.updated_at,
        last_activity_at=person.last_activity_at,
        anonymised_at=person.anonymised_at,
        merged_into_id=person.merged_into_id,
        version=person.version,
    )


def person_views(people: Iterable[Person]) -> list[PersonView]:
    return [person_view(person) for person in people]
