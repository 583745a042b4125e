"""Referring from a saved visit to a printed sheet, with the keyboard, in few inputs."""

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlmodel import select

from app.clock import local_today
from app.db import read_session
from models import Referral, ReferralEvent
from tests.referrals_helpers import (  # noqa: F401  (fixtures)
    EMPLOYMENT_THEME,
    add_person,
    add_service,
    add_visit,
    full_service_fields,
    printed_to_fixture,
)
from ui.dialogs.refer import ReferDialog, open_refer_dialog

pytestmark = pytest.mark.usefixtures("french_ui")


def test_from_saved_visit_to_printed_sheet_in_at_most_6_inputs(
    qtbot, ctx, engine, printed_to, input_counter
):
    target, calls, errors = printed_to
    add_service(engine, **full_service_fields() | {"name": "Atelier « Cap Boulot »"})
    add_service(engine, name="Garage solidaire", themes=("mobilite",))
    person_id = add_person(engine, first_name="Hélène", preferred_language="es")
    visit_id = add_visit(engine, ctx.site_id, person_id=person_id, themes=[EMPLOYMENT_THEME])
    inputs = input_counter

    inputs.counted()  # the « Orienter » click on the saved visit emits refer_requested
    dialog = open_refer_dialog(ctx, None, visit_id, person_id, [EMPLOYMENT_THEME])
    qtbot.addWidget(
        dialog,
        before_close_func=lambda widget: widget.setAttribute(
            Qt.WidgetAttribute.WA_DeleteOnClose, False
        ),
    )
    assert dialog.suggestion_list.count() == 1  # the garage does not match the theme
    assert "Cap Boulot" in dialog.suggestion_list.item(0).text()
    assert dialog.language_combo.currentData() == "es"  # the person's language

    inputs.key(dialog.suggestion_list, Qt.Key.Key_Space)  # tick the first service
    inputs.key(dialog.suggestion_list, Qt.Key.Key_Return)  # refer and show the sheet
    preview = dialog.preview
    assert preview is not None and preview.isVisible()
    qtbot.addWidget(preview)
    assert preview.pdf.startswith(b"%PDF")
    inputs.key(preview, Qt.Key.Key_Return)  # Print is the default button
    inputs.counted()  # OK in the print dialog

    assert inputs.count <= 6
    assert errors == []
    assert len(calls) == 1
    printed = PdfReader(io.BytesIO(target.read_bytes()))
    assert len(printed.pages) == 1
    with read_session(engine) as session:
        referral = session.exec(select(Referral)).one()
        events = session.exec(select(ReferralEvent.status)).all()
        assert referral.person_id == person_id and referral.visit_id == visit_id
        assert referral.language == "es"
        assert referral.status == "envoyee" and referral.sheet_printed_at is not None
        assert referral.follow_up_on == local_today() + timedelta(days=10)
        assert sorted(events) == ["envoyee", "proposee"]


def test_refer_without_choosing_says_so_and_writes_nothing(qtbot, ctx, engine, printed_to):
    _, _, errors = printed_to
    add_service(engine)
    dialog = ReferDialog(ctx, None, themes=[EMPLOYMENT_THEME])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.refer_button, Qt.MouseButton.LeftButton)
    assert errors and "au moins un service" in errors.texts[0]
    assert dialog.isVisible() and dialog.preview is None
    with read_session(engine) as session:
        assert session.exec(select(Referral)).all() == []


def test_standalone_referral_picks_a_theme_and_several_services(qtbot, ctx, engine, printed_to):
    add_service(engine, name="Garage solidaire", themes=("mobilite--acceder-a-un-vehicule",))
    add_service(engine, name="Auto-école sociale", themes=("mobilite--preparer-un-permis",))
    add_service(engine, name="Club emploi")
    dialog = ReferDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.suggestion_list.count() == 0 and dialog.empty_label.isVisibleTo(dialog)
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("mobilite"))
    names = [dialog.suggestion_list.item(i).text() for i in range(dialog.suggestion_list.count())]
    assert len(names) == 2 and not any("Club emploi" in n for n in names)
    for row in range(2):
        dialog.suggestion_list.setCurrentRow(row)
        qtbot.keyClick(dialog.suggestion_list, Qt.Key.Key_Space)
    qtbot.keyClicks(dialog.reason_edit, "Permis a financer")
    qtbot.mouseClick(dialog.refer_button, Qt.MouseButton.LeftButton)
    qtbot.addWidget(dialog.preview)
    with read_session(engine) as session:
        rows = [(r.reason, r.person_id, r.themes) for r in session.exec(select(Referral))]
    assert rows == [("Permis a financer", None, ["mobilite"])] * 2
