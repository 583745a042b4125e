"""Secrets on a shared place, on a real server started by the test (TLS front on 127.0.0.1) and
desks joined by real processes: no password in a config file or on a command line, the owner
login kept to the main PC's loopback, a desk's login asking for a backup told which login may,
and nothing the app writes open to the PC's other accounts, even under a umask of 022."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from app.db import pg_server
from app.db.pg_server import SUPERUSER
from app.sharing import desks
from app.sharing.desk_config import saved_url
from app.sharing.sharing import owner_engine
from tests import sharing_helpers as helpers

pytestmark = pytest.mark.server  # the server itself: its front, its logins, pg_dump

work_dir, desk_home, shared_place = helpers.work_dir, helpers.desk_home, helpers.shared_place


def _aiguillage(home: Path, *args: str) -> subprocess.CompletedProcess:
    """The command line as another process, with `home` as its user data folder's parent."""
    environment = dict(os.environ, XDG_DATA_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          timeout=300, env=environment)


def _join_other_pc(server, kind: str, other_pc: Path) -> Path:  # type: ignore[no-untyped-def]
    """A desk of `kind` joined from another PC's command line; its data folder."""
    engine = owner_engine(server)
    try:
        _login, code = desks.add_desk(engine, kind, f"poste {kind}", server.fingerprint)
    finally:
        engine.dispose()
    joined = _aiguillage(other_pc, "join", f"127.0.0.1:{server.port}", "--certificate",
                         server.fingerprint, "--code", code)
    assert joined.returncode == 0, joined.stderr
    return other_pc / "Aiguillage"


def _files_holding(folder: Path, secret: str) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# --- the owner login -------------------------------------------------------------------------
def test_the_owner_login_is_refused_through_the_front_and_accepted_on_the_loopback(
    shared_place, work_dir
):
    server, _ = shared_place
    owner = {"user": SUPERUSER, "password": server.owner_password, "dbname": server.database}
    with pytest.raises(psycopg.OperationalError) as refused:
        psycopg.connect(host="127.0.0.1", port=server.port, sslmode="require",
                        connect_timeout=10, **owner)
    assert "poste principal" in str(refused.value)  # the front's French answer
    with psycopg.connect(host="127.0.0.1", port=server.server_port, connect_timeout=10,
                         **owner) as direct:
        assert direct.execute("SELECT current_user").fetchone() == (SUPERUSER,)
    desk = saved_url(_join_other_pc(server, "reception", work_dir / "autre-pc"))
    with psycopg.connect(host="127.0.0.1", port=server.port, sslmode="require",
                         user=desk.username, password=desk.password, dbname=server.database,
                         connect_timeout=10) as through_front:  # a desk's login still passes
        assert through_front.execute("SELECT current_user").fetchone() == (desk.username,)
    assert "refused the owner login" in (server.folder / "front.log").read_text()


# --- config files ----------------------------------------------------------------------------
def test_desk_json_holds_no_password_on_the_main_pc_nor_on_a_joined_desk(
    shared_place, desk_home, work_dir
):
    server, _ = shared_place
    assert not _files_holding(desk_home, server.owner_password)
    assert not (desk_home / "desk.secret").exists()
    main = json.loads((desk_home / "desk.json").read_text())
    assert make_url(main["url"]).password is None
    assert make_url(main["url"]).port == server.server_port  # the loopback, not the front
    assert _mode(desk_home / "desk.json") == 0o600

    joined_home = _join_other_pc(server, "till", work_dir / "autre-pc")
    url = saved_url(joined_home)
    assert url is not None and len(url.password or "") > 8
    config = (joined_home / "desk.json").read_text()
    assert url.password not in config and make_url(json.loads(config)["url"]).password is None
    assert _files_holding(joined_home, url.password) == [joined_home / "desk.secret"]
    assert not _files_holding(joined_home, server.owner_password)
    assert _mode(joined_home / "desk.secret") == 0o600
    assert _mode(joined_home / "desk.json") == 0o600


