"""Fixtures for the tests of a desk that loses its server: a real PostgreSQL server of the
test's own (throw-away, or durable for the kill tests), a place on it, a way to stop and
start it again, and to freeze it (SIGSTOP: a main PC that hangs on the network)."""

import os
import shutil
import signal
import tempfile
from pathlib import Path

import pytest

from app.context import DeskContext
from app.db import open_database, write_session
from app.db.pg_server import LocalServer, free_port, new_password
from app.permissions import Actor
from app.services.sites import create_first_site
from models.enums import SiteKind

DATABASE = "lieu"


def start_server(durable: bool = False) -> LocalServer:
    import psycopg

    folder = Path(tempfile.mkdtemp(prefix="aiguillage-offline-pg-"))
    programs = os.environ.get("AIGUILLAGE_TEST_PG_BIN")
    server = LocalServer(
        folder, free_port(), new_password(), programs=Path(programs) if programs else None
    )
    server.init(durable=durable)
    server.start()
    admin = server.url("postgres").set(drivername="postgresql")
    with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{DATABASE}"')
    return server


def throw_away(server: LocalServer) -> None:
    if server.is_running():
        server.stop("immediate")
    shutil.rmtree(server.folder, ignore_errors=True)


def address(server: LocalServer) -> str:
    return server.url(DATABASE).render_as_string(hide_password=False)


def make_place(server: LocalServer) -> tuple:
    """The place on the server: (engine, desk context of its coordinator)."""
    engine = open_database(address(server))
    with write_session(engine) as session:
        site, coordinator = create_first_site(
            session, name="Recyclerie du Pays de Redon", kind=SiteKind.RECYCLERIE.value,
            address="2 rue de la Gare", postal_code="35600", commune="Redon",
            coordinator_name="Hélène Le Gall", pin="2468",
        )  # fmt: skip
        actor = Actor(agent_id=coordinator.id, role=coordinator.role, site_id=site.id)
        ctx = DeskContext(
            engine=engine, target=address(server), site_id=site.id, site_name=site.name,
            actor=actor, agent_name=coordinator.name,
        )  # fmt: skip
    return engine, ctx


@pytest.fixture
def own_server():
    server = start_server(durable=False)
    try:
        yield server
    finally:
        throw_away(server)


@pytest.fixture
def durable_own_server():
    server = start_server(durable=True)
    try:
        yield server
    finally:
        throw_away(server)


@pytest.fixture
def place(own_server):
    engine, ctx = make_place(own_server)
    yield engine, ctx
    engine.dispose()


def _server_processes(server: LocalServer) -> list:
    import psutil  # only where a server is frozen

    pid = server.postmaster_pid()
    if pid is None or not psutil.pid_exists(pid):
        return []
    postmaster = psutil.Process(pid)
    return [postmaster, *postmaster.children(recursive=True)]


def freeze(server: LocalServer) -> None:
    """The server stops answering without closing anything (SIGSTOP to all its processes)."""
    for process in _server_processes(server):
        os.kill(process.pid, signal.SIGSTOP)


def resume(server: LocalServer) -> None:
    for process in _server_processes(server):
        try:
            os.kill(process.pid, signal.SIGCONT)
        except ProcessLookupError:
            pass
