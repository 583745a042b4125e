"""Sharing a place's database from the main PC, joining desks with codes, and what each kind
of desk may do — on a real server started by the test, through its TLS front, on 127.0.0.1."""

import contextlib
import subprocess
import sys

import psycopg
import pytest
from sqlalchemy import text
from sqlmodel import select

from app.db import open_database, pg_roles, read_session, write_session
from app.errors import DatabaseError, UserError
from app.services import auth, till, till_setup, visits
from app.services.referrals import create_referrals
from app.sharing import desks
from app.sharing.desk_config import saved_url
from app.sharing.sharing import owner_engine
from models import Agent, Service, Visit
from models.enums import Role, VisitKind
from tests import sharing_helpers as helpers

PIN = helpers.PIN
# the fixtures of sharing_helpers, by name
work_dir, desk_home, shared_place = helpers.work_dir, helpers.desk_home, helpers.shared_place


def _sign_in(engine, role: Role):  # type: ignore[no-untyped-def]
    with read_session(engine) as session:
        agent_id = session.exec(select(Agent.id).where(Agent.role == role.value)).first()
    with write_session(engine) as session:
        return auth.sign_in(session, agent_id, PIN)


def _join(server, kind: str):  # type: ignore[no-untyped-def]
    engine = owner_engine(server)
    try:
        _login, code = desks.add_desk(engine, kind, f"poste {kind}", server.fingerprint)
    finally:
        engine.dispose()
    joined = desks.join("127.0.0.1", server.port, server.fingerprint, code, server.database)
    assert joined.kind == kind
    return joined.url


def _conninfo(url) -> str:  # type: ignore[no-untyped-def]
    return (
        f"host={url.host} port={url.port} dbname={url.database} user={url.username} "
        f"password={url.password} sslmode=require"
    )


def _psql(url, sql: str) -> str:  # type: ignore[no-untyped-def]
    """What a person with the desk's password would get from any PostgreSQL client."""
    try:
        _rows(url, sql)
    except psycopg.errors.InsufficientPrivilege:
        return "refused"
    return "read"


def _rows(url, sql: str) -> list[tuple]:  # type: ignore[no-untyped-def]
    with psycopg.connect(_conninfo(url)) as connection:
        return connection.execute(sql).fetchall()


def test_sharing_moves_every_row_and_switches_the_desk(shared_place, desk_home):
    server, checks = shared_place
    assert {c.table for c in checks} >= {"site", "agent", "person", "visit", "audit_entry"}
    assert next(c for c in checks if c.table == "agent").rows == 3
    url = saved_url(desk_home)  # the main PC runs on its own server's loopback, not the front
    assert url is not None and url.port == server.server_port and url.host == "127.0.0.1"
    assert not (desk_home / "desk.secret").exists()  # the owner's password stays with its server
    assert oct((desk_home / "desk.json").stat().st_mode & 0o777) == "0o600"
    aside = list((server.folder.parent / "poste-principal").glob("*.partagee-*.sqlite"))
    assert len(aside) == 1 and not aside[0].stat().st_mode & 0o222
    engine = open_database(url)  # the owner's address: migrations allowed, grants re-applied
    with read_session(engine) as session:
        assert len(session.exec(select(Agent)).all()) == 3
    engine.dispose()


def test_reception_and_till_desks_share_one_database(shared_place):
    server, _ = shared_place
    owner = owner_engine(server)
    with write_session(owner) as session:  # the coordinator sets the till up on the main PC
        till_setup.ensure_default_buttons(session, _sign_in(owner, Role.COORDINATOR))
    owner.dispose()
    reception = open_database(_join(server, "reception"))
    caisse = open_database(_join(server, "till"))
    try:
        agent = _sign_in(reception, Role.AGENT)
        volunteer = _sign_in(caisse, Role.VOLUNTEER)
        with write_session(caisse) as session:
            buttons = till_setup.till_buttons(session, volunteer)
        assert buttons, "the recyclerie's till comes with its buttons"
        with write_session(reception) as session:
            visits.log_visit(session, agent, visits.VisitFields(note="Cherche un emploi"))
        with write_session(caisse) as session:
            till.record_click(session, volunteer, buttons[0].id)
        with write_session(caisse) as session:
            till.record_donation(session, volunteer, till_setup.donation_categories(session)[0],
                                 "2,5")
        for engine, actor in ((reception, agent), (caisse, volunteer)):
            with read_session(engine) as session:
                counts = {c.kind_code: c.count for c in till.today_counts(session, actor)}
                assert counts[buttons[0].kind_code] == 1
        with read_session(reception) as session:
            kinds = sorted(v.kind for v in session.exec(select(Visit)))
        assert kinds == sorted([VisitKind.RECEPTION.value, buttons[0].kind_code])
        with write_session(caisse) as session:
            till.undo_last_click(session, volunteer)
        with read_session(reception) as session:
            assert [v.kind for v in session.exec(select(Visit))] == [VisitKind.RECEPTION.value]
    finally:
        reception.dispose()
        caisse.dispose()


