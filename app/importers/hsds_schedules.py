"""HSDS schedule rows (RFC 5545 recurrence parts) as an OpenStreetMap opening hours string.

What OpenStreetMap can say is converted:
- `freq` WEEKLY (or empty) with `byday` days: « Mo-We 09:00-12:00 »;
- `freq` MONTHLY with numbered days (`2MO`, `-1FR`): « Mo[2] 09:00-12:00 »;
- `valid_from` / `valid_to` (or `until`): a date range in front, « 2026 Jan 05-2026 Jun 30 Mo … ».
What it cannot (an interval, days of the month, rows without times…) is kept as text for the
notes, and the caller warns about it. Times are read as local times (a « Z » or an offset after
them is ignored: French directories give wall-clock times).
"""

import re
from dataclasses import dataclass, field
from datetime import date

from app.errors import UserError
from app.i18n import translate
from app.opening_hours import OSM_DAYS, build_hours, describe_hours, validate_hours

_TIME = re.compile(r"^(\d{1,2}):(\d{2})")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_NUMBERED_DAY = re.compile(r"^([+-]?[1-5])?([A-Z]{2})$")
_UNSUPPORTED = ("byweekno", "bymonthday", "byyearday", "count")


@dataclass
class ScheduleHours:
    hours: str = ""
    notes: list[str] = field(default_factory=list)


def _time(text: str) -> str:
    match = _TIME.match(text.strip())
    if not match:
        return ""
    hours, minutes = int(match.group(1)), int(match.group(2))
    if hours > 24 or minutes > 59:
        return ""
    return f"{hours:02d}:{minutes:02d}"


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()[:10]) if text.strip() else None
    except ValueError:
        raise ValueError(text) from None


def _osm_date(day: date) -> str:
    return f"{day.year} {_MONTHS[day.month - 1]} {day.day:02d}"


def _validity(row: dict[str, str]) -> str:
    """The OpenStreetMap date range of a row, « » when always valid; ValueError if unreadable."""
    starts = _day(row.get("valid_from", "") or row.get("dtstart", ""))
    ends = _day(row.get("valid_to", "") or row.get("until", ""))
    if starts and ends:
        if ends < starts:
            raise ValueError("range")
        return f"{_osm_date(starts)}-{_osm_date(ends)}"
    if starts:
        return f"{_osm_date(starts)}+"
    if ends:
        raise ValueError("open start")  # « until a date » has no OpenStreetMap form
    return ""


def _rules(row: dict[str, str]) -> tuple[str, list[tuple[int, str]]] | None:
    """(validity, [(day index, OSM day selector)]) of a row, None when OSM cannot say it."""
    if any(row.get(name, "").strip() for name in _UNSUPPORTED):
        return None
    if row.get("interval", "").strip() not in ("", "1"):
        return None
    freq = row.get("freq", "").strip().upper() or "WEEKLY"
    if freq not in ("WEEKLY", "MONTHLY"):
        return None
    try:
        validity = _validity(row)
    except ValueError:
        return None
    days: list[tuple[int, str]] = []
    for part in row.get("byday", "").upper().replace(" ", "").split(","):
        match = _NUMBERED_DAY.match(part)
        if not match or match.group(2)[:2].capitalize() not in OSM_DAYS:
            return None
        number, code = match.group(1), match.group(2).capitalize()
        if freq == "WEEKLY" and number:
            return None
        if freq == "MONTHLY" and not number:
            return None
        selector = f"{code}[{int(number)}]" if number else code
        days.append((OSM_DAYS.index(code), selector))
    return validity, days


def _days_and_times(row: dict[str, str]) -> str:
    """« samedi, 10 h – 12 h » when the days and times can be read, else the file's own text."""
    opens, closes = _time(row.get("opens_at", "")), _time(row.get("closes_at", ""))
    codes = []
    for part in row.get("byday", "").upper().replace(" ", "").split(","):
        match = _NUMBERED_DAY.match(part)
        if match and match.group(2).capitalize() in OSM_DAYS:
            codes.append(match.group(2).capitalize())
    if opens and closes and codes:
        try:
            return describe_hours(f"{','.join(dict.fromkeys(codes))} {opens}-{closes}")
        except UserError:
            pass
    times = "-".join(p for p in (row.get("opens_at", "")[:5], row.get("closes_at", "")[:5]) if p)
    return " ".join(p for p in (row.get("byday", "").strip(), times) if p)


def _note(row: dict[str, str]) -> str:
    """A schedule row as text for the notes: its own description, else its parts in words."""
    if row.get("description", "").strip():
        return row["description"].strip()
    parts = [_days_and_times(row)]
    interval = row.get("interval", "").strip()
    if interval not in ("", "1"):
        monthly = row.get("freq", "").strip().upper() == "MONTHLY"
        every = (
            translate("Directory", "every %1 months")
            if monthly
            else translate("Directory", "every %1 weeks")
        )
        parts.append(every.replace("%1", interval))
    if row.get("bymonthday", "").strip():
        parts.append(
            translate("Directory", "on days %1 of the month").replace(
                "%1", row["bymonthday"].strip()
            )
        )
    starts, ends = row.get("valid_from", "").strip(), row.get("valid_to", "").strip()
    if starts or ends:
        parts.append(
            translate("Directory", "from %1 to %2")
            .replace("%1", starts or "…")
            .replace("%2", ends or "…")
        )
    return ", ".join(part for part in parts if part)


def schedule_hours(rows: list[dict[str, str]]) -> ScheduleHours:
    """The opening hours of a service's schedule rows, and the rows kept as notes."""
    result = ScheduleHours()
    weekly: dict[str, list[list[tuple[str, str]]]] = {}
    monthly: list[str] = []
    for row in rows:
        opens, closes = _time(row.get("opens_at", "")), _time(row.get("closes_at", ""))
        rules = _rules(row) if opens and closes else None
        if rules is None:
            note = _note(row)
            if note and note not in result.notes:
                result.notes.append(note)
            continue
        validity, days = rules
        for index, selector in days:
            if "[" in selector:
                prefix = f"{validity} " if validity else ""
                monthly.append(f"{prefix}{selector} {opens}-{closes}")
            else:
                week = weekly.setdefault(validity, [[] for _ in range(7)])
                week[index].append((opens, closes))
    groups = []
    for validity, week in weekly.items():
        text = build_hours([sorted(set(ranges)) for ranges in week])
        if validity:
            text = ", ".join(f"{validity} {rule}" for rule in text.split("; "))
        groups.append(text)
    groups.extend(dict.fromkeys(monthly))
    if not groups:
        return result
    # one group alone keeps its « ; »; several are added to each other with « , » (a rule
    # after « ; » would replace what the others say of its days)
    hours = (
        groups[0]
        if len(groups) == 1
        else ", ".join(rule for group in groups for rule in group.split("; "))
    )
    try:
        result.hours = validate_hours(hours)
    except UserError:
        result.notes = [_note(row) for row in rows if _note(row)]
        result.hours = ""
    return result
