"""Whatever partners typed in the directory, the sheet prints: markup characters, scripts,
long words, and the site's logo."""

import io
import struct
import zlib
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlmodel import select

from app.db import read_session, write_session
from app.pdf.sheets import render_orientation_sheet
from app.services import referrals as svc
from models import Service, Site
from tests.referrals_helpers import EMPLOYMENT_THEME, add_service

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)
TEXT = st.text(
    alphabet=st.characters(
        codec="utf-8", categories=("L", "N", "P", "S", "Zs"), exclude_characters="\x00"
    ),
    max_size=120,
)


def _png(width: int = 40, height: int = 20) -> bytes:
    """A small blue PNG, built by hand."""
    raw = b"".join(b"\x00" + b"\x20\x60\xa0" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def test_the_site_logo_is_printed(engine, agent):
    service_id = add_service(engine)
    with write_session(engine) as session:
        session.exec(select(Site)).one().logo_png = _png()
        referral = svc.create_referrals(
            session, agent, service_ids=[service_id], themes=[EMPLOYMENT_THEME]
        )[0]
    for paper in ("a4", "receipt"):
        with read_session(engine) as session:
            pdf = render_orientation_sheet(session, [referral.id], paper=paper, now=NOW)
        assert len(PdfReader(io.BytesIO(pdf)).pages[0].images) == 1


def test_a_broken_logo_does_not_stop_the_sheet(engine, agent):
    service_id = add_service(engine)
    with write_session(engine) as session:
        session.exec(select(Site)).one().logo_png = b"not a picture"
        referral = svc.create_referrals(
            session, agent, service_ids=[service_id], themes=[EMPLOYMENT_THEME]
        )[0]
    with read_session(engine) as session:
        pdf = render_orientation_sheet(session, [referral.id], now=NOW)
    assert "Atelier CV" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    name=TEXT.filter(lambda t: t.strip()),
    conditions=TEXT,
    document=TEXT,
    language=st.sampled_from(["fr", "en", "es", "uk", "ar"]),
    paper=st.sampled_from(["a4", "receipt"]),
)
def test_any_partner_text_prints(engine, agent, name, conditions, document, language, paper):
    with read_session(engine) as session:
        existing = session.exec(select(Service.id)).first()
    service_id = existing or add_service(engine)
    with write_session(engine) as session:
        service = session.get(Service, service_id)
        service.name, service.access_conditions = name, conditions
        service.documents_to_bring = [document, "a" * 90]
        referral = svc.create_referrals(
            session, agent, service_ids=[service_id], themes=[EMPLOYMENT_THEME], language=language
        )[0]
    with read_session(engine) as session:
        pdf = render_orientation_sheet(session, [referral.id], paper=paper, now=NOW)
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 1


def test_no_qr_code_without_phone_or_address(engine, agent, qapp):
    from tests.test_sheet_pdf import _decode_qr_codes

    service_id = add_service(engine, phone="")
    with write_session(engine) as session:
        session.get(Service, service_id).address = ""
        from models import Organization

        for org in session.exec(select(Organization)):
            org.address, org.postal_code, org.commune = "", "", ""
        referral = svc.create_referrals(
            session, agent, service_ids=[service_id], themes=[EMPLOYMENT_THEME]
        )[0]
    for paper in ("a4", "receipt"):
        with read_session(engine) as session:
            pdf = render_orientation_sheet(session, [referral.id], paper=paper, now=NOW)
        text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
        assert "Atelier CV" in text and "Scannez" not in text
        assert _decode_qr_codes(pdf, qapp) == []