def test_a_till_desk_cannot_read_personal_tables_even_with_a_client(shared_place):
    server, _ = shared_place
    url = _join(server, "till")
    for sql in (
        "SELECT * FROM person",
        "SELECT note FROM visit",
        "SELECT themes FROM visit",
        "SELECT reason FROM referral",
        "SELECT * FROM audit_entry",
        "SELECT * FROM partage.desk",
    ):
        assert _psql(url, sql) == "refused", sql
    assert _psql(url, "SELECT id, kind FROM visit") == "read"
    assert _psql(url, "SELECT name FROM service") == "read"


def test_a_till_desk_cannot_read_the_key_that_signs_the_statistics(shared_place):
    from app.services.site_keys import PRIVATE_KEY_SETTING, site_private_key

    server, _ = shared_place
    owner = owner_engine(server)
    try:
        coordinator = _sign_in(owner, Role.COORDINATOR)
        with write_session(owner) as session:
            site_private_key(session, coordinator)  # made on the first statistics export
            till_setup.set_donation_categories(session, coordinator, ["textile", "vélos"])
    finally:
        owner.dispose()
    asked = (
        "SELECT key FROM setting WHERE key IN "
        f"('{till_setup.DONATION_CATEGORIES_KEY}', '{PRIVATE_KEY_SETTING}') ORDER BY key"
    )
    till_sees = _rows(_join(server, "till"), asked)
    office_sees = _rows(_join(server, "office"), asked)
    assert till_sees == [(till_setup.DONATION_CATEGORIES_KEY,)]
    assert office_sees == [(till_setup.DONATION_CATEGORIES_KEY,), (PRIVATE_KEY_SETTING,)]


def test_a_till_desk_makes_a_quick_referral_it_cannot_read_back(shared_place):
    server, _ = shared_place
    owner = owner_engine(server)
    with write_session(owner) as session:
        from models import Organization

        organization = Organization(name="Mission locale")
        session.add(organization)
        session.flush()
        session.add(Service(organization_id=organization.id, name="Premier accueil jeunes"))
    owner.dispose()
    caisse = open_database(_join(server, "till"))
    try:
        volunteer = _sign_in(caisse, Role.VOLUNTEER)
        with read_session(caisse) as session:
            service_id = session.exec(select(Service.id)).one()
        with write_session(caisse) as session:
            create_referrals(session, volunteer, service_ids=[service_id], themes=[],
                             reason="ne doit pas être relu")
        with pytest.raises(DatabaseError):
            with read_session(caisse) as session:
                session.execute(text("SELECT reason FROM referral")).all()
    finally:
        caisse.dispose()


def _wrong_secret(code: str) -> str:
    return code[:3] + ("A" if code[3] != "A" else "B") + code[4:]


def test_a_wrong_code_says_nothing_and_a_code_works_once(shared_place):
    server, _ = shared_place
    engine = owner_engine(server)
    _login, code = desks.add_desk(engine, "reception", "accueil 2", server.fingerprint)
    messages = set()
    wrong_name = ("A" if code[0] != "A" else "B") + code[1:]
    for typed in (wrong_name, _wrong_secret(code)):
        with pytest.raises(UserError) as refused:
            desks.join("127.0.0.1", server.port, server.fingerprint, typed, server.database)
        messages.add(refused.value.message)
    assert len(messages) == 1, "the same sentence whichever part was wrong"
    assert desks.join("127.0.0.1", server.port, server.fingerprint, code, server.database)
    with pytest.raises(UserError):  # once only
        desks.join("127.0.0.1", server.port, server.fingerprint, code, server.database)
    engine.dispose()


