"""`aiguillage agenda` prints a day's appointments, and `--rappels` the people to call back
about their appointments in two days, with their phone numbers."""

import io

from pypdf import PdfReader

from app.cli import main
from app.db import write_session
from app.services import appointments
from tests.appointments_helpers import MONDAY, NOW, TUESDAY, at, set_up_agenda
from tests.reception_helpers import make_person


def text_of(path) -> str:  # type: ignore[no-untyped-def]
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_the_days_list_and_the_call_back_list(engine, db_path, coordinator, agent, tmp_path,
                                              capsys):  # fmt: skip
    place = set_up_agenda(engine, coordinator, agent)
    anne = make_person(engine, agent, "Anne", "Kervella", phone="06 12 34 56 78")
    bob = make_person(engine, agent, "Bob", "Le Goff")
    with write_session(engine) as session:
        for person, moment in ((anne, at(MONDAY, 9)), (bob, at(MONDAY, 10))):
            appointments.book(session, agent, place.interview.id, agent.agent_id, moment,
                              person.id, now=NOW)  # fmt: skip
        late = appointments.book(session, agent, place.interview.id, agent.agent_id,
                                 at(TUESDAY, 9), bob.id, now=NOW)  # fmt: skip
        appointments.set_status(session, agent, late.id, "excuse", now=NOW)
    engine.dispose()
    day = tmp_path / "jour.pdf"
    assert main(["agenda", "--db", str(db_path), "--day", MONDAY.isoformat(),
                 "--out", str(day)]) == 0  # fmt: skip
    text = text_of(day)
    assert "Rendez-vous du lundi 4 janvier 2027" in text
    assert "09:00" in text and "Anne KERVELLA" in text and "Bob LE GOFF" in text
    assert "2 rendez-vous." in text and "à venir" in text
    recalls = tmp_path / "rappels.pdf"
    saturday = MONDAY.replace(day=2)
    assert main(["agenda", "--db", str(db_path), "--day", saturday.isoformat(), "--rappels",
                 "--out", str(recalls)]) == 0  # fmt: skip
    text = text_of(recalls)
    assert "À rappeler" in text and "06 12 34 56 78" in text and "Bob LE GOFF" in text
    assert "pas de numéro" in text
    tuesday_recalls = tmp_path / "mardi.pdf"
    assert main(["agenda", "--db", str(db_path), "--day", "2027-01-03", "--rappels",
                 "--out", str(tuesday_recalls)]) == 0  # fmt: skip
    assert "Aucun rendez-vous" in text_of(tuesday_recalls)  # Bob's Tuesday was excused
    assert "rappels.pdf" in capsys.readouterr().out


def test_a_bad_day_is_said_in_french(db_path, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert main(["agenda", "--db", str(db_path), "--day", "4 janvier", "--out", str(out)]) == 2
    assert "n'est pas une date" in capsys.readouterr().err
    assert not out.exists()
