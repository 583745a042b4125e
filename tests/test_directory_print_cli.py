"""The printable directory PDF and the directory command line."""

import io
from datetime import date

from pypdf import PdfReader

from app.cli import main
from app.db import read_session
from app.exporters.directory_pdf import export_directory_pdf
from tests.directory_helpers import make_directory


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_directory_pdf_is_grouped_by_theme_with_hours_in_words(engine, coordinator):
    make_directory(engine, coordinator)
    with read_session(engine) as session:
        data = export_directory_pdf(session, coordinator, "PAE de Pipriac", date(2026, 11, 23))
    text = pdf_text(data)
    assert "Annuaire des partenaires — PAE de Pipriac" in text
    assert "Imprimé le 23/11/2026 · 3 services" in text
    food = text.index("Équipement et alimentation")
    health = text.index("Santé")
    assert text.index("Épicerie solidaire — Épicerie solidaire Le Panier") > food
    assert text.index("Écoute de nuit — Mission locale") > health
    assert "mardi et jeudi, 14 h – 18 h" in text
    assert "À apporter : Attestation CAF, Avis d'imposition" in text
    fonts = {
        str(font["/BaseFont"])
        for page in PdfReader(io.BytesIO(data)).pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("DejaVuSans" in name for name in fonts)


def test_cli_exports_and_imports_a_directory(engine, coordinator, db_path, tmp_path, capsys):
    make_directory(engine, coordinator)
    engine.dispose()
    out = tmp_path / "annuaire.zip"
    assert (
        main(["directory", "export", "--db", str(db_path), "--format", "hsds", "--out", str(out)])
        == 0
    )
    assert out.read_bytes()[:2] == b"PK"
    pdf = tmp_path / "annuaire.pdf"
    assert (
        main(["directory", "export", "--db", str(db_path), "--format", "pdf", "--out", str(pdf)])
        == 0
    )
    assert "Annuaire des partenaires" in pdf_text(pdf.read_bytes())
    assert main(["directory", "import", "--db", str(db_path), str(out)]) == 0
    assert "0 service ajouté, 3 mis à jour" in capsys.readouterr().out
    broken = tmp_path / "casse.json"
    broken.write_text("{", encoding="utf-8")
    assert main(["directory", "import", "--db", str(db_path), str(broken)]) == 2
    assert "JSON valide" in capsys.readouterr().err
    assert main(["directory", "national-numbers", "--db", str(db_path)]) == 0
    assert "8 numéros nationaux" in capsys.readouterr().out


def test_cli_import_of_a_foreign_package_says_its_warnings(db_path, tmp_path, capsys):
    from tests.test_directory_exchange import OTHER_TOOL, _zip

    package = tmp_path / "camden.zip"
    package.write_bytes(_zip(OTHER_TOOL))
    assert main(["directory", "import", "--db", str(db_path), str(package)]) == 0
    out, err = capsys.readouterr()
    assert "1 service ajouté" in out
    assert "Ligne 2 (avertissement) : Le code postal « NW1 9LR » n'est pas français" in err
