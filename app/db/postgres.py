"""PostgreSQL, the shared engine of a place with several desks: connection set-up, the server's
refusals in French, and the copy put aside before a migration.

Times travel in UTC (`timezone=UTC` on every connection); statements that wait on a lock give up
after a while rather than freezing a desk; a connection found dead is replaced before use.
"""

from __future__ import annotations

import logging
import os
import subprocess
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, inspect
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL
from sqlmodel import Session

from app.clock import to_local, utcnow
from app.errors import DatabaseError
from app.i18n import translate

CONNECT_TIMEOUT_S = 5
LOCK_TIMEOUT_MS = 5000
STATEMENT_TIMEOUT_MS = 60_000

# SQLSTATE codes (PostgreSQL appendix A) the desk answers in its own words.
SERIALIZATION_FAILURE = "40001"
DEADLOCK_DETECTED = "40P01"
RETRYABLE = frozenset({SERIALIZATION_FAILURE, DEADLOCK_DETECTED})
_WRONG_LOGIN = frozenset({"28P01", "28000"})
_NO_DATABASE = "3D000"
_DISK_FULL = frozenset({"53100"})
_TOO_MANY = frozenset({"53300"})
_LOCK_TIMEOUT = "55P03"
_CANCELLED = "57014"
_SHUTTING_DOWN = frozenset({"57P01", "57P02", "57P03"})
_READ_ONLY = "25006"
_NOT_ALLOWED = "42501"


def _tr(text: str) -> str:
    return translate("Database", text)


def make_engine(url: URL) -> Engine:
    return create_engine(
        url,
        pool_pre_ping=True,
        pool_size=3,
        max_overflow=2,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "aiguillage",
            "options": (
                f"-c timezone=UTC -c lock_timeout={LOCK_TIMEOUT_MS} "
                f"-c statement_timeout={STATEMENT_TIMEOUT_MS}"
            ),
        },
    )


def prepare(url: URL) -> None:
    """Nothing to check before connecting: the server answers for itself."""


def sqlstate(error: BaseException) -> str | None:
    original = getattr(error, "orig", None) or error
    return getattr(original, "sqlstate", None)


def is_retryable(error: BaseException) -> bool:
    """A serialization failure or a deadlock: the whole transaction can safely run again."""
    return sqlstate(error) in RETRYABLE


def _detail(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    return str(original).lower()


def translate_error(error: BaseException, *, opening: bool = False) -> DatabaseError | None:
    """The server's refusal in French, or None for errors that are not the server's doing
    (a constraint broken by the code, say: those stay as they are)."""
    if not isinstance(error, sa_exc.DBAPIError):
        return None
    if isinstance(error, sa_exc.IntegrityError | sa_exc.DataError):
        return None
    code = sqlstate(error)
    detail = _detail(error)
    if code in _WRONG_LOGIN or "password authentication failed" in detail:
        return DatabaseError(
            _tr(
                "The database server refused this desk's login (wrong name or password). "
                "Ask the coordinator to join this desk again."
            )
        )
    if code == _NO_DATABASE or ("database" in detail and "does not exist" in detail):
        return DatabaseError(
            _tr("The database “%1” does not exist on the server.").replace(
                "%1", _database_name(detail)
            )
        )
    if code in _DISK_FULL or "no space left" in detail:
        return DatabaseError(
            _tr("The server's disk is full: the last change was not saved. Free some space.")
        )
    if code in _TOO_MANY:
        return DatabaseError(
            _tr("Too many desks are connected to the server right now. Please try again.")
        )
    if code in RETRYABLE:
        return DatabaseError(
            _tr("Another desk was changing the same thing: nothing was saved. Please try again.")
        )
    if code in (_LOCK_TIMEOUT, _CANCELLED):
        return DatabaseError(
            _tr("The database is busy: the last change was not saved. Please try again.")
        )
    if code == _READ_ONLY or code == _NOT_ALLOWED:
        return DatabaseError(_tr("This desk is not allowed to make that change."))
    if code in _SHUTTING_DOWN or _is_connection_problem(error, detail):
        if opening:
            return DatabaseError(
                _tr(
                    "The database server cannot be reached. Check that the main PC is on and "
                    "connected to the network."
                )
            )
        return DatabaseError(
            _tr(
                "The connection to the database server was lost: the last change was not "
                "saved. Check that the main PC is on, then try again."
            )
        )
    if isinstance(error, sa_exc.OperationalError):
        return DatabaseError(
            _tr("The database server could not save the last change. Nothing else was lost.")
        )
    return None


_CONNECTION_WORDS = (
    "connection refused",
    "could not connect",
    "connection failed",
    "server closed the connection",
    "connection timeout",
    "timeout expired",
    "connection is lost",
    "connection is closed",
    "consuming input failed",
    "sending query failed",
    "no route to host",
    "network is unreachable",
    "name or service not known",
    "could not translate host name",
    "terminating connection",
)


def _is_connection_problem(error: sa_exc.DBAPIError, detail: str) -> bool:
    return bool(error.connection_invalidated) or any(w in detail for w in _CONNECTION_WORDS)


def _database_name(detail: str) -> str:
    marker = 'database "'
    if marker in detail:
        return detail.split(marker, 1)[1].split('"', 1)[0]
    return ""


def client_program(name: str) -> Path:
    """A PostgreSQL client program (pg_dump, psql…) shipped with the app, or the system's."""
    from app.db.pg_server import binary

    return binary(name)


def client_environment(url: URL) -> dict[str, str]:
    """Environment for a client program: the password passes there, never on a command line."""
    environment = dict(os.environ)
    if url.password:
        environment["PGPASSWORD"] = str(url.password)
    environment["PGCONNECT_TIMEOUT"] = str(CONNECT_TIMEOUT_S)
    return environment


def libpq_address(url: URL) -> str:
    """The libpq form of the address, without the password."""
    return url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)


