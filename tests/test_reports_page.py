"""The Reports page, driven like a coordinator would: choose, make, read, save, export, print."""

import io
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlmodel import select

import ui.pages.rapports as rapports
from app.db import read_session
from app.i18n import translate
from models import AuditEntry
from tests.conftest import make_ctx
from tests.reports_helpers import populate
from ui import messages


@pytest.fixture
def page(qtbot, engine, coordinator_ctx, french_ui, sync_tasks):
    populate(engine, first=date(2026, 9, 25), last=date(2026, 10, 31), per_day=3)
    widget = rapports.RapportsPage(coordinator_ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    return widget


def _choose_october_2026(qtbot, page):
    page.month_combo.setFocus()
    qtbot.keyClicks(page.month_combo, "oct")
    page.year_spin.selectAll()
    qtbot.keyClicks(page.year_spin, "2026")
    assert page.month_combo.currentText() == "Octobre"
    assert page.year_spin.value() == 2026


def test_make_read_and_save_the_monthly_summary(qtbot, page, tmp_path, monkeypatch):
    assert page.generate_button.text() == "&Faire le rapport"
    assert not page.save_button.isEnabled()
    _choose_october_2026(qtbot, page)
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert page.page_count() >= 2
    assert "Synthèse des orientations — octobre 2026" in page.status_label.text()
    assert page.view_stack.currentWidget() is page._viewer
    assert page.save_button.isEnabled() and page.csv_button.isEnabled()

    target = tmp_path / "rapport-octobre"
    monkeypatch.setattr(messages, "save_file", lambda *args: target)
    page.save_button.setFocus()
    qtbot.keyClick(page.save_button, Qt.Key.Key_Space)
    saved = tmp_path / "rapport-octobre.pdf"
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(saved.read_bytes())).pages)
    assert "Synthèse des orientations" in text and "octobre 2026" in text
    visits = page.report.key_table.rows[0]
    assert visits[0] == "Visites"
    assert f"Visites {visits[1]} {visits[2]} 0" in " ".join(text.split())
    assert "Rapport enregistré" in page.status_label.text()


def test_export_csv_and_xlsx_from_the_page_is_audited(qtbot, page, tmp_path, monkeypatch, engine):
    _choose_october_2026(qtbot, page)
    qtbot.keyClick(page.generate_button, Qt.Key.Key_Space)
    monkeypatch.setattr(messages, "choose_folder", lambda *args: tmp_path / "exports")
    qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)
    names = {path.name for path in (tmp_path / "exports").iterdir()}
    assert "synthese_2026-10_chiffres-cles.csv" in names and "synthese_2026-10.xlsx" in names
    with read_session(engine) as session:
        assert [e.entity_id for e in session.exec(select(AuditEntry))] == ["monthly:2026-10"] * 2


def test_print_goes_through_the_replaceable_print_function(qtbot, page, monkeypatch):
    printed = []
    monkeypatch.setattr(rapports, "print_pdf", lambda parent, pdf, title: printed.append(pdf))
    _choose_october_2026(qtbot, page)
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert printed == [page.pdf] and page.pdf.startswith(b"%PDF")


def test_the_pages_reach_the_printer(qtbot, page, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    _choose_october_2026(qtbot, page)
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert rapports.paint_pdf_pages(printer, page.pdf) == page.page_count()
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == page.page_count()


def test_printing_to_a_pdf_file_gives_the_report_itself(qtbot, page, tmp_path):
    """« Imprimer » to a PDF file wrote pictures of the pages (5 MB, no text) where « Enregistrer
    le PDF » writes 45 KB."""
    from PySide6.QtPrintSupport import QPrinter

    _choose_october_2026(qtbot, page)
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "imprime.pdf"))
    rapports.paint_pdf_pages(printer, page.pdf)
    printed = (tmp_path / "imprime.pdf").read_bytes()
    assert len(printed) <= len(page.pdf)
    assert "octobre 2026" in PdfReader(io.BytesIO(printed)).pages[0].extract_text()


