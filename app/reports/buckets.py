"""Figures for several consecutive periods (the months of a year) in one pass over the rows:
each row is put in its period by a CASE over the exact UTC bounds of the Paris months, which
stays right across the changes of time and is plain SQL on any database."""

import uuid
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import case, distinct, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from app.db.queries import unindexed
from app.reports.periods import Period
from models import Person, Referral, Visit
from models.enums import VisitKind


def _bucket(column, periods: list[Period]):  # type: ignore[no-untyped-def]
    """(CASE giving the index of the period a time falls in, the WHERE bounds)."""
    ends = [period.bounds()[1] for period in periods]
    start = periods[0].bounds()[0]
    index = case(*((column < end, number) for number, end in enumerate(ends)), else_=None)
    return index, (column >= start) & (column < ends[-1])


@dataclass
class VisitDigest:
    visits: int = 0
    anonymous: int = 0
    channels: Counter = field(default_factory=Counter)
    kinds: Counter = field(default_factory=Counter)


def visit_digests(session: Session, site_id: uuid.UUID, periods: list[Period]) -> list[VisitDigest]:
    """Per consecutive period: visits, anonymous visits, visits per channel and per kind."""
    index, within = _bucket(Visit.occurred_at, periods)
    anonymous = case((Visit.person_id.is_(None), 1), else_=0)
    rows = session.execute(
        select(index, Visit.channel, Visit.kind, anonymous, func.count())
        .where(unindexed(Visit.site_id) == site_id, within)
        .group_by(index, Visit.channel, Visit.kind, anonymous)
    )
    digests = [VisitDigest() for _ in periods]
    for number, channel, kind, is_anonymous, count in rows:
        digest = digests[number]
        digest.visits += count
        digest.anonymous += count if is_anonymous else 0
        digest.channels[channel] += count
        if kind != VisitKind.RECEPTION.value:
            digest.kinds[kind] += count
    return digests


def unique_people(
    session: Session, site_id: uuid.UUID, periods: list[Period]
) -> tuple[list[int], int]:
    """Different people with a file per period, and over all the periods together (each
    person once), from one pass: the distinct (period, person) pairs are counted twice."""
    index, within = _bucket(Visit.occurred_at, periods)
    pairs = (
        select(index.label("bucket"), Visit.person_id.label("person"))
        .where(unindexed(Visit.site_id) == site_id, within, Visit.person_id.is_not(None))
        .group_by(index, Visit.person_id)
        .cte("pairs")
    )
    statement = union_all(
        select(pairs.c.bucket, func.count()).group_by(pairs.c.bucket),
        select(literal(-1), func.count(distinct(pairs.c.person))),
    )
    per_period, overall = [0] * len(periods), 0
    for number, count in session.execute(statement):
        if number == -1:
            overall = int(count)
        else:
            per_period[number] = int(count)
    return per_period, overall


def referral_statuses(
    session: Session, site_id: uuid.UUID, periods: list[Period]
) -> list[dict[str, int]]:
    index, within = _bucket(Referral.created_at, periods)
    rows = session.execute(
        select(index, Referral.status, func.count())
        .where(unindexed(Referral.site_id) == site_id, within)
        .group_by(index, Referral.status)
    )
    result: list[dict[str, int]] = [{} for _ in periods]
    for number, status, count in rows:
        result[number][status] = int(count)
    return result


def new_people(session: Session, site_id: uuid.UUID, periods: list[Period]) -> list[int]:
    index, within = _bucket(Person.created_at, periods)
    rows = session.execute(
        select(index, func.count())
        .where(
            or_(Person.site_id == site_id, Person.site_id.is_(None)),
            Person.merged_into_id.is_(None),
            within,
        )
        .group_by(index)
    )
    result = [0] * len(periods)
    for number, count in rows:
        result[number] = int(count)
    return result
