"""Shared pieces of the demo writer: deterministic ids, stored time format, dates of visits."""

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from app.clock import LOCAL_TZ, local_today
from models.enums import AgeBand

MONTHS = 24


@dataclass(frozen=True)
class DemoSize:
    people: int
    visits: int
    referrals: int
    services: int


def stored_time(moment: datetime) -> str:
    """An aware UTC time as SQLAlchemy's DateTime stores it on SQLite (no offset)."""
    return moment.isoformat(" ", "microseconds")[:26]


class Ids:
    """Deterministic version-4 UUIDs, as the 32 hex digits the Uuid column stores."""

    def __init__(self, rng: random.Random) -> None:
        self._bits = rng.getrandbits

    def __call__(self) -> str:
        n = self._bits(128) & ~(0xF000 << 64) & ~(0xC000 << 48) | (0x4000 << 64) | (0x8000 << 48)
        return f"{n:032x}"


def weighted(rng: random.Random, items: Sequence, weights: Sequence[float], k: int) -> list:
    return rng.choices(items, weights=weights, k=k)


class DemoWriterBase:
    """What the steps of the demo share: the random source, "now", the row writer, the counts."""

    def __init__(self, session, cursor, size: DemoSize, rng: random.Random, now: datetime) -> None:  # type: ignore[no-untyped-def]
        self.session = session
        self.cursor = cursor
        self.size = size
        self.rng = rng
        self.now = now
        self.today = local_today(now)
        self.new_id = Ids(rng)
        self.counts: dict[str, int] = {}

    # -- helpers ---------------------------------------------------------------------------
    def insert(self, table: str, columns: Sequence[str], rows: list[tuple]) -> None:
        self.cursor.insert(table, columns, rows)
        self.counts[table] = self.counts.get(table, 0) + len(rows)

    def phone(self, prefix: str) -> str:
        r = self.rng.randrange
        return f"{prefix} {r(10, 100)} {r(10, 100)} {r(10, 100)} {r(10, 100)}"

    # -- visits ------------------------------------------------------------------------------
    def open_days(self) -> tuple[list[date], list[float]]:
        """Days with their weights: none on Sundays, fewer on Saturdays, in August, at Christmas."""
        days, weights = [], []
        day = self.today - timedelta(days=MONTHS * 365 // 12)
        while day <= self.today:
            weekday = day.weekday()
            if weekday != 6 or day == self.today:  # today always, so the "today" screens have data
                weight = 0.5 if weekday == 5 else 1.0
                if day.month == 8:
                    weight *= 0.4
                elif day.month == 12 and day.day > 22:
                    weight *= 0.3
                days.append(day)
                weights.append(weight)
            day += timedelta(days=1)
        return days, weights

    def visit_times(self, count: int, today_count: int) -> list[datetime]:
        """Aware UTC times of `count` visits during opening hours, the first `today_count` today."""
        rng = self.rng
        days, weights = self.open_days()
        picked = weighted(rng, days, weights, count)
        picked[:today_count] = [self.today] * min(today_count, count)
        midnight: dict[date, datetime] = {}
        random_ = rng.random
        times = []
        for day in picked:
            base = midnight.get(day)
            if base is None:
                base = datetime.combine(day, time(12), tzinfo=LOCAL_TZ)
                base = (base - timedelta(hours=12)).astimezone(UTC)
                midnight[day] = base
            draw = random_() * 7.5  # hours of opening: 9:00-12:30 and 13:30-17:30
            hours = 9 + draw if draw < 3.5 else 10 + draw
            moment = base + timedelta(hours=hours)
            if moment > self.now:  # a visit today, later than now: move it to earlier today
                earliest = max(base, self.now - timedelta(hours=8))
                span = max(int((self.now - earliest).total_seconds()), 1)
                moment = self.now - timedelta(seconds=rng.randrange(span))
            times.append(moment)
        return times


@dataclass(slots=True)
class DemoPerson:
    id: str
    first_name: str
    last_name: str
    birth_year: int
    gender: str
    commune: str
    postal_code: str
    language: str
    situation: list[str]
    first_seen: datetime | None = None
    last_seen: datetime | None = None


def age_bands() -> list[str]:
    """The age band of each age from 0 to 120."""
    limits = (
        (17, AgeBand.UNDER_18), (25, AgeBand.AGE_18_25), (35, AgeBand.AGE_26_35),
        (45, AgeBand.AGE_36_45), (55, AgeBand.AGE_46_55), (65, AgeBand.AGE_56_65),
        (120, AgeBand.OVER_65),
    )  # fmt: skip
    return [next(band.value for limit, band in limits if age <= limit) for age in range(121)]
