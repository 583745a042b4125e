"""The Till page driven like a volunteer: clicks, keys, undo, weighing, Orienter, full screen."""

from collections import Counter
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from app.clock import utcnow
from app.db import read_session, write_session
from app.services import till, till_setup
from models import Donation, TillButton, Visit
from ui.pages.caisse import CaissePage

pytestmark = pytest.mark.usefixtures("french_ui")


@pytest.fixture
def page(qtbot, volunteer_ctx):
    widget = CaissePage(volunteer_ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    widget.refresh()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    widget.button_widgets()[0].setFocus()
    return widget


def stored_counts(engine) -> Counter:
    with read_session(engine) as session:
        return Counter(v.kind for v in session.exec(select(Visit)))


def test_a_fresh_site_gets_the_default_buttons_at_zero(page, engine):
    widgets = page.button_widgets()
    assert [w.label for w in widgets] == [
        "Achat",
        "Dépôt d'objets",
        "Information",
        "Atelier",
        "Bénévolat",
    ]
    assert all(w.count_label.text() == "0" for w in widgets)
    assert all(w.height() >= 64 for w in widgets)
    assert widgets[0].accessibleName() == "Achat, 0 aujourd'hui"
    assert page.visits_total.text() == "Aucun passage en caisse pour l'instant."
    assert "Aucun don pesé" in page.donations_label.text()


def test_hundred_clicks_with_mouse_and_keys_record_hundred_visits(page, qtbot, engine):
    widgets = page.button_widgets()
    kinds = [w.kind for w in widgets]
    expected: Counter = Counter()
    for index in range(100):
        number = (index * 7) % len(widgets)  # visits every button in a mixed order
        if index % 2:
            qtbot.mouseClick(widgets[number], Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(page.focusWidget(), Qt.Key(Qt.Key.Key_1 + number))
        if kinds[number] == "depot":
            # the weighing panel opened: Esc skips it, focus comes back to the buttons
            assert page.weighing.isVisible()
            qtbot.keyClick(page.weighing.kg_edit, Qt.Key.Key_Escape)
            assert not page.weighing.isVisible()
        expected[kinds[number]] += 1
    assert stored_counts(engine) == expected
    assert sum(expected.values()) == 100
    shown = {w.kind: int(w.count_label.text()) for w in widgets}
    assert shown == {kind: expected[kind] for kind in kinds}
    assert page.visits_total.text() == "100 passages en caisse"
    with read_session(engine) as session:
        agents = {v.agent_id for v in session.exec(select(Visit))}
        assert agents == {page.ctx.actor.agent_id}


def test_the_toast_says_what_was_recorded_and_undoes_it(page, qtbot, engine):
    qtbot.mouseClick(page.button_widgets()[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.button_widgets()[2], Qt.MouseButton.LeftButton)
    assert page.toast.isVisible()
    assert page.toast.message.text() == "Enregistré : Information"
    assert page.toast.undo_button.isVisible()
    qtbot.mouseClick(page.toast.undo_button, Qt.MouseButton.LeftButton)
    assert stored_counts(engine) == Counter({"achat": 1})
    assert page.toast.message.text() == "Annulé : Information"
    assert page.button_widgets()[2].count_label.text() == "0"
    # Ctrl+Z undoes the click before
    qtbot.keyClick(page.button_widgets()[0], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_counts(engine) == Counter()
    assert page.button_widgets()[0].count_label.text() == "0"
    # nothing left: a clear message, nothing else happens
    qtbot.keyClick(page.button_widgets()[0], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.toast.message.text() == "Il n'y a aucun clic à annuler."


def test_undo_is_refused_on_the_page_after_two_minutes(page, qtbot, engine, volunteer):
    button = page.button_widgets()[0]
    with write_session(engine) as session:
        till.record_click(session, volunteer, button.button_id, now=utcnow() - timedelta(minutes=3))
    qtbot.keyClick(button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "plus de 2 minutes" in page.toast.message.text()
    assert not page.toast.undo_button.isVisible()
    assert stored_counts(engine) == Counter({"achat": 1})


def test_a_drop_off_is_weighed_with_a_decimal_comma(page, qtbot, engine):
    depot = next(w for w in page.button_widgets() if w.kind == "depot")
    qtbot.mouseClick(depot, Qt.MouseButton.LeftButton)
    assert page.weighing.isVisible()
    assert page.weighing.kg_edit.hasFocus()
    # nonsense first: a French message, nothing stored
    qtbot.mouseClick(page.weighing.category_button("mobilier"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.weighing.kg_edit, "deux")
    qtbot.keyClick(page.weighing.kg_edit, Qt.Key.Key_Return)
    assert page.weighing.error_label.text().startswith("« deux » n'est pas un poids")
    with read_session(engine) as session:
        assert session.exec(select(Donation)).all() == []
    page.weighing.kg_edit.clear()
    qtbot.keyClicks(page.weighing.kg_edit, "2,5")
    qtbot.keyClick(page.weighing.kg_edit, Qt.Key.Key_Return)
    assert not page.weighing.isVisible()
    with read_session(engine) as session:
        donation = session.exec(select(Donation)).one()
        visit = session.exec(select(Visit)).one()
        assert (donation.category, donation.kg, donation.visit_id) == ("mobilier", 2.5, visit.id)
    assert "mobilier" in page.donations_label.text()
    assert "2,5&nbsp;kg" in page.donations_label.text()
    assert page.toast.message.text() == "2,5 kg de mobilier enregistrés"
    # the next drop-off keeps the category: typing the weight and Enter is enough
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_2)
    assert page.weighing.selected_category() == "mobilier"
    qtbot.keyClicks(page.weighing.kg_edit, "10")
    qtbot.keyClick(page.weighing.kg_edit, Qt.Key.Key_Enter)
    assert "12,5&nbsp;kg" in page.donations_label.text()


def test_a_weighing_without_category_asks_for_one(page, qtbot, engine):
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_2)
    qtbot.keyClicks(page.weighing.kg_edit, "3")
    qtbot.keyClick(page.weighing.kg_edit, Qt.Key.Key_Return)
    assert page.weighing.error_label.text() == "Veuillez choisir une catégorie."
    with read_session(engine) as session:
        assert session.exec(select(Donation)).all() == []


def test_undoing_a_drop_off_closes_its_weighing(page, qtbot, engine):
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_2)
    assert page.weighing.isVisible()
    qtbot.mouseClick(page.toast.undo_button, Qt.MouseButton.LeftButton)
    assert not page.weighing.isVisible()
    assert stored_counts(engine) == Counter()


def test_undoing_a_weighed_drop_off_removes_its_weight(page, qtbot, engine):
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_2)
    qtbot.mouseClick(page.weighing.category_button("livres"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.weighing.kg_edit, "4")
    qtbot.keyClick(page.weighing.kg_edit, Qt.Key.Key_Return)
    assert "livres" in page.donations_label.text()
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_counts(engine) == Counter()
    with read_session(engine) as session:
        assert session.exec(select(Donation)).all() == []
    assert "livres" not in page.donations_label.text()
    assert page.visits_total.text() == "Aucun passage en caisse pour l'instant."


def test_orienter_asks_for_a_referral(page, qtbot):
    with qtbot.waitSignal(page.refer_requested, timeout=1000):
        qtbot.mouseClick(page.refer_button, Qt.MouseButton.LeftButton)


def test_f11_toggles_full_screen(page, qtbot):
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_F11)
    assert page.window().isFullScreen()
    assert page.fullscreen_button.text() == "Quitter le plein écran (F11)"
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_F11)
    assert not page.window().isFullScreen()


def test_a_switched_off_button_leaves_the_till(qtbot, engine, coordinator, volunteer_ctx):
    from tests.till_helpers import make_buttons

    buttons = make_buttons(engine, coordinator)
    with write_session(engine) as session:
        for button in buttons:
            till_setup.update_till_button(session, coordinator, button.id, active=False)
    page = CaissePage(volunteer_ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.button_widgets() == []
    assert not page.no_buttons.isHidden()
    with read_session(engine) as session:
        assert len(session.exec(select(TillButton)).all()) == 5


def test_a_volunteer_window_has_no_people_reports_or_settings(qtbot, volunteer_ctx):
    from ui.main_window import MainWindow

    window = MainWindow(volunteer_ctx)
    qtbot.addWidget(window)
    keys = window.visible_page_keys()
    assert "caisse" in keys and "annuaire" in keys
    assert not {"personnes", "rapports", "reglages"} & set(keys)
    window.show_page("caisse")
    assert isinstance(window.stack.currentWidget(), CaissePage)
