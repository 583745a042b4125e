"""Opening hours of partner services: OpenStreetMap `opening_hours` strings, evaluated offline.

Strings are parsed by the `opening-hours-py` package with country FR (so French public holidays
count) in the Europe/Paris time zone. Parsed expressions are cached per string: a directory of
thousands of services shares a few dozen distinct strings.

- `validate_hours(text)` returns the normalised string or raises a French `UserError`.
- `describe_hours(text, language)` says the weekly hours in words (fr, en, es, uk, ar).
- `opening_state(text, closures, now, language)` gives "open now" and when that changes,
  taking temporary closures (`starts_on`, `ends_on`, `message`) into account.
- `next_opening(text, closures, now)` is the next moment the service is open.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any, Protocol

from opening_hours import OpeningHours, State

from app.clock import LOCAL_TZ, to_local
from app.errors import UserError
from app.i18n import translate
from app.opening_hours_words import DAYS as _DAYS
from app.opening_hours_words import DAYS_UK_AFTER_AT as _DAYS_UK_AFTER_AT
from app.opening_hours_words import MONTHS as _MONTHS
from app.opening_hours_words import MONTHS_CLOSED as _MONTHS_CLOSED
from app.opening_hours_words import MONTHS_NAMED as _MONTHS_NAMED
from app.opening_hours_words import STATE_WORDS as _STATE_WORDS
from app.opening_hours_words import WORDS as _WORDS

MAX_LENGTH = 1000
EXAMPLE = "Mo-Fr 08:30-12:30,14:00-17:00; PH off"

# A week without French public holidays, and a public holiday on each day of the week.
_REFERENCE_MONDAY = date(2025, 3, 3)
_PUBLIC_HOLIDAYS = (
    date(2025, 4, 21),  # Easter Monday
    date(2025, 11, 11),  # Tuesday
    date(2025, 1, 1),  # Wednesday
    date(2025, 5, 1),  # Thursday
    date(2025, 8, 15),  # Friday
    date(2025, 11, 1),  # Saturday
    date(2026, 11, 1),  # Sunday
)
_SIMPLE_WORDS = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su", "PH", "off", "closed", "open"}
# How far ahead we look for the next opening (the parser treats longer gaps as "never").
_HORIZON_DAYS = 366


class Closure(Protocol):
    starts_on: date
    ends_on: date
    message: str


@dataclass(frozen=True)
class OpeningState:
    """Whether a service is open at a moment, a short sentence, and when that changes."""

    is_open: bool
    text: str
    next_change: datetime | None


@lru_cache(maxsize=4096)
def _parse(text: str) -> OpeningHours:
    """The parsed expression for an already valid string (cached)."""
    return OpeningHours(text, timezone=LOCAL_TZ, country="FR", max_interval_days=_HORIZON_DAYS)


# ---------------------------------------------------------------- validation


def _parser_hint(message: str) -> str:
    """What the parser expected, in words."""
    expected = re.search(r"expected (.+)", message)
    wanted = expected.group(1) if expected else ""
    if re.search(r"\b(extended_time|time|hour_minutes)\b", wanted):
        return translate("Directory", "a time like 08:30 is expected here")
    if re.search(r"\bwday\b", wanted):
        return translate("Directory", "a day like Mo, Tu, We, Th, Fr, Sa or Su is expected here")
    if re.search(r"\btimespan\b", wanted):
        return translate("Directory", "a time range like 09:00-12:00 is expected here")
    return translate("Directory", "this part is not understood")


def validate_hours(text: str) -> str:
    """The normalised opening hours string; "" means the hours are not known.

    Raises UserError (French) pointing at the position of the problem.
    """
    cleaned = " ".join((text or "").replace("\u00a0", " ").split())
    if not cleaned:
        return ""
    if len(cleaned) > MAX_LENGTH:
        raise UserError(
            translate("Directory", "The opening hours are too long (1000 characters at most).")
        )
    try:
        parsed = OpeningHours(cleaned, timezone=LOCAL_TZ, country="FR")
    except Exception as error:  # the parser raises its own SyntaxError subclasses
        message = str(error)
        found = re.search(r"-->\s*\d+:(\d+)", message)
        column = int(found.group(1)) if found else 1
        near = cleaned[column - 1 : column + 9] or translate("Directory", "the end")
        raise UserError(
            translate(
                "Directory",
                "Opening hours not understood at character %1 (near « %2 »): %3. Example: %4",
            )
            .replace("%1", str(column))
            .replace("%2", near)
            .replace("%3", _parser_hint(message))
            .replace("%4", EXAMPLE)
        ) from None
    return _prefer_off(str(parsed))


def _prefer_off(text: str) -> str:
    """The parser writes « closed »; « off » is the usual word (comments left untouched)."""
    parts = text.split('"')
    for index in range(0, len(parts), 2):
        parts[index] = re.sub(r"\bclosed\b", "off", parts[index])
    return '"'.join(parts)


@lru_cache(maxsize=8192)
def _checked(text: str) -> str:
    """A valid normalised string, or "" when the stored text cannot be read."""
    try:
        return validate_hours(text)
    except UserError:
        return ""


# ---------------------------------------------------------------- words


def _language(language: str) -> str:
    return language if language in _WORDS else "fr"


def format_time(moment: time, language: str = "fr") -> str:
    """8 h 30 / 14 h in French, 8:30 / 14:00 elsewhere."""
    if _language(language) == "fr":
        return f"{moment.hour} h" if moment.minute == 0 else f"{moment.hour} h {moment.minute:02d}"
    return f"{moment.hour}:{moment.minute:02d}"


def _join(items: list[str], language: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + _WORDS[language]["and"] + items[-1]


Range = tuple[tuple[int, int], tuple[int, int]]


def _day_ranges(parsed: OpeningHours, day: date) -> tuple[Range, ...]:
    """Open ranges of one day as ((h, m), (h, m)) pairs, an end at midnight shown as 24:00."""
    start = datetime.combine(day, time.min, tzinfo=LOCAL_TZ)
    end = start + timedelta(days=1)
    ranges: list[Range] = []
    for begin, finish, state, _comment in parsed.intervals(start, end):
        if state != State.OPEN:
            continue
        finish_hm = (24, 0) if finish >= end else (finish.hour, finish.minute)
        ranges.append(((begin.hour, begin.minute), finish_hm))
    return tuple(ranges)


def _holiday_rule(parsed: OpeningHours, week: list[tuple[Range, ...]]) -> tuple[Range, ...] | None:
    """How public holidays differ from the week: None when they don't, () when closed, else
    their own hours (the same whatever the day)."""
    holidays = [_day_ranges(parsed, day) for day in _PUBLIC_HOLIDAYS]
    if holidays == week:
        return None
    if not any(holidays):
        return ()
    special = {ranges for ranges, regular in zip(holidays, week, strict=True) if ranges != regular}
    return special.pop() if len(special) == 1 else holidays[0]


def _ranges_text(ranges: tuple[Range, ...], language: str) -> str:
    def one(hm: tuple[int, int]) -> str:
        if hm == (24, 0):
            return "24 h" if language == "fr" else "24:00"
        return format_time(time(*hm), language)

    return _join([f"{one(a)} – {one(b)}" for a, b in ranges], language)


def _days_text(days: list[int], language: str) -> str:
    names = _DAYS[language]
    runs: list[list[int]] = []
    for day in days:
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts: list[str] = []
    for run in runs:
        if len(run) >= 3:
            parts.append(_WORDS[language]["range"].format(a=names[run[0]], b=names[run[-1]]))
        else:
            parts.extend(names[d] for d in run)
    return _join(parts, language)


def _is_simple(text: str) -> bool:
    """Only weekdays, times and public holidays: the weekly description says it all."""
    if any(mark in text for mark in ('"', "|", "+", "[", "week")):
        return False
    if "/" in text.replace("24/7", ""):
        return False
    return all(word in _SIMPLE_WORDS for word in re.findall(r"[A-Za-z]+", text))


_OSM_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS_OFF = re.compile(r"^({m})(?:-({m}))? (?:off|closed)$".format(m="|".join(_OSM_MONTHS)))


def _split_month_closures(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Take whole-month closures ("Aug off", "Jul-Aug off") off the end of the weekly rules:
    they only close the months when no weekly rule comes after them."""
    rules = [rule.strip() for rule in text.split(";") if rule.strip()]
    months: list[tuple[int, int]] = []
    kept: list[str] = []
    for rule in rules:
        found = _MONTHS_OFF.match(rule)
        if found:
            first = _OSM_MONTHS.index(found.group(1))
            months.append((first, _OSM_MONTHS.index(found.group(2) or found.group(1))))
        elif months and not rule.startswith("PH"):
            return text, []  # a weekly rule after the month: leave the string as written
        else:
            kept.append(rule)
    return "; ".join(kept), months


