"""The Orientations page: filters, quick status update with a reason, reprint, badge."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from app.clock import utcnow
from app.db import read_session, write_session
from app.services import referrals as svc
from models import Referral
from tests.referrals_helpers import (  # noqa: F401  (fixtures)
    EMPLOYMENT_THEME,
    add_person,
    add_service,
    printed_to_fixture,
)
from ui.pages.orientations import OrientationsPage

pytestmark = pytest.mark.usefixtures("french_ui")


def _refer(engine, actor, service_id, *, days_ago=0, person_id=None, themes=(EMPLOYMENT_THEME,)):
    with write_session(engine) as session:
        return svc.create_referrals(
            session,
            actor,
            service_ids=[service_id],
            themes=list(themes),
            person_id=person_id,
            now=utcnow() - timedelta(days=days_ago),
        )[0].id


def _column(page, column):
    model = page.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


@pytest.fixture
def page(qtbot, ctx):
    widget = OrientationsPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_empty_page_says_what_to_do(page):
    page.refresh()
    assert page.table.isHidden()
    assert "Aucune orientation" in page.empty_label.text()


def test_list_filters_and_due_follow_ups(page, engine, agent):
    job = add_service(engine, name="Club emploi", organization="Mission Locale")
    car = add_service(engine, name="Garage", organization="Mob'In", themes=("mobilite",))
    person = add_person(engine, first_name="Hélène", last_name="Le Gall")
    _refer(engine, agent, job, days_ago=12, person_id=person)
    _refer(engine, agent, car, days_ago=2, themes=("mobilite--acceder-a-un-vehicule",))
    _refer(engine, agent, job, days_ago=40)  # expires when the page is shown
    page.refresh()
    assert _column(page, 2) == ["Garage", "Club emploi", "Club emploi"]
    assert _column(page, 1) == ["Anonyme", "Hélène Le Gall", "Anonyme"]
    assert _column(page, 4) == ["Proposée", "Proposée", "Expirée"]
    assert _column(page, 5)[1].startswith("⚠")
    tip = page.table.model().index(1, 5).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("À relancer")

    qtbot_click = page.due_filter
    qtbot_click.setChecked(True)
    assert _column(page, 2) == ["Club emploi"]
    page.due_filter.setChecked(False)
    page.partner_filter.setCurrentIndex(page.partner_filter.findText("Mob'In"))
    assert _column(page, 2) == ["Garage"]
    page.partner_filter.setCurrentIndex(0)
    page.theme_filter.setCurrentIndex(page.theme_filter.findData("trouver-un-emploi"))
    assert _column(page, 2) == ["Club emploi", "Club emploi"]
    page.status_filter.setCurrentIndex(page.status_filter.findData("expiree"))
    assert _column(page, 4) == ["Expirée"]
    page.status_filter.setCurrentIndex(page.status_filter.findData("realisee"))
    assert page.table.isHidden() and "Aucune orientation ne correspond" in page.empty_label.text()


def test_quick_status_update_with_a_refusal_reason(qtbot, page, engine, agent):
    referral_id = _refer(engine, agent, add_service(engine))
    page.refresh()
    assert page.selected_id() == referral_id
    assert [page.new_status.itemText(i) for i in range(page.new_status.count())] == [
        "Envoyée",
        "Annulée",
    ]
    assert not page.status_reason.isEnabled()
    qtbot.keyClicks(page.status_note, "Appel au partenaire")
    qtbot.keyClick(page.status_note, Qt.Key.Key_Return)
    assert _column(page, 4) == ["Envoyée"]

    page.new_status.setCurrentIndex(page.new_status.findData("refusee"))
    assert page.status_reason.isEnabled()
    page.status_reason.setCurrentIndex(page.status_reason.findData("session-complete"))
    qtbot.mouseClick(page.save_status_button, Qt.MouseButton.LeftButton)
    assert _column(page, 4) == ["Refusée"]
    tip = page.table.model().index(0, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Session complète"
    history = [page.history_list.item(i).text() for i in range(page.history_list.count())]
    assert len(history) == 3
    assert "Appel au partenaire" in history[1] and "Jean-Édouard N'Diaye" in history[1]
    assert "Session complète" in history[2]
    assert page.new_status.count() == 0 and not page.save_status_button.isEnabled()
    with read_session(engine) as session:
        stored = session.get(Referral, referral_id)
        assert (stored.status, stored.status_reason) == ("refusee", "session-complete")


def test_reprint_marks_the_sheet_printed(qtbot, page, engine, agent, printed_to):
    target, calls, errors = printed_to
    _refer(engine, agent, add_service(engine))
    page.refresh()
    qtbot.mouseClick(page.reprint_button, Qt.MouseButton.LeftButton)
    qtbot.addWidget(page.preview)
    qtbot.mouseClick(page.preview.print_button, Qt.MouseButton.LeftButton)
    assert errors == [] and target.exists()
    with read_session(engine) as session:
        assert session.exec(select(Referral.sheet_printed_at)).one() is not None
    assert _column(page, 4) == ["Envoyée"]


def test_open_the_person_file(qtbot, page, engine, agent):
    person = add_person(engine)
    _refer(engine, agent, add_service(engine), person_id=person)
    page.refresh()
    with qtbot.waitSignal(page.open_person_requested) as signal:
        qtbot.mouseClick(page.person_button, Qt.MouseButton.LeftButton)
    assert signal.args == [person]


def test_badge_counts_due_follow_ups(qtbot, ctx, engine, agent):
    from ui.main_window import MainWindow

    service = add_service(engine)
    for days in (10, 15, 1):
        _refer(engine, agent, service, days_ago=days)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show_page("orientations")
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert "Orientations  (2)" in titles


def test_every_filter_shows_its_whole_choice_at_1366x768(qtbot, ctx, engine, agent):
    """The partner filter, filled once the partners are read, read « Tous les » before."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    job = add_service(engine, name="Club emploi", organization="Mission Locale du Pays de Redon")
    _refer(engine, agent, job)
    widget = OrientationsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366 - 190, 740)
    widget.show()
    widget.refresh()
    qtbot.waitUntil(lambda: widget.partner_filter.count() > 1)
    for combo in (widget.status_filter, widget.partner_filter, widget.theme_filter,
                  widget.period_filter):  # fmt: skip
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option,
            QStyle.SubControl.SC_ComboBoxEditField, combo,
        )  # fmt: skip
        text = combo.currentText()
        assert combo.fontMetrics().horizontalAdvance(text) <= field.width(), text
