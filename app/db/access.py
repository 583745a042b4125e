"""The database opened, migrated, and used through read and write sessions (imported by
`app.db` on first use of one of these names)."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import TypeVar

from sqlalchemy import Engine
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session

import models
from app.db import postgres
from app.db import sqlite as sqlite_engine
from app.db.queries import NOTICES, notify
from app.db.sqlite import DamagedDatabaseError, check_sqlite_file, quick_check
from app.db.target import DatabaseTarget, as_target, is_server_address
from app.errors import DatabaseError, EditConflict
from app.i18n import translate

models.load_all()  # every table on the metadata before any session or migration

__all__ = [
    "DamagedDatabaseError",
    "DatabaseTarget",
    "as_target",
    "bulk_load",
    "holds_data",
    "insert_if_new",
    "insert_new_rows",
    "check_sqlite_file",
    "copy_aside",
    "is_server_address",
    "make_engine",
    "notify",
    "listener",
    "open_database",
    "quick_check",
    "read_session",
    "retrying",
    "server_answers",
    "write_session",
]

T = TypeVar("T")
RETRIES = 3


def _module_for(target: DatabaseTarget) -> ModuleType:
    return postgres if target.is_server else sqlite_engine


def _module_of(engine: Engine) -> ModuleType:
    return sqlite_engine if engine.dialect.name == "sqlite" else postgres


def _where(target: DatabaseTarget):  # type: ignore[no-untyped-def]
    return target.url if target.is_server else target.path


def make_engine(target: DatabaseTarget | Path | str) -> Engine:
    """An engine on the target (an SQLite file is created if missing). Does not migrate."""
    target = as_target(target)
    return _module_for(target).make_engine(_where(target))


def open_database(target: DatabaseTarget | Path | str, *, migrate: bool = True) -> Engine:
    """Check, open and (by default) migrate the database to the current schema.

    A server that cannot be reached, refuses the login or has no such database gives a
    DatabaseError with a French message; a damaged SQLite file a DamagedDatabaseError.
    """
    target = as_target(target)
    module = _module_for(target)
    module.prepare(_where(target))
    engine = module.make_engine(_where(target))
    try:
        if migrate:
            from app.migrate import upgrade_to_head

            upgrade_to_head(engine, lambda label: copy_aside(engine, target, label))
            if target.is_server:
                postgres.after_migration(engine)  # a shared server's grants, by its owner
        else:
            with engine.connect():
                pass
    except (sa_exc.DBAPIError, sqlite3.OperationalError) as error:
        engine.dispose()
        message = module.translate_error(error, opening=True)
        if message is None:
            raise  # the file itself cannot be used (said by the caller)
        raise message from error
    return engine


def copy_aside(engine: Engine, target: DatabaseTarget | Path | str, label: str) -> Path | None:
    """Put a copy of the database aside, the engine's own way (before a migration); None when
    it holds nothing yet."""
    target = as_target(target)
    return _module_for(target).copy_aside(engine, _where(target), label)


def bulk_load(engine: Engine):  # type: ignore[no-untyped-def]
    """`with bulk_load(engine) as (session, rows):` one transaction for many rows at once;
    `rows.insert(table, columns, tuples)` takes values as SQLite stores them."""
    return _module_of(engine).bulk_load(engine)


def insert_new_rows(session: Session, table, rows: list[dict]) -> None:  # type: ignore[no-untyped-def]
    """Insert rows whose primary key may already be there (a re-send after a crash): those are
    left as they are, the others inserted, in one statement."""
    if rows:
        _module_of(session.get_bind()).insert_new_rows(session, table, rows)


def insert_if_new(session: Session, table):  # type: ignore[no-untyped-def]
    """An INSERT into `table` (to complete with `.values()` or `.from_select()`) that leaves a
    row whose primary key is already there as it is."""
    return _module_of(session.get_bind()).insert_if_new(table)


def server_answers(engine: Engine) -> bool:
    """A cheap question to the server on a new connection of its own (a pooled one may hang
    on a server gone from the network): True if it answers. The answer is the server's time:
    this desk's clock is kept in step with it (app.clock.set_clock_correction), so that a
    desk whose clock is off stamps its records, online or kept, with the main PC's time."""
    from app.clock import set_clock_correction, this_pc_now

    server_clock = engine.dialect.name == "postgresql"
    pool = engine.pool.recreate()  # same connection set-up (pinned certificate, timeouts)
    try:
        connection = pool.connect()
        try:
            cursor = connection.cursor()
            asked = this_pc_now()
            cursor.execute("SELECT clock_timestamp()" if server_clock else "SELECT 1")
            answer = cursor.fetchall()[0][0]
            answered = this_pc_now()
        finally:
            connection.close()
    except Exception:  # noqa: BLE001 — any failure means « not answering »
        return False
    finally:
        pool.dispose()
    if server_clock:
        set_clock_correction(answer - (asked + (answered - asked) / 2))
    return True


