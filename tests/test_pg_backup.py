"""Backups of a shared database on a real PostgreSQL server: pg_dump verified by a restore into a
scratch database, encrypted like a desk's, rotated, refused when damaged, restored in one go with
the previous data put aside, and the command line with an address."""

import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from app.backup import encryption
from app.backup.files import BackupError, counts_file, list_backups
from app.backup.rotation import rotate_backups
from app.backup.server_access import ServerAccess, table_counts
from app.backup.server_backup import create_server_backup
from app.backup.server_dump import dump_with_counts
from app.backup.server_restore import check_server_backup, restore_server_backup
from app.cli import main as cli_main
from app.clock import LOCAL_TZ, to_utc
from app.db import as_target, make_engine, read_session, retrying, write_session
from app.errors import DatabaseError, PermissionDenied, UserError
from models import Person
from tests.offline_helpers import address, own_server
from tests.trust_helpers import add_person, add_referral, add_service, add_visit

pytestmark = pytest.mark.server  # the PostgreSQL server itself: pg_dump, pg_restore, renames

NOW = datetime(2026, 11, 21, 18, 0, tzinfo=LOCAL_TZ)
own_server = own_server  # a fresh server of the test's own (tests.offline_helpers)


@pytest.fixture
def filled(engine, coordinator, db_path):
    """The test's database with two people, three visits and a referral."""
    with write_session(engine) as session:
        amina = add_person(session, coordinator.site_id, "Amina")
        karim = add_person(session, coordinator.site_id, "Karim", "Haddad")
        for person in (amina, karim, None):
            add_visit(session, coordinator.site_id, person, to_utc(NOW))
        add_referral(session, coordinator.site_id, amina, add_service(session), to_utc(NOW))
    return db_path


def _live_counts(address_) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with ServerAccess.of(address_).connect() as connection:
        return table_counts(connection)


def _people(engine) -> list[str]:  # type: ignore[no-untyped-def]
    with read_session(engine) as session:
        return sorted(p.first_name for p in session.exec(select(Person)).all())


def _databases(admin_url) -> set[str]:  # type: ignore[no-untyped-def]
    with ServerAccess.of(admin_url).connect() as connection:
        return {row[0] for row in connection.execute("SELECT datname FROM pg_database")}


def test_backup_then_restore_into_a_fresh_server_gives_the_same_counts(
    filled, tmp_path, own_server
):
    result = create_server_backup(filled, tmp_path / "b", now=to_utc(NOW))
    backup = result.backup.path
    assert backup.name == "aiguillage-20261121-180000.dump"
    assert backup.read_bytes()[:5] == b"PGDMP"
    [listed] = list_backups(tmp_path / "b")
    assert (listed.people, listed.visits, listed.referrals, listed.encrypted) == (2, 3, 1, False)
    live = _live_counts(filled)
    assert live["public.person"] == 2 and live["public.referral_event"] == 1

    fresh = address(own_server)
    restored = restore_server_backup(fresh, backup, tmp_path / "de-cote", now=to_utc(NOW))
    assert restored.tables == live  # every table, row for row
    assert restored.counts == {"person": 2, "visit": 3, "referral": 1}
    after = _live_counts(fresh)
    assert after.pop("public.audit_entry") == live["public.audit_entry"] + 1  # « restored »
    assert after == {table: n for table, n in live.items() if table != "public.audit_entry"}
    engine = make_engine(fresh)
    try:
        assert _people(engine) == ["Amina", "Karim"]
    finally:
        engine.dispose()
    assert restored.aside is not None and restored.aside.name.startswith("avant-restauration-")
    assert not [name for name in _databases(own_server.url()) if "restauration" in name]

    absent = own_server.url("pas_encore_faite")  # a database not made yet: made by the restore
    made = restore_server_backup(absent, backup, tmp_path / "de-cote")
    assert made.tables == live and made.aside is None
    assert "pas_encore_faite" in _databases(own_server.url())


