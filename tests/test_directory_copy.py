"""The desk's directory copy: a sheet printed with the main PC off, from the copy, has the same
text as the sheet printed online."""

import io
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from app.db import read_session
from app.directory_copy import DirectoryCopy, render_sheet
from app.pdf.sheets import render_orientation_sheet
from app.services import referrals as svc
from tests import offline_helpers
from tests.referrals_helpers import EMPLOYMENT_THEME, add_service

pytestmark = pytest.mark.server
own_server, place = offline_helpers.own_server, offline_helpers.place
NOW = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_a_sheet_prints_with_the_server_down_from_the_copy_same_text(own_server, place, tmp_path):
    engine, ctx = place
    service_id = add_service(engine, name="Épicerie solidaire du Pays de Redon")
    from app.db import write_session

    with write_session(engine) as session:
        made = svc.create_referrals(
            session, ctx.actor, service_ids=[service_id], themes=[EMPLOYMENT_THEME], now=NOW
        )
        ids = [r.id for r in made]
    with read_session(engine) as session:
        online = render_orientation_sheet(session, ids, now=NOW)
    copy = DirectoryCopy(tmp_path)
    copy.refresh(engine)

    engine.dispose()
    own_server.stop("immediate")
    offline = render_sheet(copy, ctx.site_id, [service_id], [EMPLOYMENT_THEME], now=NOW)
    assert offline.startswith(b"%PDF")
    text = _text(offline)
    assert "Épicerie solidaire du Pays de Redon" in text
    assert "Recyclerie du Pays de Redon" in text
    assert text == _text(online)
    copy.close()
