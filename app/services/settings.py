"""Reading and writing key/value settings."""

from typing import Any

from sqlmodel import Session

from app.permissions import Actor, Permission, require
from app.services import audit
from models import Setting, utcnow
from models.enums import AuditAction

DEFAULTS: dict[str, Any] = {
    "language": "fr",
    "lock_after_minutes": 5,
    "referral_follow_up_days": 10,
    "referral_expiry_days": 30,
    "retention_months": 24,
    "audit_retention_months": 12,
    "backup_folder": "",
}


def get_setting(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    if row is None:
        return DEFAULTS.get(key)
    return row.value


def put_setting(session: Session, key: str, value: Any) -> None:
    """Store a setting without a permission check (for start-up and internal bookkeeping)."""
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
        row.updated_at = utcnow()
        session.add(row)


def change_setting(session: Session, actor: Actor, key: str, value: Any) -> None:
    """A coordinator changes a setting; the change is audited."""
    require(actor, Permission.MANAGE_SETTINGS)
    put_setting(session, key, value)
    audit.record(session, actor, AuditAction.SETTINGS_CHANGED, "setting", key)