def test_a_strangers_wrong_answers_neither_burn_nor_lock_the_code_of_its_holder(shared_place):
    server, _ = shared_place
    engine = owner_engine(server)
    _login, code = desks.add_desk(engine, "till", "caisse 2", server.fingerprint)
    stranger = helpers.SourceRelay(server.port, "127.0.0.2")
    try:
        for _ in range(5):
            with pytest.raises(UserError):
                desks.join("127.0.0.1", stranger.listen_port, server.fingerprint,
                           _wrong_secret(code), server.database)
        with pytest.raises(UserError) as refused:  # the stranger's address now waits
            desks.join("127.0.0.1", stranger.listen_port, server.fingerprint, code,
                       server.database)
        assert "Trop de codes erronés" in refused.value.message
        assert "Traceback" not in refused.value.message
    finally:
        stranger.close()
    with engine.connect() as connection:
        tries = pg_roles.wrong_join_tries(connection)
    assert tries == {("127.0.0.2", code[:3]): 5}, "counted for the stranger's address, by name"
    joined = desks.join("127.0.0.1", server.port, server.fingerprint, code, server.database)
    assert joined.kind == "till", "the holder's code still works"
    engine.dispose()


def test_a_session_cannot_say_it_comes_from_elsewhere(shared_place):
    """The front names a join session after its address: a client's own application_name,
    or a SET in the session, does not move its wrong tries to another source."""
    server, _ = shared_place
    engine = owner_engine(server)
    _login, code = desks.add_desk(engine, "till", "caisse 3", server.fingerprint)
    conninfo = (
        f"host=127.0.0.1 port={server.port} dbname={server.database} "
        f"user={pg_roles.JOIN_LOGIN} password={pg_roles.join_password(server.fingerprint)} "
        f"sslmode=require application_name=aiguillage-front:192.0.2.9"
    )
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute("SET application_name = 'aiguillage-front:192.0.2.10'")
        for _ in range(2):
            connection.execute(
                "SELECT * FROM partage.aiguillage_join(%s, %s)", (code[:3], "00" * 32)
            ).fetchall()
    with engine.connect() as connection:
        assert pg_roles.wrong_join_tries(connection) == {("127.0.0.1", code[:3]): 2}
    engine.dispose()


def _server_work(connection) -> dict:  # type: ignore[no-untyped-def]
    """Function calls and table steps counted by the server so far (not yet reported)."""
    work = {
        name: (calls,) for name, calls in connection.execute(
            text("SELECT funcname, calls FROM pg_stat_xact_user_functions "
                 "WHERE schemaname = 'partage'")
        )
    }  # fmt: skip
    for row in connection.execute(
        text(
            "SELECT relname, seq_scan, idx_scan, n_tup_ins, n_tup_upd, n_tup_del "
            "FROM pg_stat_xact_user_tables WHERE schemaname = 'partage'"
        )
    ):
        work[row[0]] = tuple(row[1:])
    return work


def _join_work(connection, code_id: str) -> dict:  # type: ignore[no-untyped-def]
    """What one wrong try does inside the server: hash checks, rows read and written."""
    connection.execute(text("SET LOCAL track_functions = 'all'"))
    before = _server_work(connection)
    connection.execute(
        text("SELECT * FROM partage.aiguillage_join(:id, :proof)"),
        {"id": code_id, "proof": "ab" * 32},
    ).all()
    after = _server_work(connection)
    empty = (0,) * 5
    return {
        name: tuple(a - b for a, b in zip(value, before.get(name, empty), strict=False))
        for name, value in after.items()
    }


def test_known_and_unknown_code_names_do_the_same_work(shared_place):
    server, _ = shared_place
    engine = owner_engine(server)
    _login, code = desks.add_desk(engine, "reception", "accueil 3", server.fingerprint)
    unknown = next(a + b + c for a in desks.ALPHABET for b in "23" for c in "45"
                   if a + b + c != code[:3])
    with engine.connect() as connection:
        known_work = _join_work(connection, code[:3])
        connection.rollback()
        unknown_work = _join_work(connection, unknown)
        connection.rollback()
    assert known_work == unknown_work, "the same steps whether the name exists or not"
    assert known_work["join_proof_matches"] == (1,), "one hash checked, in both"
    engine.dispose()


