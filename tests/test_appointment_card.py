"""The person's appointment card: A4 and ticket, five languages, the date in words, how to
come, what to bring, the number to cancel, and a QR code holding an iCalendar VEVENT."""

import io

import pytest
from pypdf import PdfReader

from app.db import read_session, write_session
from app.errors import UserError
from app.pdf import appointment_card
from app.services import appointments
from tests.appointments_helpers import MONDAY, NOW, at, set_up_agenda
from tests.reception_helpers import make_person


@pytest.fixture
def booked(engine, coordinator, agent):  # type: ignore[no-untyped-def]
    place = set_up_agenda(engine, coordinator, agent)
    person = make_person(engine, agent, "Amina", "Haddad", preferred_language="ar")
    with write_session(engine) as session:
        return appointments.book(session, agent, place.interview.id, agent.agent_id,
                                 at(MONDAY, 9, 30), person.id, now=NOW).id  # fmt: skip


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("paper", ["a4", "receipt"])
def test_the_french_card_says_when_where_what_to_bring_and_how_to_cancel(
    engine, agent, booked, paper
):
    with read_session(engine) as session:
        pdf = appointment_card.render_card(session, agent, booked, paper, language="fr")
        card = appointment_card.gather_card(session, agent, booked, "fr")
    text = text_of(pdf)
    for expected in ("Votre rendez-vous", "lundi 4 janvier 2027", "à 9 h 30", "Amina Haddad",
                     "Premier entretien", "Apportez votre pièce d'identité", "Durée : 30 minutes",
                     "Pour annuler ou déplacer"):  # fmt: skip
        assert expected in text.replace("\n", " "), expected
    event = appointment_card.vevent(card, now=NOW)
    assert "BEGIN:VEVENT" in event and "DTSTART:20270104T083000Z" in event
    assert "DTEND:20270104T090000Z" in event and "Amina" not in event


def test_the_card_speaks_the_persons_language(engine, agent, booked):
    with read_session(engine) as session:
        arabic = appointment_card.gather_card(session, agent, booked)
        pdf = appointment_card.build_card(arabic)
        spanish = text_of(appointment_card.render_card(session, agent, booked, language="es"))
        ukrainian = text_of(appointment_card.render_card(session, agent, booked, language="uk"))
    assert arabic.language == "ar" and pdf.startswith(b"%PDF")
    assert "lunes 4 de enero de 2027" in spanish
    assert "4 січня 2027" in ukrainian


def test_a_bad_paper_is_refused_in_french(engine, agent, booked):
    with pytest.raises(UserError, match="A4"), read_session(engine) as session:
        appointment_card.render_card(session, agent, booked, "a3")