def copy_aside(engine: Engine, url: URL, label: str) -> Path | None:
    """Dump the database (pg_dump, custom format) into the data folder before a migration.

    The migration itself runs in one transaction, so a failed one leaves nothing half-done; the
    dump is there for a migration that succeeded but is regretted.
    """
    if not inspect(engine).get_table_names():
        return None
    from app.config import data_dir

    folder = data_dir() / "avant-migration"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = to_local(utcnow()).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{url.database}.{label}-{stamp}.dump"
    try:
        subprocess.run(
            [str(client_program("pg_dump")), "--format=custom", "--file", str(target),
             "--dbname", libpq_address(url)],
            check=True,
            capture_output=True,
            env=client_environment(url),
            timeout=3600,
        )
    except (OSError, subprocess.SubprocessError) as error:
        target.unlink(missing_ok=True)
        raise DatabaseError(
            _tr(
                "The database could not be copied aside before its update, so it was not "
                "updated. Check the free space on this PC."
            )
        ) from error
    return target


class BulkRows:
    """COPY … FROM STDIN: the server reads each value as its column's type (hex UUIDs, UTC
    times as text, JSON text, 1/0 booleans), as fast as PostgreSQL loads rows."""

    def __init__(self, cursor) -> None:  # type: ignore[no-untyped-def]
        self.cursor = cursor

    def insert(self, table: str, columns, rows: list[tuple]) -> None:  # type: ignore[no-untyped-def]
        with self.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)


@contextmanager
def bulk_load(engine: Engine) -> Iterator[tuple[Session, BulkRows]]:
    """One transaction for writing many rows at once (demo data, moving a database)."""
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        with Session(bind=connection, expire_on_commit=False) as session:
            session.connection()  # the transaction starts here, for the ORM and COPY alike
            yield session, BulkRows(raw.cursor())
            session.commit()


class Listener:
    """What the other desks changed, as it happens: a connection of its own, in autocommit,
    LISTENs on the desks' channel in a background thread and calls `on_topic(topic)` for each
    notification (from that thread). A lost connection is opened again, waiting a little longer
    each time (up to 10 s); once back, `on_topic("*")` says anything may have changed meanwhile.
    """

    def __init__(self, url: URL, on_topic: Callable[[str], None], channel: str = "aiguillage"):
        self.url = url
        self.on_topic = on_topic
        self.channel = channel
        self.listening = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="aiguillage-listen", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _connect(self):  # type: ignore[no-untyped-def]
        import psycopg

        address = self.url.set(drivername="postgresql").render_as_string(hide_password=False)
        return psycopg.connect(
            address, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
            application_name="aiguillage-live",
        )  # fmt: skip

    def _run(self) -> None:
        import psycopg

        delay, been_connected = 0.5, False
        while not self._stop.is_set():
            try:
                with self._connect() as connection:
                    connection.execute(f"LISTEN {self.channel}")
                    self.listening.set()
                    if been_connected:
                        self.on_topic("*")
                    been_connected, delay = True, 0.5
                    while not self._stop.is_set():
                        for note in connection.notifies(timeout=0.5):
                            self.on_topic(note.payload)
            except psycopg.Error as error:
                logging.getLogger(__name__).info("live updates cut: %s", type(error).__name__)
            self.listening.clear()
            self._stop.wait(delay)
            delay = min(delay * 2, 10.0)
