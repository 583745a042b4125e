"""The tables of a report as CSV (UTF-8 with BOM, semicolons, decimal comma: Excel in French opens
it right) and as an XLSX workbook (openpyxl, one sheet per table). Exports are audited.

Text cells (partner names come from imported directories) that a spreadsheet would run as a
formula are quoted (app.spreadsheet_cells); numbers stay numbers.
"""

import csv
import io
import re
from pathlib import Path

from sqlalchemy.orm import Session

from app.errors import UserError
from app.i18n import translate
from app.permissions import Actor, Permission, require
from app.reports.model import Report, Table, csv_cell
from app.reports.pdf import write_bytes
from app.services import audit
from app.spreadsheet_cells import neutralise, neutralise_cell
from models.enums import AuditAction

FORMATS = ("csv", "xlsx")


def file_stem(report: Report) -> str:
    """« synthese_2026-10 » or « rapport-annuel_2026 »."""
    names = {"annual": "rapport-annuel", "consolidated": "synthese-consolidee"}
    name = names.get(report.kind, "synthese")
    return f"{name}_{report.period.slug()}"


def table_csv(table: Table) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([neutralise(column) for column in table.columns])
    for row in table.rows:
        writer.writerow([csv_cell(neutralise_cell(value)) for value in row])
    return buffer.getvalue().encode("utf-8-sig")


def write_csv_tables(report: Report, out_dir: Path) -> list[Path]:
    """One CSV file per table in `out_dir`; returns the files written."""
    written = []
    for table in report.all_tables():
        path = Path(out_dir) / f"{file_stem(report)}_{table.key}.csv"
        write_bytes(path, table_csv(table))
        written.append(path)
    return written


def _sheet_name(title: str, taken: set[str]) -> str:
    name = re.sub(r"[\[\]:*?/\\]", "-", title)[:31].strip() or "Feuille"
    candidate, number = name, 2
    while candidate.casefold() in taken:
        suffix = f" ({number})"
        candidate, number = name[: 31 - len(suffix)] + suffix, number + 1
    taken.add(candidate.casefold())
    return candidate


def workbook_bytes(report: Report) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    workbook.remove(workbook.active)
    taken: set[str] = set()
    for table in report.all_tables():
        sheet = workbook.create_sheet(_sheet_name(table.title, taken))
        sheet.append([neutralise(column) for column in table.columns])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append([neutralise_cell(value) for value in row])
        for row in sheet.iter_rows(min_row=2, min_col=2):
            for cell in row:
                if isinstance(cell.value, float):
                    cell.number_format = "0.0"
        sheet.column_dimensions["A"].width = max(
            [len(str(table.columns[0]))] + [len(str(row[0])) for row in table.rows] + [12]
        )
        for index in range(2, len(table.columns) + 1):
            sheet.column_dimensions[get_column_letter(index)].width = 14
        sheet.freeze_panes = "B2"
    workbook.properties.title = f"{report.title} — {report.period.label()}"
    workbook.properties.creator = "Aiguillage"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_xlsx(report: Report, out_dir: Path) -> Path:
    path = Path(out_dir) / f"{file_stem(report)}.xlsx"
    write_bytes(path, workbook_bytes(report))
    return path


def export_report(
    session: Session, actor: Actor, report: Report, fmt: str, out_dir: Path
) -> list[Path]:
    """Write the report's tables in `fmt` into `out_dir` and record the export in the audit log
    (in the caller's write transaction). Returns the files written."""
    require(actor, Permission.EXPORT_DATA)
    if fmt not in FORMATS:
        raise UserError(
            translate("Reports", "Unknown format “%1”: choose csv or xlsx.").replace("%1", fmt)
        )
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(
            translate("Reports", "“%1” is a file, not a folder.").replace("%1", str(out_dir))
        )
    files = write_csv_tables(report, out_dir) if fmt == "csv" else [write_xlsx(report, out_dir)]
    audit.record(
        session, actor, AuditAction.EXPORT, "report", f"{report.kind}:{report.period.slug()}"
    )
    return files