def _months_text(months: list[tuple[int, int]], language: str) -> str:
    names = _MONTHS_NAMED[language].split()
    single, span = _MONTHS_CLOSED[language]
    return _WORDS[language]["groups"].join(
        single.format(m=names[a]) if a == b else span.format(a=names[a], b=names[b])
        for a, b in months
    )


@lru_cache(maxsize=4096)
def describe_hours(text: str, language: str = "fr") -> str:
    """The weekly hours in words, e.g. « du lundi au vendredi, 8 h 30 – 12 h 30 et 14 h – 17 h ».

    Strings with seasons, dates or comments are returned as written (partner data is not
    translated). An empty or unreadable string says the hours are not known.
    """
    language = _language(language)
    words = _WORDS[language]
    normalised = _checked(text)
    if not normalised:
        return words["unknown"]
    weekly, months = _split_month_closures(normalised)
    if months and weekly and _is_simple(weekly):
        return describe_hours(weekly, language) + words["groups"] + _months_text(months, language)
    if not _is_simple(normalised):
        return normalised
    parsed = _parse(normalised)
    week = [_day_ranges(parsed, _REFERENCE_MONDAY + timedelta(days=d)) for d in range(7)]
    if all(r == (((0, 0), (24, 0)),) for r in week):
        sentence = words["always"]
    else:
        groups: dict[tuple[Range, ...], list[int]] = {}
        for day, ranges in enumerate(week):
            if ranges:
                groups.setdefault(ranges, []).append(day)
        if not groups:
            sentence = words["closed"]
        else:
            sentence = words["groups"].join(
                _days_text(days, language) + words["sep"] + _ranges_text(ranges, language)
                for ranges, days in groups.items()
            )
    holiday = _holiday_rule(parsed, week) if "PH" in normalised else None
    if holiday == ():
        sentence += words["groups"] + words["ph_closed"]
    elif holiday:
        sentence += words["groups"] + words["ph_hours"].format(t=_ranges_text(holiday, language))
    return sentence


