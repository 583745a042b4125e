"""Agents (staff and volunteers) and their PINs, stored only as argon2id hashes.

Coordinators manage agents here; every change is audited. Signing in is in `auth`.
"""

import re
import uuid

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, select

from app.errors import UserError
from app.i18n import translate
from app.permissions import Actor, Permission, require
from app.services import audit
from models import Agent
from models.enums import AuditAction, Role

# argon2id at OWASP's recommended minimum (19 MiB, 2 passes): a PIN is short, so what protects
# it is the lock after wrong PINs; the hash only has to be slow enough, and sign-in quick on an
# old PC. Hashes made with other parameters still verify (they carry their own).
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
PIN_PATTERN = re.compile(r"^\d{4,8}$")


def _tr(text: str) -> str:
    return translate("Agents", text)


def validate_pin(pin: str) -> str:
    if not PIN_PATTERN.match(pin or ""):
        raise UserError(_tr("The PIN must have 4 to 8 digits."))
    return pin


def validate_agent_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise UserError(_tr("Please type a name."))
    if len(name) > 120:
        raise UserError(_tr("The name is too long (120 characters at most)."))
    return name


def hash_pin(pin: str) -> str:
    return _hasher.hash(validate_pin(pin))


def pin_matches(agent: Agent, pin: str) -> bool:
    try:
        return _hasher.verify(agent.pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False


def active_agents(session: Session) -> list[Agent]:
    return list(session.exec(select(Agent).where(Agent.active).order_by(Agent.name)))


# --- management by a coordinator -------------------------------------------------------------


def list_agents(session: Session, actor: Actor, include_inactive: bool = True) -> list[Agent]:
    """Every agent of the site, active ones first, by name."""
    require(actor, Permission.MANAGE_AGENTS)
    query = select(Agent).where(Agent.site_id == actor.site_id)
    if not include_inactive:
        query = query.where(Agent.active)
    return sorted(session.exec(query), key=lambda a: (not a.active, a.name.casefold()))


def validate_role(role: str) -> str:
    if role not in {r.value for r in Role}:
        raise UserError(_tr("Please choose a role."))
    return role


def _agent_of_site(session: Session, actor: Actor, agent_id: uuid.UUID) -> Agent:
    agent = session.get(Agent, agent_id)
    if agent is None or agent.site_id != actor.site_id:
        raise UserError(_tr("This agent no longer exists."))
    return agent


def _other_active_coordinators(session: Session, agent: Agent) -> int:
    query = select(Agent).where(
        Agent.site_id == agent.site_id,
        Agent.active,
        Agent.role == Role.COORDINATOR.value,
        Agent.id != agent.id,
    )
    return len(list(session.exec(query)))


def create_agent(session: Session, actor: Actor, name: str, role: str, pin: str) -> Agent:
    """Add an agent with a first PIN (they may keep it or have it reset later)."""
    require(actor, Permission.MANAGE_AGENTS)
    agent = Agent(
        site_id=actor.site_id,
        name=validate_agent_name(name),
        role=validate_role(role),
        pin_hash=hash_pin(pin),
    )
    session.add(agent)
    session.flush()
    audit.record(session, actor, AuditAction.AGENT_CHANGED, "agent", agent.id)
    return agent


def edit_agent(session: Session, actor: Actor, agent_id: uuid.UUID, name: str, role: str) -> Agent:
    """Rename an agent or change their role; the last coordinator keeps theirs."""
    require(actor, Permission.MANAGE_AGENTS)
    agent = _agent_of_site(session, actor, agent_id)
    name = validate_agent_name(name)
    role = validate_role(role)
    if (
        agent.active
        and agent.role == Role.COORDINATOR.value
        and role != Role.COORDINATOR.value
        and not _other_active_coordinators(session, agent)
    ):
        raise UserError(_tr("There must always be at least one active coordinator."))
    agent.name = name
    agent.role = role
    session.add(agent)
    audit.record(session, actor, AuditAction.AGENT_CHANGED, "agent", agent.id)
    return agent


def set_agent_active(session: Session, actor: Actor, agent_id: uuid.UUID, active: bool) -> Agent:
    """Deactivate (or bring back) an agent: an inactive agent cannot sign in."""
    require(actor, Permission.MANAGE_AGENTS)
    agent = _agent_of_site(session, actor, agent_id)
    if (
        not active
        and agent.role == Role.COORDINATOR.value
        and not _other_active_coordinators(session, agent)
    ):
        raise UserError(_tr("There must always be at least one active coordinator."))
    agent.active = active
    session.add(agent)
    audit.record(session, actor, AuditAction.AGENT_CHANGED, "agent", agent.id)
    return agent


def reset_pin(session: Session, actor: Actor, agent_id: uuid.UUID, pin: str) -> Agent:
    """Give an agent a new PIN; this also lifts a lock after wrong PINs."""
    require(actor, Permission.MANAGE_AGENTS)
    agent = _agent_of_site(session, actor, agent_id)
    agent.pin_hash = hash_pin(pin)
    agent.failed_attempts = 0
    agent.locked_until = None
    session.add(agent)
    audit.record(session, actor, AuditAction.AGENT_CHANGED, "agent", agent.id)
    return agent