def test_a_revoked_desk_cannot_connect(shared_place):
    server, _ = shared_place
    url = _join(server, "reception")
    desk = open_database(url)
    with read_session(desk) as session:
        assert session.exec(select(Agent)).first() is not None
    owner = owner_engine(server)
    login = url.username
    desks.revoke_desk(owner, login)
    assert [d.revoked_at is not None for d in desks.list_desks(owner) if d.login == login] == [True]
    owner.dispose()
    desk.dispose()
    with pytest.raises(DatabaseError) as refused:
        open_database(url)
    assert "refuse l'identifiant" in refused.value.message


def test_a_changed_certificate_is_refused(shared_place):
    server, _ = shared_place
    url = _join(server, "reception")
    open_database(url).dispose()
    server.stop()
    server.new_certificate()
    server.start()
    with pytest.raises(DatabaseError) as refused:
        open_database(url)
    assert "certificat" in refused.value.message


def test_server_commands_init_start_stop_status(work_dir, desk_home):
    from app.db.pg_server import free_port

    folder = work_dir / "serveur"
    port = free_port()

    def aiguillage(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "app", "--lang", "en", "server", *args,
                               "--dir", str(folder)], capture_output=True, text=True, timeout=300)

    init = subprocess.run(
        [sys.executable, "-m", "app", "server", "init", "--dir", str(folder), "--port",
         str(port), "--listen", "127.0.0.1"], capture_output=True, text=True, timeout=300)
    assert init.returncode == 0, init.stderr
    server = helpers.SharedServer.load(folder)
    assert server.owner_password not in init.stdout + init.stderr  # never a password
    assert "postgresql://" not in init.stdout
    assert f"127.0.0.1:{port}" in init.stdout and server.fingerprint in init.stdout
    url = server.direct_url()
    try:
        assert aiguillage("status").returncode == 0
        engine = open_database(url)
        with read_session(engine) as session:
            assert session.execute(text("SELECT count(*) FROM agent")).scalar() == 0
        engine.dispose()
        assert aiguillage("stop").returncode == 0
        assert aiguillage("status").returncode == 3
        with pytest.raises(DatabaseError):
            open_database(url)
        assert aiguillage("start").returncode == 0
        open_database(url).dispose()
        key = folder / "tls" / "serveur.key"
        assert oct(key.stat().st_mode & 0o777) == "0o600"
        hba = (folder / "data" / "pg_hba.conf").read_text()
        assert "trust" not in hba and "scram-sha-256" in hba
    finally:
        aiguillage("stop")


def test_the_server_starts_with_the_pc(work_dir, monkeypatch):
    from app.sharing.always_on import install_systemd_unit, windows_task_command

    monkeypatch.setenv("XDG_CONFIG_HOME", str(work_dir / "config"))
    folder = work_dir / "serveur partagé"
    path = install_systemd_unit(folder, tell_systemd=False)
    unit = path.read_text(encoding="utf-8")
    assert path == work_dir / "config" / "systemd" / "user" / "aiguillage-serveur.service"
    assert f'server start --dir "{folder}"' in unit and f'server stop --dir "{folder}"' in unit
    assert "WantedBy=default.target" in unit and "RemainAfterExit=yes" in unit
    task = windows_task_command(folder)
    assert task[:2] == ["schtasks", "/Create"] and "ONLOGON" in task
    assert task[-1].endswith(f'server start --dir "{folder}"')


def test_sharing_the_demo_keeps_every_row(work_dir, desk_home):
    from app.demo import write_demo
    from app.sharing.move import table_checks

    path = work_dir / "demo.sqlite"
    counts = write_demo(path, size="small", seed=7)
    assert counts["visit"] > 1000
    source = open_database(path)
    before = table_checks(source)
    source.dispose()
    server, checks = helpers.share_file(path, work_dir / "serveur", desk_home)
    try:
        assert checks == before
        assert {c.table: c.rows for c in checks}["visit"] == counts["visit"]
        engine = owner_engine(server)
        with read_session(engine) as session:
            assert session.execute(text("SELECT count(*) FROM person")).scalar() == \
                counts["person"]
        engine.dispose()
    finally:
        server.stop()


