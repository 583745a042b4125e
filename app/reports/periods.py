"""Report periods: Paris calendar days from a first to a last day, both included."""

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.clock import period_bounds
from app.errors import UserError
from app.i18n import translate


def month_abbreviation(month: int) -> str:
    """A short month name for chart axes (« janv. »)."""
    names = (
        translate("ReportMonthAbbreviations", "Jan"),
        translate("ReportMonthAbbreviations", "Feb"),
        translate("ReportMonthAbbreviations", "Mar"),
        translate("ReportMonthAbbreviations", "Apr"),
        translate("ReportMonthAbbreviations", "May"),
        translate("ReportMonthAbbreviations", "Jun"),
        translate("ReportMonthAbbreviations", "Jul"),
        translate("ReportMonthAbbreviations", "Aug"),
        translate("ReportMonthAbbreviations", "Sep"),
        translate("ReportMonthAbbreviations", "Oct"),
        translate("ReportMonthAbbreviations", "Nov"),
        translate("ReportMonthAbbreviations", "Dec"),
    )
    return names[month - 1]


def month_name(month: int) -> str:
    """The translated name of a month (1-12), lower case in French."""
    names = (
        translate("ReportPeriods", "January"),
        translate("ReportPeriods", "February"),
        translate("ReportPeriods", "March"),
        translate("ReportPeriods", "April"),
        translate("ReportPeriods", "May"),
        translate("ReportPeriods", "June"),
        translate("ReportPeriods", "July"),
        translate("ReportPeriods", "August"),
        translate("ReportPeriods", "September"),
        translate("ReportPeriods", "October"),
        translate("ReportPeriods", "November"),
        translate("ReportPeriods", "December"),
    )
    return names[month - 1]


def _month_end(year: int, month: int) -> date:
    following = date(year + (month == 12), month % 12 + 1, 1)
    return following - timedelta(days=1)


