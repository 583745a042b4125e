"""What each imported service looked like when it was last imported, to tell a service edited
here since then (a conflict, kept unless the coordinator chooses the file's version) from one
that only the other site changed.

A fingerprint of the service's values is kept in the service's own `import_fingerprint`
column (until schema 0004, in the `directory_imports` setting): empty for a service made here,
GONE for one an import deactivated because its file no longer listed it (it comes back as a
change, not as a conflict). The local note is this place's and never part of it.
"""

import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, update
from sqlmodel import Session

from models import Service

GONE = "gone"
# what a directory file says about a service (not our bookkeeping: ids, dates, active, notes)
COMPARED_FIELDS = tuple(
    name
    for name in Service.model_fields
    if name
    not in (
        "id",
        "organization_id",
        "source",
        "external_id",
        "active",
        "created_at",
        "updated_at",
        "version",
        "local_note",
        "import_fingerprint",
    )
)


def comparable(value: Any) -> Any:
    """A value as compared and fingerprinted: no difference between empty and missing."""
    if value in (None, "", []):
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, list | tuple):
        return [str(item) for item in value]
    return value


def fingerprint_of(values: Mapping[str, Any]) -> str:
    """The fingerprint of a service's values (a Service's, or a row's as it would be written)."""
    text = json.dumps(
        {name: comparable(values.get(name)) for name in COMPARED_FIELDS},
        sort_keys=True,
        ensure_ascii=False,
        default=str,
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def fingerprint(service: Service) -> str:
    return fingerprint_of({name: getattr(service, name) for name in COMPARED_FIELDS})


def imported_fingerprints(session: Session) -> dict[str, str]:
    """Kept for callers that read them all at once; the column is the truth."""
    return {}


def record_imported(session: Session, services: Iterable[Service]) -> None:
    """Remember how these services look now, as the file gave them (in the caller's
    transaction), without counting it as an edit."""
    rows = [{"sid": service.id, "fp": fingerprint(service)} for service in services]
    for service in services:
        session.expire(service, ["import_fingerprint"])
    if rows:
        table = Service.__table__
        session.connection().execute(
            update(table)
            .where(table.c.id == bindparam("sid"))
            .values(import_fingerprint=bindparam("fp")),
            rows,
        )


def edited_here(session: Session, service: Service, known: dict[str, str] | None = None) -> bool:
    """True when the service was changed here since it was last imported, or was made here, or
    was imported before its values were remembered (then nobody can tell: it is kept)."""
    stored = service.import_fingerprint
    if stored == GONE:
        return False
    return stored != fingerprint(service)


def forget_imported(session: Session, service_ids: Iterable[uuid.UUID]) -> None:
    ids = list(service_ids)
    if ids:
        session.connection().execute(
            update(Service.__table__)
            .where(Service.__table__.c.id.in_(ids))
            .values(import_fingerprint="")
        )
