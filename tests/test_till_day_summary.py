"""The day summary: on screen, as a receipt and an A4 PDF, saved and printed."""

from datetime import UTC, date, datetime, timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

from app.clock import utcnow
from app.db import read_session, write_session
from app.pdf.day_summary import render_day_summary
from app.services import till
from tests.till_helpers import add_referral, make_buttons
from ui import messages
from ui.dialogs import day_summary as dialog_module
from ui.dialogs.day_summary import DaySummaryDialog
from ui.pages.caisse import CaissePage

NOON = datetime(2026, 11, 21, 13, 0, tzinfo=UTC)


pytestmark = pytest.mark.usefixtures("french_ui", "sync_tasks")


def pdf_text(pdf: bytes) -> str:
    """The text of every page, with runs of spaces and line breaks made single spaces."""
    reader = PdfReader(BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def fill_day(engine, coordinator, volunteer, moment: datetime) -> None:
    buttons = make_buttons(engine, coordinator)
    with write_session(engine) as session:
        for index in range(11):
            till.record_click(session, volunteer, buttons[index % 3].id, now=moment)
        till.record_donation(session, volunteer, "textile et accessoires", "12,5", now=moment)
        till.record_donation(session, volunteer, "électroménager", "3,25", now=moment)
    add_referral(engine, coordinator, moment)


def test_the_pdf_shows_every_figure_on_a_receipt_and_on_a4(engine, coordinator, volunteer):
    fill_day(engine, coordinator, volunteer, NOON)
    with read_session(engine) as session:
        summary = till.day_summary(session, volunteer, date(2026, 11, 21), now=NOON)
    for page_format in ("receipt", "a4"):
        pdf = render_day_summary(summary, page_format)
        reader = PdfReader(BytesIO(pdf))
        width_mm = float(reader.pages[0].mediabox.width) / 72 * 25.4
        assert round(width_mm) == (80 if page_format == "receipt" else 210)
        text = pdf_text(pdf)
        for expected in (
            "Point Accueil Emploi de Pipriac",
            "Bilan de la caisse",
            "samedi 21/11/2026",
            "Visites par bouton",
            "Achat 4",
            "Dépôt d'objets 4",
            "Information 3",
            "Atelier 0",
            "Total des visites 11",
            "textile et accessoires 12,5 kg",
            "électroménager 3,25 kg",
            "Total pesé 15,75 kg",
            "Orientations faites 1",
            "Imprimé le 21/11/2026 à 14:00",
        ):
            assert expected in text, (page_format, expected, text)


def test_an_empty_day_says_so(engine, volunteer):
    make_buttons(engine, volunteer)
    with read_session(engine) as session:
        summary = till.day_summary(session, volunteer, date(2026, 11, 22), now=NOON)
    text = pdf_text(render_day_summary(summary, "receipt"))
    assert "dimanche 22/11/2026" in text
    assert "Aucun don pesé." in text
    assert "Total des visites 0" in text


def test_the_dialog_shows_saves_and_prints_the_day(
    qtbot, engine, coordinator, volunteer, volunteer_ctx, monkeypatch, tmp_path
):
    fill_day(engine, coordinator, volunteer, utcnow() - timedelta(seconds=5))
    dialog = DaySummaryDialog(volunteer_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = dialog.figures.text()
    for expected in ("Achat", "Total des visites", "<b>11</b>", "15,75 kg", "Orientations faites"):
        assert expected in shown

    target = tmp_path / "bilan"
    asked = []
    monkeypatch.setattr(
        messages, "save_file", lambda parent, title, name, filters: asked.append(name) or target
    )
    qtbot.mouseClick(dialog.a4_radio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = target.with_suffix(".pdf")
    assert asked[0].startswith("bilan-caisse-") and asked[0].endswith("-A4.pdf")
    assert "Total des visites 11" in pdf_text(saved.read_bytes())
    assert round(float(PdfReader(saved).pages[0].mediabox.width) / 72 * 25.4) == 210
    assert "Enregistré dans" in dialog.status.text()

    printed = []
    monkeypatch.setattr(
        dialog_module, "print_pdf", lambda parent, pdf, fmt: printed.append((pdf, fmt)) or True
    )
    qtbot.mouseClick(dialog.receipt_radio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert printed and printed[0][1] == "receipt"
    assert "Orientations faites 1" in pdf_text(printed[0][0])
    assert dialog.status.text() == "Envoyé à l'imprimante."

    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    shown = dialog.findChild(QWidget, "daySummaryPreviewView")
    assert shown is not None and shown.document().pageCount() == 1


def test_another_day_can_be_chosen(qtbot, engine, coordinator, volunteer, volunteer_ctx):
    yesterday = utcnow() - timedelta(days=1)
    fill_day(engine, coordinator, volunteer, yesterday)
    dialog = DaySummaryDialog(volunteer_ctx)
    qtbot.addWidget(dialog)
    assert "<b>0</b>" in dialog.figures.text()
    dialog.day_edit.setDate(dialog.day_edit.date().addDays(-1))
    assert "<b>11</b>" in dialog.figures.text()
    assert dialog.day_edit.maximumDate() >= QDate.currentDate().addDays(-1)


def test_the_till_opens_the_day_summary(qtbot, volunteer_ctx):
    page = CaissePage(volunteer_ctx)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.mouseClick(page.summary_button, Qt.MouseButton.LeftButton)
    assert isinstance(page._summary_dialog, DaySummaryDialog)
    assert page._summary_dialog.isVisible()
    page._summary_dialog.close()
