"""The two engines: a database is a target (a file or a server address); the server's failures
are said in French and never leave a half-written change; the same demo gives the same exports
and the same report on both; every command works with a postgresql:// address.

Tests marked `server` need the real PostgreSQL server of the `--engine postgresql` run.
"""

import os
import threading
import uuid
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import func, select, text

from app.cli import main as cli_main
from app.db import as_target, open_database, read_session, retrying, write_session
from app.db import postgres as pg_engine
from app.db.pg_server import free_port
from app.errors import DatabaseError
from models import Visit
from models.enums import VisitKind
from tests import offline_helpers

server = pytest.mark.server
pytestmark = pytest.mark.pg_server  # run again on an older PostgreSQL in CI
own_server = offline_helpers.own_server  # a server of the test's own, which it may restart
DEMO_NOW = datetime(2026, 11, 15, 11, 0, tzinfo=UTC)


def test_a_target_is_a_file_or_a_server_address_and_never_shows_its_password(tmp_path):
    file_target = as_target(tmp_path / "bureau.sqlite")
    assert file_target.path == tmp_path / "bureau.sqlite" and not file_target.is_server
    address = "postgresql://accueil:secret-du-poste@192.0.2.10:5433/lieu"
    server_target = as_target(address)
    assert server_target.is_server and server_target.path is None
    assert server_target.url.drivername == "postgresql+psycopg"
    assert server_target.describe() == "lieu @ 192.0.2.10:5433"
    assert "secret" not in str(server_target) and "secret" not in str(server_target.lock_path())
    with pytest.raises(DatabaseError, match="adresse"):
        as_target("postgresql://:::")


def test_an_unreachable_server_is_said_in_french():
    address = f"postgresql://aiguillage:x@127.0.0.1:{free_port()}/lieu"
    with pytest.raises(DatabaseError) as refused:
        open_database(address)
    assert "poste principal ne répond pas" in refused.value.message


def test_a_full_server_disk_and_a_conflict_are_said_in_french():
    """PostgreSQL's own error classes, as psycopg raises them, through SQLAlchemy."""
    full = sa_exc.OperationalError(
        "INSERT", {}, psycopg.errors.DiskFull("could not extend file: No space left on device")
    )
    assert "disque du poste principal est plein" in pg_engine.translate_error(full).message
    clash = sa_exc.OperationalError(
        "UPDATE", {}, psycopg.errors.SerializationFailure("could not serialize access")
    )
    assert pg_engine.is_retryable(clash)
    assert "Un autre poste" in pg_engine.translate_error(clash).message
    broken = sa_exc.IntegrityError("INSERT", {}, psycopg.errors.UniqueViolation("duplicate"))
    assert pg_engine.translate_error(broken) is None  # the code's own mistake: not hidden


@server
def test_a_wrong_password_and_a_missing_database_are_said_in_french(pg_admin_url):
    wrong = pg_admin_url.set(password="pas-le-bon", database="postgres")
    with pytest.raises(DatabaseError) as refused:
        open_database(wrong.render_as_string(hide_password=False))
    assert "refuse l'identifiant" in refused.value.message
    missing = pg_admin_url.set(database="lieu_inconnu")
    with pytest.raises(DatabaseError) as refused:
        open_database(missing.render_as_string(hide_password=False))
    assert "« lieu_inconnu » n'existe pas" in refused.value.message


def _visits(engine) -> int:
    with read_session(engine) as session:
        return session.execute(select(func.count()).select_from(Visit)).scalar_one()


def _admin_terminate(admin_url, pid: int) -> None:
    with psycopg.connect(
        admin_url.set(drivername="postgresql").render_as_string(hide_password=False),
        autocommit=True,
    ) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))


@server
def test_a_connection_lost_mid_transaction_saves_nothing_and_says_so(engine, ctx, pg_admin_url):
    before = _visits(engine)
    with pytest.raises(DatabaseError) as lost:
        with write_session(engine) as session:
            session.add(Visit(site_id=ctx.site_id, kind=VisitKind.RECEPTION.value))
            session.flush()
            pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
            _admin_terminate(pg_admin_url, pid)
    assert "connexion au poste principal a été perdue" in lost.value.message
    assert _visits(engine) == before  # nothing half-written
    with write_session(engine) as session:  # the next change goes through on a new connection
        session.add(Visit(site_id=ctx.site_id, kind=VisitKind.RECEPTION.value))
    assert _visits(engine) == before + 1


@server
def test_a_lost_network_ends_a_waiting_connection_within_half_a_minute(engine):
    """The server's connection carries TCP keepalives and a user timeout, as the PC's own
    socket says (a loopback relay cannot lose packets, so the loss itself is not played)."""
    import socket

    raw = engine.raw_connection()
    try:
        connection = raw.driver_connection
        params = connection.info.get_parameters()
        assert params["keepalives"] == "1" and params["tcp_user_timeout"] == "25000"
        with socket.socket(fileno=os.dup(connection.pgconn.socket)) as sock:
            assert sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) == 1
            idle = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE)
            interval = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL)
            count = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPCNT)
            user_timeout = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_USER_TIMEOUT)
    finally:
        raw.close()
    assert idle + interval * count <= 30 and user_timeout <= 30_000


