"""SQLite, the embedded engine of a single desk: safe pragmas, file checks, error messages.

Never on a network share: WAL and its locks break there (a shared database is PostgreSQL).
"""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy import exc as sa_exc
from sqlmodel import Session

from app.clock import to_local, utcnow
from app.errors import DatabaseError
from app.i18n import translate

BUSY_TIMEOUT_MS = 5000


def _tr(text: str) -> str:
    return translate("Database", text)


class DamagedDatabaseError(DatabaseError):
    """The file is not a readable database, or SQLite's quick check finds damage."""


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # We issue BEGIN ourselves so that writes can use BEGIN IMMEDIATE.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        # NORMAL can lose the last commits on power loss: a visit must never be lost.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # type: ignore[no-untyped-def]
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


def check_sqlite_file(path: Path) -> None:
    """Raise DatabaseError with a clear message if `path` exists but is not a readable database."""
    if not path.exists():
        return
    if path.is_dir():
        raise DatabaseError(_tr("“%1” is a folder, not a database file.").replace("%1", str(path)))
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as error:
        raise DatabaseError(
            _tr("The database file “%1” cannot be read (%2).")
            .replace("%1", str(path))
            .replace("%2", error.strerror or str(error))
        ) from error
    if header and header != b"SQLite format 3\x00":
        raise DamagedDatabaseError(
            _tr("“%1” is not an Aiguillage database (not an SQLite file).").replace("%1", str(path))
        )
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise DamagedDatabaseError(
            _tr("The database file “%1” is damaged or unreadable.").replace("%1", str(path))
        ) from error


def quick_check(path: Path) -> None:
    """Run SQLite's quick check at start-up; DamagedDatabaseError if it finds damage."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [row[0] for row in connection.execute("PRAGMA quick_check")]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise DamagedDatabaseError(
            _tr("The database file “%1” is damaged or unreadable.").replace("%1", str(path))
        ) from error
    if rows != ["ok"]:
        raise DamagedDatabaseError(
            _tr("The database file “%1” is damaged or unreadable.").replace("%1", str(path))
        )


_STORAGE_WORDS = ("unable to open", "full", "readonly", "read-only", "permission", "locked", "busy")


def is_storage_problem(error: BaseException) -> bool:
    """Whether SQLite refused because of the disk or the folder rather than the file's content."""
    text = str(error).lower()
    return any(word in text for word in _STORAGE_WORDS)


def storage_error(error: BaseException) -> DatabaseError:
    """A French message for a write that SQLite refused (full disk, read-only folder…)."""
    text = str(error).lower()
    if "unable to open" in text:
        message = _tr(
            "The database cannot be opened for writing (read-only folder or removed disk?). "
            "Nothing was changed."
        )
    elif "full" in text:
        message = _tr("The disk is full: the last change was not saved. Free some space.")
    elif "readonly" in text or "read-only" in text or "permission" in text:
        message = _tr(
            "The database cannot be written (read-only folder?): the last change was not saved."
        )
    elif "locked" in text or "busy" in text:
        message = _tr("The database is busy: the last change was not saved. Please try again.")
    else:
        message = _tr("The database could not save the last change. Nothing else was lost.")
    return DatabaseError(message)


def insert_if_new(table):  # type: ignore[no-untyped-def]
    """INSERT … ON CONFLICT DO NOTHING: a row whose key is already there is left as it is."""
    from sqlalchemy.dialects.sqlite import insert

    return insert(table).on_conflict_do_nothing()


def insert_new_rows(session: Session, table, rows: list[dict]) -> None:  # type: ignore[no-untyped-def]
    session.execute(insert_if_new(table), rows)


def commit(session: Session, topics: list[str]) -> None:
    """Commit the session's transaction (a single desk has no other desk to tell)."""
    session.commit()


def make_engine(path: Path) -> Engine:
    """An engine on an SQLite file (created if missing). Does not migrate."""
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    _configure_sqlite(engine)
    return engine


def prepare(path: Path) -> None:
    """Checks before opening: a readable SQLite file (or none yet) in a folder we can create."""
    check_sqlite_file(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(
            _tr("The folder “%1” cannot be created.").replace("%1", str(path.parent))
        ) from error
    quick_check(path)


def translate_error(
    error: BaseException, *, opening: bool = False, reading: bool = False
) -> DatabaseError | None:
    """A French message for a write (or, `opening`, a migration) that SQLite refused because of
    the disk or the folder; None when the file itself is the problem (said by the caller).
    Reads keep SQLite's own error (`reading` is for the server engine's wording)."""
    if not isinstance(error, sa_exc.OperationalError | sqlite3.OperationalError):
        return None
    if opening and not is_storage_problem(error):
        return None
    return storage_error(error)


def copy_aside(engine: Engine, path: Path, label: str) -> Path | None:
    """Copy the database with SQLite's backup API next to it, before a migration."""
    if not path.exists() or not inspect(engine).get_table_names():
        return None
    stamp = to_local(utcnow()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix or '.sqlite'}")
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target


class BulkRows:
    """Plain `executemany` on the driver's cursor: rows as SQLite stores them (hex UUIDs,
    "YYYY-MM-DD HH:MM:SS.ffffff" UTC times, JSON text)."""

    def __init__(self, cursor) -> None:  # type: ignore[no-untyped-def]
        self.cursor = cursor

    def insert(self, table: str, columns, rows: list[tuple]) -> None:  # type: ignore[no-untyped-def]
        marks = ", ".join("?" * len(columns))
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
        self.cursor.executemany(sql, rows)


@contextmanager
def bulk_load(engine: Engine) -> Iterator[tuple[Session, BulkRows]]:
    """One transaction on a new file nobody else uses, for writing many rows at once.

    A rollback journal writes each page once (WAL writes it twice) and durability can wait for
    the end; both come back afterwards."""
    engine.dispose()  # the migration's connections: ours must be the only one
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        raw.execute("PRAGMA journal_mode=DELETE")
        raw.execute("PRAGMA synchronous=OFF")
        raw.execute("PRAGMA cache_size=-100000")
        try:
            connection.execution_options(sqlite_begin="IMMEDIATE")
            with Session(bind=connection, expire_on_commit=False) as session:
                yield session, BulkRows(raw.cursor())
                session.commit()
        finally:
            raw.execute("PRAGMA synchronous=FULL")
            raw.execute("PRAGMA journal_mode=WAL")
