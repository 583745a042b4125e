"""Phone numbers are shown as French readers expect them, whatever way they were typed; what is
not a French number is shown as typed."""

import io

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QLabel

from app.db import read_session, write_session
from app.pdf.sheets import render_orientation_sheet
from app.phone_numbers import shown_phone
from app.services import referrals as svc
from tests.reception_helpers import make_person
from tests.referrals_helpers import EMPLOYMENT_THEME, add_service
from ui.pages.personnes import PersonnesPage


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("0299123456", "02 99 12 34 56"),
        ("02.99.12.34.56", "02 99 12 34 56"),
        ("02-99-12-34-56", "02 99 12 34 56"),
        ("  06 12 34 56 78 ", "06 12 34 56 78"),
        ("+33612345678", "+33 6 12 34 56 78"),
        ("+33 (0)6 12 34 56 78", "+33 6 12 34 56 78"),
        ("0033299123456", "+33 2 99 12 34 56"),
        ("3919", "3919"),
        ("115", "115"),
        ("+44 20 7946 0958", "+44 20 7946 0958"),
        ("02 99 12 34 56 poste 12", "02 99 12 34 56 poste 12"),
        ("029912345", "029912345"),
        ("", ""),
    ],
)
def test_french_numbers_are_shown_in_pairs(typed, shown):
    assert shown_phone(typed) == shown


def test_a_sheet_prints_a_number_typed_without_spaces_in_pairs(engine, agent):
    service_id = add_service(engine, phone="0299723456")
    with write_session(engine) as session:
        made = svc.create_referrals(
            session, agent, service_ids=[service_id], themes=[EMPLOYMENT_THEME]
        )
        referral_id = made[0].id
    with read_session(engine) as session:
        pdf = render_orientation_sheet(session, [referral_id], paper="a4", language="fr")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "02 99 72 34 56" in text


@pytest.mark.usefixtures("french_ui", "sync_tasks")
def test_a_person_file_shows_her_number_in_pairs(qtbot, ctx, engine, agent):
    person = make_person(engine, agent, "Amina", "Benali", phone="0612345678")
    page = PersonnesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    page.open_person(person.id)
    shown = page.file_view.findChild(QLabel, "personFile_phone")
    qtbot.waitUntil(lambda: shown.text() == "06 12 34 56 78")