# ---------------------------------------------------------------- weekly table

OSM_DAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
Week = list[list[tuple[str, str]]]


@dataclass(frozen=True)
class WeeklyHours:
    """Hours as a table: for each day Monday..Sunday, the ("08:30", "12:30") ranges."""

    days: Week
    closed_on_public_holidays: bool


def _hm(pair: tuple[int, int]) -> str:
    return f"{pair[0]:02d}:{pair[1]:02d}"


def weekly_hours(text: str) -> WeeklyHours | None:
    """The table of a simple weekly string; None when the string says more than a week can."""
    normalised = _checked(text)
    if not normalised:
        return WeeklyHours([[] for _ in range(7)], False) if not (text or "").strip() else None
    if not _is_simple(normalised):
        return None
    parsed = _parse(normalised)
    days = [
        [(_hm(a), _hm(b)) for a, b in _day_ranges(parsed, _REFERENCE_MONDAY + timedelta(days=d))]
        for d in range(7)
    ]
    week = [_day_ranges(parsed, _REFERENCE_MONDAY + timedelta(days=d)) for d in range(7)]
    holiday = _holiday_rule(parsed, week) if "PH" in normalised else None
    if holiday:
        return None  # special public holiday hours: only the text says them
    return WeeklyHours(days, holiday == () and any(week))


def build_hours(days: Week, closed_on_public_holidays: bool = False) -> str:
    """The OpenStreetMap string of a weekly table, e.g. « Mo-Fr 08:30-12:30; PH off »."""
    groups: dict[tuple[tuple[str, str], ...], list[int]] = {}
    for day, ranges in enumerate(days[:7]):
        key = tuple((a, b) for a, b in ranges if a and b)
        if key:
            groups.setdefault(key, []).append(day)
    rules = []
    for ranges, group_days in groups.items():
        runs: list[list[int]] = []
        for day in group_days:
            if runs and runs[-1][-1] == day - 1:
                runs[-1].append(day)
            else:
                runs.append([day])
        selector = ",".join(
            f"{OSM_DAYS[run[0]]}-{OSM_DAYS[run[-1]]}"
            if len(run) >= 3
            else ",".join(OSM_DAYS[d] for d in run)
            for run in runs
        )
        rules.append(selector + " " + ",".join(f"{a}-{b}" for a, b in ranges))
    if closed_on_public_holidays and rules:
        rules.append("PH off")
    return "; ".join(rules)


# ---------------------------------------------------------------- state now


