"""Reading and writing key/value settings."""

from typing import Any

from sqlmodel import Session

from app.permissions import Actor, Permission, require
from app.services import audit
from app.services.edit_conflicts import check_version, this_setting
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


def setting_version(session: Session, key: str) -> int | None:
    """The stored setting's version (None while it has its default value)."""
    row = session.get(Setting, key)
    return None if row is None else row.version


def change_setting(
    session: Session, actor: Actor, key: str, value: Any, *, version: int | None = None
) -> None:
    """A coordinator changes a setting; the change is audited. `version` is the one the panel
    was loaded with (0 when the setting had its default): another desk's change since is an
    EditConflict."""
    require(actor, Permission.MANAGE_SETTINGS)
    if version is not None:
        row = session.get(Setting, key)
        check_version(0 if row is None else row.version, version, this_setting())
    put_setting(session, key, value)
    audit.record(session, actor, AuditAction.SETTINGS_CHANGED, "setting", key)