def test_a_desk_joins_from_the_command_line_and_keeps_its_password_to_itself(
    shared_place, work_dir
):
    import os

    server, _ = shared_place
    engine = owner_engine(server)
    _login, code = desks.add_desk(engine, "till", "caisse 1", server.fingerprint)
    engine.dispose()
    other_pc = work_dir / "autre-pc"
    environment = dict(os.environ, XDG_DATA_HOME=str(other_pc))
    joined = subprocess.run(
        [sys.executable, "-m", "app", "join", f"127.0.0.1:{server.port}", "--certificate",
         server.fingerprint, "--code", code.lower()[:4] + "-" + code.lower()[4:]],
        capture_output=True, text=True, timeout=300, env=environment)
    assert joined.returncode == 0, joined.stderr
    secret = other_pc / "Aiguillage" / "desk.secret"
    assert oct(secret.stat().st_mode & 0o777) == "0o600"
    assert len(secret.read_text()) > 8
    url = saved_url(other_pc / "Aiguillage")
    assert url.username == _login
    assert _psql(url, "SELECT * FROM person") == "refused"


def test_the_main_pc_restarts_its_server_while_desks_stay_connected(shared_place):
    """Stopping ends the front at once, whatever desk is connected through it, and the desk
    connects again once the server is back."""
    import os

    from sqlalchemy import text as sql

    server, _ = shared_place
    desk = open_database(_join(server, "reception"))
    held = desk.connect()  # a desk connected through the front, idle, as the desks are
    held.execute(sql("SELECT 1"))
    old_front = server.front_pid()
    try:
        server.stop()
        with pytest.raises(OSError):
            os.kill(old_front, 0)  # the old front is gone, not lingering on its port
        server.start()
        desk.dispose()
        with desk.connect() as again:
            assert again.execute(sql("SELECT 1")).scalar() == 1
    finally:
        with contextlib.suppress(Exception):
            held.close()
        desk.dispose()


def test_a_kept_port_is_never_one_that_outgoing_connections_take():
    """The main PC's ports came from the range the system gives outgoing connections: one of
    them could take the port while the server was off, and the server could not start again."""
    from app.db.pg_server import KEPT_PORTS, free_port

    low, _high = (int(n) for n in open("/proc/sys/net/ipv4/ip_local_port_range").read().split())
    ports = {free_port() for _ in range(50)}
    assert all(KEPT_PORTS[0] <= port <= KEPT_PORTS[1] < low for port in ports)


def test_each_process_of_a_parallel_run_keeps_ports_of_its_own(monkeypatch):
    from app.db.pg_server import KEPT_PORTS, PORTS_VARIABLE, free_port, kept_ports

    monkeypatch.setenv(PORTS_VARIABLE, "26000-26099")
    assert kept_ports() == (26000, 26099)
    assert all(26000 <= free_port() <= 26099 for _ in range(20))
    for wrong in ("", "abc", "100-200", "31000-26000", "26000-40000"):
        monkeypatch.setenv(PORTS_VARIABLE, wrong)
        assert kept_ports() == KEPT_PORTS, wrong


def test_a_server_shared_by_an_older_version_gets_the_join_function_at_its_next_start(
    shared_place,
):
    server, _ = shared_place
    engine = owner_engine(server)
    with engine.begin() as connection:  # as an older version left it: no join_try, no checks
        connection.execute(text("DROP FUNCTION partage.aiguillage_join(text, text)"))
        connection.execute(text("DROP TABLE partage.join_try"))
    engine.dispose()
    server.stop()
    server.start()
    engine = owner_engine(server)
    _login, code = desks.add_desk(engine, "office", "bureau 2", server.fingerprint)
    with pytest.raises(UserError):
        desks.join("127.0.0.1", server.port, server.fingerprint, _wrong_secret(code),
                   server.database)
    assert desks.join("127.0.0.1", server.port, server.fingerprint, code, server.database)
    with engine.connect() as connection:
        assert pg_roles.wrong_join_tries(connection) == {("127.0.0.1", code[:3]): 1}
    engine.dispose()
