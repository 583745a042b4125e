"""`report monthly`, `report annual` and `export` from the command line."""

import io
from datetime import date

from openpyxl import load_workbook
from pypdf import PdfReader

from app.cli import main
from tests.reports_helpers import populate


def _text(path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_monthly_and_annual_reports_are_written(engine, db_path, tmp_path, capsys):
    populate(engine, first=date(2026, 9, 20), last=date(2026, 10, 10), per_day=2)
    engine.dispose()
    out = tmp_path / "octobre.pdf"
    assert (
        main(["report", "monthly", "--db", str(db_path), "--month", "2026-10", "--out", str(out)])
        == 0
    )
    text = _text(out)
    assert "Synthèse des orientations" in text and "octobre 2026" in text
    annual = tmp_path / "annuel.pdf"
    assert (
        main(["report", "annual", "--db", str(db_path), "--year", "2026", "--out", str(annual)])
        == 0
    )
    assert "Rapport annuel d’activité" in _text(annual)
    assert "Rapport écrit" in capsys.readouterr().out


def test_export_writes_csv_files_or_one_workbook(engine, db_path, tmp_path, capsys):
    populate(engine, first=date(2026, 9, 20), last=date(2026, 10, 10), per_day=2)
    engine.dispose()
    args = ["export", "--db", str(db_path), "--from", "2026-10-01", "--to", "31/10/2026"]
    assert main([*args, "--format", "csv", "--out", str(tmp_path / "csv")]) == 0
    names = sorted(path.name for path in (tmp_path / "csv").iterdir())
    assert "synthese_2026-10_chiffres-cles.csv" in names
    assert main([*args, "--format", "xlsx", "--out", str(tmp_path / "xlsx")]) == 0
    workbook = load_workbook(tmp_path / "xlsx" / "synthese_2026-10.xlsx", read_only=True)
    assert workbook.sheetnames[0] == "Chiffres clés"


def test_bad_input_gets_a_clear_french_message(db_path, tmp_path, capsys):
    out = str(tmp_path / "x.pdf")
    assert (
        main(["report", "monthly", "--db", str(db_path), "--month", "2026-13", "--out", out]) == 2
    )
    assert "n’est pas un mois" in capsys.readouterr().err
    assert main(["report", "annual", "--db", str(db_path), "--year", "20x6", "--out", out]) == 2
    assert "n’est pas une année" in capsys.readouterr().err
    args = ["export", "--db", str(db_path), "--from", "2026-10-31", "--to", "2026-10-01"]
    assert main([*args, "--out", str(tmp_path)]) == 2
    assert "avant la date de début" in capsys.readouterr().err
    missing = str(tmp_path / "missing.sqlite")
    assert main(["report", "monthly", "--db", missing, "--month", "2026-10", "--out", out]) == 2
    assert "n’existe pas" in capsys.readouterr().err
    assert (
        main(
            [
                "report",
                "monthly",
                "--db",
                str(db_path),
                "--month",
                "2026-10",
                "--out",
                str(tmp_path / "x.txt"),
            ]
        )
        == 2
    )
    assert ".pdf" in capsys.readouterr().err
