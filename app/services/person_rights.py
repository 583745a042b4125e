"""Rights of the person: read their whole file (JSON for a machine, PDF for them), or erase it.

Coordinator only, audited. Erasing keeps the visits as anonymous statistics (no person, no
note) and detaches the referrals (no person, no reason); the file and its search row go.
"""

import json
import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from app.clock import to_local, utcnow
from app.errors import UserError
from app.i18n import translate
from app.permissions import Actor, Permission, require
from app.services import audit
from app.services.retention import anonymise_person_row
from models import (
    Appointment,
    AppointmentMotif,
    AppointmentSession,
    Person,
    Referral,
    ReferralEvent,
    Service,
    Site,
    Visit,
)
from models.enums import AuditAction

PERSON_FIELDS = (
    "first_name",
    "last_name",
    "birth_year",
    "postal_code",
    "commune",
    "phone",
    "email",
    "preferred_language",
    "situation",
    "privacy_notice_given_on",
    "created_at",
    "updated_at",
    "last_activity_at",
)
VISIT_FIELDS = ("occurred_at", "channel", "kind", "themes", "outcome", "note")
REFERRAL_FIELDS = ("created_at", "themes", "reason", "channel", "status", "status_reason")


def _tr(text: str) -> str:
    return translate("PersonRights", text)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return to_local(value).isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def _person(session: Session, person_id: uuid.UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.anonymised_at is not None:
        raise UserError(_tr("This person file no longer exists."))
    return person


def collect_person_file(session: Session, actor: Actor, person_id: uuid.UUID) -> dict[str, Any]:
    """Everything stored about one person, as plain values; the export is audited."""
    require(actor, Permission.MANAGE_PRIVACY)
    person = _person(session, person_id)
    site = session.get(Site, person.site_id) if person.site_id else None
    visits = session.exec(
        select(Visit).where(Visit.person_id == person.id).order_by(col(Visit.occurred_at))
    )
    referrals = list(
        session.exec(
            select(Referral)
            .where(Referral.person_id == person.id)
            .order_by(col(Referral.created_at))
        )
    )
    referral_rows = []
    for referral in referrals:
        service = session.get(Service, referral.service_id)
        events = session.exec(
            select(ReferralEvent)
            .where(ReferralEvent.referral_id == referral.id)
            .order_by(col(ReferralEvent.occurred_at))
        )
        row = {field: _plain(getattr(referral, field)) for field in REFERRAL_FIELDS}
        row["service"] = service.name if service else ""
        row["events"] = [
            {
                "occurred_at": _plain(e.occurred_at),
                "status": e.status,
                "reason": e.reason,
                "note": e.note,
            }
            for e in events
        ]
        referral_rows.append(row)
    appointments = session.exec(
        select(Appointment, AppointmentSession, AppointmentMotif)
        .join(AppointmentSession, col(AppointmentSession.id) == Appointment.session_id)
        .join(AppointmentMotif, col(AppointmentMotif.id) == AppointmentSession.motif_id)
        .where(Appointment.person_id == person.id)
        .order_by(col(AppointmentSession.starts_at))
    ).all()
    audit.record(session, actor, AuditAction.PERSON_EXPORTED, "person", person.id)
    return {
        "format": "aiguillage-person-file-1",
        "exported_at": _plain(utcnow()),
        "site": site.name if site else "",
        "person_id": str(person.id),
        "person": {field: _plain(getattr(person, field)) for field in PERSON_FIELDS},
        "visits": [{f: _plain(getattr(v, f)) for f in VISIT_FIELDS} for v in visits],
        "referrals": referral_rows,
        "appointments": [
            {"starts_at": _plain(held.starts_at), "ends_at": _plain(held.ends_at),
             "motif": motif.name, "status": booking.status,
             "booked_at": _plain(booking.created_at)}
            for booking, held, motif in appointments
        ],
    }


def write_person_json(data: dict[str, Any], path: Path) -> Path:
    try:
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    except OSError as error:
        raise UserError(
            _tr("The file “%1” cannot be written: %2.")
            .replace("%1", str(path))
            .replace("%2", error.strerror or str(error))
        ) from error
    return path


def erase_person(session: Session, actor: Actor, person_id: uuid.UUID) -> None:
    """Erase a person on their request: the file goes, statistics stay anonymous.

    Files merged into this one are the same person: they are erased too.
    """
    require(actor, Permission.MANAGE_PRIVACY)
    _erase(session, actor, _person(session, person_id), utcnow())


def _erase(session: Session, actor: Actor, person: Person, now: datetime) -> None:
    duplicates = list(session.exec(select(Person).where(Person.merged_into_id == person.id)))
    for duplicate in duplicates:
        _erase(session, actor, duplicate, now)
    anonymise_person_row(session, person, now)
    from app.services.appointments import forget_person

    forget_person(session, actor, person.id, now)
    for visit in session.exec(select(Visit).where(Visit.person_id == person.id)):
        visit.person_id = None
        session.add(visit)
    for referral in session.exec(select(Referral).where(Referral.person_id == person.id)):
        referral.person_id = None
        session.add(referral)
    session.flush()
    person_id = person.id
    session.delete(person)
    session.flush()
    audit.record(session, actor, AuditAction.PERSON_ERASED, "person", person_id)
