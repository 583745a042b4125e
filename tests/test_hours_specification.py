"""Opening hours built from the OpenStreetMap opening_hours specification's grammar (rule
sequences, separators, wide range selectors: years, months and dates, weeks; small range
selectors: weekdays with nth, holidays with offsets « PH +1 day »; times with extended hours,
open ends and events; rule modifiers and comments), not from the checker's own grammar: every
value the check accepts is described and evaluated without error, in both languages.

Specification: https://wiki.openstreetmap.org/wiki/Key:opening_hours/specification
"""

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.clock import LOCAL_TZ
from app.errors import UserError
from app.opening_hours import (
    describe_hours,
    is_open_now,
    next_opening,
    opening_state,
    validate_hours,
)

WEEKDAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

hour = st.integers(0, 24)
minute = st.sampled_from((0, 15, 30, 45, 59))
clock = st.builds(lambda h, m: f"{h:02d}:{m:02d}", hour, minute)
extended = st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 47), minute)
event = st.sampled_from(("sunrise", "sunset", "dawn", "dusk", "(sunrise+01:00)", "(sunset-00:30)"))
time_point = clock | event
timespan = st.one_of(
    st.builds(lambda a, b: f"{a}-{b}", time_point, extended),
    st.builds(lambda a, b: f"{a}-{b}", time_point, time_point),
    st.builds(lambda a: f"{a}+", time_point),  # open end
    st.builds(lambda a, b, n: f"{a}-{b}/{n}", clock, clock, st.sampled_from(("01:30", "90"))),
    time_point,
)
times = st.lists(timespan, min_size=1, max_size=3).map(",".join)

weekday = st.sampled_from(WEEKDAYS)
nth = st.sampled_from(("1", "2", "-1", "1-2", "1,3", "4"))
weekday_range = st.one_of(
    weekday,
    st.builds(lambda a, b: f"{a}-{b}", weekday, weekday),
    st.builds(lambda a, n: f"{a}[{n}]", weekday, nth),
    st.builds(
        lambda a, n, o: f"{a}[{n}] {o} day{'s' if abs(o) > 1 else ''}",
        weekday,
        nth,
        st.sampled_from((-1, 1, 2)),
    ),  # fmt: skip
)
weekdays = st.lists(weekday_range, min_size=1, max_size=3).map(",".join)
holiday = st.one_of(
    st.sampled_from(("PH", "SH")),
    st.builds(
        lambda h, o: f"{h} {o:+d} day{'s' if abs(o) > 1 else ''}",
        st.sampled_from(("PH", "SH")),
        st.sampled_from((-2, -1, 1, 2)),
    ),  # fmt: skip
)
holidays = st.lists(holiday, min_size=1, max_size=2).map(",".join)
small_range = st.one_of(
    weekdays,
    holidays,
    st.builds(lambda h, w: f"{h},{w}", holidays, weekdays),
    st.builds(lambda h, w: f"{h} {w}", holidays, weekdays),
)

month = st.sampled_from(MONTHS)
daynum = st.integers(1, 28).map(lambda d: f"{d:02d}")
year = st.integers(2024, 2030).map(str)
monthday_range = st.one_of(
    month,
    st.builds(lambda a, b: f"{a}-{b}", month, month),
    st.builds(lambda m, d: f"{m} {d}", month, daynum),
    st.builds(lambda m, d, e: f"{m} {d}-{e}", month, daynum, daynum),
    st.builds(lambda m, d, n, e: f"{m} {d}-{n} {e}", month, daynum, month, daynum),
    st.builds(lambda y, m, d: f"{y} {m} {d}", year, month, daynum),
    st.sampled_from(("easter", "easter +1 day", "Dec 25 -1 day")),
)
week = st.one_of(
    st.builds(lambda a: f"week {a:02d}", st.integers(1, 53)),
    st.builds(
        lambda a, b, s: f"week {a:02d}-{b:02d}/{s}",
        st.integers(1, 26),
        st.integers(27, 53),
        st.integers(1, 4),
    ),  # fmt: skip
)
wide_range = st.one_of(
    st.lists(monthday_range, min_size=1, max_size=2).map(",".join),
    week,
    st.builds(lambda y: y, year),
    st.builds(lambda a, b: f"{a}-{b}", year, year),
    st.builds(lambda y, m: f"{y} {m}", year, monthday_range),
)
modifier = st.sampled_from(("", " open", " closed", " off", " unknown", ' "sur rendez-vous"',
                            ' off "fermé le midi"', ' unknown "à confirmer"'))  # fmt: skip
comment = st.sampled_from(('"sur rendez-vous"', '"fermé pendant les travaux"'))


def _rule(wide: str | None, small: str | None, spans: str | None, mod: str) -> str:
    parts = [part for part in (wide, small, spans) if part]
    return (" ".join(parts) + mod).strip()


rule = st.one_of(
    st.just("24/7"),
    comment,
    st.builds(
        _rule,
        st.none() | wide_range,
        st.none() | small_range,
        st.none() | times,
        modifier,
    ).filter(bool),
)
separator = st.sampled_from(("; ", ", ", " || "))
rule_sequence = st.builds(
    lambda first, rest: first + "".join(sep + r for sep, r in rest),
    rule,
    st.lists(st.tuples(separator, rule), max_size=3),
)

MOMENTS = (
    datetime(2026, 12, 24, 11, 0, tzinfo=LOCAL_TZ),
    datetime(2027, 1, 1, 9, 30, tzinfo=LOCAL_TZ),  # a public holiday
    datetime(2027, 1, 2, 23, 59, tzinfo=LOCAL_TZ),  # the day after
    datetime(2026, 3, 29, 1, 0, tzinfo=UTC),  # just after the clocks go forward
)


def test_holidays_with_offsets_are_accepted_and_described():
    for text in ("Mo-Fr 09:00-12:00; PH off; PH +1 day off", "PH -1 day 09:00-12:00"):
        normalised = validate_hours(text)
        assert describe_hours(normalised)
        for moment in MOMENTS:
            opening_state(normalised, [], moment)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rule_sequence)
def test_every_value_of_the_specification_the_check_accepts_is_described_and_evaluated(text):
    try:
        normalised = validate_hours(text)
    except UserError as error:
        assert error.message.startswith(("Horaires", "Les horaires"))
        return
    for language in ("fr", "en"):
        assert isinstance(describe_hours(normalised, language), str)
    for moment in MOMENTS:
        state = opening_state(normalised, [], moment)
        assert state.text
        is_open_now(normalised, [], moment)
        opening = next_opening(normalised, [], moment)
        assert opening is None or opening >= moment