def _shift_year(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class Period:
    """Paris days `first`..`last` (both included); `kind` is month, quarter, year or custom."""

    first: date
    last: date
    kind: str = "custom"

    @classmethod
    def month(cls, year: int, month: int) -> "Period":
        return cls(date(year, month, 1), _month_end(year, month), "month")

    @classmethod
    def quarter(cls, year: int, quarter: int) -> "Period":
        first_month = 3 * (quarter - 1) + 1
        return cls(date(year, first_month, 1), _month_end(year, first_month + 2), "quarter")

    @classmethod
    def year(cls, year: int) -> "Period":
        return cls(date(year, 1, 1), date(year, 12, 31), "year")

    @classmethod
    def custom(cls, first: date, last: date) -> "Period":
        if last < first:
            raise UserError(translate("ReportPeriods", "The end date is before the start date."))
        if not (1900 < first.year and last.year < 2200):
            raise UserError(
                translate("ReportPeriods", "Please choose dates between 1901 and 2199.")
            )
        if (last - first).days > 3660:
            raise UserError(translate("ReportPeriods", "Please choose ten years at most."))
        return cls(first, last, "custom")

    def calendar(self) -> "Period":
        """The same days as a month, quarter or year when they are exactly one."""
        first, last = self.first, self.last
        if first.day == 1:
            for candidate in (
                Period.month(first.year, first.month),
                Period.quarter(first.year, (first.month - 1) // 3 + 1),
                Period.year(first.year),
            ):
                if candidate.first == first and candidate.last == last:
                    return candidate
        return self

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def bounds(self) -> tuple[datetime, datetime]:
        """[start, end) in UTC."""
        return period_bounds(self.first, self.last)

    def day_list(self) -> list[date]:
        return [self.first + timedelta(days=offset) for offset in range(self.days)]

    def months(self) -> list["Period"]:
        """The calendar months this period covers, each cut to the period."""
        result = []
        year, month = self.first.year, self.first.month
        while date(year, month, 1) <= self.last:
            first = max(self.first, date(year, month, 1))
            last = min(self.last, _month_end(year, month))
            result.append(Period(first, last, "month" if first.day == 1 else "custom"))
            year, month = year + (month == 12), month % 12 + 1
        return result

    def previous(self) -> "Period":
        """The period just before: previous month, quarter or year, or as many days before."""
        if self.kind == "month":
            before = self.first - timedelta(days=1)
            return Period.month(before.year, before.month)
        if self.kind == "quarter":
            before = self.first - timedelta(days=1)
            return Period.quarter(before.year, (before.month - 1) // 3 + 1)
        if self.kind == "year":
            return Period.year(self.first.year - 1)
        return Period(self.first - timedelta(days=self.days), self.first - timedelta(days=1))

    def year_before(self) -> "Period":
        """The same period one year earlier."""
        if self.kind == "month":
            return Period.month(self.first.year - 1, self.first.month)
        if self.kind == "quarter":
            return Period.quarter(self.first.year - 1, (self.first.month - 1) // 3 + 1)
        if self.kind == "year":
            return Period.year(self.first.year - 1)
        return Period(_shift_year(self.first, -1), _shift_year(self.last, -1))

    def label(self) -> str:
        """« octobre 2026 », « 3e trimestre 2026 », « année 2026 », « du 01/10/2026 au … »."""
        if self.kind == "month":
            return f"{month_name(self.first.month)} {self.first.year}"
        if self.kind == "quarter":
            quarter = (self.first.month - 1) // 3 + 1
            return (
                translate("ReportPeriods", "quarter %1 of %2")
                .replace("%1", str(quarter))
                .replace("%2", str(self.first.year))
            )
        if self.kind == "year":
            return translate("ReportPeriods", "year %1").replace("%1", str(self.first.year))
        return (
            translate("ReportPeriods", "from %1 to %2")
            .replace("%1", self.first.strftime("%d/%m/%Y"))
            .replace("%2", self.last.strftime("%d/%m/%Y"))
        )

    def short_label(self) -> str:
        """A compact label for table headers: « 10/2026 », « T3 2026 », « 2026 »."""
        if self.kind == "month":
            return self.first.strftime("%m/%Y")
        if self.kind == "quarter":
            quarter = (self.first.month - 1) // 3 + 1
            return (
                translate("ReportPeriods", "Q%1 %2")
                .replace("%1", str(quarter))
                .replace("%2", str(self.first.year))
            )
        if self.kind == "year":
            return str(self.first.year)
        return f"{self.first.strftime('%d/%m/%y')}–{self.last.strftime('%d/%m/%y')}"

    def slug(self) -> str:
        """For file names: 2026-10, 2026-T3, 2026, 2026-10-01_2026-10-31."""
        if self.kind == "month":
            return self.first.strftime("%Y-%m")
        if self.kind == "quarter":
            return f"{self.first.year}-T{(self.first.month - 1) // 3 + 1}"
        if self.kind == "year":
            return str(self.first.year)
        return f"{self.first.isoformat()}_{self.last.isoformat()}"


def parse_month(text: str) -> Period:
    match = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", text or "")
    if not match or not 1 <= int(match.group(2)) <= 12 or not 1900 < int(match.group(1)) < 2200:
        raise UserError(
            translate("ReportPeriods", "“%1” is not a month: write it like 2026-10.").replace(
                "%1", text or ""
            )
        )
    return Period.month(int(match.group(1)), int(match.group(2)))


def parse_year(text: str) -> Period:
    match = re.fullmatch(r"\s*(\d{4})\s*", str(text or ""))
    if not match or not 1900 < int(match.group(1)) < 2200:
        raise UserError(
            translate("ReportPeriods", "“%1” is not a year: write it like 2026.").replace(
                "%1", str(text or "")
            )
        )
    return Period.year(int(match.group(1)))


def parse_day(text: str) -> date:
    """A date written 2026-10-31 or 31/10/2026."""
    text = (text or "").strip()
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise UserError(
        translate("ReportPeriods", "“%1” is not a date: write it like 2026-10-31.").replace(
            "%1", text
        )
    )


# Until this day of the month, the month just finished is the one a coordinator prints.
LAST_MONTH_UNTIL_DAY = 10


def proposed_month(today: date) -> tuple[Period, str]:
    """The month the Reports page opens on, and why, in one sentence: the month just finished
    during the first ten days (its summary is the one due), else the month so far."""
    if today.day <= LAST_MONTH_UNTIL_DAY:
        last = today.replace(day=1) - timedelta(days=1)
        period = Period.month(last.year, last.month)
        why = translate("Reports", "%1 is proposed: it is the month just finished.")
    else:
        period = Period.month(today.year, today.month)
        why = translate("Reports", "%1 is proposed: the month so far, until today.")
    sentence = why.replace("%1", period.label())
    return period, sentence[:1].upper() + sentence[1:]
