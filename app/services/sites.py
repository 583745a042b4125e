"""The site this database belongs to, the first-run set-up, and the coordinator's changes."""

import re
from typing import Any

from sqlmodel import Session, select

from app.errors import UserError
from app.i18n import translate
from app.permissions import Actor, Permission, require
from app.services import audit
from app.services.agents import hash_pin, validate_agent_name
from models import Agent, Site
from models.enums import AuditAction, Channel, Role, SiteKind

MAX_LOGO_BYTES = 1024 * 1024
EDITABLE_FIELDS = (
    "name",
    "kind",
    "address",
    "postal_code",
    "commune",
    "phone",
    "email",
    "default_channel",
    "logo_png",
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_CHARS = re.compile(r"^[\d\s.+()/-]*$")
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_JPEG_MAGIC = b"\xff\xd8\xff"


def _tr(text: str) -> str:
    return translate("Sites", text)


def current_site(session: Session) -> Site | None:
    """The site of this database (the first one created), or None before the first run."""
    return session.exec(select(Site).order_by(Site.created_at)).first()


def site_kind(session: Session, actor: Actor) -> str:
    """The kind of the actor's place (a SiteKind value), "" if it cannot be found."""
    site = session.get(Site, actor.site_id)
    return site.kind if site is not None else ""


def create_first_site(
    session: Session,
    *,
    name: str,
    kind: str,
    address: str,
    coordinator_name: str,
    pin: str,
    postal_code: str = "",
    commune: str = "",
    phone: str = "",
) -> tuple[Site, Agent]:
    """Create the site and its first coordinator. Refused if a site already exists."""
    if current_site(session) is not None:
        raise UserError(_tr("This database already has a site."))
    name = (name or "").strip()
    if not name:
        raise UserError(_tr("Please type the name of the place."))
    if len(name) > 200:
        raise UserError(_tr("The name of the place is too long (200 characters at most)."))
    if kind not in {k.value for k in SiteKind}:
        raise UserError(_tr("Please choose the kind of place."))
    coordinator_name = validate_agent_name(coordinator_name)
    pin_hash = hash_pin(pin)
    site = Site(
        name=name,
        kind=kind,
        address=(address or "").strip(),
        postal_code=(postal_code or "").strip(),
        commune=(commune or "").strip(),
        phone=(phone or "").strip(),
    )
    session.add(site)
    session.flush()
    agent = Agent(
        site_id=site.id, name=coordinator_name, role=Role.COORDINATOR.value, pin_hash=pin_hash
    )
    session.add(agent)
    session.flush()
    return site, agent


def actor_for(agent: Agent) -> Actor:
    return Actor(agent_id=agent.id, role=agent.role, site_id=agent.site_id)


def first_coordinator(session: Session) -> tuple[Actor, str] | None:
    """The first active coordinator, as (actor, name): the screenshots and demos act as her,
    without a PIN."""
    agent = session.exec(
        select(Agent)
        .where(Agent.active, Agent.role == Role.COORDINATOR.value)
        .order_by(Agent.created_at)
    ).first()
    return (actor_for(agent), agent.name) if agent is not None else None


def is_logo_image(data: bytes) -> bool:
    """True for the bytes of a PNG or a JPEG picture (read from their first bytes)."""
    return data.startswith(_PNG_MAGIC) or data.startswith(_JPEG_MAGIC)


def check_logo_size(size: int) -> None:
    """UserError if a logo file of `size` bytes is over 1 MB (checked before reading it)."""
    if size > MAX_LOGO_BYTES:
        raise UserError(_tr("The logo is too big: please choose a picture of 1 MB at most."))


def check_logo(data: bytes) -> bytes:
    """The logo bytes if they are a PNG or JPEG picture of 1 MB at most, else UserError."""
    check_logo_size(len(data))
    if not is_logo_image(data):
        raise UserError(_tr("This file is not a picture: please choose a PNG or JPEG file."))
    return bytes(data)


def _text(value: Any, limit: int, too_long: str) -> str:
    text = str(value or "").strip()
    if _CONTROL.search(text):
        raise UserError(_tr("Please remove the invisible characters from the text."))
    if len(text) > limit:
        raise UserError(too_long)
    return text


def _clean(key: str, value: Any) -> Any:
    if key == "name":
        name = _text(value, 200, _tr("The name of the place is too long (200 characters at most)."))
        if not name:
            raise UserError(_tr("Please type the name of the place."))
        return name
    if key == "kind":
        if value not in {kind.value for kind in SiteKind}:
            raise UserError(_tr("Please choose the kind of place."))
        return value
    if key == "address":
        return _text(value, 300, _tr("The address is too long (300 characters at most)."))
    if key == "postal_code":
        postal_code = _text(value, 10, _tr("The postal code has 5 digits."))
        if postal_code and not re.fullmatch(r"\d{5}", postal_code):
            raise UserError(_tr("The postal code has 5 digits."))
        return postal_code
    if key == "commune":
        return _text(value, 120, _tr("The commune name is too long (120 characters at most)."))
    if key == "phone":
        phone = _text(value, 40, _tr("The phone number is too long."))
        if phone and (not _PHONE_CHARS.match(phone) or len(re.sub(r"\D", "", phone)) < 6):
            raise UserError(_tr("The phone number may only have digits, spaces and +."))
        return phone
    if key == "email":
        email = _text(value, 200, _tr("The e-mail address is too long."))
        if email and not _EMAIL.match(email):
            raise UserError(_tr("The e-mail address looks wrong (name@example.fr)."))
        return email
    if key == "default_channel":
        if value not in {channel.value for channel in Channel}:
            raise UserError(_tr("Please choose the usual contact channel from the list."))
        return value
    # logo_png: None removes the logo
    return None if value is None else check_logo(value)


def update_site(session: Session, actor: Actor, **fields: Any) -> Site:
    """A coordinator changes the details of their site (name, kind, address, contact, default
    channel, logo). Every field is checked before anything is written; the change is audited."""
    require(actor, Permission.MANAGE_SETTINGS)
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"update_site: unknown fields {sorted(unknown)}")
    site = session.get(Site, actor.site_id)
    if site is None:
        raise UserError(_tr("This place cannot be found any more."))
    cleaned = {key: _clean(key, value) for key, value in fields.items()}
    for key, value in cleaned.items():
        setattr(site, key, value)
    session.add(site)
    session.flush()
    audit.record(session, actor, AuditAction.SETTINGS_CHANGED, "site", site.id)
    return site
