"""The database opens with safe pragmas, writes atomically and refuses what is not a database."""

import pytest
from sqlmodel import select

from app.db import open_database, read_session, write_session
from app.errors import DatabaseError
from models import Site

pytestmark = pytest.mark.sqlite_file  # the SQLite file itself: copies, pragmas, damage


def test_pragmas_on_every_connection(engine):
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_write_session_rolls_back_on_error(engine):
    with pytest.raises(RuntimeError):
        with write_session(engine) as session:
            session.add(Site(name="Half written"))
            session.flush()
            raise RuntimeError("boom")
    with read_session(engine) as session:
        names = [site.name for site in session.exec(select(Site))]
    assert "Half written" not in names


@pytest.mark.parametrize(
    "content", [b"this is not a database at all, just text" * 10, b"\x00\xff" * 600]
)
def test_a_file_that_is_not_a_database_gives_a_french_message(tmp_path, content):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(content)
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    assert "n'est pas" in caught.value.message or "endommagé" in caught.value.message


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(DatabaseError):
        open_database(tmp_path)
