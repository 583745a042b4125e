"""The appointments on the desk, driven like a person: booking from a file (the next free
slots first), a slot taken meanwhile by another desk, the day on the Rendez-vous page with its
statuses, names hidden from a volunteer, and « Arrivé·e » at the top of the Reception page."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from app.clock import local_today, utcnow
from app.db import read_session, write_session
from app.services import agenda_setup, appointments
from models import Appointment, Visit
from tests.conftest import make_ctx
from tests.reception_helpers import make_person
from ui.dialogs.book_appointment import BookAppointmentDialog
from ui.pages.accueil import AccueilPage
from ui.pages.rendez_vous import RendezVousPage

pytestmark = pytest.mark.usefixtures("french_ui", "sync_tasks")


@pytest.fixture
def motif(engine, coordinator, agent):  # type: ignore[no-untyped-def]
    """A 30-minute interview; the agent receives every day, all day."""
    with write_session(engine) as session:
        made = agenda_setup.create_motif(session, coordinator, "Premier entretien", 30)
        for weekday in range(7):
            agenda_setup.add_opening_slot(session, coordinator, agent.agent_id, weekday,
                                          "0:00", "23:59")  # fmt: skip
        return made.id


def stored(engine) -> list:  # type: ignore[no-untyped-def]
    with read_session(engine) as session:
        return [(a.person_id, a.status) for a in session.exec(select(Appointment))]


def test_booking_from_a_file_takes_the_first_free_slot_with_enter(qtbot, ctx, engine, agent,
                                                                   motif, no_warnings):  # fmt: skip
    anne = make_person(engine, agent, "Anne", "Kervella")
    dialog = BookAppointmentDialog(ctx, anne.id, "Anne KERVELLA")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.motif.currentText() == "Premier entretien"
    assert dialog.slots.count() > 1 and dialog.slots.currentRow() == 0
    first = dialog.slots.item(0).data(Qt.ItemDataRole.UserRole)[1]
    # the soonest half hour still to come (the last of a day ends at 23:30)
    assert first > utcnow() and first - utcnow() <= timedelta(minutes=61)
    qtbot.keyClick(dialog.slots, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert stored(engine) == [(anne.id, "a-venir")]


def test_a_slot_taken_meanwhile_is_refused_in_the_dialog_and_offered_no_more(
    qtbot, ctx, engine, agent, motif
):
    anne = make_person(engine, agent, "Anne")
    bob = make_person(engine, agent, "Bob")
    dialog = BookAppointmentDialog(ctx, bob.id, "Bob")
    qtbot.addWidget(dialog)
    dialog.show()
    taken = dialog.slots.item(0).data(Qt.ItemDataRole.UserRole)
    with write_session(engine) as session:  # another desk books it first
        appointments.book(session, agent, motif, taken[0], taken[1], anne.id)
    dialog.book_button.click()
    assert "a déjà un rendez-vous" in dialog.error.text()
    assert dialog.isVisible() and stored(engine) == [(anne.id, "a-venir")]
    assert dialog.slots.item(0).data(Qt.ItemDataRole.UserRole) != taken
    dialog.book_button.click()
    assert sorted(s for _, s in stored(engine)) == ["a-venir", "a-venir"]


def test_booking_from_reception_finds_the_person_first(qtbot, ctx, engine, agent, motif):
    make_person(engine, agent, "Zoé", "Œuvray")
    dialog = BookAppointmentDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.book_button.click()
    assert dialog.error.text() == "Cherchez d'abord la personne."
    qtbot.keyClicks(dialog.search, "oeuvray")
    assert dialog.people.count() == 1
    dialog.book_button.click()
    assert [s for _, s in stored(engine)] == ["a-venir"]


def book_today(engine, agent, motif, person, minute: int):  # type: ignore[no-untyped-def]
    """An appointment early today, booked yesterday (it may be past by now: arrival works all
    day long)."""
    moment = appointments.local_moment(local_today(), minute)
    with write_session(engine) as session:
        return appointments.book(session, agent, motif, agent.agent_id, moment, person.id,
                                 now=moment - timedelta(days=1)).id  # fmt: skip


def test_the_day_on_the_appointments_page_and_its_statuses(qtbot, ctx, engine, agent, motif,
                                                           no_warnings):  # fmt: skip
    anne = make_person(engine, agent, "Anne", "Kervella")
    bob = make_person(engine, agent, "Bob", "Le Goff")
    book_today(engine, agent, motif, anne, 0)
    book_today(engine, agent, motif, bob, 30)
    page = RendezVousPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    cells = [page.model.item(row, 3).text() for row in range(page.model.rowCount())]
    assert cells == ["Anne KERVELLA", "Bob LE GOFF"]
    assert page.open_label.text() == "2 rendez-vous passés n'ont pas encore de statut." or (
        utcnow() < appointments.local_moment(local_today(), 60))  # fmt: skip
    page.table.setFocus()
    assert page.arrived_button.isEnabled()
    page.arrived_button.click()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    page.no_show_button.click() if page.no_show_button.isEnabled() else page.excused_button.click()
    statuses = sorted(s for _, s in stored(engine))
    assert statuses[0] in ("absent", "excuse") and statuses[1] == "vu"
    assert page.open_label.text() == "Tous les rendez-vous passés ont un statut."
    with read_session(engine) as session:
        assert len(session.exec(select(Visit)).all()) == 1
    page.view.setCurrentIndex(1)  # the week: one line per start time
    assert page.model.columnCount() >= 7 and page.model.rowCount() == 2


def test_a_volunteer_sees_the_times_without_the_names(qtbot, engine, db_path, agent, volunteer,
                                                      motif):  # fmt: skip
    book_today(engine, agent, motif, make_person(engine, agent, "Anne", "Kervella"), 0)
    page = RendezVousPage(make_ctx(engine, db_path, volunteer))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.model.item(0, 3).text() == "(nom masqué)"
    assert page.model.item(0, 2).text() == "Premier entretien"
    assert not page.book_button.isVisible() and not page.arrived_button.isVisible()


def test_reception_shows_the_days_appointments_first_and_arrived_logs_the_visit(
    qtbot, ctx, engine, agent, motif, no_warnings
):
    anne = make_person(engine, agent, "Anne", "Kervella")
    booked = book_today(engine, agent, motif, anne, 0)
    page = AccueilPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    panel = page.appointments
    assert panel.isVisible() and panel.table.item(0, 1).text() == "Anne KERVELLA"
    assert panel.title.text() == "Rendez-vous du jour (1 à venir)"
    panel.arrived_button.click()
    with read_session(engine) as session:
        appointment = session.get(Appointment, booked)
        visit = session.exec(select(Visit)).one()
        assert appointment.status == "vu" and appointment.visit_id == visit.id
    assert page.log_model.rowCount() == 1 and page.log_model.rows[0].person_name.startswith(
        "Anne")  # fmt: skip
    assert panel.title.text() == "Rendez-vous du jour (0 à venir)"
    assert not panel.arrived_button.isEnabled()


def test_the_coordination_sets_up_the_agenda_with_a_few_inputs(qtbot, coordinator_ctx, engine,
                                                               agent, no_warnings):  # fmt: skip
    from tests.foundation_helpers import type_text
    from ui.dialogs.agenda_setup import AgendaSetupDialog

    dialog = AgendaSetupDialog(coordinator_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.motif_name, "Atelier numérique")
    dialog.motif_minutes.setValue(60)
    dialog.motif_group.setChecked(True)
    dialog.motif_seats.setValue(6)
    dialog.findChild(object, "motifAdd").click()
    assert [dialog.motifs.item(i).text() for i in range(dialog.motifs.count())] == [
        "Atelier numérique — 60 min — Sur place — groupe de 6"]  # fmt: skip
    dialog.tabs.setCurrentIndex(1)
    dialog.slot_agent.setCurrentIndex(dialog.slot_agent.findText("Jean-Édouard N'Diaye"))
    dialog.slot_day.setCurrentIndex(3)
    dialog.slot_start.setText("14h")
    dialog.slot_end.setText("9:00")
    dialog.findChild(object, "slotAdd").click()
    assert dialog.error.text() == "La plage doit finir après son début."
    dialog.slot_end.setText("17:00")
    dialog.findChild(object, "slotAdd").click()
    assert dialog.error.text() == ""
    assert dialog.slots.item(0).text().endswith("jeudi 14:00–17:00")
    dialog.tabs.setCurrentIndex(2)
    dialog.closure_message.setText("Pont")
    dialog.findChild(object, "closureAdd").click()
    assert dialog.closures.count() == 1
    with read_session(engine) as session:
        assert len(agenda_setup.motifs(session, agent)) == 1
        assert [(s.weekday, s.start_minute) for s, _ in
                agenda_setup.opening_slots(session, agent)] == [(3, 14 * 60)]  # fmt: skip


def test_moving_from_the_page_keeps_the_time_it_had(qtbot, ctx, engine, agent, motif,
                                                     no_warnings):  # fmt: skip
    anne = make_person(engine, agent, "Anne", "Kervella")
    tomorrow = local_today() + timedelta(days=1)
    first = appointments.local_moment(tomorrow, 9 * 60)
    with write_session(engine) as session:
        booked = appointments.book(session, agent, motif, agent.agent_id, first, anne.id).id
    page = RendezVousPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.day = tomorrow
    page.refresh()
    page.move_button.click()
    dialog = page.book_dialog
    assert dialog.windowTitle() == "Déplacer le rendez-vous" and not dialog.motif.isEnabled()
    later = [i for i in range(dialog.slots.count())
             if dialog.slots.item(i).data(Qt.ItemDataRole.UserRole)[1] > first]  # fmt: skip
    dialog.slots.setCurrentRow(later[0])
    new_time = dialog.slots.item(later[0]).data(Qt.ItemDataRole.UserRole)[1]
    dialog.book_button.click()
    with read_session(engine) as session:
        events = [(e.kind, e.previous_starts_at and appointments.aware(e.previous_starts_at))
                  for e in appointments.events_of(session, agent, booked)]  # fmt: skip
        rows = appointments.of_person(session, agent, anne.id)
    assert events == [("booked", None), ("moved", first)]
    assert [r.starts_at for r in rows] == [new_time]


def test_booking_from_reception_for_the_person_found(qtbot, ctx, engine, agent, motif,
                                                    no_warnings):  # fmt: skip
    anne = make_person(engine, agent, "Anne", "Kervella")
    page = AccueilPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.keyClicks(page.search, "kerv")
    assert page.book_button.isVisible()
    page.book_button.click()
    dialog = page.book_dialog
    assert dialog.person_label.text() == "Anne KERVELLA" or "Anne" in dialog.person_label.text()
    qtbot.keyClick(dialog.slots, Qt.Key.Key_Return)
    assert stored(engine) == [(anne.id, "a-venir")]
