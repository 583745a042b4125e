"""The window hands work from page to page: Orienter opens the referral, a referral opens the
person's file, the till's Orienter opens the quick referral."""

from PySide6.QtWidgets import QApplication

from app.db import write_session
from app.services.people import PersonFields, create_person
from app.services.visits import VisitFields, log_visit
from ui.application import get_application
from ui.dialogs.refer import ReferDialog
from ui.main_window import MainWindow

THEME = "trouver-un-emploi--repondre-a-des-offres-demploi"


def _person_with_visit(ctx):
    with write_session(ctx.engine) as session:
        person = create_person(
            session, ctx.actor, PersonFields(first_name="Hélène", last_name="N'Diaye")
        )
        visit = log_visit(session, ctx.actor, VisitFields(themes=[THEME]), person_id=person.id)
    return person, visit


def _open_dialogs(kind):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_orienter_on_the_reception_page_opens_the_referral_for_that_visit(qtbot, ctx):
    get_application("fr")
    person, visit = _person_with_visit(ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.page("accueil").refer_requested.emit(visit.id.hex, person.id.hex, [THEME])
    dialogs = _open_dialogs(ReferDialog)
    assert len(dialogs) == 1
    assert dialogs[0].person_id == person.id
    assert dialogs[0].visit_id == visit.id
    assert dialogs[0].visit_themes == [THEME]
    dialogs[0].close()


def test_a_referral_opens_the_persons_file(qtbot, ctx):
    get_application("fr")
    person, _visit = _person_with_visit(ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.page("orientations").open_person_requested.emit(person.id)
    assert window.current_page_key() == "personnes"
    assert "Hélène" in window.page("personnes").file_view.heading.text()


def test_orienter_at_the_till_opens_the_quick_referral(qtbot, volunteer_ctx, monkeypatch):
    from ui.dialogs import quick_referral

    opened = []
    monkeypatch.setattr(quick_referral.QuickReferralDialog, "exec", lambda self: opened.append(1))
    get_application("fr")
    window = MainWindow(volunteer_ctx)
    qtbot.addWidget(window)
    window.show_page("caisse")
    window.page("caisse").refer_button.click()
    assert opened == [1]


def test_each_page_declares_the_shared_data_it_follows():
    from ui.pages import PAGES

    declared = {spec.key: spec.load().live_topics for spec in PAGES}
    assert declared == {
        "accueil": ("visits", "appointments"), "caisse": ("till", "till-setup"),
        "orientations": ("referrals",), "annuaire": ("directory",), "personnes": ("person:",),
        "rendez_vous": ("appointments",), "rapports": (), "reglages": (),
    }  # fmt: skip
    assert MainWindow.live_topics == ("referrals",)  # the follow-up badge


def test_a_change_goes_to_what_is_shown_and_follows_it(qtbot, ctx):
    """What the live layer does with a notification heard from another desk (`ui.live.route`):
    the page on screen that follows the topic reads again; another topic, or a page not on
    screen, reads nothing."""
    from ui.live import route

    get_application("fr")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_page("personnes")
    people = window.page("personnes")
    window.show_page("accueil")
    reception = window.page("accueil")
    assert reception.log_model.rowCount() == 0 and people.list.count() == 0
    person, _visit = _person_with_visit(ctx)  # as if another desk saved them
    route(window, "till")
    route(window, f"person:{person.id}")  # Personnes follows it, but is not on screen
    assert reception.log_model.rowCount() == 0 and people.list.count() == 0
    route(window, "visits")
    assert reception.log_model.rowCount() == 1
    window.show_page("personnes")  # shown: it reads again by itself
    assert people.list.count() == 1
