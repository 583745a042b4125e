"""Signing in with a PIN: right and wrong PINs, growing locks, inactive agents, audit."""

from datetime import timedelta

import pytest
from sqlmodel import select

from app.clock import utcnow
from app.db import read_session, write_session
from app.errors import PermissionDenied, UserError
from app.services import agents as agents_service
from app.services.auth import SignInRefused, lock_minutes, sign_in
from models import Agent, AuditEntry
from models.enums import AuditAction, Role
from tests.conftest import TEST_PIN


def _attempt(engine, agent_id, pin, now):
    with write_session(engine) as session:
        return sign_in(session, agent_id, pin, now=now)


def _agent(engine, agent_id) -> Agent:
    with read_session(engine) as session:
        agent = session.get(Agent, agent_id)
        session.expunge(agent)
        return agent


def _actions(engine) -> list[str]:
    with read_session(engine) as session:
        return [e.action for e in session.exec(select(AuditEntry).order_by(AuditEntry.occurred_at))]


def test_right_pin_gives_the_agent_and_is_audited(engine, agent):
    actor = _attempt(engine, agent.agent_id, TEST_PIN, utcnow())
    assert actor.agent_id == agent.agent_id
    assert actor.role == Role.AGENT.value
    assert _actions(engine)[-1] == AuditAction.LOGIN.value


def test_wrong_pin_is_counted_and_audited_even_though_refused(engine, agent):
    with pytest.raises(SignInRefused) as caught:
        _attempt(engine, agent.agent_id, "0000", utcnow())
    assert "4" in caught.value.message  # tries left
    assert _agent(engine, agent.agent_id).failed_attempts == 1
    assert _actions(engine)[-1] == AuditAction.LOGIN_FAILED.value


def test_five_wrong_pins_lock_for_a_minute_then_longer(engine, agent):
    now = utcnow()
    for _ in range(4):
        with pytest.raises(SignInRefused):
            _attempt(engine, agent.agent_id, "0000", now)
    with pytest.raises(SignInRefused) as caught:
        _attempt(engine, agent.agent_id, "0000", now)
    assert "minute" in caught.value.message
    # even the right PIN is refused while locked
    with pytest.raises(SignInRefused):
        _attempt(engine, agent.agent_id, TEST_PIN, now + timedelta(seconds=30))
    # after the minute, five more wrong PINs lock for two minutes
    later = now + timedelta(minutes=1, seconds=1)
    for _ in range(4):
        with pytest.raises(SignInRefused):
            _attempt(engine, agent.agent_id, "0000", later)
    with pytest.raises(SignInRefused) as caught:
        _attempt(engine, agent.agent_id, "0000", later)
    assert "2 minutes" in caught.value.message
    with pytest.raises(SignInRefused):
        _attempt(engine, agent.agent_id, TEST_PIN, later + timedelta(minutes=1, seconds=50))
    actor = _attempt(engine, agent.agent_id, TEST_PIN, later + timedelta(minutes=2, seconds=1))
    assert actor.agent_id == agent.agent_id
    assert _agent(engine, agent.agent_id).failed_attempts == 0


def test_lock_grows_by_doubling():
    assert [lock_minutes(n) for n in (1, 4, 5, 6, 10, 15, 20)] == [0, 0, 1, 0, 2, 4, 8]


def test_inactive_agent_cannot_sign_in(engine, coordinator, agent):
    with write_session(engine) as session:
        agents_service.set_agent_active(session, coordinator, agent.agent_id, False)
    with pytest.raises(SignInRefused):
        _attempt(engine, agent.agent_id, TEST_PIN, utcnow())


def test_coordinator_manages_agents(engine, coordinator):
    with write_session(engine) as session:
        new = agents_service.create_agent(
            session, coordinator, "  Lucie Martin ", "volunteer", "13579"
        )
        new_id = new.id
    assert _attempt(engine, new_id, "13579", utcnow()).role == Role.VOLUNTEER.value
    with write_session(engine) as session:
        agents_service.edit_agent(session, coordinator, new_id, "Lucie Martin-Roux", "agent")
        agents_service.reset_pin(session, coordinator, new_id, "24680")
    changed = _agent(engine, new_id)
    assert (changed.name, changed.role) == ("Lucie Martin-Roux", "agent")
    assert _attempt(engine, new_id, "24680", utcnow()).role == Role.AGENT.value
    assert _actions(engine).count(AuditAction.AGENT_CHANGED.value) == 3


def test_reset_pin_lifts_a_lock(engine, coordinator, agent):
    now = utcnow()
    for _ in range(5):
        with pytest.raises(SignInRefused):
            _attempt(engine, agent.agent_id, "0000", now)
    with write_session(engine) as session:
        agents_service.reset_pin(session, coordinator, agent.agent_id, "1122")
    assert _attempt(engine, agent.agent_id, "1122", now).agent_id == agent.agent_id


@pytest.mark.parametrize(
    ("name", "role", "pin"),
    [
        ("", "agent", "1234"),
        ("Ana", "boss", "1234"),
        ("Ana", "agent", "12"),
        ("Ana", "agent", "abcd"),
    ],
)
def test_bad_agent_input_gives_a_french_message(engine, coordinator, name, role, pin):
    with pytest.raises(UserError) as caught:
        with write_session(engine) as session:
            agents_service.create_agent(session, coordinator, name, role, pin)
    assert caught.value.message and "Error" not in caught.value.message
    with read_session(engine) as session:
        assert len(list(session.exec(select(Agent)))) == 3


def test_the_last_coordinator_stays(engine, coordinator):
    with pytest.raises(UserError) as caught:
        with write_session(engine) as session:
            agents_service.set_agent_active(session, coordinator, coordinator.agent_id, False)
    assert "coordinat" in caught.value.message
    with pytest.raises(UserError):
        with write_session(engine) as session:
            agents_service.edit_agent(session, coordinator, coordinator.agent_id, "Hélène", "agent")


def test_only_coordinators_manage_agents(engine, agent, volunteer):
    for actor in (agent, volunteer):
        with pytest.raises(PermissionDenied):
            with write_session(engine) as session:
                agents_service.create_agent(session, actor, "Intrus", "coordinator", "1234")
