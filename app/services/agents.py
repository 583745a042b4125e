"""Agents (staff and volunteers) and their PINs, stored only as argon2id hashes."""

import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, select

from app.errors import UserError
from app.i18n import translate
from models import Agent

_hasher = PasswordHasher()  # argon2id with the library's recommended parameters
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
