"""The till's quick referral: need → service → receipt printed, in at most 4 inputs."""

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlmodel import select

from app.db import read_session
from models import Referral
from tests.referrals_helpers import (  # noqa: F401  (fixtures)
    add_service,
    printed_to_fixture,
)
from ui.dialogs.quick_referral import QuickReferralDialog

pytestmark = pytest.mark.usefixtures("french_ui")


def _row_of(list_widget, text: str) -> int:
    for row in range(list_widget.count()):
        if list_widget.item(row).text().startswith(text):
            return row
    raise AssertionError(text)


def test_quick_referral_shows_then_prints_a_receipt_in_at_most_5_inputs(
    qtbot,
    volunteer_ctx,
    engine,
    printed_to,
    input_counter,
):
    target, calls, errors = printed_to
    add_service(engine, name="Garage solidaire", themes=("mobilite--acceder-a-un-vehicule",))
    add_service(engine, name="Club emploi")
    dialog = QuickReferralDialog(volunteer_ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    inputs = input_counter
    assert not dialog.print_button.isEnabled()

    item = dialog.theme_list.item(_row_of(dialog.theme_list, "Mobilité"))
    dialog.theme_list.scrollToItem(item)
    inputs.click(dialog.theme_list.viewport(), dialog.theme_list.visualItemRect(item).center())
    assert dialog.service_list.count() == 1
    assert dialog.service_list.currentItem().text().startswith("Garage solidaire")
    inputs.click(dialog.print_button)
    preview = dialog.preview  # the receipt is shown before it prints
    assert preview is not None and preview.isVisible()
    assert preview.paper() == "receipt" and preview.pdf.startswith(b"%PDF")
    assert calls == []  # nothing printed yet
    inputs.key(preview, Qt.Key.Key_Return)  # Print is the default button
    inputs.counted()  # OK in the print dialog

    assert inputs.count <= 5
    assert errors == [] and len(calls) == 1
    printed = PdfReader(io.BytesIO(target.read_bytes()))
    assert len(printed.pages) == 1
    # the printer's paper is the receipt's: 80 mm wide, not an A4 page with a ticket in a corner
    width_mm = float(printed.pages[0].mediabox.width) * 25.4 / 72
    height_mm = float(printed.pages[0].mediabox.height) * 25.4 / 72
    assert 78 <= width_mm <= 82 and height_mm < 297
    assert not dialog.isVisible() and not preview.isVisible()  # done: back to the till
    assert dialog.outcome == ("Ticket imprimé. Orientation notée vers Garage solidaire : envoyée.")
    with read_session(engine) as session:
        rows = [(r.person_id, r.themes, r.status) for r in session.exec(select(Referral))]
    assert rows == [(None, ["mobilite"], "envoyee")]


def test_cancelled_print_then_print_again_keeps_one_referral(
    qtbot,
    volunteer_ctx,
    engine,
    printed_to,
    monkeypatch,
):
    from ui.dialogs import sheet_preview

    add_service(engine, name="Club emploi")
    real_ask = sheet_preview.ask_printer
    monkeypatch.setattr(sheet_preview, "ask_printer", lambda parent: None)
    dialog = QuickReferralDialog(volunteer_ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.theme_list.setCurrentRow(_row_of(dialog.theme_list, "Trouver un emploi"))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.preview, Qt.Key.Key_Return)  # the print dialog is cancelled
    assert dialog.isVisible() and dialog.outcome == ""
    qtbot.mouseClick(dialog.preview.close_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(sheet_preview, "ask_printer", real_ask)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.preview.print_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with read_session(engine) as session:
        statuses = [r.status for r in session.exec(select(Referral))]
    assert statuses == ["envoyee"]


def test_the_till_says_what_was_printed(qtbot, volunteer_ctx, engine, printed_to, monkeypatch):
    from ui.main_window import MainWindow

    add_service(engine, name="Club emploi")
    window = MainWindow(volunteer_ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_page("caisse")
    till = window.page("caisse")

    def print_when_shown(self) -> int:  # the person's clicks, inside the dialog's own loop
        self.show()
        self.theme_list.setCurrentRow(_row_of(self.theme_list, "Trouver un emploi"))
        qtbot.mouseClick(self.print_button, Qt.MouseButton.LeftButton)
        qtbot.keyClick(self.preview, Qt.Key.Key_Return)
        return self.result()

    monkeypatch.setattr(QuickReferralDialog, "exec", print_when_shown)
    qtbot.mouseClick(till.refer_button, Qt.MouseButton.LeftButton)
    assert till.toast.isVisible()
    assert till.toast.message.text() == (
        "Ticket imprimé. Orientation notée vers Club emploi : envoyée."
    )


def test_a_need_without_service_says_so(qtbot, volunteer_ctx, printed_to):
    dialog = QuickReferralDialog(volunteer_ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.theme_list.setCurrentRow(_row_of(dialog.theme_list, "Santé"))
    assert dialog.service_list.count() == 0
    assert "Aucun service" in dialog.empty_label.text()
    assert not dialog.print_button.isEnabled()


def test_a_second_enter_while_the_print_is_noted_prints_nothing_more(
    qtbot, volunteer_ctx, engine, monkeypatch, tmp_path, shown_messages, real_db_worker
):
    """The main PC takes a moment to note the printed receipt: meanwhile no « Imprimer » is
    left active, and the till goes back to its buttons."""
    from PySide6.QtPrintSupport import QPrinter

    from ui.dialogs import sheet_preview

    printed = []

    def printer_to_file(parent):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"ticket-{len(printed)}.pdf"))
        printed.append(parent)
        return printer

    monkeypatch.setattr(sheet_preview, "ask_printer", printer_to_file)
    add_service(engine, name="Club emploi")
    dialog = QuickReferralDialog(volunteer_ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.theme_list.count() > 0, timeout=20_000)
    dialog.theme_list.setCurrentRow(_row_of(dialog.theme_list, "Trouver un emploi"))
    qtbot.waitUntil(dialog.print_button.isEnabled, timeout=20_000)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    qtbot.waitUntil(lambda: bool(dialog.preview.pdf), timeout=20_000)
    preview = dialog.preview
    qtbot.keyClick(preview, Qt.Key.Key_Return)
    assert len(printed) == 1
    # the receipt is on paper; the referral is being noted as sent
    assert not (preview.isVisible() and preview.print_button.isEnabled())
    assert not dialog.print_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    if preview.isVisible():
        qtbot.keyClick(preview, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(printed) == 1 and shown_messages == []
    with read_session(engine) as session:
        statuses = [r.status for r in session.exec(select(Referral))]
    assert statuses == ["envoyee"]
