"""Sheets drawn at once on several threads (previews drawn again together after the main PC
came back, a receipt from the copy meanwhile) each come out whole: ReportLab's TrueType fonts
are shared, so drawing is one at a time."""

import sys
from concurrent.futures import ThreadPoolExecutor

from app.db import read_session, write_session
from app.pdf.sheet_layout import build_pdf
from app.pdf.sheets import gather_sheet
from app.services.referrals import create_referrals
from tests.referrals_helpers import EMPLOYMENT_THEME, add_service


def test_sheets_drawn_on_twelve_threads_at_once_all_come_out(engine, ctx):
    service_id = add_service(engine)
    with write_session(engine) as session:
        ids = [r.id for r in create_referrals(
            session, ctx.actor, service_ids=[service_id], themes=[EMPLOYMENT_THEME]
        )]  # fmt: skip
    with read_session(engine) as session:
        contents = [gather_sheet(session, ids, language=lang) for lang in ("fr", "uk", "ar", "es")]
    usual = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # the threads take turns as often as they can
    try:
        with ThreadPoolExecutor(max_workers=12) as pool:
            drawn = list(pool.map(lambda n: draw_six(contents, n), range(12)))
    finally:
        sys.setswitchinterval(usual)

    assert all(pdf.startswith(b"%PDF") for pdfs in drawn for pdf in pdfs)


def draw_six(contents: list, start: int) -> list[bytes]:
    return [
        build_pdf(contents[(start + n) % len(contents)], ("a4", "receipt")[(start + n) % 2])
        for n in range(6)
    ]