def format_day(day: date, today: date | None = None, language: str = "fr") -> str:
    """« 3 janvier » (with the year when the day is more than 300 days away)."""
    language = _language(language)
    number = "1er" if day.day == 1 and language == "fr" else str(day.day)
    month = _MONTHS[language].split()[day.month - 1]
    text = _STATE_WORDS[language]["day"].format(n=number, m=month)
    if today is not None and (day - today).days > 300:
        text += f" {day.year}"
    return text


def _closure_on(closures: Sequence[Any], day: date) -> Any | None:
    for closure in closures:
        if closure.starts_on <= day <= closure.ends_on:
            return closure
    return None


def _local(now: datetime) -> datetime:
    return to_local(now)


def next_opening(text: str, closures: Sequence[Closure], now: datetime) -> datetime | None:
    """The next moment (Europe/Paris, aware) the service is open, `now` itself if open now.

    None when the hours are unknown or no opening comes within a year.
    """
    normalised = _checked(text)
    if not normalised:
        return None
    parsed = _parse(normalised)
    moment = _local(now)
    limit = moment + timedelta(days=_HORIZON_DAYS)
    while moment < limit:
        closure = _closure_on(closures, moment.date())
        if closure is not None:
            moment = datetime.combine(closure.ends_on + timedelta(days=1), time.min, LOCAL_TZ)
            continue
        if parsed.is_open(moment):
            return moment
        following = parsed.next_change(moment)
        if following is None or following <= moment:
            return None
        moment = following.astimezone(LOCAL_TZ)
    return None


def _when(moment: datetime, now: datetime, language: str) -> str:
    """« à 12 h 30 », « demain à 8 h 30 », « lundi à 8 h 30 », « le 5 janvier à 9 h »."""
    words = _STATE_WORDS[language]
    hour = format_time(moment.time(), language)
    days = (moment.date() - now.date()).days
    if days == 0:
        return words["today"].format(t=hour)
    if days == 1:
        return words["tomorrow"].format(t=hour)
    if days < 7:
        names = _DAYS_UK_AFTER_AT if language == "uk" else _DAYS[language]
        return words["weekday"].format(d=names[moment.weekday()], t=hour)
    return words["date"].format(d=format_day(moment.date(), now.date(), language), t=hour)


def opening_state(
    text: str, closures: Sequence[Closure], now: datetime, language: str = "fr"
) -> OpeningState:
    """Open or closed at `now` (aware), in a short sentence, with the next change.

    « Ouvert — ferme à 12 h 30 », « Fermé — ouvre lundi à 8 h 30 »,
    « Fermé exceptionnellement jusqu'au 3 janvier (travaux) ».
    """
    language = _language(language)
    words = _STATE_WORDS[language]
    moment = _local(now)
    normalised = _checked(text)
    closure = _closure_on(closures, moment.date())
    if closure is not None:
        reopening = next_opening(normalised, closures, moment) if normalised else None
        sentence = words["closure"].format(d=format_day(closure.ends_on, moment.date(), language))
        if closure.message:
            sentence += f" ({closure.message})"
        return OpeningState(False, sentence, reopening)
    if not normalised:
        return OpeningState(False, words["unknown"], None)
    parsed = _parse(normalised)
    state = parsed.state(moment)[0]
    if state == State.UNKNOWN:
        return OpeningState(False, words["to_confirm"], None)
    if state == State.OPEN:
        change = parsed.next_change(moment)
        closure_start = _next_closure_start(closures, moment)
        if closure_start is not None and (change is None or closure_start < change):
            change = closure_start
        if change is None:
            return OpeningState(True, words["always_open"], None)
        change = change.astimezone(LOCAL_TZ)
        return OpeningState(True, words["closes"].format(w=_when(change, moment, language)), change)
    opening = next_opening(normalised, closures, moment)
    if opening is None:
        return OpeningState(False, words["closed"], None)
    return OpeningState(False, words["opens"].format(w=_when(opening, moment, language)), opening)


def _next_closure_start(closures: Sequence[Any], moment: datetime) -> datetime | None:
    starts = [c.starts_on for c in closures if c.starts_on > moment.date()]
    if not starts:
        return None
    return datetime.combine(min(starts), time.min, LOCAL_TZ)


def is_open_now(text: str, closures: Sequence[Any], now: datetime) -> bool:
    """Fast check used by the directory search."""
    moment = _local(now)
    if _closure_on(closures, moment.date()) is not None:
        return False
    normalised = _checked(text)
    return bool(normalised) and _parse(normalised).is_open(moment)
