"""The monthly summary and its CSV export count appointments per motif (booked, seen,
no-show, excused, cancelled by the place, no-show rate) and the delay to the first
appointment: the figures equal the test's own tally."""

import csv
import io
import random
import statistics
from datetime import timedelta

from app.db import read_session, write_session
from app.reports.exports import table_csv
from app.reports.monthly import build_monthly_report
from app.reports.periods import Period
from app.services import appointments
from tests.appointments_helpers import MONDAY, NOW, at, set_up_agenda
from tests.reception_helpers import make_person

STATUSES = ("a-venir", "vu", "absent", "excuse", "annule-par-le-lieu")


def test_the_monthly_figures_equal_the_tests_tally(engine, coordinator, agent, tmp_path):
    place = set_up_agenda(engine, coordinator, agent)
    chance = random.Random(27)
    people = [make_person(engine, agent, f"Personne{n}").id for n in range(12)]
    tally: dict[str, dict[str, int]] = {}
    delays: dict = {}
    first_seen: set = set()
    # four Mondays and Tuesdays of January 2027, each morning's half hours
    days = [MONDAY + timedelta(days=7 * week + d) for week in range(4) for d in (0, 1)]
    n = 0
    for day in days:
        for minute in range(0, 180, 60):
            motif = place.workshop if minute == 120 else place.interview
            seats = 2 if motif is place.workshop else 1
            for _seat in range(seats):
                person = people[n % len(people)]
                n += 1
                booked_on = NOW + timedelta(hours=n)
                with write_session(engine) as session:
                    booking = appointments.book(session, agent, motif.id, agent.agent_id,
                                                at(day, 9, minute), person,
                                                now=booked_on)  # fmt: skip
                    status = chance.choice(STATUSES)
                    if status != "a-venir":
                        later = at(day, 13) if status in ("vu", "absent") else booked_on
                        appointments.set_status(session, agent, booking.id, status, now=later)
                counts = tally.setdefault(motif.name, dict.fromkeys(STATUSES, 0))
                counts[status] += 1
                if person not in first_seen:
                    first_seen.add(person)
                    delays[person] = (at(day, 9, minute) - booked_on) / timedelta(days=1)
    with read_session(engine) as session:
        report = build_monthly_report(session, coordinator, Period.month(2027, 1), now=NOW)
    tables = {table.key: table for table in report.all_tables()}
    shown = {row[0]: row for row in tables["rendez-vous-par-motif"].rows}
    for name, counts in tally.items():
        booked = sum(counts.values())
        due = counts["vu"] + counts["absent"]
        expected = [name, booked, counts["vu"], counts["absent"], counts["excuse"],
                    counts["annule-par-le-lieu"],
                    round(100 * counts["absent"] / due, 1) if due else None]  # fmt: skip
        assert shown[name] == expected
    assert shown["Total"][1] == n
    median = statistics.median(delays.values())
    assert tables["rendez-vous-delai"].rows[0][1] == round(median, 1)
    # the CSV says the same
    text = table_csv(tables["rendez-vous-par-motif"]).decode("utf-8-sig")
    lines = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert lines[0][:3] == ["Motif", "Pris", "Vus"]
    assert {line[0]: int(line[1]) for line in lines[1:]}["Total"] == n
    assert any(line.startswith("Rendez-vous :") for line in report.methods)


def test_a_place_without_agenda_has_no_appointment_table(engine, coordinator):
    with read_session(engine) as session:
        report = build_monthly_report(session, coordinator, Period.month(2027, 1), now=NOW)
    assert not [t for t in report.all_tables() if t.key.startswith("rendez-vous")]


def test_the_pdf_shows_the_appointment_table(engine, coordinator, agent, tmp_path):
    from pypdf import PdfReader

    from app.reports.pdf import render_report_pdf

    place = set_up_agenda(engine, coordinator, agent)
    anne = make_person(engine, agent, "Anne")
    with write_session(engine) as session:
        appointments.book(session, agent, place.interview.id, agent.agent_id, at(MONDAY, 9),
                          anne.id, now=NOW)  # fmt: skip
    with read_session(engine) as session:
        report = build_monthly_report(session, coordinator, Period.month(2027, 1), now=NOW)
    pdf = render_report_pdf(report)
    (tmp_path / "synthese.pdf").write_bytes(pdf)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Rendez-vous par motif" in text and "Premier entretien" in text
