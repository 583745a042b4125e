"""The site this database belongs to, and the first-run set-up."""

from sqlmodel import Session, select

from app.errors import UserError
from app.i18n import translate
from app.permissions import Actor
from app.services.agents import hash_pin, validate_agent_name
from models import Agent, Site
from models.enums import Role, SiteKind


def _tr(text: str) -> str:
    return translate("Sites", text)


def current_site(session: Session) -> Site | None:
    """The site of this database (the first one created), or None before the first run."""
    return session.exec(select(Site).order_by(Site.created_at)).first()


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
