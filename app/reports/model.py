"""What a report is, whatever it is printed on: titled tables of plain values, and charts drawn
from the same values. The PDF, CSV and XLSX writers all read this, so their numbers agree.

A cell is an int, a float (already rounded as it must be shown), a str, or None (no value: « — »
in the PDF, an empty cell in CSV and XLSX).
"""

from dataclasses import dataclass, field
from datetime import date

from app.reports.periods import Period

Cell = int | float | str | None


@dataclass
class Table:
    key: str  # stable, for file and sheet names: "chiffres-cles"
    title: str
    columns: list[str]
    rows: list[list[Cell]]
    note: str = ""
    in_pdf: bool = True  # False: too long for paper (the chart shows it), exports only


@dataclass
class Chart:
    kind: str  # "bars" (vertical, one or two series) or "hbars" (horizontal, one series)
    title: str
    labels: list[str]
    series: list[list[float]]
    series_names: list[str] = field(default_factory=list)


@dataclass
class Report:
    kind: str  # "monthly" or "annual"
    title: str
    site_name: str
    period: Period
    generated_on: date
    key_table: Table
    tables: list[Table]
    charts: list[Chart]
    methods: list[str]

    def all_tables(self) -> list[Table]:
        return [self.key_table, *self.tables]


def format_cell(value: Cell) -> str:
    """French display: 1 234 (no-break space), 62,5, « — » for no value."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", "\u00a0")
    if isinstance(value, float):
        whole = f"{value:,.1f}".replace(",", "\u00a0").replace(".", ",")
        return whole
    return value


def csv_cell(value: Cell) -> str:
    """CSV for French spreadsheets: no thousands separator, decimal comma, empty for none."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return str(value)


def percent(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def one_decimal(value: float | None) -> float | None:
    return None if value is None else round(value, 1)
