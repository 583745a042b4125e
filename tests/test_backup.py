"""Backups: verified copies, counts, encryption, second folder, rotation, restore and the CLI."""

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from app.backup import encryption
from app.backup.files import BackupError, list_backups
from app.backup.restore import check_backup, restore_backup
from app.backup.rotation import backups_to_keep, rotate_backups
from app.backup.schedule import automatic_backup
from app.backup.snapshot import create_backup
from app.cli import main as cli_main
from app.clock import LOCAL_TZ, to_utc
from app.db import write_session
from app.errors import PermissionDenied
from app.services.settings import put_setting
from tests.trust_helpers import add_person, add_visit

NOW = datetime(2026, 11, 21, 18, 0, tzinfo=LOCAL_TZ)


pytestmark = pytest.mark.sqlite_file  # the SQLite file itself: copies, pragmas, damage


def _people(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT first_name FROM person ORDER BY 1")]
    finally:
        connection.close()


@pytest.fixture
def filled(engine, coordinator, db_path):
    with write_session(engine) as session:
        person = add_person(session, coordinator.site_id, "Amina")
        add_visit(session, coordinator.site_id, person, to_utc(NOW))
    return db_path


def test_backup_is_checked_and_listed_with_counts(filled, tmp_path, coordinator):
    result = create_backup(filled, tmp_path / "b", now=to_utc(NOW), actor=coordinator)
    assert result.backup.path.name == "aiguillage-20261121-180000.sqlite"
    assert result.warnings == ()
    [info] = list_backups(tmp_path / "b")
    assert (info.people, info.visits, info.referrals, info.encrypted) == (1, 1, 0, False)
    connection = sqlite3.connect(info.path)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()
    assert not list((tmp_path / "b").glob("*.partial"))


def test_only_coordinators_back_up_from_the_window(filled, tmp_path, agent, volunteer):
    for actor in (agent, volunteer):
        with pytest.raises(PermissionDenied):
            create_backup(filled, tmp_path / "b", actor=actor)
        with pytest.raises(PermissionDenied):
            restore_backup(filled, tmp_path / "nothing.sqlite", actor=actor)


def test_encrypted_backup_needs_its_passphrase(filled, tmp_path, engine, coordinator):
    result = create_backup(filled, tmp_path / "b", passphrase="lune de miel", now=to_utc(NOW))
    path = result.backup.path
    assert path.name.endswith(".sqlite.enc")
    assert b"Amina" not in path.read_bytes()
    assert encryption.is_encrypted(path)
    assert list_backups(tmp_path / "b")[0].people == 1  # counts readable without the passphrase
    with pytest.raises(BackupError) as caught:
        check_backup(path)
    assert "phrase" in caught.value.message
    with pytest.raises(BackupError):
        check_backup(path, "lune de fiel")
    with pytest.raises(BackupError):
        restore_backup(filled, path, passphrase="wrong")
    assert _people(filled) == ["Amina"]
    with write_session(engine) as session:
        add_person(session, coordinator.site_id, "Zoé")
    engine.dispose()
    assert check_backup(path, "lune de miel").people == 1
    aside = restore_backup(filled, path, passphrase="lune de miel", now=to_utc(NOW))
    assert _people(filled) == ["Amina"]
    assert aside is not None and aside.exists()


def test_restore_keeps_the_current_database_aside(filled, tmp_path, engine, coordinator):
    backup = create_backup(filled, tmp_path / "b", now=to_utc(NOW)).backup.path
    with write_session(engine) as session:
        add_person(session, coordinator.site_id, "Zoé")
    engine.dispose()
    aside = restore_backup(filled, backup, now=to_utc(NOW + timedelta(hours=1)))
    assert _people(filled) == ["Amina"]
    assert sorted(_people(aside)) == ["Amina", "Zoé"]


def test_second_folder_missing_gives_a_warning_not_a_crash(filled, tmp_path):
    result = create_backup(filled, tmp_path / "b", second_folder=tmp_path / "usb-absente")
    assert result.backup.path.exists()
    assert len(result.warnings) == 1 and "usb-absente" in result.warnings[0]


def test_second_folder_gets_a_checked_copy(filled, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    result = create_backup(filled, tmp_path / "b", second_folder=usb)
    assert result.second_copy == usb / result.backup.path.name
    assert result.second_copy.read_bytes() == result.backup.path.read_bytes()


def test_automatic_backup_once_a_day_and_to_the_setting_folder(filled, engine, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    with write_session(engine) as session:
        put_setting(session, "backup_folder", str(usb))
    first = automatic_backup(engine, filled, first_of_day=True, now=to_utc(NOW))
    assert first is not None and first.second_copy is not None
    again = automatic_backup(
        engine, filled, first_of_day=True, now=to_utc(NOW + timedelta(hours=2))
    )
    assert again is None
    on_close = automatic_backup(
        engine, filled, first_of_day=False, now=to_utc(NOW + timedelta(hours=3))
    )
    assert on_close is not None
    folder = filled.parent / "sauvegardes"
    assert len(list_backups(folder)) == 1  # the daily rule keeps the newest of the day
    assert list_backups(folder)[0].path == on_close.backup.path


def _expected_keep(days: list[date]) -> set[date]:
    """The rule written plainly: newest backup of the last 7 days, 4 weeks, 12 months."""
    newest = sorted(days, reverse=True)
    keep = set(newest[:7])
    weeks: dict[tuple[int, int], date] = {}
    months: dict[tuple[int, int], date] = {}
    for day in newest:
        weeks.setdefault(day.isocalendar()[:2], day)
        months.setdefault((day.year, day.month), day)
    keep |= set(sorted(weeks.values(), reverse=True)[:4])
    keep |= set(sorted(months.values(), reverse=True)[:12])
    return keep


def test_rotation_over_400_days(tmp_path):
    folder = tmp_path / "rot"
    folder.mkdir()
    start = date(2025, 10, 1)
    made: list[date] = []
    for offset in range(400):
        day = start + timedelta(days=offset)
        if offset % 9 == 4:
            continue  # the PC stayed off that day
        made.append(day)
        stamp = day.strftime("%Y%m%d")
        (folder / f"aiguillage-{stamp}-090000.sqlite").write_bytes(b"x")
        (folder / f"aiguillage-{stamp}-180000.sqlite").write_bytes(b"x")
        rotate_backups(folder)
    left = sorted(p.name for p in folder.iterdir())
    kept_days = {datetime.strptime(name[11:19], "%Y%m%d").date() for name in left}
    assert kept_days == _expected_keep(made)
    assert all(name.endswith("-180000.sqlite") for name in left)  # the newest of each day
    assert 12 <= len(left) <= 7 + 4 + 12


def test_backups_to_keep_ignores_the_order_given():
    moments = [datetime(2026, 1, d, 12, tzinfo=LOCAL_TZ) for d in range(1, 29)]
    assert backups_to_keep(moments) == backups_to_keep(list(reversed(moments)))


def test_cli_backup_check_and_restore(filled, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("AIGUILLAGE_BACKUP_PASSPHRASE", "chut")
    assert cli_main(["backup", "--db", str(filled), "--to", str(tmp_path / "b"), "--encrypt"]) == 0
    [made] = list((tmp_path / "b").glob("*.enc"))
    assert "1 personne, 1 passage, 0 orientation\n" in capsys.readouterr().out
    assert cli_main(["check", "--db", str(made)]) == 0
    assert cli_main(["check", "--db", str(filled)]) == 0
    target = tmp_path / "other.sqlite"
    assert cli_main(["restore", "--db", str(target), "--from", str(made)]) == 0
    assert _people(target) == ["Amina"]
    monkeypatch.setenv("AIGUILLAGE_BACKUP_PASSPHRASE", "faux")
    assert cli_main(["check", "--db", str(made)]) == 2
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database" * 100)
    assert cli_main(["check", "--db", str(junk)]) == 2
    err = capsys.readouterr().err
    assert "phrase" in err.lower()
    assert "Traceback" not in err


@pytest.mark.parametrize("thorough", [True, False])
def test_a_damaged_database_is_not_backed_up(filled, tmp_path, engine, thorough):
    engine.dispose()
    raw = bytearray(filled.read_bytes())
    raw[4096 * 2 : 4096 * 6] = b"\x07" * (4096 * 4)
    filled.write_bytes(bytes(raw))
    with pytest.raises(BackupError) as caught:
        create_backup(filled, tmp_path / "b", thorough=thorough)
    assert caught.value.message
    assert list((tmp_path / "b").iterdir()) == []  # no half-made file left behind


@pytest.mark.parametrize(
    ("language", "counts", "expected"),
    [
        ("fr", (0, 0, 0), "0 personne, 0 passage, 0 orientation"),
        ("fr", (1, 1, 1), "1 personne, 1 passage, 1 orientation"),
        ("fr", (2, 3, 12), "2 personnes, 3 passages, 12 orientations"),
        ("fr", (1, None, 0), "1 personne, ? passages, 0 orientation"),
        ("en", (0, 0, 0), "0 people, 0 visits, 0 referrals"),
        ("en", (1, 1, 1), "1 person, 1 visit, 1 referral"),
        ("en", (2, 3, 12), "2 people, 3 visits, 12 referrals"),
    ],
)
def test_what_a_backup_holds_is_said_with_the_right_plurals(language, counts, expected):
    from app.backup.contents_words import contents_words
    from app.i18n import set_language

    set_language(language)
    assert contents_words(*counts) == expected


def test_a_backup_with_one_edited_byte_is_refused_by_check_and_restore(
    filled, tmp_path, capsys
):
    made = create_backup(filled, tmp_path / "b", now=to_utc(NOW)).backup.path
    data = made.read_bytes()
    at = data.index(b"Amina")
    made.write_bytes(data[:at] + b"Amino" + data[at + 5:])  # still a sound SQLite file
    with pytest.raises(BackupError) as refused:
        check_backup(made)
    assert "modifiée ou abîmée" in refused.value.message
    target = tmp_path / "autre.sqlite"
    with pytest.raises(BackupError):
        restore_backup(target, made)
    assert not target.exists()
    capsys.readouterr()
    assert cli_main(["check", "--db", str(made)]) == 2
    err = capsys.readouterr().err
    assert "modifiée ou abîmée" in err and "Traceback" not in err
    assert Path(str(made) + ".sha256").read_text().endswith(f"  {made.name}\n")


def test_the_checksum_goes_to_the_second_folder_and_away_with_rotation(filled, tmp_path):
    folder, second = tmp_path / "b", tmp_path / "cle"
    second.mkdir()
    made = create_backup(filled, folder, second_folder=second, now=to_utc(NOW)).backup.path
    assert (second / (made.name + ".sha256")).read_bytes() == Path(
        str(made) + ".sha256").read_bytes()
    check_backup(second / made.name)
    for day in range(1, 10):  # more days than the daily rule keeps
        create_backup(filled, folder, now=to_utc(NOW - timedelta(days=day)))
    removed = rotate_backups(folder)
    assert removed and not any(Path(str(path) + ".sha256").exists() for path in removed)
    assert {p.name for p in folder.glob("*.sha256")} == {
        info.path.name + ".sha256" for info in list_backups(folder)
    }
