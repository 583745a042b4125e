"""Start-up checks and refused writes: a damaged file is recognised, a full disk or read-only
folder gives a French message and loses nothing already committed."""

import sqlite3

import pytest
from sqlmodel import select

from app.db import DamagedDatabaseError, open_database, read_session, write_session
from app.errors import DatabaseError
from models import Site

pytestmark = pytest.mark.sqlite_file  # the SQLite file itself: copies, pragmas, damage


def test_damage_in_the_middle_is_found_by_the_quick_check(db_path):
    raw = bytearray(db_path.read_bytes())
    raw[4096 * 3 : 4096 * 5] = b"\x07" * 8192
    db_path.write_bytes(bytes(raw))
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(db_path)
    assert "endommagé" in caught.value.message


@pytest.mark.parametrize(
    ("sqlite_message", "expected"),
    [
        ("database or disk is full", "disque est plein"),
        ("attempt to write a readonly database", "lecture seule"),
        ("database is locked", "occupée"),
        ("unable to open database file", "lecture seule"),
    ],
)
def test_refused_write_becomes_a_french_message(engine, sqlite_message, expected):
    with pytest.raises(DatabaseError) as caught:
        with write_session(engine) as session:
            session.add(Site(name="Jamais écrit"))
            session.flush()
            raise sqlite3.OperationalError(sqlite_message)
    assert expected in caught.value.message
    with read_session(engine) as session:
        names = [site.name for site in session.exec(select(Site))]
    assert names == ["Point Accueil Emploi de Pipriac"]
