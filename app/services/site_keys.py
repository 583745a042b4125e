"""The keys that sign statistics packages between sites (Ed25519).

This site's private key is made on its first export and kept in this database's settings: it
never leaves the database (packages carry only the public key). The public key of every other
site is pinned here at the first import of one of its packages; a later package of the same site
signed with another key is refused.
"""

import base64
import uuid
from datetime import date
from typing import Any

from sqlmodel import Session

from app.errors import UserError
from app.i18n import translate
from app.permissions import Actor, Permission, require
from app.services import audit
from app.services.settings import get_setting, put_setting
from models.enums import AuditAction

PRIVATE_KEY_SETTING = "site_signing_key"
PINNED_KEYS_SETTING = "pinned_site_keys"


def _tr(text: str) -> str:
    return translate("Sites", text)


def encode_key(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def decode_key(text: Any) -> bytes | None:
    """The 32 bytes of a key written in base64, or None when it is not one."""
    if not isinstance(text, str):
        return None
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        return None
    return raw if len(raw) == 32 else None


def site_private_key(session: Session, actor: Actor):  # type: ignore[no-untyped-def]
    """This site's signing key, made and stored on first use (in the caller's transaction)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    require(actor, Permission.EXPORT_DATA)
    stored = get_setting(session, PRIVATE_KEY_SETTING)
    raw = decode_key(stored.get("private_key")) if isinstance(stored, dict) else None
    if raw is not None:
        return Ed25519PrivateKey.from_private_bytes(raw)
    key = Ed25519PrivateKey.generate()
    from cryptography.hazmat.primitives import serialization

    raw = key.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    put_setting(
        session,
        PRIVATE_KEY_SETTING,
        {"private_key": encode_key(raw), "made_on": date.today().isoformat()},
    )
    audit.record(session, actor, AuditAction.SETTINGS_CHANGED, "setting", PRIVATE_KEY_SETTING)
    return key


def public_key_text(private_key) -> str:  # type: ignore[no-untyped-def]
    from cryptography.hazmat.primitives import serialization

    return encode_key(
        private_key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
    )


def pinned_keys(session: Session) -> dict[str, dict[str, str]]:
    stored = get_setting(session, PINNED_KEYS_SETTING)
    return dict(stored) if isinstance(stored, dict) else {}


def check_or_pin(
    session: Session, actor: Actor, site_id: uuid.UUID, site_name: str, public_key: str
) -> bool:
    """Pin the key of a site seen for the first time (returns True), or check that it is the
    one pinned (returns False); raises UserError when the site signs with another key."""
    require(actor, Permission.MANAGE_SETTINGS)
    pins = pinned_keys(session)
    known = pins.get(str(site_id))
    if known is not None:
        if known.get("public_key") != public_key:
            raise UserError(
                _tr(
                    "The package of “%1” is signed with another key than the one recorded at its "
                    "first import: it is refused. Ask that site whether its database was "
                    "replaced; to accept its new key, first forget the old one with "
                    "« aiguillage stats forget %2 »."
                )
                .replace("%1", site_name)
                .replace("%2", str(site_id))
            )
        return False
    pins[str(site_id)] = {
        "name": site_name,
        "public_key": public_key,
        "pinned_on": date.today().isoformat(),
    }
    put_setting(session, PINNED_KEYS_SETTING, pins)
    audit.record(session, actor, AuditAction.SETTINGS_CHANGED, "setting", PINNED_KEYS_SETTING)
    return True


def forget_site(session: Session, actor: Actor, site_id: uuid.UUID) -> None:
    """Unpin a site's key, so that its next package pins a new one."""
    require(actor, Permission.MANAGE_SETTINGS)
    pins = pinned_keys(session)
    if pins.pop(str(site_id), None) is not None:
        put_setting(session, PINNED_KEYS_SETTING, pins)
        audit.record(session, actor, AuditAction.SETTINGS_CHANGED, "setting", PINNED_KEYS_SETTING)
