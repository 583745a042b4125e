"""`aiguillage sheet` writes the sheet of a referral to a PDF file."""

import io

from pypdf import PdfReader

from app.cli import main
from app.db import write_session
from app.services import referrals as svc
from tests.referrals_helpers import EMPLOYMENT_THEME, add_service, full_service_fields


def test_sheet_command_writes_a_receipt_in_spanish(engine, db_path, agent, tmp_path, capsys):
    service_id = add_service(engine, **full_service_fields())
    with write_session(engine) as session:
        referral = svc.create_referrals(
            session, agent, service_ids=[service_id], themes=[EMPLOYMENT_THEME]
        )[0]
    engine.dispose()
    out = tmp_path / "fiches" / "fiche.pdf"
    code = main(
        ["sheet", "--db", str(db_path), "--referral", str(referral.id), "--out", str(out)]
        + ["--format", "receipt", "--lang", "es"]
    )
    assert code == 0
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    text = reader.pages[0].extract_text()
    assert "Ficha de orientación" in text and "02 99 72 34 56" in text
    assert abs(float(reader.pages[0].mediabox.width) - 226.77) < 0.5
    assert "fiche.pdf" in capsys.readouterr().out


def test_sheet_command_explains_a_bad_id(db_path, tmp_path, capsys):
    code = main(
        ["sheet", "--db", str(db_path), "--referral", "12", "--out", str(tmp_path / "x.pdf")]
    )
    assert code == 2
    assert "n'est pas un identifiant" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_sheet_command_explains_an_unknown_referral(db_path, tmp_path, capsys):
    unknown = "8a0f4b1e-6c0e-4d39-9a51-2f3f0f6b1c11"
    code = main(
        ["sheet", "--db", str(db_path), "--referral", unknown, "--out", str(tmp_path / "x.pdf")]
    )
    assert code == 2
    assert "n'existe plus" in capsys.readouterr().err
