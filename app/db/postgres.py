"""PostgreSQL, the shared engine of a place with several desks: connection set-up, the server's
refusals in French, and the copy put aside before a migration.

Times travel in UTC (`timezone=UTC` on every connection); statements that wait on a lock give up
after a while rather than freezing a desk; a connection found dead is replaced, and a
transaction that had not committed yet may run again (`app.db.retrying`).
"""

from __future__ import annotations

import logging
import os
import subprocess
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, inspect
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL
from sqlmodel import Session

from app.clock import to_local, utcnow
from app.db.queries import LIVE_CHANNEL
from app.errors import DatabaseError
from app.i18n import translate
from app.logs import LOGGER_NAME

_log = logging.getLogger(f"{LOGGER_NAME}.postgres")  # a child: its lines reach aiguillage.log

CONNECT_TIMEOUT_S = 5
LOCK_TIMEOUT_MS = 5000
STATEMENT_TIMEOUT_MS = 60_000
# A network that goes away (a cable pulled, the main PC's Wi-Fi lost) sends no "connection
# closed": without these, a desk waiting for an answer waits until the PC's TCP gives up
# (a quarter of an hour). Keepalive probes after 10 s of silence, every 5 s, 3 unanswered
# ones end it; data sent and not acknowledged for 25 s ends it too. The waiting operation
# then fails with "connexion perdue" within about half a minute.
KEEPALIVES = {
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
    "tcp_user_timeout": 25_000,  # milliseconds
}

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


PIN_PARAMETER = "certificate"


def make_engine(url: URL) -> Engine:
    """An engine on the server; an address that pins a certificate (`?certificate=<sha256>`)
    checks it before every new connection and refuses a changed one."""
    pinned = url.query.get(PIN_PARAMETER)
    if isinstance(pinned, tuple):
        pinned = pinned[0]
    if pinned:
        url = url.difference_update_query([PIN_PARAMETER])
    engine = create_engine(
        url,
        # no ping before each use (a round trip on every click): a connection found dead is
        # replaced and the whole transaction run again when nothing was committed yet
        pool_pre_ping=False,
        pool_size=3,
        max_overflow=2,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "aiguillage",
            **KEEPALIVES,
            "options": (
                f"-c timezone=UTC -c lock_timeout={LOCK_TIMEOUT_MS} "
                f"-c statement_timeout={STATEMENT_TIMEOUT_MS}"
            ),
        },
    )
    if pinned:
        _pin_certificate(engine, url, str(pinned))
    return engine


def _pin_certificate(engine: Engine, url: URL, pinned: str) -> None:
    from sqlalchemy import event

    from app.config import data_dir
    from app.db.pg_tls import check_pinned

    host, port = url.host or "localhost", int(url.port or 5432)

    @event.listens_for(engine, "do_connect")
    def _check(dialect, conn_rec, cargs, cparams):  # type: ignore[no-untyped-def]
        try:
            certificate = check_pinned(host, port, pinned, data_dir() / "certificats")
        except OSError as error:
            raise _unreachable(
                _tr(
                    "The database server cannot be reached. Check that the main PC is on and "
                    "connected to the network."
                )
            ) from error
        # the connection itself is checked by libpq against that same certificate
        cparams["sslmode"] = "verify-ca"
        cparams["sslrootcert"] = str(certificate)


def after_migration(engine: Engine) -> None:
    """What a shared server needs after its schema changed: each kind of desk gets its rights
    on the new tables and columns (nothing on a database that is not shared)."""
    from app.db import pg_roles

    if engine.dialect.name == "postgresql":
        pg_roles.grant_if_shared(engine)


def prepare(url: URL) -> None:
    """Nothing to check before connecting: the server answers for itself."""


def sqlstate(error: BaseException) -> str | None:
    original = getattr(error, "orig", None) or error
    return getattr(original, "sqlstate", None)


def is_retryable(error: BaseException) -> bool:
    """A serialization failure or a deadlock: the whole transaction can safely run again."""
    return sqlstate(error) in RETRYABLE


