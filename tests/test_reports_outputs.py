"""The PDF, the CSV files and the XLSX workbook of a report hold the same numbers."""

import csv
import io
import re
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader
from sqlmodel import select

from app.db import read_session, write_session
from app.errors import PermissionDenied, UserError
from app.reports.annual import build_annual_report
from app.reports.exports import export_report, file_stem
from app.reports.model import csv_cell, format_cell, rows_for_paper
from app.reports.monthly import build_monthly_report
from app.reports.pdf import render_report_pdf
from app.reports.periods import Period
from models import AuditEntry
from tests.reports_helpers import populate

NOW = datetime(2026, 11, 6, 10, tzinfo=UTC)


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def shown(value) -> str:
    return format_cell(value).replace("\u00a0", " ").strip()


@pytest.fixture
def filled(engine):
    populate(engine, first=date(2025, 9, 1), last=date(2026, 11, 5), per_day=3)
    return engine


@pytest.fixture
def monthly(filled, coordinator):
    with read_session(filled) as session:
        return build_monthly_report(session, coordinator, Period.month(2026, 10), now=NOW)


@pytest.fixture
def annual(filled, coordinator):
    with read_session(filled) as session:
        return build_annual_report(session, coordinator, 2026, now=NOW)


@pytest.mark.parametrize("which", ["monthly", "annual"])
def test_the_pdf_holds_every_key_figure_and_every_printed_table(which, request):
    report = request.getfixturevalue(which)
    text = pdf_text(render_report_pdf(report))
    assert report.site_name in text and "Pipriac" in text
    assert report.title in text
    assert report.period.label() in text
    for row in report.key_table.rows:
        line = " ".join(shown(value) for value in row)
        assert line in text, line
    for table in report.tables:
        if not table.in_pdf:
            continue
        assert table.title in text
        for row in rows_for_paper(table, "%1"):
            numbers = " ".join(shown(value) for value in row[1:])
            assert numbers in text, (table.key, row)
    assert "Méthode" in text and "heure de Paris" in text


def test_the_monthly_pdf_is_in_french_with_the_comparisons(monthly):
    text = pdf_text(render_report_pdf(monthly))
    for words in (
        "Synthèse des orientations",
        "octobre 2026",
        "Chiffres clés",
        "Personnes différentes",
        "Visites par jour",
        "Orientations par partenaire et par statut",
        "Caisse : dons pesés par catégorie (kg)",
        "10/2026 09/2026 10/2025",
    ):
        assert words in text, words


def _read_csv(path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))


@pytest.mark.parametrize("which", ["monthly", "annual"])
def test_csv_and_xlsx_hold_the_same_numbers_as_the_report(which, request, tmp_path, coordinator):
    from openpyxl import load_workbook

    report = request.getfixturevalue(which)
    engine = request.getfixturevalue("filled")
    with write_session(engine) as session:
        csv_files = export_report(session, coordinator, report, "csv", tmp_path / "csv")
        (xlsx_file,) = export_report(session, coordinator, report, "xlsx", tmp_path / "xlsx")
    tables = report.all_tables()
    assert [path.name for path in csv_files] == [
        f"{file_stem(report)}_{table.key}.csv" for table in tables
    ]
    workbook = load_workbook(xlsx_file, read_only=True)
    assert len(workbook.sheetnames) == len(tables)
    for path, sheet_name, table in zip(csv_files, workbook.sheetnames, tables, strict=True):
        rows = _read_csv(path)
        assert rows[0] == table.columns
        assert rows[1:] == [[csv_cell(value) for value in row] for row in table.rows]
        sheet = [list(row) for row in workbook[sheet_name].iter_rows(values_only=True)]
        assert sheet[0] == table.columns
        assert sheet[1:] == [list(row) for row in table.rows]
        # the CSV read back as numbers gives the workbook's numbers
        for csv_row, sheet_row in zip(rows[1:], sheet[1:], strict=True):
            for text, value in zip(csv_row[1:], sheet_row[1:], strict=True):
                if isinstance(value, int | float):
                    assert float(text.replace(",", ".")) == pytest.approx(value)
                elif value is None:
                    assert text == ""
    with read_session(engine) as session:
        entries = [
            (entry.entity_id, entry.agent_id)
            for entry in session.exec(select(AuditEntry).where(AuditEntry.action == "export"))
        ]
    assert entries == [(f"{report.kind}:{report.period.slug()}", coordinator.agent_id)] * 2


def test_the_csv_uses_a_decimal_comma_for_rates(monthly, tmp_path, filled, coordinator):
    with write_session(filled) as session:
        files = export_report(session, coordinator, monthly, "csv", tmp_path)
    rows = _read_csv(files[0])
    rate = next(row for row in rows if row[0] == "Taux de réalisation (%)")
    assert all(re.fullmatch(r"\d+,\d", value) for value in rate[1:])


def test_only_a_coordinator_exports_and_nothing_is_recorded_when_refused(
    monthly, tmp_path, filled, agent
):
    with pytest.raises(PermissionDenied), write_session(filled) as session:
        export_report(session, agent, monthly, "csv", tmp_path / "out")
    assert not (tmp_path / "out").exists()
    with read_session(filled) as session:
        assert session.exec(select(AuditEntry)).all() == []


def test_exporting_into_a_file_instead_of_a_folder_says_so(monthly, tmp_path, filled, coordinator):
    target = tmp_path / "not-a-folder.txt"
    target.write_text("x")
    with pytest.raises(UserError, match="pas un dossier"), write_session(filled) as session:
        export_report(session, coordinator, monthly, "xlsx", target)
    with read_session(filled) as session:
        assert session.exec(select(AuditEntry)).all() == []


def test_an_empty_month_makes_a_clean_pdf_with_zeros(engine, coordinator):
    with read_session(engine) as session:
        report = build_monthly_report(session, coordinator, Period.month(2026, 2), now=NOW)
    text = pdf_text(render_report_pdf(report))
    assert "Visites 0 0 0" in text
    assert "Taux de réalisation (%) — — —" in text
    assert "Rien sur cette période." in text