def test_the_counts_are_those_of_the_dump_while_a_desk_keeps_writing(filled, tmp_path, coordinator):
    """Visits keep arriving from another connection during the backup: the counts read in the
    dump's snapshot still match the restored copy exactly (else the backup is refused)."""
    desk = make_engine(filled)
    stop, written = threading.Event(), []

    def keep_writing() -> None:
        while not stop.is_set():
            with write_session(desk) as session:
                add_visit(session, coordinator.site_id, None, to_utc(NOW))
            written.append(1)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        result = create_server_backup(filled, tmp_path / "b", now=to_utc(NOW))
    finally:
        stop.set()
        writer.join()
        desk.dispose()
    assert 3 <= result.backup.visits <= 3 + len(written)
    info, _where = check_server_backup(result.backup.path, address=filled)
    assert info.visits == result.backup.visits


def test_encrypted_round_trip(filled, tmp_path, fresh_target, engine, coordinator):
    result = create_server_backup(
        filled, tmp_path / "b", passphrase="lune de miel", now=to_utc(NOW)
    )
    path = result.backup.path
    assert path.name.endswith(".dump.enc") and encryption.is_encrypted(path)
    assert b"Amina" not in path.read_bytes() and b"PGDMP" not in path.read_bytes()
    assert not counts_file(path).exists()
    assert list_backups(tmp_path / "b")[0].people == 2  # counts readable without the passphrase
    with pytest.raises(BackupError) as caught:
        check_server_backup(path, address=filled)
    assert "phrase" in caught.value.message.lower()
    with pytest.raises(BackupError) as caught:
        restore_server_backup(fresh_target, path, tmp_path / "de-cote", passphrase="lune de fiel")
    assert "phrase" in caught.value.message.lower()
    info, _where = check_server_backup(path, "lune de miel", address=filled)
    assert (info.people, info.visits, info.referrals) == (2, 3, 1)
    restored = restore_server_backup(
        fresh_target, path, tmp_path / "de-cote", passphrase="lune de miel"
    )
    assert restored.tables == _live_counts(filled)


def test_dump_backups_are_rotated_with_their_counts(filled, tmp_path):
    folder = tmp_path / "b"
    made = create_server_backup(filled, folder, now=to_utc(NOW)).backup.path
    for days in range(1, 21):  # twenty earlier days, each with its counts beside it
        moment = NOW - timedelta(days=days)
        name = moment.strftime("aiguillage-%Y%m%d-%H%M%S.dump")
        (folder / name).write_bytes(made.read_bytes())
        counts_file(folder / name).write_bytes(counts_file(made).read_bytes())
    removed = rotate_backups(folder)
    kept = list_backups(folder)
    kept_days = sorted(info.made_at.day for info in kept)
    assert kept_days == [1, 8, *range(15, 22)]  # 7 days, then the newest of 2 earlier weeks
    assert all(info.people == 2 for info in kept)
    assert removed and all(not counts_file(path).exists() for path in removed)
    assert {p.name for p in folder.glob("*.json")} == {counts_file(i.path).name for i in kept}


