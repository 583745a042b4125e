"""Shared fixtures: a fresh SQLite file per test, copied from a template migrated once."""

import os
import shutil
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from sqlmodel import select  # noqa: E402

from app.context import DeskContext  # noqa: E402
from app.db import make_engine, open_database, write_session  # noqa: E402
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


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    """A migrated database with one site and an agent of each role (PIN 2468)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
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
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture
def db_path(template_db, tmp_path) -> Path:
    path = tmp_path / "aiguillage.sqlite"
    shutil.copyfile(template_db, path)
    return path


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
            db_path=db_path,
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