def holds_data(engine: Engine) -> bool:
    """True if the database holds a site, a person, a service or a visit."""
    from sqlalchemy import inspect, text

    tables = set(inspect(engine).get_table_names())
    with engine.connect() as connection:
        for table in ("site", "person", "service", "visit"):
            found = table in tables and connection.execute(text(f"SELECT 1 FROM {table} LIMIT 1"))
            if found and found.first():
                return True
    return False


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    """A session for reading; nothing it does is committed."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
        except sa_exc.DBAPIError as error:
            _quiet_rollback(session)
            message = _module_of(engine).translate_error(error, reading=True)
            if message is None or engine.dialect.name == "sqlite":
                raise
            message.retryable = postgres.is_disconnect(error)  # type: ignore[attr-defined]
            raise message from error
        finally:
            _quiet_rollback(session)


@contextmanager
def write_session(engine: Engine) -> Iterator[Session]:
    """A session in one transaction (BEGIN IMMEDIATE on SQLite): committed on success, rolled
    back on error.

    A write that the database refuses (full disk, read-only folder, busy file, server gone)
    becomes a DatabaseError with a French message; what was committed before stays as it was.
    What `notify` asked is told to the other desks once the commit is done.
    """
    writer = engine.execution_options(sqlite_begin="IMMEDIATE")
    with Session(writer, expire_on_commit=False) as session:
        module = _module_of(engine)
        committing = False
        try:
            yield session
            session.flush()  # every statement is sent before COMMIT: up to here, a retry is safe
            committing = True
            module.commit(session, session.info.pop(NOTICES, []))
        except (sa_exc.DBAPIError, sqlite3.OperationalError) as error:
            _quiet_rollback(session)
            message = module.translate_error(error)
            if message is None:
                raise
            message.retryable = postgres.is_retryable(error) or (  # type: ignore[attr-defined]
                not committing and postgres.is_disconnect(error)
            )
            raise message from error
        except StaleDataError as error:  # another desk saved the same row a moment before
            _quiet_rollback(session)
            raise EditConflict(
                translate(
                    "Database",
                    "Another desk saved the same thing a moment ago: your change was not saved. "
                    "Reload to see the current values, then make your change again.",
                )
            ) from error
        except BaseException:
            _quiet_rollback(session)
            raise


def listener(engine: Engine, on_topic: Callable[[str], None]) -> postgres.Listener | None:
    """What other desks change, as `on_topic(topic)` calls from a background thread (call
    `.start()`); None on SQLite, where a single desk works alone."""
    if engine.dialect.name == "sqlite":
        return None
    return postgres.Listener(engine.url, on_topic)


def retrying(work: Callable[[], T], attempts: int = RETRIES) -> T:
    """Run `work` (one whole transaction) again when a new try is safe: the server refused it
    for a serialization failure or a deadlock, or the connection was found dead before
    anything was committed (a read, or a write before its COMMIT)."""
    for attempt in range(attempts):
        try:
            return work()
        except DatabaseError as error:
            if not getattr(error, "retryable", False) or attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def _quiet_rollback(session: Session) -> None:
    try:
        session.rollback()
    except (sa_exc.SQLAlchemyError, sqlite3.Error):
        pass
