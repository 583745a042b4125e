"""The two SQLite-specific pieces of the report queries, each behind one function with a
portable fallback: counting per Paris day, and counting the codes of a JSON array column.
"""

import uuid
from collections import Counter
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import DateTime, Uuid, bindparam, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal

from app.clock import LOCAL_TZ, day_bounds


def is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


class _Unindexed(ColumnElement):
    """A column that the SQLite planner must not pick an index for."""

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column: ColumnElement) -> None:
        self.column = column
        self.type = column.type


@compiles(_Unindexed)
def _plain(element: _Unindexed, compiler, **kw) -> str:  # type: ignore[no-untyped-def]
    return compiler.process(element.column, **kw)


@compiles(_Unindexed, "sqlite")
def _unindexed(element: _Unindexed, compiler, **kw) -> str:  # type: ignore[no-untyped-def]
    return "+" + compiler.process(element.column, **kw)


def unindexed(column: ColumnElement) -> ColumnElement:
    """`column` written `+column` on SQLite (other databases: the column itself).

    A database has one site and a few statuses, so without statistics SQLite would walk the
    site_id or status index over every row instead of the time index over the period; the
    unary plus keeps the time index in charge."""
    return _Unindexed(column)


def _offset_minutes(moment: datetime) -> int:
    offset = moment.astimezone(LOCAL_TZ).utcoffset() or timedelta(0)
    return int(offset.total_seconds() // 60)


def offset_pieces(first: date, last: date) -> list[tuple[datetime, datetime, int]]:
    """Split the Paris days first..last into UTC ranges [start, end) of constant UTC offset.

    Within one piece, the Paris day of a stored UTC time is date(time + offset). A change of
    offset (last Sunday of March and of October) starts a new piece at the exact instant.
    """
    start, _ = day_bounds(first)
    _, end = day_bounds(last)
    pieces: list[tuple[datetime, datetime, int]] = []
    piece_start = start
    current = _offset_minutes(start)
    day = first
    while day <= last:
        day_start, day_end = day_bounds(day)
        if _offset_minutes(day_end) != current or _offset_minutes(day_start) != current:
            moment = day_start
            while moment < day_end:  # offsets change on a whole hour
                if _offset_minutes(moment) != current:
                    pieces.append((piece_start, moment, current))
                    piece_start, current = moment, _offset_minutes(moment)
                moment += timedelta(hours=1)
        day += timedelta(days=1)
    pieces.append((piece_start, end, current))
    return [piece for piece in pieces if piece[0] < piece[1]]


_UTC_TYPE = DateTime(timezone=True)


def count_per_local_day(
    session: Session, table: str, time_column: str, site_id: uuid.UUID, first: date, last: date
) -> dict[date, int]:
    """Rows of `table` of the site per Paris day, for the days first..last (missing days: 0)."""
    counts: Counter[date] = Counter()
    if is_sqlite(session):
        statement = text(
            f"SELECT date({time_column}, :shift) AS day, count(*) FROM {table} "
            f"WHERE +site_id = :site AND {time_column} >= :start AND {time_column} < :end "
            "GROUP BY day"
        ).bindparams(
            bindparam("site", type_=Uuid()),
            bindparam("start", type_=_UTC_TYPE),
            bindparam("end", type_=_UTC_TYPE),
        )
        for start, end, minutes in offset_pieces(first, last):
            shift = f"{minutes:+d} minutes"
            rows = session.execute(
                statement, {"site": site_id, "start": start, "end": end, "shift": shift}
            )
            for day_text, count in rows:
                counts[date.fromisoformat(day_text)] += count
    else:
        start, _ = day_bounds(first)
        _, end = day_bounds(last)
        statement = (
            text(
                f"SELECT {time_column} FROM {table} "
                f"WHERE site_id = :site AND {time_column} >= :start AND {time_column} < :end"
            )
            .bindparams(
                bindparam("site", type_=Uuid()),
                bindparam("start", type_=_UTC_TYPE),
                bindparam("end", type_=_UTC_TYPE),
            )
            .columns(**{time_column: _UTC_TYPE})
        )
        for (moment,) in session.execute(statement, {"site": site_id, "start": start, "end": end}):
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=UTC)
            counts[moment.astimezone(LOCAL_TZ).date()] += 1
    return {day: counts.get(day, 0) for day in _days(first, last)}


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def count_json_codes(
    session: Session,
    table: str,
    codes_column: str,
    time_column: str,
    site_id: uuid.UUID,
    start: datetime,
    end: datetime,
) -> dict[str, int]:
    """How many rows of the site in [start, end) carry each code of a JSON array column.

    A row with two codes counts once for each; a row without codes is not counted.
    """
    params = {"site": site_id, "start": start, "end": end}
    binds = (
        bindparam("site", type_=Uuid()),
        bindparam("start", type_=_UTC_TYPE),
        bindparam("end", type_=_UTC_TYPE),
    )
    where = f"site_id = :site AND {time_column} >= :start AND {time_column} < :end"
    if is_sqlite(session):
        where = "+" + where  # see unindexed()
        statement = text(
            f"SELECT codes.value, count(DISTINCT {table}.id) FROM {table}, "
            f"json_each({table}.{codes_column}) AS codes WHERE {where} GROUP BY codes.value"
        ).bindparams(*binds)
        return {str(code): count for code, count in session.execute(statement, params)}
    import json

    counts: Counter[str] = Counter()
    statement = text(f"SELECT {codes_column} FROM {table} WHERE {where}").bindparams(*binds)
    for (value,) in session.execute(statement, params):
        codes = json.loads(value) if isinstance(value, str) else (value or [])
        counts.update(set(codes))
    return dict(counts)
