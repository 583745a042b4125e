"""Property tests: restore and check fed random bytes, truncated or altered files and wrong
passphrases always give a clear BackupError, and never touch the live database."""

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.backup.files import BackupError
from app.backup.restore import check_backup, restore_backup
from app.backup.snapshot import create_backup
from app.db import write_session
from tests.trust_helpers import add_person

PASSPHRASE = "bonne phrase"
FAST = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@pytest.fixture
def backups(engine, coordinator, db_path, tmp_path):
    with write_session(engine) as session:
        add_person(session, coordinator.site_id, "Amina")
    engine.dispose()
    plain = create_backup(db_path, tmp_path / "b").backup.path
    sealed = create_backup(db_path, tmp_path / "b", passphrase=PASSPHRASE).backup.path
    return plain, sealed


def _live_is_intact(db_path: Path) -> None:
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        names = [r[0] for r in connection.execute("SELECT first_name FROM person")]
    finally:
        connection.close()
    assert names == ["Amina"]


def _refused(db_path: Path, candidate: Path, passphrase: str | None) -> None:
    with pytest.raises(BackupError) as caught:
        check_backup(candidate, passphrase)
    assert caught.value.message
    with pytest.raises(BackupError) as caught:
        restore_backup(db_path, candidate, passphrase=passphrase)
    assert caught.value.message
    _live_is_intact(db_path)


@FAST
@given(content=st.binary(max_size=5000))
def test_random_bytes_are_refused(backups, db_path, tmp_path, content):
    candidate = tmp_path / "random.sqlite"
    candidate.write_bytes(content)
    _refused(db_path, candidate, PASSPHRASE)


@FAST
@given(data=st.data())
def test_truncated_backups_are_refused(backups, db_path, tmp_path, data):
    for original in backups:
        raw = original.read_bytes()
        cut = data.draw(st.integers(min_value=0, max_value=len(raw) - 1), label="cut")
        candidate = tmp_path / ("cut" + "".join(original.suffixes))
        candidate.write_bytes(raw[:cut])
        _refused(db_path, candidate, PASSPHRASE)


@FAST
@given(data=st.data())
def test_altered_encrypted_backups_are_refused(backups, db_path, tmp_path, data):
    raw = bytearray(backups[1].read_bytes())
    position = data.draw(st.integers(min_value=0, max_value=len(raw) - 1), label="position")
    flip = data.draw(st.integers(min_value=1, max_value=255), label="flip")
    raw[position] ^= flip
    candidate = tmp_path / "altered.sqlite.enc"
    candidate.write_bytes(bytes(raw))
    _refused(db_path, candidate, PASSPHRASE)


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(passphrase=st.text(max_size=30).filter(lambda p: p != PASSPHRASE))
def test_wrong_passphrases_are_refused(backups, db_path, passphrase):
    _refused(db_path, backups[1], passphrase or None)