def is_disconnect(error: BaseException) -> bool:
    """The connection died (server restarted, network cut): SQLAlchemy drops the pool's
    connections; a transaction that had not sent its COMMIT can run again on a new one."""
    if not isinstance(error, sa_exc.DBAPIError):
        return False
    return _is_connection_problem(error, _detail(error)) or sqlstate(error) in _SHUTTING_DOWN


def _detail(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    return str(original).lower()


def translate_error(
    error: BaseException, *, opening: bool = False, reading: bool = False
) -> DatabaseError | None:
    """The server's refusal in French, or None for errors that are not the server's doing
    (a constraint broken by the code, say: those stay as they are). `reading`: nothing was
    being changed, so the message does not speak of a change left unsaved."""
    if not isinstance(error, sa_exc.DBAPIError):
        return None
    if isinstance(error, sa_exc.IntegrityError | sa_exc.DataError):
        return None
    code = sqlstate(error)
    detail = _detail(error)
    if "certificate verify failed" in detail:
        from app.db.pg_tls import changed_certificate_error

        return changed_certificate_error()
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
        if reading:
            return _unreachable(
                _tr(
                    "The connection to the database server was lost. Check that the main PC "
                    "is on, then try again."
                )
            )
        if opening:
            return _unreachable(
                _tr(
                    "The database server cannot be reached. Check that the main PC is on and "
                    "connected to the network."
                )
            )
        return _unreachable(
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


def _unreachable(message: str) -> DatabaseError:
    error = DatabaseError(message)
    error.unreachable = True
    return error


def insert_if_new(table):  # type: ignore[no-untyped-def]
    """INSERT … ON CONFLICT DO NOTHING: a row whose key is already there is left as it is."""
    from sqlalchemy.dialects.postgresql import insert

    return insert(table).on_conflict_do_nothing()


def insert_new_rows(session: Session, table, rows: list[dict]) -> None:  # type: ignore[no-untyped-def]
    session.execute(insert_if_new(table), rows)


@contextmanager
def _autocommit(raw) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Each statement sent meanwhile on this idle psycopg connection commits by itself (no
    BEGIN); then transactions again, unless the connection was lost."""
    from psycopg.pq import TransactionStatus

    raw.autocommit = True
    try:
        yield
    finally:
        if raw.info.transaction_status == TransactionStatus.IDLE:
            raw.autocommit = False


def commit(session: Session, topics: list[str]) -> None:
    """Commit the session's transaction, then tell the other desks about `topics`.

    The COMMIT and the notifications leave in one message (the simple query protocol runs its
    statements in order, the pg_notify(…) in a transaction of its own after the COMMIT): one
    round trip, and PostgreSQL's cluster-wide lock on the notification queue is taken only for
    the instant of queueing them, never while the commit waits for the disk. A failed COMMIT
    stops the message there: nothing is announced. A notification the server refuses once the
    COMMIT is done (a full queue, a lock wait that times out) is dropped inside the message
    itself: the save is done and must not be reported refused, or it would be made twice; the
    other desks catch up at the next change they hear of, or poll."""
    if topics:
        from psycopg import sql
        from psycopg.pq import TransactionStatus

        connection = session.connection()
        raw = connection.connection.driver_connection
        calls = sql.SQL(", ").join(
            sql.SQL("pg_notify({}, {})").format(sql.Literal(LIVE_CHANNEL), sql.Literal(topic))
            for topic in topics
        ).as_string(raw)
        notices = (
            f"DO $notices$ BEGIN PERFORM {calls}; "
            "EXCEPTION WHEN OTHERS OR query_canceled THEN NULL; END $notices$"
        )
        plain = {"no_parameters": True}  # sent as is: the simple query protocol
        status = raw.info.transaction_status
        if status == TransactionStatus.INTRANS:  # (a failed one is only rolled back)
            connection.exec_driver_sql(f"COMMIT; {notices}", execution_options=plain)
        elif status == TransactionStatus.IDLE:  # nothing was sent: nothing to commit
            with _autocommit(raw):
                connection.exec_driver_sql(notices, execution_options=plain)
    session.commit()


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


def without_password(url: URL) -> URL:
    """`url` without its password (`URL.set(password=None)` keeps it: None means unchanged)."""
    return URL.create(url.drivername, url.username, None, url.host, url.port, url.database,
                      url.query)


def libpq_address(url: URL) -> str:
    """The libpq form of the address, without the password."""
    return without_password(url.set(drivername="postgresql")).render_as_string(
        hide_password=False
    )


def copy_aside(engine: Engine, url: URL, label: str) -> Path | None:
    """Dump the database (pg_dump, custom format) into the data folder before a migration.

    The migration itself runs in one transaction, so a failed one leaves nothing half-done; the
    dump is there for a migration that succeeded but is regretted.
    """
    if not inspect(engine).get_table_names():
        return None
    from app.config import data_dir
    from app.private_files import private_folder, private_output

    folder = private_folder(data_dir() / "avant-migration")
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
            **private_output(),
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
        if self._copy_allowed(table):
            with self.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return
        # a desk's login under row security (a shared place's office): COPY is refused there,
        # so the same text values go in as INSERTs cast to each column's type
        types = self._column_types(table)
        placeholders = ", ".join(f"%s::{types[column]}" for column in columns)
        self.cursor.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})",
            [tuple(_as_text(value) for value in row) for row in rows],
        )

    def _copy_allowed(self, table: str) -> bool:
        self.cursor.execute(
            "SELECT NOT c.relrowsecurity OR r.rolsuper OR r.rolbypassrls"
            " OR pg_has_role(c.relowner, 'MEMBER')"
            " FROM pg_class c JOIN pg_roles r ON r.rolname = current_user"
            " WHERE c.oid = %s::regclass",
            (table,),
        )
        found = self.cursor.fetchone()
        return bool(found and found[0])

    def _column_types(self, table: str) -> dict[str, str]:
        self.cursor.execute(
            "SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute"
            " WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped",
            (table,),
        )
        return {name: kind for name, kind in self.cursor.fetchall()}


def _as_text(value: object) -> object:
    """A value as COPY's text would give it (numbers and booleans as text, for the cast)."""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (int, float)):
        return str(value)
    return value


@contextmanager
def bulk_load(engine: Engine) -> Iterator[tuple[Session, BulkRows]]:
    """One transaction for writing many rows at once (demo data, moving a database)."""
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        with Session(bind=connection, expire_on_commit=False) as session:
            session.connection()  # the transaction starts here, for the ORM and COPY alike
            yield session, BulkRows(raw.cursor())
            session.commit()


# How the live updates fall back on polling (docs/architecture.md, « Live updates without
# LISTEN »): a listening connection that ends before LISTEN_HOLD_S, or whose own test
# notification does not come back within PROBE_S (a pooler that drops LISTEN), is a failure;
# after FAILURES_BEFORE_POLLING failures in a row the desk polls the change stamp instead, and
# tries LISTEN again every LISTEN_RETRY_S. Only one of the two runs at a time.
LISTEN_HOLD_S = 10.0
FAILURES_BEFORE_POLLING = 2
LISTEN_RETRY_S = 30.0
PROBE_S = 5.0
PROBE_PREFIX = "probe:"


class ListenLost(Exception):
    """The listening connection is up but its notifications do not come back."""


class Listener:
    """What the other desks changed, as it happens: a connection of its own, in autocommit,
    LISTENs on the desks' channel in a background thread and calls `on_topic(topic)` for each
    notification (from that thread). A lost connection is opened again, waiting a little longer
    each time (up to 10 s); once back, `on_topic("*")` says anything may have changed meanwhile
    (after a cut, a refused connection or a period of polling alike: a write made after the last
    poll and before LISTEN holds is heard by nobody else).

    When LISTEN cannot be kept (the connection keeps being cut, or a pooler in front of the
    server drops notifications), the same thread polls the server's change stamp every 2 s
    instead (`app.db.pg_changes`) and says `on_topic("*")` after each change; every 30 s it tries
    LISTEN again and stays there once it holds. `listening` and `polling` say which one runs.
    """

    def __init__(self, url: URL, on_topic: Callable[[str], None], channel: str = "aiguillage"):
        self.url = url
        self.on_topic = on_topic
        self.channel = channel
        self.listening = threading.Event()
        self.polling = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def mode(self) -> str:
        """« listening », « polling », or « » while neither runs (connecting, server away)."""
        if self.listening.is_set():
            return "listening"
        return "polling" if self.polling.is_set() else ""

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="aiguillage-listen", daemon=True)
        self._thread.start()

    def request_stop(self) -> None:
        """Ask the thread to stop, without waiting for it (the window is going)."""
        self._stop.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _connect(self, purpose: str = "aiguillage-live"):  # type: ignore[no-untyped-def]
        import psycopg

        address = self.url.set(drivername="postgresql").render_as_string(hide_password=False)
        return psycopg.connect(
            address, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
            application_name=purpose,
            **KEEPALIVES,  # a network gone quiet ends the listening too, then it reconnects
        )  # fmt: skip

    def _run(self) -> None:
        import psycopg

        delay, failures = 0.5, 0
        unheard = False  # an attempt ended (cut, refused, polling after it): changes went unheard
        while not self._stop.is_set():
            if failures >= FAILURES_BEFORE_POLLING:
                self._poll_for(LISTEN_RETRY_S)
                if self._stop.is_set():
                    break
            started = time.monotonic()
            try:
                with self._connect() as connection:
                    connection.execute(f"LISTEN {self.channel}")
                    self._probe(connection)
                    self.listening.set()
                    if unheard:
                        self.on_topic("*")
                    while not self._stop.is_set():
                        for note in connection.notifies(timeout=0.5):
                            self._deliver(note.payload)
                        if time.monotonic() - started >= LISTEN_HOLD_S:
                            failures, delay = 0, 0.5
            except (psycopg.Error, ListenLost) as error:
                _log.info("live updates cut: %s", type(error).__name__)
            self.listening.clear()
            unheard = True
            if self._stop.is_set():
                break
            if time.monotonic() - started >= LISTEN_HOLD_S:
                failures, delay = 0, 0.5
            else:
                failures += 1
            if failures < FAILURES_BEFORE_POLLING:
                self._stop.wait(delay)
                delay = min(delay * 2, 10.0)

    def _probe(self, connection) -> None:  # type: ignore[no-untyped-def]
        """Send a notification to this very connection and wait for it: a pooler that took the
        LISTEN without passing notifications back is found here (ListenLost)."""
        token = f"{PROBE_PREFIX}{uuid.uuid4().hex}"
        connection.execute("SELECT pg_notify(%s, %s)", (self.channel, token))
        deadline = time.monotonic() + PROBE_S
        while time.monotonic() < deadline and not self._stop.is_set():
            for note in connection.notifies(timeout=min(0.5, deadline - time.monotonic())):
                if note.payload == token:
                    return
                self._deliver(note.payload)
        raise ListenLost()

    def _deliver(self, payload: str) -> None:
        if not payload.startswith(PROBE_PREFIX):  # the desks' own test notifications
            self.on_topic(payload)

    def _poll_for(self, seconds: float) -> None:
        """Poll the change stamp for `seconds` (a connection lost meanwhile is opened again,
        waiting a little longer each time); each change is `on_topic("*")`."""
        import psycopg

        from app.db.pg_changes import ChangePoller

        poller = ChangePoller(lambda: self._connect("aiguillage-poll"), self._polled)
        deadline, delay = time.monotonic() + seconds, 0.5
        while not self._stop.is_set() and time.monotonic() < deadline:
            try:
                poller.poll_until(deadline, self._stop)
            except psycopg.Error as error:
                _log.info("change polling cut: %s", type(error).__name__)
                self.polling.clear()
                self._stop.wait(min(delay, max(0.0, deadline - time.monotonic())))
                delay = min(delay * 2, 10.0)
        self.polling.clear()

    def _polled(self) -> None:
        self.polling.set()  # the poller's connection answers
        self.on_topic("*")