def test_an_old_desk_json_with_its_password_is_cleaned_at_the_next_start(
    shared_place, desk_home, work_dir
):
    server, _ = shared_place
    # a desk as an older version left it: the password in desk.json, readable by all
    joined_home = _join_other_pc(server, "reception", work_dir / "autre-pc")
    url = saved_url(joined_home)
    address = url.set(drivername="postgresql").render_as_string(hide_password=False)
    (joined_home / "desk.secret").unlink()
    (joined_home / "desk.json").write_text(json.dumps(
        {"url": address, "kind": "reception", "server_dir": None}))
    # the main PC as an older version left it: the owner through the front, password inside
    owner_through_front = (f"postgresql://{SUPERUSER}:{server.owner_password}@127.0.0.1:"
                           f"{server.port}/{server.database}?certificate={server.fingerprint}")
    (desk_home / "desk.json").write_text(json.dumps(
        {"url": owner_through_front, "kind": "office", "server_dir": str(server.folder)}))
    (desk_home / "desk.secret").write_text(server.owner_password)
    for home in (desk_home, joined_home):
        for name in ("desk.json", "desk.secret"):
            if (home / name).exists():
                (home / name).chmod(0o644)
        (home / "aiguillage.log").write_text("un journal d'avant\n")
        (home / "aiguillage.log").chmod(0o644)
        home.chmod(0o755)

    for home in (desk_home, joined_home):  # the next start of each (a real process)
        started = _aiguillage(home.parent, "check")
        assert started.returncode == 0, started.stderr
        assert "Traceback" not in started.stderr

    assert not _files_holding(desk_home, server.owner_password)
    assert not (desk_home / "desk.secret").exists()
    assert make_url(json.loads((desk_home / "desk.json").read_text())["url"]).port == \
        server.server_port
    assert _files_holding(joined_home, url.password) == [joined_home / "desk.secret"]
    assert saved_url(joined_home) == url
    for path in (desk_home / "desk.json", joined_home / "desk.json", joined_home / "desk.secret",
                 desk_home / "aiguillage.log", joined_home / "aiguillage.log"):
        assert _mode(path) == 0o600, path
    for home in (desk_home, joined_home):
        assert _mode(home) & 0o066 == 0, oct(_mode(home))  # the data folder closed, and all in it


# --- client programs -------------------------------------------------------------------------
STAND_IN = """#!/bin/sh
{{ printf 'PROGRAM %s\\n' "$(basename "$0")"
  for argument in "$@"; do printf 'ARG %s\\n' "$argument"; done
  env | sed 's/^/ENV /'; }} >> "{record}"
exec "{real}" "$@"
"""


def _stand_in_programs(folder: Path, record: Path) -> Path:
    """The app's PostgreSQL programs, with pg_dump and pg_restore replaced by scripts that write
    down their command line and environment, then run the real ones."""
    real = pg_server.binaries_folder()
    assert real is not None
    folder.mkdir()
    for program in real.iterdir():
        if program.name in ("pg_dump", "pg_restore"):
            script = folder / program.name
            script.write_text(STAND_IN.format(record=record, real=program))
            script.chmod(0o755)
        else:
            (folder / program.name).symlink_to(program)
    return folder


def _calls(record: Path) -> list[dict]:
    calls: list[dict] = []
    for line in record.read_text().splitlines():
        kind, _, value = line.partition(" ")
        if kind == "PROGRAM":
            calls.append({"program": value, "args": [], "env": {}})
        elif kind == "ARG":
            calls[-1]["args"].append(value)
        elif kind == "ENV":
            name, _, content = value.partition("=")
            calls[-1]["env"][name] = content
    return calls