def test_a_printer_that_paints_gets_every_page_in_proportion(qtbot, page, tmp_path):
    from PySide6.QtGui import QPdfWriter

    _choose_october_2026(qtbot, page)
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    writer = QPdfWriter(str(tmp_path / "peint.pdf"))
    writer.setResolution(72)
    assert rapports.paint_pdf_pages(writer, page.pdf) == page.page_count()
    del writer  # the file is finished when the writer goes
    assert len(PdfReader(tmp_path / "peint.pdf").pages) == page.page_count()


def test_enter_in_the_choices_makes_the_report(qtbot, page):
    _choose_october_2026(qtbot, page)
    qtbot.keyClick(page.month_combo, Qt.Key.Key_Return)
    assert page.report is not None and page.report.period.label() == "octobre 2026"
    page.report = None
    page.year_spin.setFocus()
    qtbot.keyClick(page.year_spin, Qt.Key.Key_Enter)
    assert page.report is not None


def test_the_annual_report_is_chosen_for_a_year(qtbot, page):
    page.kind_combo.setFocus()
    qtbot.keyClick(page.kind_combo, Qt.Key.Key_Down)
    assert page.kind_combo.currentText() == "Rapport annuel d’activité"
    assert page.period_combo.currentText() == "Une année"
    assert not page.period_combo.isEnabled()
    page.year_spin.selectAll()
    qtbot.keyClicks(page.year_spin, "2026")
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert page.report.kind == "annual"
    assert "Rapport annuel d’activité — année 2026" in page.status_label.text()


def test_dates_in_the_wrong_order_are_refused_kindly(qtbot, page, shown_messages):
    page.period_combo.setCurrentIndex(page.period_combo.findData(rapports.CUSTOM))
    assert page.from_edit.isVisibleTo(page) and not page.year_spin.isVisibleTo(page)
    page.from_edit.setDate(date(2026, 10, 31))
    page.to_edit.setDate(date(2026, 10, 1))
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert shown_messages.of("warn") == ["La date de fin est avant la date de début."]
    assert page.report is None and not page.save_button.isEnabled()


def test_a_refused_report_shows_a_message_not_a_traceback(
    qtbot, engine, db_path, agent, french_ui, sync_tasks, shown_messages
):
    widget = rapports.RapportsPage(make_ctx(engine, db_path, agent))
    qtbot.addWidget(widget)
    assert not widget.csv_button.isVisibleTo(widget)
    qtbot.mouseClick(widget.generate_button, Qt.MouseButton.LeftButton)
    assert shown_messages.of("error") == [
        translate("Permissions", "Your role does not allow this action. Ask a coordinator.")
    ]
    assert widget.generate_button.isEnabled() and not widget.progress.isVisible()


def test_choosing_another_month_takes_the_old_report_away(qtbot, page):
    _choose_october_2026(qtbot, page)
    qtbot.keyClick(page.year_spin, Qt.Key.Key_Return)  # Enter makes the report
    assert "octobre 2026" in page.status_label.text()
    assert page.view_stack.currentWidget() is page._viewer
    page.month_combo.setFocus()
    qtbot.keyClick(page.month_combo, Qt.Key.Key_Up)  # September
    assert page.month_combo.currentText() == "Septembre"
    # the October report is no longer shown as if it were September's
    assert page.view_stack.currentWidget() is page.empty_state
    assert page.report is None and not page.save_button.isEnabled()
    assert page.status_label.text() == (
        "La période a changé : appuyez sur « Faire le rapport » pour voir celle-ci."
    )
    qtbot.keyClick(page.month_combo, Qt.Key.Key_Return)
    assert "septembre 2026" in page.status_label.text()
    assert page.view_stack.currentWidget() is page._viewer


def test_the_page_opens_on_the_month_that_is_due_and_says_why(page):
    from app.clock import local_today
    from app.reports.periods import proposed_month

    proposed, why = proposed_month(local_today())
    assert page.month_combo.currentData() == proposed.first.month
    assert page.year_spin.value() == proposed.first.year
    assert why in " ".join(label.text() for label in page.empty_state.findChildren(QLabel))