@server
def test_a_serialization_failure_is_retried_and_lands_once(engine, ctx):
    """Two desks count then add at once under SERIALIZABLE: the server refuses one; `retrying`
    runs it again and both visits land, each once."""
    strict = engine.execution_options(isolation_level="SERIALIZABLE")
    both_read = threading.Barrier(2, timeout=30)
    attempts: list[str] = []
    before = _visits(engine)

    def add_visit(name: str) -> None:
        def work() -> None:
            attempts.append(name)
            with write_session(strict) as session:
                session.execute(select(func.count()).select_from(Visit)).scalar_one()
                if attempts.count(name) == 1:
                    both_read.wait()  # the first time, both desks have read before writing
                session.add(Visit(site_id=ctx.site_id, kind=VisitKind.RECEPTION.value))

        retrying(work)

    errors: list[BaseException] = []

    def run(name: str) -> None:
        try:
            add_visit(name)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=run, args=(name,)) for name in ("accueil", "bureau")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert len(attempts) == 3  # one desk was refused once, then went through
    assert _visits(engine) == before + 2


def _demo_copy(target, size: str = "small") -> dict[str, int]:
    from app.demo import write_demo

    return write_demo(target, size=size, seed=7, now=DEMO_NOW)


@pytest.fixture(scope="module")
def demo_pair(tmp_path_factory, pg_admin_url):
    """The same demo seed written on SQLite and on the PostgreSQL server."""
    from tests.conftest import drop_pg_database, new_pg_database

    folder = tmp_path_factory.mktemp("demo-pair")
    sqlite_file = folder / "demo.sqlite"
    _demo_copy(sqlite_file)
    name = f"demo_{uuid.uuid4().hex[:8]}"
    address = new_pg_database(pg_admin_url, name)
    _demo_copy(address)
    yield sqlite_file, address
    drop_pg_database(pg_admin_url, name)


def _export(target, out: Path) -> dict[str, bytes]:
    code = cli_main(
        ["--db", str(target) if isinstance(target, Path) else target, "export",
         "--from", "2026-10-01", "--to", "2026-10-31", "--format", "csv", "--out", str(out)]
    )  # fmt: skip
    assert code == 0
    return {path.name: path.read_bytes() for path in sorted(out.iterdir())}


@server
def test_the_same_demo_gives_byte_identical_exports_and_the_same_report(demo_pair, tmp_path):
    from app.reports.monthly import build_monthly_report
    from app.reports.periods import Period
    from app.services.sites import actor_for, current_site
    from models import Agent

    sqlite_file, address = demo_pair
    on_sqlite = _export(sqlite_file, tmp_path / "sqlite")
    on_server = _export(address, tmp_path / "postgresql")
    assert len(on_sqlite) >= 5 and on_sqlite == on_server

    def report(target):  # type: ignore[no-untyped-def]
        engine = open_database(target)
        try:
            with read_session(engine) as session:
                site = current_site(session)
                coordinator = session.execute(
                    select(Agent).where(Agent.site_id == site.id, Agent.role == "coordinator")
                ).scalars().first()
                built = build_monthly_report(
                    session, actor_for(coordinator), Period.month(2026, 10), now=DEMO_NOW
                )
            return [(table.key, table.rows) for table in built.tables]
        finally:
            engine.dispose()

    assert report(sqlite_file) == report(address)


@server
def test_every_command_works_with_a_server_address(demo_pair, tmp_path, capsys):
    _sqlite_file, address = demo_pair
    out = tmp_path / "sorties"
    out.mkdir()
    assert cli_main(["--db", address, "check"]) == 0
    said = capsys.readouterr().out
    assert f"{as_target(address).describe()} est en bon état." in said
    assert as_target(address).url.password not in said  # never a password on screen
    assert cli_main(["--db", address, "report", "monthly", "--month", "2026-10",
                     "--out", str(out / "bilan.pdf")]) == 0  # fmt: skip
    assert (out / "bilan.pdf").read_bytes().startswith(b"%PDF")
    for kind, name in (("csv", "annuaire.csv"), ("pdf", "annuaire.pdf")):
        assert cli_main(["--db", address, "directory", "export", "--format", kind,
                         "--out", str(out / name)]) == 0  # fmt: skip
    assert "Redon" in (out / "annuaire.csv").read_text(encoding="utf-8-sig")
    assert (out / "annuaire.pdf").read_bytes().startswith(b"%PDF")
    engine = open_database(address)
    try:
        with read_session(engine) as session:
            referral_id = session.execute(text("SELECT id FROM referral LIMIT 1")).scalar_one()
    finally:
        engine.dispose()
    assert cli_main(["--db", address, "sheet", "--referral", str(referral_id),
                     "--out", str(out / "fiche.pdf")]) == 0  # fmt: skip
    assert (out / "fiche.pdf").read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    # the demo refuses a database that already holds data, as it does a file
    assert cli_main(["--db", address, "demo"]) == 2
    assert "contient déjà des données" in capsys.readouterr().err


