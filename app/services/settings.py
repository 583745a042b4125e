"""Reading and writing key/value settings, and the checks that keep the Settings panels from
overwriting another desk's change: each panel says what it loaded (the settings' versions, the
place's details, a till button as shown) and its save is refused with an EditConflict when the
stored one moved since."""

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlmodel import Session

from app.db.queries import lock_rows
from app.errors import EditConflict
from app.i18n import translate
from app.permissions import Actor, Permission, require
from app.services import audit
from app.services.edit_conflicts import (
    check_version,
    conflict_message,
    differing,
    stale_row,
    this_setting,
)
from models import Setting, Site, TillButton, utcnow
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
        # two desks giving a value to a setting still at its default: the second one waits
        # for the first, then finds the key taken (an EditConflict, not a crash)
        try:
            with session.begin_nested():
                session.add(Setting(key=key, value=value))
        except sa_exc.IntegrityError as error:
            raise stale_row() from error
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


def _tr(text: str) -> str:
    return translate("SettingsConflicts", text)


def setting_versions(session: Session, keys: Iterable[str]) -> dict[str, int]:
    """The versions of these settings as a panel loads them (0 while one has its default)."""
    return {key: setting_version(session, key) or 0 for key in keys}


def check_settings_unchanged(session: Session, loaded: Mapping[str, int]) -> None:
    """EditConflict when one of these settings was saved by another desk since the panel read
    `loaded` (from `setting_versions`). The save that follows checks the version again in its
    UPDATE, so two saves at the same instant are caught too."""
    for key, version in loaded.items():
        check_version(setting_version(session, key) or 0, version, this_setting())


def site_labels() -> dict[str, str]:
    return {
        "name": _tr("name"),
        "kind": _tr("kind of place"),
        "address": _tr("address"),
        "postal_code": _tr("postal code"),
        "commune": _tr("commune"),
        "phone": _tr("phone"),
        "email": _tr("e-mail"),
        "default_channel": _tr("usual channel"),
        "logo_png": _tr("logo"),
    }


@dataclass(frozen=True)
class PlaceSettings:
    """What the Place panel shows: the place's details as loaded (None before the place
    exists) and the interface's language with its version."""

    details: Mapping[str, Any] | None
    language: str
    language_version: int


def place_settings(session: Session, actor: Actor) -> PlaceSettings:
    site = session.get(Site, actor.site_id)
    return PlaceSettings(
        MappingProxyType(site_as_loaded(site)) if site is not None else None,
        get_setting(session, "language") or "",
        setting_version(session, "language") or 0,
    )


def site_as_loaded(site: Site) -> dict[str, Any]:
    """The place's details as the Place panel shows them (kept to compare at saving)."""
    return {name: getattr(site, name) for name in site_labels()}


def check_site_unchanged(session: Session, actor: Actor, loaded: Mapping[str, Any]) -> None:
    """EditConflict (saying what differs) when another desk changed the place's details since
    the panel read `loaded`; the place's row stays locked until this save commits."""
    lock_rows(session, Site, [actor.site_id])
    site = session.get(Site, actor.site_id)
    if site is None:
        return
    session.refresh(site)  # the values after the lock, not an older read
    changed = differing(site, loaded, site_labels())
    if changed:
        raise EditConflict(conflict_message(this_place(), changed), changed)


def till_button_labels() -> dict[str, str]:
    return {
        "label": _tr("text"),
        "kind_code": _tr("code"),
        "colour": _tr("colour"),
        "icon": _tr("symbol"),
        "active": _tr("shown at the till"),
    }


def till_button_as_loaded(button: TillButton) -> dict[str, Any]:
    return {name: getattr(button, name) for name in till_button_labels()}


def check_till_button_unchanged(
    session: Session, button_id: uuid.UUID, loaded: Mapping[str, Any]
) -> None:
    """EditConflict when another desk changed this till button since the editor showed it."""
    lock_rows(session, TillButton, [button_id])
    button = session.get(TillButton, button_id)
    if button is None:
        return  # removed: the service says so in its own words
    session.refresh(button)
    changed = differing(button, loaded, till_button_labels())
    if changed:
        raise EditConflict(conflict_message(this_till_button(), changed), changed)


def this_place() -> str:
    return _tr("the details of the place")


def this_till_button() -> str:
    return _tr("this till button")
