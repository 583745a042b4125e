"""A main PC whose disk fills up: the desk says so in French, the change is not half-written,
and saving works again once space is freed.

The server runs with the visits on a really small disk: a tmpfs of a few megabytes mounted in
a mount namespace of the server's own (`unshare`, as root or through a user namespace), used
as a PostgreSQL tablespace. The rest of the database stays on the ordinary disk, so only the
visits run out of room, as when a disk fills while a desk is saving."""

import os
import subprocess
import tempfile
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, select

from app.db import write_session
from app.db.pg_server import SERVER_USER, LocalServer, _as_root, free_port, new_password
from app.errors import DatabaseError
from app.services.people import PersonFields, create_person
from app.services.visits import VisitFields, log_visit
from models import Person, Visit
from tests.offline_helpers import DATABASE, make_place, throw_away

pytestmark = [pytest.mark.server, pytest.mark.pg_server]

SMALL_DISK = "6m"


def _start_with_small_disk(server: LocalServer, small: Path) -> None:
    """`pg_ctl start` inside a new mount namespace where `small` is a tmpfs of SMALL_DISK.

    As root the server runs as its own system user (as LocalServer does); otherwise a first
    user namespace mounts the tmpfs, and a second one maps the caller back to an ordinary
    user, since PostgreSQL refuses to run as root even in a namespace."""
    pg_ctl = str(server.program("pg_ctl"))
    start = [pg_ctl, "-D", str(server.data), "-w", "-l", str(server.folder / "server.log"),
             "start"]  # fmt: skip
    if _as_root():
        import pwd

        owner = pwd.getpwnam(SERVER_USER)
        mount = (
            f"mount -t tmpfs -o size={SMALL_DISK},mode=0700,uid={owner.pw_uid},"
            f'gid={owner.pw_gid} tmpfs "$0"'
        )
        command = ["unshare", "--mount", "--propagation", "private", "sh", "-c",
                   f'{mount} && exec setpriv --reuid={owner.pw_uid} '
                   f'--regid={owner.pw_gid} --init-groups "$@"', str(small), *start]  # fmt: skip
    else:
        mount = f'mount -t tmpfs -o size={SMALL_DISK},mode=0700 tmpfs "$0"'
        command = ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
                   f'{mount} && exec unshare --user --map-user={os.getuid()} '
                   f'--map-group={os.getgid()} "$@"', str(small), *start]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, (
        "the server could not be started on a small disk (unshare needs user namespaces): "
        + result.stderr
    )


@pytest.fixture
def small_disk_server():
    folder = Path(tempfile.mkdtemp(prefix="aiguillage-full-disk-"))
    programs = os.environ.get("AIGUILLAGE_TEST_PG_BIN")
    server = LocalServer(
        folder, free_port(), new_password(), programs=Path(programs) if programs else None
    )
    server.init(durable=False)
    small = folder / "petit-disque"
    small.mkdir()
    os.chmod(folder, 0o755)
    _start_with_small_disk(server, small)
    admin = server.url("postgres").set(drivername="postgresql")
    with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{DATABASE}"')
        c.execute(f"CREATE TABLESPACE petit_disque LOCATION '{small}'")
    try:
        yield server
    finally:
        throw_away(server)


def _raw(server: LocalServer):  # type: ignore[no-untyped-def]
    url = server.url(DATABASE).set(drivername="postgresql")
    return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)


def _fill_small_disk(server: LocalServer) -> None:
    """Move the visits onto the small disk, then fill it up to the last byte."""
    with _raw(server) as c:
        c.execute("ALTER TABLE visit SET TABLESPACE petit_disque")
        c.execute("CREATE TABLE remplissage (texte text) TABLESPACE petit_disque")
        c.execute("ALTER TABLE remplissage ALTER COLUMN texte SET STORAGE PLAIN")
        with pytest.raises(psycopg.errors.DiskFull):
            for _ in range(1000):
                c.execute(
                    "INSERT INTO remplissage SELECT repeat('x', 1500) FROM generate_series(1, 500)"
                )
        with pytest.raises(psycopg.errors.DiskFull):  # the last pages too
            for _ in range(5000):
                c.execute("INSERT INTO remplissage VALUES (repeat('x', 1500))")


def test_a_full_disk_on_the_main_pc_is_said_in_french_and_nothing_is_half_written(
    small_disk_server,
):
    engine, ctx = make_place(small_disk_server)
    try:
        with write_session(engine) as session:
            person = create_person(
                session, ctx.actor, PersonFields(first_name="Aïcha", last_name="N'Diaye")
            )
        with write_session(engine) as session:
            version_before = session.get(Person, person.id).version
        _fill_small_disk(small_disk_server)

        def visit_and_new_file(session) -> None:  # type: ignore[no-untyped-def]
            create_person(session, ctx.actor, PersonFields(first_name="Jean-Édouard",
                                                          last_name="Le Bihan"))  # fmt: skip
            log_visit(session, ctx.actor, VisitFields(note="Aide au CV"), person_id=person.id)

        with pytest.raises(DatabaseError) as refused:
            with write_session(engine) as session:
                visit_and_new_file(session)
        assert "disque du poste principal est plein" in refused.value.message
        assert "Traceback" not in refused.value.message
        with write_session(engine) as session:  # the whole change was refused, not half of it
            assert session.execute(select(func.count()).select_from(Visit)).scalar_one() == 0
            assert session.execute(select(func.count()).select_from(Person)).scalar_one() == 1
            assert session.get(Person, person.id).version == version_before

        with _raw(small_disk_server) as c:  # someone frees space on the main PC
            c.execute("DROP TABLE remplissage")
        with write_session(engine) as session:
            visit_and_new_file(session)
        with write_session(engine) as session:
            assert session.execute(select(func.count()).select_from(Visit)).scalar_one() == 1
            assert session.execute(select(func.count()).select_from(Person)).scalar_one() == 2
    finally:
        engine.dispose()
