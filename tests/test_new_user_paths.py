"""The everyday screens, tried as a new agent or volunteer would: after a referral the page
says what became of it, a volunteer's Reception speaks of what a volunteer can do, and the
reception and till counts say what they count."""

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from app.db import read_session
from models import Referral
from tests.referrals_helpers import (  # noqa: F401  (fixtures)
    EMPLOYMENT_THEME,
    add_service,
    add_visit,
    printed_to_fixture,
)
from ui.dialogs.refer import ReferDialog

pytestmark = pytest.mark.usefixtures("french_ui")


def _window(qtbot, ctx):
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _refer_from_the_first_visit(qtbot, window):
    """Select today's visit, « Orienter depuis cette visite », tick the service, Enter."""
    page = window.page("accueil")
    page.log.setFocus()
    page.log.selectRow(0)
    qtbot.mouseClick(page.log_refer_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(ReferDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(dialog.suggestion_list, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.suggestion_list, Qt.Key.Key_Return)
    preview = dialog.preview
    assert preview is not None and preview.isVisible()
    return page, preview


def test_closing_the_sheet_says_the_referral_is_recorded_and_its_status(
    qtbot, ctx, engine, printed_to
):
    add_service(engine, name="Atelier CV et candidatures")
    add_visit(engine, ctx.site_id, themes=[EMPLOYMENT_THEME])
    window = _window(qtbot, ctx)
    page, preview = _refer_from_the_first_visit(qtbot, window)
    qtbot.mouseClick(preview.close_button, Qt.MouseButton.LeftButton)  # « Fermer », no print
    assert page.banner.isVisible()
    assert page.banner_label.text() == (
        "Orientation notée vers Atelier CV et candidatures : proposée."
    )


def test_after_printing_the_page_says_the_referral_was_sent(qtbot, ctx, engine, printed_to):
    add_service(engine, name="Atelier CV et candidatures")
    add_visit(engine, ctx.site_id, themes=[EMPLOYMENT_THEME])
    window = _window(qtbot, ctx)
    page, preview = _refer_from_the_first_visit(qtbot, window)
    qtbot.keyClick(preview, Qt.Key.Key_Return)  # print
    assert preview.status_label.text() == "Fiche imprimée."
    qtbot.mouseClick(preview.close_button, Qt.MouseButton.LeftButton)
    assert page.banner_label.text() == (
        "Orientation notée vers Atelier CV et candidatures : envoyée."
    )
    with read_session(engine) as session:
        assert [r.status for r in session.exec(select(Referral))] == ["envoyee"]


def test_a_volunteer_is_not_told_to_type_a_name(qtbot, volunteer_ctx):
    window = _window(qtbot, volunteer_ctx)
    page = window.page("accueil")
    assert not page.search.isVisible()
    hint = page.empty_hint.findChild(type(page.counter), "emptyStateHint")
    assert hint.text() == (
        "Appuyez sur « Visite anonyme » (Ctrl+Maj+N) pour chaque personne accueillie."
    )
    assert "Tapez un nom" not in hint.text()


def test_an_agent_is_told_to_type_a_name(qtbot, ctx):
    window = _window(qtbot, ctx)
    page = window.page("accueil")
    hint = page.empty_hint.findChild(type(page.counter), "emptyStateHint")
    assert hint.text().startswith("Tapez un nom ci-dessus puis Entrée")


def test_reception_and_till_say_which_visits_they_count(qtbot, volunteer_ctx):
    window = _window(qtbot, volunteer_ctx)
    reception = window.page("accueil")
    qtbot.mouseClick(reception.anonymous_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reception.visit_dialog is not None)
    qtbot.keyClick(reception.visit_dialog, Qt.Key.Key_Return)
    assert reception.counter.text() == "Aujourd'hui à l'accueil : 1 visite"
    window.show_page("caisse")
    till = window.page("caisse")
    for _ in range(2):
        qtbot.mouseClick(till.button_widgets()[0], Qt.MouseButton.LeftButton)
    assert till.visits_total.text() == "2 passages en caisse"
    window.show_page("accueil")
    assert reception.counter.text() == "Aujourd'hui à l'accueil : 1 visite"
