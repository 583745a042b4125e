"""Moving a single desk's SQLite file into the shared server: every table, then the row counts
and a checksum per table compared on both sides before the desk switches over."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Engine, Table, select
from sqlmodel import SQLModel

from app.db import bulk_load
from app.errors import UserError
from app.i18n import translate


def _tr(text: str) -> str:
    return translate("Sharing", text)


@dataclass(frozen=True)
class TableCheck:
    table: str
    rows: int
    checksum: str


def _plain(value):  # type: ignore[no-untyped-def]
    """One value the same way whichever engine it was read from."""
    if isinstance(value, datetime):
        value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, list | dict):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float):
        return repr(round(value, 9))
    if isinstance(value, memoryview):
        return bytes(value).hex()
    if isinstance(value, bytes):
        return value.hex()
    return value


def _tables() -> list[Table]:
    return list(SQLModel.metadata.sorted_tables)


def table_checks(engine: Engine) -> list[TableCheck]:
    """Rows and a checksum of every table (rows sorted, values made engine-neutral)."""
    checks = []
    with engine.connect() as connection:
        for table in _tables():
            lines = sorted(
                repr(tuple(_plain(v) for v in row))
                for row in connection.execute(select(table))
            )
            digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()
            checks.append(TableCheck(table.name, len(lines), digest))
    return checks


def copy_file_into(sqlite_path: Path, engine: Engine) -> None:
    """Every row of the (migrated) file into the (migrated, empty) server, in one transaction."""
    source = sqlite3.connect(f"file:{sqlite_path}?mode=ro", uri=True)
    try:
        with bulk_load(engine) as (_session, rows):
            for table in _tables():
                columns = [c.name for c in table.columns]
                cursor = source.execute(f"SELECT {', '.join(columns)} FROM {table.name}")
                while batch := cursor.fetchmany(5000):
                    rows.insert(table.name, columns, batch)
    finally:
        source.close()


def move_into_server(sqlite_path: Path, source: Engine, server: Engine) -> list[TableCheck]:
    """Copy, then compare: a difference leaves the desk on its file (UserError)."""
    copy_file_into(sqlite_path, server)
    before, after = table_checks(source), table_checks(server)
    if before != after:
        different = ", ".join(a.table for a, b in zip(before, after, strict=True) if a != b)
        raise UserError(
            _tr("The data could not be moved whole (%1): this desk stays on its file.").replace(
                "%1", different
            )
        )
    return after
