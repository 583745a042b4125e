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
    pdf_limit: int | None = None  # on paper, the first rows then one row adding up the others


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
    # consolidated: (site, key fingerprint) of the packages set aside, their key not accepted yet
    waiting_keys: list[tuple[str, str]] = field(default_factory=list)
    # consolidated: the sites, in the order of their columns (on paper, many sites get short
    # labels S1, S2… with a legend, and their tables are cut into blocks of a few sites)
    site_columns: list[str] = field(default_factory=list)

    def all_tables(self) -> list[Table]:
        return [self.key_table, *self.tables]


def rows_for_paper(table: Table, others_label: str) -> list[list[Cell]]:
    """The rows printed: all of them, or the first `pdf_limit` and one row adding up the rest
    (`others_label` gets the number of rows added up as %1)."""
    if table.pdf_limit is None or len(table.rows) <= table.pdf_limit + 1:
        return table.rows
    shown, rest = table.rows[: table.pdf_limit], table.rows[table.pdf_limit :]
    sums: list[Cell] = []
    for column in range(1, len(table.columns)):
        values = [row[column] for row in rest]
        if all(isinstance(value, int) for value in values):
            sums.append(sum(values))  # type: ignore[arg-type]
        elif all(isinstance(value, int | float) for value in values):
            sums.append(round(sum(values), 1))  # type: ignore[arg-type]
        else:
            sums.append(None)
    return [*shown, [others_label.replace("%1", str(len(rest))), *sums]]


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
