"""A directory from outside may hold text that a spreadsheet would run as a formula: every CSV
and XLSX export quotes such text cells, and leaves numbers as numbers."""

import csv
import io
import zipfile
from datetime import UTC, datetime

from openpyxl import load_workbook
from sqlmodel import select

from app.db import read_session, write_session
from app.exporters.csv_export import export_csv
from app.exporters.hsds import export_hsds
from app.importers.csv_template import read_csv
from app.importers.hsds import read_hsds
from app.reports.exports import export_report
from app.reports.monthly import build_monthly_report
from app.reports.periods import Period
from app.services.directory_import import apply_import, preview_import
from app.services.referrals import create_referrals
from app.spreadsheet_cells import neutralise, restore
from models import Service

FORMULA = '=HYPERLINK("http://x","y")'
PARTNER = "@SUM(1+1)"
THEME = "trouver-un-emploi--faire-des-candidatures-spontanees"
NOW = datetime(2026, 10, 14, 9, tzinfo=UTC)


def _import_the_file(engine, actor, tmp_path) -> None:
    path = tmp_path / "annuaire.csv"
    lines = [
        "structure;nom;description;telephone;latitude;longitude;thematiques",
        f'"{PARTNER}";"{FORMULA.replace(chr(34), chr(34) * 2)}";"-10 % le samedi";'
        f"+33 2 99 00 00 00;47,9;-1,7;{THEME}",
    ]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    preview = preview_import(path)
    assert preview.error_rows == []
    with write_session(engine) as session:
        apply_import(session, actor, preview)


def _csv_rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def test_the_directory_csv_quotes_formulas_and_keeps_numbers(engine, coordinator, tmp_path):
    _import_the_file(engine, coordinator, tmp_path)
    with read_session(engine) as session:
        assert session.exec(select(Service.name)).one() == FORMULA  # stored as it came
        data = export_csv(session, coordinator)
    (row,) = _csv_rows(data)
    assert row["nom"] == "'" + FORMULA
    assert row["structure"] == "'" + PARTNER
    assert row["description"] == "'-10 % le samedi"
    assert row["telephone"] == "'+33 2 99 00 00 00"
    assert row["longitude"] == "-1.7"  # a number, not text
    for value in row.values():
        assert not value.startswith(("=", "+", "@", "\t", "\r")), value
    # our own export read back gives the values as they were
    (back,) = read_csv(data).rows
    assert back.service["name"] == FORMULA
    assert back.organization["name"] == PARTNER
    assert back.service["phone"] == "+33 2 99 00 00 00"
    assert back.service["longitude"] == -1.7


def test_the_hsds_package_quotes_formulas_and_reads_them_back(engine, coordinator, tmp_path):
    _import_the_file(engine, coordinator, tmp_path)
    with read_session(engine) as session:
        data = export_hsds(session, coordinator)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        services = list(csv.DictReader(io.StringIO(archive.read("services.csv").decode())))
        locations = list(csv.DictReader(io.StringIO(archive.read("locations.csv").decode())))
    assert services[0]["name"] == "'" + FORMULA
    assert locations[0]["longitude"] == "-1.7"
    (back,) = read_hsds(data).rows
    assert back.service["name"] == FORMULA and back.organization["name"] == PARTNER


def test_the_report_csv_and_xlsx_quote_a_partner_named_like_a_formula(
    engine, coordinator, tmp_path
):
    _import_the_file(engine, coordinator, tmp_path)
    with write_session(engine) as session:
        service_id = session.exec(select(Service.id)).one()
        create_referrals(session, coordinator, service_ids=[service_id], themes=[THEME], now=NOW)
    with write_session(engine) as session:
        report = build_monthly_report(
            session, coordinator, Period.month(2026, 10), now=datetime(2026, 11, 6, tzinfo=UTC)
        )
        csv_files = export_report(session, coordinator, report, "csv", tmp_path / "csv")
        (xlsx_file,) = export_report(session, coordinator, report, "xlsx", tmp_path / "xlsx")
    partner_cells = [
        cell
        for path in csv_files
        for row in csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig")), delimiter=";")
        for cell in row
        if PARTNER in cell
    ]
    assert partner_cells and set(partner_cells) == {"'" + PARTNER}
    workbook = load_workbook(xlsx_file)
    texts, numbers = [], []
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and PARTNER in cell.value:
                    texts.append(cell.value)
                elif isinstance(cell.value, int | float):
                    numbers.append(cell.value)
    assert texts and set(texts) == {"'" + PARTNER}
    assert 1 in numbers  # the one referral is still a number


def test_only_formula_starts_are_quoted_and_the_quote_comes_off_again():
    for text in ("=1+1", "+1", "-1", "@A1", "\tx", "\rx"):
        assert neutralise(text) == "'" + text
        assert restore(neutralise(text)) == text
    for text in ("Mission locale", "", "'quoted", "1-2", "— rien"):
        assert neutralise(text) == text
        assert restore(text) == text
