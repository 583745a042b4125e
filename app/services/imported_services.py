"""What each imported service looked like when it was last imported, to tell a service edited
here since then (a conflict, kept unless the coordinator chooses the file's version) from one
that only the other site changed.

A fingerprint of the service's values is kept per service in the `directory_imports` setting
(JSON): no new table, and the same on SQLite and PostgreSQL.
"""

import hashlib
import json
import uuid
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlmodel import Session

from app.services.settings import get_setting, put_setting
from models import Service

SETTING = "directory_imports"
# what a directory file says about a service (not our bookkeeping: ids, dates, active)
COMPARED_FIELDS = tuple(
    name
    for name in Service.model_fields
    if name
    not in ("id", "organization_id", "source", "external_id", "active", "created_at", "updated_at")
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


def fingerprint(service: Service) -> str:
    values = {name: comparable(getattr(service, name)) for name in COMPARED_FIELDS}
    text = json.dumps(values, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def imported_fingerprints(session: Session) -> dict[str, str]:
    stored = get_setting(session, SETTING)
    return dict(stored) if isinstance(stored, dict) else {}


def record_imported(session: Session, services: Iterable[Service]) -> None:
    """Remember how these services look now, as the file gave them (in the caller's
    transaction)."""
    known = imported_fingerprints(session)
    for service in services:
        known[str(service.id)] = fingerprint(service)
    put_setting(session, SETTING, known)


def edited_here(session: Session, service: Service, known: dict[str, str] | None = None) -> bool:
    """True when the service was changed here since it was last imported, or was made here, or
    was imported before its values were remembered (then nobody can tell: it is kept)."""
    known = imported_fingerprints(session) if known is None else known
    return known.get(str(service.id)) != fingerprint(service)


def forget_imported(session: Session, service_ids: Iterable[uuid.UUID]) -> None:
    known = imported_fingerprints(session)
    for service_id in service_ids:
        known.pop(str(service_id), None)
    put_setting(session, SETTING, known)
