"""Every trust service called with every role: allowed roles succeed, the others get a clear
refusal and nothing is written."""

from collections.abc import Callable

import pytest
from sqlmodel import func, select

from app.backup.restore import restore_backup
from app.backup.snapshot import create_backup
from app.config import backups_dir
from app.db import read_session, write_session
from app.errors import PermissionDenied
from app.permissions import ROLE_PERMISSIONS, Permission
from app.services import agents as agents_service
from app.services.audit import audit_agent_choices, list_audit
from app.services.auth import sign_in
from app.services.person_rights import collect_person_file, erase_person
from app.services.retention import (
    preview_retention,
    purge_audit,
    run_retention,
    set_privacy_durations,
)
from models import Agent, AuditEntry
from tests.conftest import TEST_PIN
from tests.trust_helpers import add_person

ROLES = ("volunteer", "agent", "coordinator")


def _other_agent(session, actor):
    return session.exec(select(Agent).where(Agent.id != actor.agent_id)).first().id


def _person(session, actor):
    return add_person(session, actor.site_id, "Amina").id


SESSION_SERVICES: dict[str, tuple[Permission, Callable]] = {
    "list_agents": (Permission.MANAGE_AGENTS, lambda s, a: agents_service.list_agents(s, a)),
    "create_agent": (
        Permission.MANAGE_AGENTS,
        lambda s, a: agents_service.create_agent(s, a, "Nouvel agent", "agent", "1234"),
    ),
    "edit_agent": (
        Permission.MANAGE_AGENTS,
        lambda s, a: agents_service.edit_agent(s, a, _other_agent(s, a), "Renommé", "agent"),
    ),
    "set_agent_active": (
        Permission.MANAGE_AGENTS,
        lambda s, a: agents_service.set_agent_active(s, a, _other_agent(s, a), False),
    ),
    "reset_pin": (
        Permission.MANAGE_AGENTS,
        lambda s, a: agents_service.reset_pin(s, a, _other_agent(s, a), "5555"),
    ),
    "list_audit": (Permission.VIEW_AUDIT, lambda s, a: list_audit(s, a)),
    "audit_agent_choices": (Permission.VIEW_AUDIT, lambda s, a: audit_agent_choices(s, a)),
    "purge_audit": (Permission.VIEW_AUDIT, lambda s, a: purge_audit(s, a)),
    "preview_retention": (Permission.MANAGE_PRIVACY, lambda s, a: preview_retention(s, a)),
    "run_retention": (Permission.MANAGE_PRIVACY, lambda s, a: run_retention(s, a)),
    "collect_person_file": (
        Permission.MANAGE_PRIVACY,
        lambda s, a: collect_person_file(s, a, _person(s, a)),
    ),
    "erase_person": (Permission.MANAGE_PRIVACY, lambda s, a: erase_person(s, a, _person(s, a))),
    "set_privacy_durations": (
        Permission.MANAGE_PRIVACY,
        lambda s, a: set_privacy_durations(s, a, 18, 6, 3),
    ),
}


def _actor_for(role, volunteer, agent, coordinator):
    return {"volunteer": volunteer, "agent": agent, "coordinator": coordinator}[role]


def _audit_count(engine) -> int:
    with read_session(engine) as session:
        return int(session.exec(select(func.count()).select_from(AuditEntry)).one())


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("service", sorted(SESSION_SERVICES))
def test_session_services_by_role(engine, volunteer, agent, coordinator, role, service):
    permission, call = SESSION_SERVICES[service]
    actor = _actor_for(role, volunteer, agent, coordinator)
    before = _audit_count(engine)
    if permission in ROLE_PERMISSIONS[role]:
        with write_session(engine) as session:
            call(session, actor)
    else:
        with pytest.raises(PermissionDenied) as caught:
            with write_session(engine) as session:
                call(session, actor)
        assert "coordinat" in caught.value.message
        assert _audit_count(engine) == before


@pytest.mark.sqlite_file
@pytest.mark.parametrize("role", ROLES)
def test_backup_and_restore_by_role(engine, db_path, volunteer, agent, coordinator, role):
    actor = _actor_for(role, volunteer, agent, coordinator)
    folder = backups_dir(db_path)
    if Permission.MANAGE_BACKUPS in ROLE_PERMISSIONS[role]:
        made = create_backup(db_path, folder, actor=actor).backup.path
        engine.dispose()
        assert restore_backup(db_path, made, actor=actor) is not None
    else:
        with pytest.raises(PermissionDenied):
            create_backup(db_path, folder, actor=actor)
        with pytest.raises(PermissionDenied):
            restore_backup(db_path, db_path, actor=actor)
        assert not folder.exists()


@pytest.mark.parametrize("role", ROLES)
def test_every_role_signs_in(engine, volunteer, agent, coordinator, role):
    actor = _actor_for(role, volunteer, agent, coordinator)
    with write_session(engine) as session:
        assert sign_in(session, actor.agent_id, TEST_PIN).role == role
