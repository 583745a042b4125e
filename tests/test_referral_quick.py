"""The till's quick referral: need → service → receipt printed, in at most 4 inputs."""

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlmodel import select

from app.db import read_session
from models import Referral
from tests.referrals_helpers import (  # noqa: F401  (fixtures)
    InputCounter,
    add_service,
    french_ui_fixture,
    printed_to_fixture,
)
from ui.dialogs.quick_referral import QuickReferralDialog

pytestmark = pytest.mark.usefixtures("french_ui")


def _row_of(list_widget, text: str) -> int:
    for row in range(list_widget.count()):
        if list_widget.item(row).text().startswith(text):
            return row
    raise AssertionError(text)


def test_quick_referral_prints_a_receipt_in_at_most_4_inputs(
    qtbot,
    volunteer_ctx,
    engine,
    printed_to,
):
    target, calls, errors = printed_to
    add_service(engine, name="Garage solidaire", themes=("mobilite--acceder-a-un-vehicule",))
    add_service(engine, name="Club emploi")
    dialog = QuickReferralDialog(volunteer_ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    inputs = InputCounter(qtbot)
    assert not dialog.print_button.isEnabled()

    item = dialog.theme_list.item(_row_of(dialog.theme_list, "Mobilité"))
    dialog.theme_list.scrollToItem(item)
    inputs.click(dialog.theme_list.viewport(), dialog.theme_list.visualItemRect(item).center())
    assert dialog.service_list.count() == 1
    assert dialog.service_list.currentItem().text().startswith("Garage solidaire")
    inputs.click(dialog.print_button)
    inputs.counted()  # OK in the print dialog

    assert inputs.count <= 4
    assert errors == [] and len(calls) == 1
    assert len(PdfReader(io.BytesIO(target.read_bytes())).pages) == 1
    assert not dialog.isVisible()  # done: back to the till
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
    assert dialog.isVisible()  # cancelled: still there
    monkeypatch.setattr(sheet_preview, "ask_printer", real_ask)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    with read_session(engine) as session:
        statuses = [r.status for r in session.exec(select(Referral))]
    assert statuses == ["envoyee"]


def test_a_need_without_service_says_so(qtbot, volunteer_ctx, printed_to):
    dialog = QuickReferralDialog(volunteer_ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.theme_list.setCurrentRow(_row_of(dialog.theme_list, "Santé"))
    assert dialog.service_list.count() == 0
    assert "Aucun service" in dialog.empty_label.text()
    assert not dialog.print_button.isEnabled()
