"""The keys that sign statistics packages between sites (Ed25519).

This site's private key is made on its first export and kept in this database's settings: it
never leaves the database (packages carry only the public key). The key of another site is
trusted only once the coordinator has accepted it, after comparing its fingerprint with the site
(on the phone): until then its packages are set aside. A package signed with another key than the
one accepted for its site, or for a site of the same name, is refused unless the coordinator
replaces the key.
"""

import base64
import hashlib
import uuid
from dataclasses import dataclass
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


def key_fingerprint(public_key: str) -> str:
    """A short, readable form of a site's public key, to compare on the phone with the site:
    four groups of four characters."""
    digest = hashlib.sha256(public_key.encode("ascii")).hexdigest()[:16].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


def plain_fingerprint(text: str) -> str:
    """A fingerprint as typed (spaces, dashes, small letters) made comparable."""
    return "".join(ch for ch in text.upper() if ch.isalnum())


def _same_name(first: str, second: str) -> bool:
    return " ".join(first.split()).casefold() == " ".join(second.split()).casefold()


@dataclass(frozen=True)
class KeyCheck:
    """What this database knows of the key that signed a package: `known` (accepted earlier),
    `new` (a site never seen: the coordinator accepts it or not) or `changed` (another key than
    the one accepted for that site, or for a site of the same name)."""

    status: str
    site_id: uuid.UUID
    site_name: str
    fingerprint: str
    recorded_fingerprint: str = ""
    recorded_site_id: str = ""


def check_key(session: Session, site_id: uuid.UUID, site_name: str, public_key: str) -> KeyCheck:
    """Compare a package's key with the keys accepted here (reads only)."""
    fingerprint = key_fingerprint(public_key)
    pins = pinned_keys(session)
    known = pins.get(str(site_id))
    if known is not None and known.get("public_key") == public_key:
        return KeyCheck("known", site_id, site_name, fingerprint)
    clashes = [(str(site_id), known)] if known is not None else []
    clashes += [
        (other_id, pin)
        for other_id, pin in sorted(pins.items())
        if other_id != str(site_id)
        and _same_name(str(pin.get("name", "")), site_name)
        and pin.get("public_key") != public_key
    ]
    if clashes:
        other_id, pin = clashes[0]
        return KeyCheck(
            "changed",
            site_id,
            site_name,
            fingerprint,
            key_fingerprint(str(pin.get("public_key", ""))),
            other_id,
        )
    return KeyCheck("new", site_id, site_name, fingerprint)


def changed_key_refusal(check: KeyCheck) -> UserError:
    return UserError(
        _tr(
            "The package of “%1” is signed with the key %2, but the key accepted for “%1” is "
            "%3: it is refused. Call that site and compare the fingerprints; if its database "
            "was replaced, replace its key (« Remplacer la clé », or --remplacer-cle \"%2\")."
        )
        .replace("%1", check.site_name)
        .replace("%2", check.fingerprint)
        .replace("%3", check.recorded_fingerprint)
    )


def accept_key(
    session: Session,
    actor: Actor,
    site_id: uuid.UUID,
    site_name: str,
    public_key: str,
    *,
    replace: bool = False,
) -> None:
    """Record a site's key, accepted by the coordinator after comparing its fingerprint with
    the site. A site whose other key was accepted before (same identifier or same name) is
    refused unless `replace`: the old key is then forgotten."""
    require(actor, Permission.MANAGE_SETTINGS)
    check = check_key(session, site_id, site_name, public_key)
    if check.status == "known":
        return
    pins = pinned_keys(session)
    if check.status == "changed":
        if not replace:
            raise changed_key_refusal(check)
        for other_id, pin in list(pins.items()):
            if other_id == str(site_id) or _same_name(str(pin.get("name", "")), site_name):
                del pins[other_id]
    pins[str(site_id)] = {
        "name": site_name,
        "public_key": public_key,
        "pinned_on": date.today().isoformat(),
    }
    put_setting(session, PINNED_KEYS_SETTING, pins)
    audit.record(session, actor, AuditAction.SETTINGS_CHANGED, "setting", PINNED_KEYS_SETTING)


def forget_site(session: Session, actor: Actor, site_id: uuid.UUID) -> None:
    """Forget a site's accepted key: its next package waits for a key to be accepted again."""
    require(actor, Permission.MANAGE_SETTINGS)
    pins = pinned_keys(session)
    if pins.pop(str(site_id), None) is not None:
        put_setting(session, PINNED_KEYS_SETTING, pins)
        audit.record(session, actor, AuditAction.SETTINGS_CHANGED, "setting", PINNED_KEYS_SETTING)
