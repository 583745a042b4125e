"""The queries whose SQL differs between the engines, one function per need: counting per
Paris day, counting the codes of a JSON array column, a median of durations, index hints for
the SQLite planner, and whether the person search has SQLite's full-text index.
"""

import uuid
from collections import Counter
from datetime import date, datetime, timedelta

from sqlalchemy import DateTime, Uuid, bindparam, func, insert, literal, select, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal

from app.clock import LOCAL_TZ, day_bounds


def is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def index_hint(session: Session, index: str) -> str:
    """`INDEXED BY index` on SQLite, whose planner would otherwise take the site index that
    matches every row of a one-site database; nothing on PostgreSQL, which has statistics."""
    return f"INDEXED BY {index}" if is_sqlite(session) else ""


_FULL_TEXT: dict[int, bool] = {}


def person_search_is_full_text(session: Session) -> bool:
    """True when `person_search` is SQLite's FTS5 table (checked once per engine); otherwise
    the search uses LIKE on the folded terms (a trigram index keeps it fast on PostgreSQL)."""
    bind = session.get_bind()
    engine = getattr(bind, "engine", bind)
    key = id(engine)
    if key not in _FULL_TEXT:
        if not is_sqlite(session):
            _FULL_TEXT[key] = False
        else:
            sql = session.execute(
                text("SELECT sql FROM sqlite_master WHERE name = 'person_search'")
            ).scalar()
            _FULL_TEXT[key] = bool(sql) and "fts5" in sql.lower()
    return _FULL_TEXT[key]


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
        statement = text(
            f"SELECT CAST(({time_column} AT TIME ZONE :zone) AS date) AS day, count(*) "
            f"FROM {table} WHERE site_id = :site AND {time_column} >= :start "
            f"AND {time_column} < :end GROUP BY day"
        ).bindparams(
            bindparam("site", type_=Uuid()),
            bindparam("start", type_=_UTC_TYPE),
            bindparam("end", type_=_UTC_TYPE),
        )
        rows = session.execute(
            statement, {"site": site_id, "start": start, "end": end, "zone": LOCAL_TZ.key}
        )
        for day, count in rows:
            counts[day] += count
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
    statement = text(
        f"SELECT codes.value, count(DISTINCT {table}.id) FROM {table} "
        f"CROSS JOIN LATERAL json_array_elements_text({table}.{codes_column}) AS codes(value) "
        f"WHERE {where} GROUP BY codes.value"
    ).bindparams(*binds)
    return {str(code): count for code, count in session.execute(statement, params)}


def median_days_between(session: Session, start_column, end_column, where) -> float | None:  # type: ignore[no-untyped-def]
    """Median of (end − start) in days over the rows matching `where`; None if there are none."""
    if is_sqlite(session):
        duration = func.julianday(end_column) - func.julianday(start_column)
        total = int(session.execute(select(func.count()).where(*where)).scalar_one())
        if total == 0:
            return None
        middle = session.execute(
            select(duration)
            .where(*where)
            .order_by(duration)
            .offset((total - 1) // 2)
            .limit(1 if total % 2 else 2)
        ).scalars()
        values = [float(value) for value in middle]
        return sum(values) / len(values)
    seconds = func.extract("epoch", end_column - start_column)
    median = session.execute(
        select(func.percentile_cont(0.5).within_group(seconds)).where(*where)
    ).scalar_one()
    return None if median is None else float(median) / 86400


def lock_rows(session: Session, table, ids) -> None:  # type: ignore[no-untyped-def]
    """Hold these rows until the transaction ends, always in the same order (by id) so two
    desks locking the same rows never wait on each other in a circle: `SELECT … FOR UPDATE` on
    PostgreSQL; nothing on SQLite, whose writes already run one at a time (BEGIN IMMEDIATE)."""
    if is_sqlite(session):
        return
    session.execute(
        select(table.id).where(table.id.in_(list(ids))).order_by(table.id).with_for_update()
    ).all()


LIVE_CHANNEL = "aiguillage"
# session.info key: the topics to tell the other desks about once the session's write commits
NOTICES = "aiguillage.notices"


def notify(session: Session, topic: str) -> None:
    """Tell the other desks that `topic` changed, once this write is committed (once per topic
    and transaction); nothing on SQLite, where a single desk works alone.

    The topics are sent by `app.db.write_session` right after its COMMIT, in the same message
    to the server but in a transaction of their own (`app.db.postgres.commit`): a NOTIFY inside
    the writing transaction would hold PostgreSQL's cluster-wide notification lock until the
    commit is on disk, and every desk's notifying commit would wait for the others' in turn."""
    if is_sqlite(session):
        return
    topics = session.info.setdefault(NOTICES, [])
    if topic not in topics:
        topics.append(topic)


def insert_for_updated_row(session: Session, update, table, values: dict, link: str) -> bool:  # type: ignore[no-untyped-def]
    """Run `update` (of at most one row, returning its id) and, if it changed a row, insert
    `values` into `table` with the column `link` set to that row's id. True if both were done,
    False if the update found no row (and nothing was inserted).

    One statement on PostgreSQL (WITH … UPDATE … RETURNING feeding the INSERT: a round trip
    fewer); the two statements on SQLite, which has no data-modifying WITH."""
    if is_sqlite(session):
        touched = session.execute(update).first()
        if touched is None:
            return False
        session.execute(insert(table).values({**values, link: touched[0]}))
        return True
    touched = update.cte("touched")
    columns = [table.c[name] for name in values]
    source = select(
        *(literal(values[column.name], column.type) for column in columns),
        touched.c[0],
    )
    statement = (
        insert(table)
        .from_select([*values, link], source)
        .add_cte(touched)
        .returning(table.c[link])
    )
    return session.execute(statement).first() is not None


# The refusal of a second held session over an agent's time (migration 0004_appointments):
# PostgreSQL's exclusion_violation, or the SQLite trigger's word.
_EXCLUSION_VIOLATION = "23P01"
_OVERLAP_WORD = "appointment_session_overlap"


def is_overlap_refusal(error: BaseException) -> bool:
    """True when the database refused an appointment session because the agent already gives
    that time to another one (found by the database itself, e.g. booked at the same instant by
    another desk)."""
    original = getattr(error, "orig", error)
    if getattr(original, "sqlstate", None) == _EXCLUSION_VIOLATION:
        return True
    return _OVERLAP_WORD in str(original)