def test_the_demo_fills_a_new_database_on_either_engine(fresh_target):
    counts = _demo_copy(fresh_target)
    engine = open_database(fresh_target)
    try:
        assert _visits(engine) == counts["visit"] > 0
    finally:
        engine.dispose()


@server
def test_after_a_server_restart_a_dead_connection_is_replaced_and_the_work_runs_again(own_server):
    """No ping before each use: the first use of a connection the restart killed fails before
    anything is committed, so `retrying` runs the transaction again on a new connection."""
    from app.services.sites import create_first_site
    from models.enums import SiteKind

    address = own_server.url("postgres").render_as_string(hide_password=False)
    engine = open_database(address)
    with write_session(engine) as session:
        site, _ = create_first_site(
            session, name="Espace emploi", kind=SiteKind.EMPLOYMENT_DESK.value, address="",
            postal_code="35600", commune="Redon", phone="", coordinator_name="Ana", pin="2468",
        )  # fmt: skip
        site_id = site.id
    before = _visits(engine)
    own_server.stop("fast")
    own_server.start()

    def add_visit() -> None:
        with write_session(engine) as session:
            session.add(Visit(site_id=site_id, kind=VisitKind.RECEPTION.value))

    with pytest.raises(DatabaseError) as lost:  # without a retry: said, and nothing written
        add_visit()
    assert lost.value.retryable and "poste principal" in lost.value.message
    own_server.stop("fast")
    own_server.start()
    retrying(add_visit)  # the dead connection is dropped and the visit written once
    own_server.stop("fast")
    own_server.start()
    assert retrying(lambda: _visits(engine)) == before + 1  # a read runs again the same way
    engine.dispose()


@server
def test_after_a_server_restart_a_click_runs_again_and_lands_once(own_server):
    """A click's BEGIN leaves with its statement: on a connection the restart killed, it fails
    before any COMMIT, so `retrying` sends it again; sent again under the id the desk chose
    (its answer lost), it is not stored twice."""
    from app.services import till
    from tests.till_helpers import make_buttons

    engine, ctx = offline_helpers.make_place(own_server)
    button = make_buttons(engine, ctx.actor)[0]
    before = _visits(engine)
    visit_id = uuid.uuid4()

    def click() -> uuid.UUID:
        with write_session(engine) as session:
            return till.record_click(session, ctx.actor, button.id, visit_id=visit_id).id

    assert _visits(engine) == before  # a pooled connection, that the restart kills
    own_server.stop("fast")
    own_server.start()
    with pytest.raises(DatabaseError) as lost:
        click()
    assert lost.value.retryable and "poste principal" in lost.value.message
    assert _visits(engine) == before  # nothing half-written
    own_server.stop("fast")
    own_server.start()
    assert retrying(click) == visit_id
    assert retrying(click) == visit_id  # its answer lost: sent again
    assert _visits(engine) == before + 1
    engine.dispose()


@server
def test_other_desks_hear_of_a_change_once_it_is_committed_and_never_of_a_refused_one(
    engine, ctx
):
    import queue

    from app.db import listener
    from app.db.queries import notify
    from app.errors import UserError
    from app.services import till
    from tests.till_helpers import make_buttons

    button = make_buttons(engine, ctx.actor)[0]
    heard: queue.Queue[tuple[str, set]] = queue.Queue()

    def stored() -> set:
        with read_session(engine) as session:
            return set(session.execute(select(Visit.id)).scalars())

    listening = listener(engine, lambda topic: heard.put((topic, stored())))
    listening.start()
    try:
        assert listening.listening.wait(30)
        refused = Visit(site_id=ctx.site_id, kind=VisitKind.RECEPTION.value)
        with pytest.raises(UserError), write_session(engine) as session:
            session.add(refused)
            notify(session, "visits")
            raise UserError("refusé")
        with write_session(engine) as session:
            click = till.record_click(session, ctx.actor, button.id)
        visit = Visit(site_id=ctx.site_id, kind=VisitKind.RECEPTION.value)
        with write_session(engine) as session:
            session.add(visit)
            notify(session, "directory")
            notify(session, "visits")
        # in commit order, each heard when its change is there for another desk to read
        topic, seen = heard.get(timeout=30)
        assert topic == "till" and click.id in seen and refused.id not in seen
        topic, seen = heard.get(timeout=30)
        assert topic == "directory" and visit.id in seen
        topic, seen = heard.get(timeout=30)
        assert topic == "visits" and visit.id in seen
    finally:
        listening.stop()


@server
def test_a_notification_the_server_refuses_after_the_commit_does_not_undo_the_save(engine, ctx):
    """The COMMIT went through, then the notification was refused (here a payload longer than
    PostgreSQL takes): the save is said done, not refused, so nobody saves it a second time;
    the other desks catch up at their next change or poll."""
    from app.db.queries import notify

    visit = Visit(site_id=ctx.site_id, kind=VisitKind.RECEPTION.value)
    with write_session(engine) as session:
        session.add(visit)
        notify(session, "x" * 9000)
        notify(session, "visits")
    with read_session(engine) as session:
        assert session.get(Visit, visit.id) is not None