def test_a_truncated_or_foreign_file_is_refused_and_nothing_changes(
    filled, tmp_path, engine, pg_admin_url
):
    backup = create_server_backup(filled, tmp_path / "b", now=to_utc(NOW)).backup.path
    before = _databases(pg_admin_url)
    cut = tmp_path / "coupee.dump"
    cut.write_bytes(backup.read_bytes()[: backup.stat().st_size * 2 // 3])
    text = tmp_path / "notes.dump"
    text.write_text("Réunion du 12 : commander des cartons.", encoding="utf-8")
    desk_file = tmp_path / "poste.sqlite"
    desk_file.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    messages = []
    for bad in (cut, text, desk_file):
        with pytest.raises(BackupError) as caught:
            check_server_backup(bad, address=filled)
        messages.append(caught.value.message)
        with pytest.raises(BackupError):
            restore_server_backup(filled, bad, tmp_path / "de-cote")
    assert "endommagée" in messages[0]
    assert "pas une sauvegarde" in messages[1]
    assert "poste" in messages[2]
    assert _people(engine) == ["Amina", "Karim"]
    assert _databases(pg_admin_url) == before  # no scratch or half-restored database left


def test_restore_puts_the_previous_data_aside_and_desks_reconnect(
    filled, tmp_path, engine, coordinator
):
    backup = create_server_backup(filled, tmp_path / "b", now=to_utc(NOW)).backup.path
    with write_session(engine) as session:
        add_person(session, coordinator.site_id, "Zoé")
    desk = make_engine(filled)  # another desk, its connection open in its pool
    try:
        assert _people(desk) == ["Amina", "Karim", "Zoé"]
        engine.dispose()
        restored = restore_server_backup(
            filled, backup, tmp_path / "de-cote", now=to_utc(NOW + timedelta(hours=1))
        )
        assert restored.counts["person"] == 2 and restored.warnings == ()
        with pytest.raises(DatabaseError) as caught:  # its connection was closed: said in French
            _people(desk)
        assert "connexion" in caught.value.message.lower()
        assert retrying(lambda: _people(desk)) == ["Amina", "Karim"]  # and it reconnects
    finally:
        desk.dispose()
    aside = restored.aside
    assert aside == tmp_path / "de-cote" / "avant-restauration-20261121-190000.dump"
    info, _where = check_server_backup(aside, address=filled)
    assert info.people == 3  # Zoé is in the data put aside
    restore_server_backup(filled, aside, tmp_path / "de-cote")
    assert _people(engine) == ["Amina", "Karim", "Zoé"]


def test_only_coordinators_back_up_and_restore(filled, tmp_path, agent, volunteer):
    for actor in (agent, volunteer):
        with pytest.raises(PermissionDenied):
            create_server_backup(filled, tmp_path / "b", actor=actor)
        with pytest.raises(PermissionDenied):
            restore_server_backup(filled, tmp_path / "x.dump", tmp_path, actor=actor)
    assert not (tmp_path / "b").exists()


def test_problems_are_said_in_french_without_the_password(filled, tmp_path, caplog):
    url = as_target(filled).url
    closed = url.set(port=1)  # nothing listens there
    with pytest.raises(UserError) as caught:
        create_server_backup(closed, tmp_path / "b")
    assert "ne répond pas" in caught.value.message
    wrong = url.set(password="pas-le-bon-mot-de-passe")
    with pytest.raises(UserError) as caught:
        create_server_backup(wrong, tmp_path / "b")
    assert "refuse l'identifiant" in caught.value.message
    said = [caught.value.message]
    with pytest.raises(BackupError) as caught:  # a full disk where the dump is written
        dump_with_counts(ServerAccess.of(filled), Path("/dev/full"))
    assert "plein" in caught.value.message
    said.append(caught.value.message)
    with pytest.raises(BackupError) as caught:  # a client program that is not there
        ServerAccess.of(filled).run("pg_dump_absent")
    assert "Installez" in caught.value.message
    said.append(caught.value.message)
    for text in [*said, caplog.text]:
        assert str(url.password) not in text
    assert list((tmp_path / "b").glob("*")) == []  # nothing half-made left


def test_cli_backup_check_and_restore_with_an_address(
    filled, tmp_path, engine, coordinator, capsys, monkeypatch
):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "donnees"))
    monkeypatch.setenv("AIGUILLAGE_BACKUP_PASSPHRASE", "chut")
    url = str(filled)
    assert cli_main(["backup", "--db", url, "--to", str(tmp_path / "b"), "--encrypt"]) == 0
    [made] = list((tmp_path / "b").glob("*.dump.enc"))
    out = capsys.readouterr().out
    assert "2 personnes, 3 passages, 1 orientation\n" in out and "vérifiée" in out
    assert as_target(url).url.password not in out

    assert cli_main(["check", "--db", url, str(made)]) == 0
    out = capsys.readouterr().out
    assert "2 personnes" in out and as_target(url).describe() in out

    with write_session(engine) as session:
        add_person(session, coordinator.site_id, "Zoé")
    engine.dispose()
    assert cli_main(["restore", "--db", url, "--from", str(made)]) == 0
    out = capsys.readouterr().out
    assert "2 personnes, 3 passages, 1 orientation\n" in out
    assert "avant-restauration-" in out
    assert _people(engine) == ["Amina", "Karim"]

    monkeypatch.setenv("AIGUILLAGE_BACKUP_PASSPHRASE", "faux")
    assert cli_main(["restore", "--db", url, "--from", str(made)]) == 2
    err = capsys.readouterr().err
    assert "phrase" in err.lower() and "Traceback" not in err
    assert _people(engine) == ["Amina", "Karim"]


