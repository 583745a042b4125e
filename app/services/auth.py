"""Signing in with a PIN, and the lock after too many wrong PINs.

Five wrong PINs in a row lock that agent for one minute; each further five double the wait
(2, 4, 8… minutes). A right PIN clears the count. Logins and failures are audited.

`sign_in` is the one service that commits on its own when it refuses a PIN: the failure count
and its audit entry must be kept even though the refusal is raised as an error.
"""

import uuid
from datetime import UTC, datetime, timedelta

from sqlmodel import Session

from app.clock import utcnow
from app.errors import UserError
from app.i18n import translate
from app.permissions import Actor
from app.services import audit
from app.services.agents import pin_matches
from app.services.sites import actor_for
from models import Agent
from models.enums import AuditAction

FAILURES_BEFORE_LOCK = 5
FIRST_LOCK_MINUTES = 1
LONGEST_LOCK_MINUTES = 24 * 60


class SignInRefused(UserError):
    """Wrong PIN, locked or inactive agent; the message says what to do."""


def _tr(text: str) -> str:
    return translate("SignIn", text)


def _aware(moment: datetime | None) -> datetime | None:
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def lock_minutes(failed_attempts: int) -> int:
    """How long an agent is locked after this many wrong PINs in a row (0: not locked)."""
    if failed_attempts < FAILURES_BEFORE_LOCK or failed_attempts % FAILURES_BEFORE_LOCK:
        return 0
    rounds = failed_attempts // FAILURES_BEFORE_LOCK
    return min(FIRST_LOCK_MINUTES * 2 ** (rounds - 1), LONGEST_LOCK_MINUTES)


def locked_for(agent: Agent, now: datetime | None = None) -> timedelta:
    """How long the agent must still wait before typing a PIN again."""
    now = now or utcnow()
    until = _aware(agent.locked_until)
    if until is None or until <= now:
        return timedelta(0)
    return until - now


def wait_text(wait: timedelta) -> str:
    minutes = max(1, -(-int(wait.total_seconds()) // 60))
    if minutes == 1:
        return _tr("Too many wrong PINs. Please wait a minute and try again.")
    return _tr("Too many wrong PINs. Please wait %1 minutes and try again.").replace(
        "%1", str(minutes)
    )


def sign_in(session: Session, agent_id: uuid.UUID, pin: str, now: datetime | None = None) -> Actor:
    """Check the agent's PIN and return the actor to act as; raises SignInRefused otherwise."""
    now = now or utcnow()
    agent = session.get(Agent, agent_id)
    if agent is None or not agent.active:
        raise SignInRefused(_tr("This agent cannot sign in any more. Ask a coordinator."))
    wait = locked_for(agent, now)
    if wait:
        raise SignInRefused(wait_text(wait))
    if not pin_matches(agent, pin or ""):
        agent.failed_attempts += 1
        minutes = lock_minutes(agent.failed_attempts)
        if minutes:
            agent.locked_until = now + timedelta(minutes=minutes)
        session.add(agent)
        audit.record(session, actor_for(agent), AuditAction.LOGIN_FAILED, "agent", agent.id)
        session.commit()  # keep the count and the audit entry even though we refuse
        if minutes:
            raise SignInRefused(wait_text(timedelta(minutes=minutes)))
        left = FAILURES_BEFORE_LOCK - agent.failed_attempts % FAILURES_BEFORE_LOCK
        raise SignInRefused(
            _tr("Wrong PIN. %1 tries left before a short lock.").replace("%1", str(left))
        )
    agent.failed_attempts = 0
    agent.locked_until = None
    session.add(agent)
    actor = actor_for(agent)
    audit.record(session, actor, AuditAction.LOGIN, "agent", agent.id)
    return actor


def sign_out(session: Session, actor: Actor) -> None:
    """Record that the agent left the desk (switch of agent or closing)."""
    audit.record(session, actor, AuditAction.LOGOUT, "agent", actor.agent_id)