def test_pg_dump_and_pg_restore_get_no_password_on_their_command_line(
    shared_place, work_dir, monkeypatch
):
    from app.backup.server_backup import create_server_backup
    from app.db.postgres import copy_aside

    server, _ = shared_place
    record = work_dir / "appels.txt"
    stand_ins = _stand_in_programs(work_dir / "programmes", record)
    monkeypatch.setattr(pg_server, "binaries_folder", lambda: stand_ins)

    create_server_backup(server.direct_url(), work_dir / "sauvegardes")  # dump, then a restore
    engine = owner_engine(server)
    try:
        assert copy_aside(engine, server.direct_url(), "essai") is not None  # before a migration
    finally:
        engine.dispose()

    calls = _calls(record)
    assert sorted({c["program"] for c in calls}) == ["pg_dump", "pg_restore"]
    assert [c["program"] for c in calls].count("pg_dump") == 2
    for call in calls:
        assert not [a for a in call["args"] if server.owner_password in a], call["args"]
        assert call["env"].get("PGPASSWORD") == server.owner_password  # it came this way


# --- a desk's login and the backups ----------------------------------------------------------
def test_cli_backup_with_a_desk_address_says_in_french_which_login_may(shared_place, work_dir):
    server, _ = shared_place
    other_pc = work_dir / "autre-pc"
    url = saved_url(_join_other_pc(server, "reception", other_pc))
    address = url.set(drivername="postgresql").render_as_string(hide_password=False)
    (work_dir / "rien.dump").write_bytes(b"PGDMP")
    for command in (["backup", "--db", address],
                    ["restore", "--db", address, "--from", str(work_dir / "rien.dump")],
                    ["check", "--db", address, str(work_dir / "rien.dump")]):
        done = _aiguillage(other_pc, *command)
        assert done.returncode != 0
        assert "Traceback" not in done.stderr and not done.stdout
        assert url.username in done.stderr and "poste principal" in done.stderr, done.stderr
        assert url.password not in done.stderr
    checked = _aiguillage(other_pc, "check", "--db", address)  # what the desk may read
    assert checked.returncode == 0 and "Traceback" not in checked.stderr, checked.stderr
    assert url.password not in checked.stdout + checked.stderr
    assert not list((other_pc / "Aiguillage").glob("sauvegardes-partagees/*.dump"))


# --- every file and folder the app writes ----------------------------------------------------
# Files made by modules that do not make them private themselves yet: the data folder they are
# in (0700) is what keeps them from the PC's other accounts.
COVERED_BY_THE_DATA_FOLDER: tuple[str, ...] = ()  # every file of the app is private itself


def _open_to_others(root: Path) -> list[str]:
    found = []
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.name.split("-wal")[0].split("-shm")[0] in COVERED_BY_THE_DATA_FOLDER:
            if _mode(path.parent) & 0o077 & ~0o011:
                found.append(f"{path.parent} {oct(_mode(path.parent))}")
            continue
        if _mode(path) & 0o066:  # read or write for the group or the others
            found.append(f"{path} {oct(_mode(path))}")
    return found


