"""Times are stored in UTC (aware datetimes); days, weeks and months are those of Europe/Paris.

In raw SQL, compare stored times through SQLAlchemy column expressions so the UTC type applies.
"""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

LOCAL_TZ = ZoneInfo("Europe/Paris")


# A desk on a server keeps time with its main PC: the difference between the server's clock and
# this PC's, measured each time the desk asks whether the server answers (app.db.server_answers),
# is added to this PC's time. Records made online and those kept on the desk read one clock.
_correction = timedelta(0)


def this_pc_now() -> datetime:
    """This PC's own clock, uncorrected (to measure it against the server's)."""
    return datetime.now(UTC)


def utcnow() -> datetime:
    """Now, UTC: on a desk on a server, the main PC's time as last measured."""
    return datetime.now(UTC) + _correction


def set_clock_correction(correction: timedelta) -> None:
    """The server's clock less this PC's; the records' default times follow too."""
    global _correction
    _correction = correction
    from models.base import use_clock  # loaded already: the desk has just asked its server

    use_clock(utcnow)


def to_local(moment: datetime) -> datetime:
    """A stored time (aware, or naive read as UTC) as an aware Europe/Paris time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(LOCAL_TZ)


def to_utc(moment: datetime) -> datetime:
    """An aware time, or a naive one read as Europe/Paris, as an aware UTC time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=LOCAL_TZ)
    return moment.astimezone(UTC)


def local_today(now: datetime | None = None) -> date:
    return to_local(now or utcnow()).date()


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """[start, end) of a Paris day, in UTC."""
    start = datetime.combine(day, time.min, tzinfo=LOCAL_TZ)
    end = datetime.combine(day + timedelta(days=1), time.min, tzinfo=LOCAL_TZ)
    return to_utc(start), to_utc(end)


def period_bounds(first_day: date, last_day: date) -> tuple[datetime, datetime]:
    """[start, end) in UTC of the Paris days first_day..last_day included."""
    return day_bounds(first_day)[0], day_bounds(last_day)[1]


def month_bounds(year: int, month: int) -> tuple[datetime, datetime]:
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return period_bounds(first, following - timedelta(days=1))
