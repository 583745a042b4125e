"""A quick referral on a ticket while the main PC is off: the services come from the desk's
directory copy, the referral waits in the outbox, the receipt prints from the copy with the
very text it has online; the main PC back, the referral lands once."""

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlmodel import select

from app.db import read_session
from app.outbox import REFERRAL
from app.pdf.sheets import render_orientation_sheet
from models import Referral
from tests import offline_helpers
from tests.referrals_helpers import (  # noqa: F401  (fixtures)
    EMPLOYMENT_THEME,
    add_service,
    printed_to_fixture,
)
from ui import connection as connection_ui
from ui.dialogs.offline_sheet import OfflineSheetPreviewDialog
from ui.dialogs.quick_referral import CODE_ROLE, QuickReferralDialog
from ui.main_window import MainWindow

pytestmark = [pytest.mark.server, pytest.mark.usefixtures("french_ui")]
own_server, place = offline_helpers.own_server, offline_helpers.place


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _click_row(qtbot, list_widget, wanted) -> None:
    for row in range(list_widget.count()):
        item = list_widget.item(row)
        if item.data(CODE_ROLE) == wanted:
            list_widget.scrollToItem(item)
            qtbot.mouseClick(
                list_widget.viewport(),
                Qt.MouseButton.LeftButton,
                pos=list_widget.visualItemRect(item).center(),
            )
            return
    raise AssertionError(wanted)


def test_a_quick_referral_with_the_server_off_prints_from_the_copy_and_lands_once(
    qtbot, qapp, own_server, place, tmp_path, printed_to
):
    target, calls, errors = printed_to
    engine, ctx = place
    service_id = add_service(engine, name="Club emploi du Pays de Redon")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    connection = connection_ui.attach(window, tmp_path)
    assert connection is not None
    qtbot.waitUntil(connection.copy.exists, timeout=30_000)
    window.show()

    engine.dispose()
    own_server.stop("immediate")
    connection.ask()  # the desk's own periodic question, not waited for
    qtbot.waitUntil(lambda: not connection.online, timeout=30_000)

    dialog = QuickReferralDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    _click_row(qtbot, dialog.theme_list, EMPLOYMENT_THEME.split("--")[0])
    assert dialog.service_list.count() == 1
    assert dialog.service_list.currentItem().text().startswith("Club emploi du Pays de Redon")
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    preview = dialog.preview
    assert isinstance(preview, OfflineSheetPreviewDialog) and preview.isVisible()
    assert preview.paper() == "receipt" and preview.pdf.startswith(b"%PDF")
    offline_text = _text(preview.pdf)
    assert "Club emploi du Pays de Redon" in offline_text
    qtbot.keyClick(preview, Qt.Key.Key_Return)  # Print is the default button
    assert errors == [] and len(calls) == 1 and target.stat().st_size > 0
    assert dialog.result() and "Gardée sur ce poste" in dialog.outcome
    assert connection.outbox.count(REFERRAL) == 1
    referral_ids = list(dialog.referral_ids)

    # the main PC is back: the referral lands, once, with the ids of the printed receipt
    own_server.start()
    connection.ask()
    qtbot.waitUntil(lambda: connection.online and connection.outbox.is_empty(), timeout=60_000)
    connection.ask()  # asking again sends nothing twice
    qtbot.waitUntil(lambda: not connection._asking, timeout=30_000)
    with read_session(engine) as session:
        landed = [(r.id, r.service_id) for r in session.exec(select(Referral)).all()]
        online_text = _text(render_orientation_sheet(session, referral_ids, paper="receipt"))
    assert landed == [(referral_ids[0], service_id)]
    assert offline_text == online_text
    connection.close()
