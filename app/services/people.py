"""Person files: the few fields we keep, their checks, creating, editing, opening, duplicates."""

import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import Session, col, select

from app import taxonomy
from app.clock import local_today, utcnow
from app.db.queries import notify
from app.errors import UserError
from app.i18n import translate
from app.permissions import Actor, Permission, require
from app.search_terms import fold, phone_digits, words
from app.services import audit
from app.services.edit_conflicts import (
    check_version,
    differing,
    person_labels,
    this_person_file,
)
from app.services.person_search import index_person, matching_ids
from models import Person
from models.enums import AuditAction

MIN_BIRTH_YEAR = 1900
LANGUAGES = ("fr", "en", "ar", "es", "pt", "uk", "ru", "ro", "tr", "fa", "ps", "ti", "so", "zh")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_CHARS = re.compile(r"^[\d\s.+()/-]*$")


def _tr(text: str) -> str:
    return translate("PersonFiles", text)


@dataclass
class PersonFields:
    """What a person form sends; plain values, checked by `clean_fields`."""

    first_name: str
    last_name: str = ""
    birth_year: int | None = None
    postal_code: str = ""
    commune: str = ""
    phone: str = ""
    email: str = ""
    preferred_language: str = "fr"
    situation: list[str] = field(default_factory=list)
    privacy_notice_given_on: date | None = None


def display_name(person: Person) -> str:
    return " ".join(part for part in (person.first_name, person.last_name.upper()) if part)


def _text(value: str, limit: int, too_long: str) -> str:
    value = (value or "").strip()
    if _CONTROL.search(value):
        raise UserError(_tr("Please remove the invisible characters from the text."))
    if len(value) > limit:
        raise UserError(too_long)
    return value


def clean_fields(fields: PersonFields, today: date | None = None) -> PersonFields:
    """Checked and trimmed fields, or UserError with a short message for the first problem."""
    today = today or local_today()
    first_name = _text(fields.first_name, 100, _tr("The first name is too long (100 at most)."))
    if not first_name:
        raise UserError(_tr("Please type the first name."))
    last_name = _text(fields.last_name, 100, _tr("The last name is too long (100 at most)."))
    year = fields.birth_year
    if year is not None and not (MIN_BIRTH_YEAR <= year <= today.year):
        raise UserError(
            _tr("The birth year must be between %1 and %2.")
            .replace("%1", str(MIN_BIRTH_YEAR))
            .replace("%2", str(today.year))
        )
    postal_code = _text(fields.postal_code, 10, _tr("The postal code has 5 digits."))
    if postal_code and not re.fullmatch(r"\d{5}", postal_code):
        raise UserError(_tr("The postal code has 5 digits."))
    commune = _text(fields.commune, 120, _tr("The commune name is too long (120 at most)."))
    phone = _text(fields.phone, 40, _tr("The phone number is too long."))
    if phone and (not _PHONE_CHARS.match(phone) or len(re.sub(r"\D", "", phone)) < 6):
        raise UserError(_tr("The phone number may only have digits, spaces and +."))
    email = _text(fields.email, 200, _tr("The e-mail address is too long."))
    if email and not _EMAIL.match(email):
        raise UserError(_tr("The e-mail address looks wrong (name@example.fr)."))
    language = (fields.preferred_language or "fr").strip().lower()
    if language not in LANGUAGES:
        raise UserError(_tr("Please choose a language from the list."))
    known = {code.value for code in taxonomy.publics()}
    situation = list(dict.fromkeys(fields.situation or []))
    if any(code not in known for code in situation):
        raise UserError(_tr("Please choose the situation from the list."))
    notice = fields.privacy_notice_given_on
    if notice is not None and notice > today:
        raise UserError(_tr("The privacy notice date cannot be in the future."))
    return PersonFields(
        first_name=first_name,
        last_name=last_name,
        birth_year=year,
        postal_code=postal_code,
        commune=commune,
        phone=phone,
        email=email,
        preferred_language=language,
        situation=situation,
        privacy_notice_given_on=notice,
    )


def _apply(person: Person, fields: PersonFields) -> None:
    for name in PersonFields.__dataclass_fields__:
        setattr(person, name, getattr(fields, name))


