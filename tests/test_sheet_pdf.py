"""The orientation sheet: every field of the service, in five languages and both formats,
and a QR code that decodes to the phone number."""

import io
import re
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from app.db import read_session, write_session
from app.errors import UserError
from app.opening_hours import describe_hours
from app.pdf import sheet_labels as words
from app.pdf.sheets import qr_value_for, render_orientation_sheet
from app.services import referrals as svc
from tests.referrals_helpers import (
    EMPLOYMENT_THEME,
    add_person,
    add_service,
    full_service_fields,
)

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)  # a Saturday: closed, next opening Monday
CLOSURE = (date(2026, 12, 24), date(2027, 1, 2), "Congés de fin d'année")


@pytest.fixture
def referral_id(engine, agent):
    service_id = add_service(engine, closures=(CLOSURE,), **full_service_fields())
    person_id = add_person(engine, first_name="Œzlem", preferred_language="uk")
    with write_session(engine) as session:
        made = svc.create_referrals(
            session,
            agent,
            service_ids=[service_id],
            themes=[EMPLOYMENT_THEME],
            person_id=person_id,
            now=NOW,
        )
        return made[0].id


def _text(pdf: bytes) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", text), len(reader.pages)


def _visual(text: str) -> str:
    """An Arabic text as pypdf reads it back: joined letter forms, in reading order."""
    import arabic_reshaper

    return arabic_reshaper.reshape(text)


@pytest.mark.parametrize("paper", ["a4", "receipt"])
@pytest.mark.parametrize("language", ["fr", "en", "es", "uk", "ar"])
def test_every_field_is_printed(engine, referral_id, paper, language):
    with read_session(engine) as session:
        pdf = render_orientation_sheet(
            session, [referral_id], paper=paper, language=language, now=NOW
        )
    text, pages = _text(pdf)
    assert pages == 1
    fields = full_service_fields()
    partner_data = [
        fields["name"],
        fields["organization"],
        "12 rue de l'Abbaye, 35600 Redon",
        fields["phone"],
        fields["email"],
        *fields["documents_to_bring"],
        fields["fees_details"],
        fields["access_conditions"],
        fields["mobilisation_details"],
        CLOSURE[2],
        "Point Accueil Emploi de Pipriac",
        "3 rue Charles Sillard, 35550 Pipriac",
        "02 99 00 00 00",
        "Œzlem",
        words.format_day(date(2026, 9, 15), language),
        words.format_day(date(2026, 11, 21), language),
        words.format_day(CLOSURE[0], language),
    ]
    for value in partner_data:
        assert value in text, value
    labels = ["title", "address", "phone", "hours", "documents", "fees", "conditions", "how"]
    for key in labels:
        expected = words.label(language, key)
        assert (_visual(expected) if language == "ar" else expected) in text, key
    if language != "ar":
        assert describe_hours(fields["opening_hours"], language) in text
        assert words.mobilisation_words(["se-presenter"], language)[0] in text
        assert words.fees_words("gratuit", language) in text
        assert words.format_moment(datetime(2026, 11, 23, 9, 0), language) in text
        assert words.theme_words([EMPLOYMENT_THEME], language) in text
    else:
        assert _visual(words.WEEKDAYS["ar"][0]) in text  # next opening: Monday
        assert _visual(words.fees_words("gratuit", "ar")) in text
    assert words.label(language, "privacy")[:12] in text or language == "ar"


def test_sheet_defaults_to_the_referral_language(engine, referral_id):
    with write_session(engine) as session:
        from models import Referral

        session.get(Referral, referral_id).language = "es"
    with read_session(engine) as session:
        text, _ = _text(render_orientation_sheet(session, [referral_id], now=NOW))
    assert "Ficha de orientación" in text


def test_receipt_is_80_mm_wide_and_as_long_as_its_content(engine, agent):
    ids = [add_service(engine, **full_service_fields()) for _ in range(3)]
    with write_session(engine) as session:
        made = svc.create_referrals(
            session, agent, service_ids=ids, themes=[EMPLOYMENT_THEME], now=NOW
        )
    with read_session(engine) as session:
        one = render_orientation_sheet(session, [made[0].id], paper="receipt", now=NOW)
        three = render_orientation_sheet(session, [r.id for r in made], paper="receipt", now=NOW)
    first, many = PdfReader(io.BytesIO(one)), PdfReader(io.BytesIO(three))
    assert len(first.pages) == len(many.pages) == 1
    width = float(first.pages[0].mediabox.width)
    assert abs(width - 80 / 25.4 * 72) < 0.5
    assert float(many.pages[0].mediabox.height) > 2.5 * float(first.pages[0].mediabox.height) - 200


def test_anonymous_sheet_has_no_name(engine, volunteer):
    service_id = add_service(engine)
    with write_session(engine) as session:
        made = svc.create_referrals(
            session, volunteer, service_ids=[service_id], themes=[EMPLOYMENT_THEME], now=NOW
        )
    with read_session(engine) as session:
        text, _ = _text(render_orientation_sheet(session, [made[0].id], now=NOW))
    assert "Pour :" not in text and "Atelier CV et candidatures" in text


def test_bad_requests_give_a_clear_message(engine, referral_id):
    with read_session(engine) as session, pytest.raises(UserError, match="A4"):
        render_orientation_sheet(session, [referral_id], paper="a3")
    with read_session(engine) as session, pytest.raises(UserError, match="orientation"):
        render_orientation_sheet(session, [])


def test_qr_value_is_the_phone_or_the_address():
    assert qr_value_for("02 99 72 34 56", "x") == "tel:0299723456"
    assert qr_value_for("+33 2 99 72 34 56", "x") == "tel:+33299723456"
    assert qr_value_for("", "12 rue de l'Abbaye, Redon") == "12 rue de l'Abbaye, Redon"


def _decode_qr_codes(pdf: bytes, qapp) -> list[str]:
    """Render the first page with QtPdf and read every QR code on it with zxing-cpp."""
    import zxingcpp
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    points = document.pagePointSize(0)
    scale = 200 / 72
    page = document.render(0, QSize(int(points.width() * scale), int(points.height() * scale)))
    document.close()
    image = QImage(page.size(), QImage.Format.Format_Grayscale8)  # on white paper
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawImage(0, 0, page)
    painter.end()
    return [result.text for result in zxingcpp.read_barcodes(image)]


@pytest.mark.parametrize("paper", ["a4", "receipt"])
def test_qr_code_decodes_to_the_phone_number(engine, referral_id, paper, qapp):
    with read_session(engine) as session:
        pdf = render_orientation_sheet(session, [referral_id], paper=paper, language="ar", now=NOW)
    assert _decode_qr_codes(pdf, qapp) == ["tel:0299723456"]