def test_nothing_the_app_writes_is_open_to_others_under_umask_022(work_dir, desk_home):
    from sqlmodel import select

    from app.backup.main_pc import SHARED_BACKUPS_FOLDER
    from app.db import open_database, read_session
    from app.desk_sign_ins import DeskSignIns
    from app.directory_copy import DirectoryCopy
    from app.logs import start_logging
    from app.outbox import Outbox
    from models import Agent

    previous = os.umask(0o022)
    try:
        main_pc = work_dir / "poste-principal"
        main_pc.mkdir()
        helpers.make_place_file(main_pc / "aiguillage.sqlite")
        helpers.make_place_file(main_pc / "seul.sqlite")  # a desk that does not share
        server, _ = helpers.share_file(main_pc / "aiguillage.sqlite", work_dir / "serveur",
                                       desk_home)
        try:
            joined_home = _join_other_pc(server, "till", work_dir / "autre-pc")
            desk = open_database(saved_url(joined_home))
            try:  # some work at the till desk: its directory copy, sign-ins, outbox, log
                DirectoryCopy(joined_home).refresh(desk)
                with read_session(desk) as session:
                    agent = session.exec(select(Agent)).first()
                    DeskSignIns(joined_home).remember(agent)
                    site_id, agent_id = agent.site_id, agent.id
                outbox = Outbox(joined_home / "boite-d-envoi.sqlite")
                outbox.keep_visit(site_id, agent_id, "achat")
                outbox.close()
                start_logging(joined_home)
            finally:
                desk.dispose()
            backed_up = _aiguillage(desk_home.parent, "backup")  # on the main PC
            assert backed_up.returncode == 0, backed_up.stderr
            second = work_dir / "cle-usb"
            second.mkdir()
            from app.backup.server_backup import create_server_backup

            create_server_backup(server.direct_url(), desk_home / SHARED_BACKUPS_FOLDER,
                                 passphrase="lune de miel", second_folder=second)
            from app.backup.snapshot import create_backup

            for passphrase in (None, "lune de miel"):  # a single desk's file, both ways
                create_backup(main_pc / "seul.sqlite", desk_home / "sauvegardes",
                              passphrase=passphrase, second_folder=second)
        finally:
            server.stop()
    finally:
        os.umask(previous)

    assert list((desk_home / SHARED_BACKUPS_FOLDER).glob("*.dump*"))
    assert len(list((desk_home / "sauvegardes").glob("*.sha256"))) == 2
    assert len(list(second.glob("*.sha256"))) == 3
    assert (joined_home / "copie-annuaire.sqlite").exists()
    assert (joined_home / "connexions-du-poste.json").exists()
    open_files = []
    for root in (desk_home, joined_home, server.folder):
        open_files += _open_to_others(root)
    for copy in second.iterdir():
        open_files += _open_to_others(copy)
    for aside in main_pc.glob("*.partagee-*"):
        open_files += _open_to_others(aside)
    assert open_files == []


# --- where the front listens -----------------------------------------------------------------
def test_the_front_never_listens_on_every_interface(work_dir):
    from app.errors import UserError
    from app.sharing.server import SharedServer

    folder = work_dir / "serveur"
    for wildcard in ("0.0.0.0", "::", "8.8.8.8"):
        with pytest.raises(UserError) as refused:
            SharedServer.init(folder, helpers.free_port(), ["127.0.0.1", wildcard],
                              durable=False)
        assert f"réseau local du lieu : « {wildcard} »" in refused.value.message
        assert not folder.exists()  # nothing half-made
    older = SharedServer(folder, 5433, 5434, "empreinte", ["0.0.0.0", "127.0.0.1", "::"])
    assert older.addresses() == ["127.0.0.1"]  # a server set up before keeps the loopback only
    assert not {"0.0.0.0", "::"} & set(SharedServer(folder, 5433, 5434, "empreinte").addresses())


def test_an_address_the_front_cannot_have_is_one_line_of_its_log(shared_place, work_dir):
    server, _ = shared_place
    server.listen = ["127.0.0.1", "169.254.254.254"]  # not this PC's: nothing is sent there
    server.save()
    server.restart_front()
    log = (server.folder / "front.log").read_text()
    assert "cannot listen on 169.254.254.254" in log and "Traceback" not in log
    desk = saved_url(_join_other_pc(server, "reception", work_dir / "autre-pc"))
    assert desk is not None  # joined through the loopback, which the front still has


def test_the_front_answers_on_its_addresses_only(shared_place):
    """The front listens on the addresses it was given: another address of this PC
    (127.0.0.2, which Linux routes to the loopback as well) gets no answer at all."""
    import socket

    server, _ = shared_place
    assert server.addresses() == ["127.0.0.1"]
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as answered:
        answered.sendall(b"\0\0\0\x08\x04\xd2\x16\x2f")  # SSLRequest
        assert answered.recv(1) == b"S"
    with pytest.raises(OSError), socket.create_connection(("127.0.0.2", server.port), timeout=5):
        pass
    postgres_port = server.server_port  # PostgreSQL itself: the loopback address only
    with pytest.raises(OSError), socket.create_connection(("127.0.0.2", postgres_port), timeout=5):
        pass
    socket.create_connection(("127.0.0.1", postgres_port), timeout=5).close()