def create_person(
    session: Session, actor: Actor, fields: PersonFields, now: datetime | None = None
) -> Person:
    """A new file, indexed for search in the same transaction."""
    require(actor, Permission.EDIT_PEOPLE)
    now = now or utcnow()
    cleaned = clean_fields(fields, local_today(now))
    person = Person(
        site_id=actor.site_id, first_name="", created_at=now, updated_at=now, last_activity_at=now
    )
    _apply(person, cleaned)
    session.add(person)
    session.flush()
    index_person(session, person, new=True)
    audit.record(session, actor, AuditAction.PERSON_CREATED, "person", person.id)
    notify(session, f"person:{person.id}")  # the other desks' lists of files
    return person


def live_person(session: Session, person_id: uuid.UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.merged_into_id is not None or person.anonymised_at is not None:
        raise UserError(_tr("This file no longer exists."))
    return person


def get_person(session: Session, actor: Actor, person_id: uuid.UUID) -> Person:
    require(actor, Permission.READ_PEOPLE)
    return live_person(session, person_id)


def open_person(session: Session, actor: Actor, person_id: uuid.UUID) -> Person:
    """The file as shown to an agent; every opening is written in the audit log."""
    person = get_person(session, actor, person_id)
    audit.record(session, actor, AuditAction.PERSON_OPENED, "person", person.id)
    return person


def update_person(
    session: Session,
    actor: Actor,
    person_id: uuid.UUID,
    fields: PersonFields,
    now: datetime | None = None,
    *,
    version: int | None = None,
) -> Person:
    """Save the form; `version` is the file's version when the form was loaded: if another
    desk saved the file since, EditConflict (saying what differs) and nothing is saved."""
    require(actor, Permission.EDIT_PEOPLE)
    now = now or utcnow()
    person = live_person(session, person_id)
    cleaned = clean_fields(fields, local_today(now))
    check_version(
        person.version,
        version,
        this_person_file(),
        differing(person, cleaned.__dict__, person_labels()),
    )
    _apply(person, cleaned)
    person.updated_at = now
    session.add(person)
    index_person(session, person)
    audit.record(session, actor, AuditAction.PERSON_EDITED, "person", person.id)
    notify(session, f"person:{person.id}")
    return person


def recent_people(session: Session, actor: Actor, limit: int = 50) -> list[Person]:
    """The files with the most recent activity (the People page before anything is typed)."""
    require(actor, Permission.READ_PEOPLE)
    statement = (
        select(Person)
        .where(col(Person.merged_into_id).is_(None), col(Person.anonymised_at).is_(None))
        .order_by(col(Person.last_activity_at).desc())
        .limit(limit)
    )
    return list(session.exec(statement))


def _glued(name: str) -> str:
    return "".join(words(name))


def _is_duplicate(fields: PersonFields, other: Person) -> bool:
    first = _glued(fields.first_name) == _glued(other.first_name)
    last = bool(fields.last_name) and _glued(fields.last_name) == _glued(other.last_name)
    year = fields.birth_year is not None and fields.birth_year == other.birth_year
    commune = bool(fields.commune) and fold(fields.commune.strip()) == fold(other.commune.strip())
    if first and _glued(fields.last_name) == _glued(other.last_name) and year:
        return True
    mine, theirs = phone_digits(fields.phone), phone_digits(other.phone)
    if mine and theirs and mine[-1] == theirs[-1]:
        return True
    return sum((first, last, year, commune)) >= 3


def find_duplicates(
    session: Session,
    actor: Actor,
    fields: PersonFields,
    exclude_id: uuid.UUID | None = None,
    limit: int = 10,
) -> list[Person]:
    """Likely existing files for these fields: same name and birth year, same phone, or 3 of
    first name, last name, birth year and commune."""
    require(actor, Permission.READ_PEOPLE)
    cleaned = clean_fields(fields)
    probe = [w for w in (_glued(cleaned.first_name), _glued(cleaned.last_name)) if w]
    probe += phone_digits(cleaned.phone)[-1:]
    ids = matching_ids(session, probe, prefix=False, any_word=True)
    if exclude_id is not None:
        ids.discard(exclude_id.hex)
    if not ids:
        return []
    candidates = session.exec(
        select(Person).where(
            col(Person.id).in_([uuid.UUID(hex=value) for value in ids]),
            col(Person.merged_into_id).is_(None),
            col(Person.anonymised_at).is_(None),
        )
    )
    found = [person for person in candidates if _is_duplicate(cleaned, person)]
    found.sort(key=lambda person: person.last_activity_at, reverse=True)
    return found[:limit]