def test_cli_checks_a_dump_on_a_temporary_server_when_none_is_given(
    filled, tmp_path, capsys, monkeypatch
):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "donnees"))  # this PC shares nothing
    assert cli_main(["backup", "--db", str(filled), "--to", str(tmp_path / "b")]) == 0
    [made] = list((tmp_path / "b").glob("*.dump"))
    capsys.readouterr()
    assert cli_main(["check", str(made)]) == 0
    out = capsys.readouterr().out
    assert "2 personnes, 3 passages, 1 orientation\n" in out
    assert "serveur temporaire" in out
    counts_file(made).write_text('{"tables": {"public.person": 40}}', encoding="utf-8")
    assert cli_main(["check", "--db", str(filled), str(made)]) == 2
    assert "endommagée" in capsys.readouterr().err


def test_a_desk_that_is_not_the_main_pc_is_sent_to_it(filled, tmp_path, capsys, monkeypatch):
    from app.sharing.desk_config import save_desk

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "donnees"))
    save_desk(as_target(filled).url, "office")  # a desk that joined, without --db
    assert cli_main(["backup"]) == 2
    assert "poste principal" in capsys.readouterr().err


def test_a_shared_database_restores_on_a_server_that_never_had_its_desks(
    filled, tmp_path, own_server, engine, capsys, monkeypatch
):
    """The backup of a place that shares its database carries the rights of each kind of
    desk (row security included): it restores, and checks, on a new server whose roles were
    never made, as on a replacement main PC."""
    from sqlalchemy import text

    from app.db.pg_roles import set_up_sharing

    with engine.begin() as connection:
        set_up_sharing(connection, 5, "ab" * 32)
        policies = connection.execute(text("SELECT count(*) FROM pg_policies")).scalar_one()
    assert policies >= 2
    result = create_server_backup(filled, tmp_path / "b", now=to_utc(NOW))
    fresh = address(own_server)
    restored = restore_server_backup(fresh, result.backup.path, tmp_path / "de-cote")
    assert restored.counts == {"person": 2, "visit": 3, "referral": 1}
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "donnees"))  # this PC shares nothing
    capsys.readouterr()
    assert cli_main(["check", str(result.backup.path)]) == 0  # on a temporary server
    assert "serveur temporaire" in capsys.readouterr().out


def test_a_dump_with_an_edited_schema_line_is_refused(filled, tmp_path, capsys, monkeypatch):
    """A byte changed in the archive's schema (an index's name) still restores: only the
    checksum kept beside the backup says it was changed."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "donnees"))
    backup = create_server_backup(filled, tmp_path / "b", now=to_utc(NOW)).backup.path
    data = backup.read_bytes()
    at = data.index(b"CREATE INDEX ix_")
    backup.write_bytes(data[:at] + b"CREATE INDEX iy_" + data[at + 16:])
    with pytest.raises(BackupError) as refused:
        check_server_backup(backup, address=filled)
    assert "modifiée ou abîmée" in refused.value.message
    with pytest.raises(BackupError):
        restore_server_backup(filled, backup, tmp_path / "de-cote")
    capsys.readouterr()
    assert cli_main(["check", "--db", str(filled), str(backup)]) == 2
    err = capsys.readouterr().err
    assert "modifiée ou abîmée" in err and "Traceback" not in err
