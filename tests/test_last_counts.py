"""The till's counts kept on the desk (app.last_counts) and the tally of what waits in a real
outbox: one day and one site, 0600, never half-written, an unreadable or unwritable file only
means counting from zero."""

import stat
import uuid
from datetime import date, timedelta

from app.clock import day_bounds
from app.last_counts import FILENAME, KnownCounts, LastCounts, waiting_today
from app.outbox import Outbox, outbox_path

SITE, OTHER_SITE, AGENT = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
DAY = date(2026, 3, 14)


def test_the_counts_of_the_day_come_back_for_their_site_only(tmp_path):
    purchase, drop_off = uuid.uuid4(), uuid.uuid4()
    kept = KnownCounts(DAY, {purchase: 7, drop_off: 2}, {"textile": 4.5, "vélos": 12.0})
    LastCounts(tmp_path).remember(SITE, kept)
    assert stat.S_IMODE((tmp_path / FILENAME).stat().st_mode) == 0o600
    assert not (tmp_path / FILENAME).with_suffix(".nouveau").exists()
    assert LastCounts(tmp_path).recall(SITE, DAY) == kept
    assert LastCounts(tmp_path).recall(SITE, DAY + timedelta(days=1)) == KnownCounts(
        DAY + timedelta(days=1)
    )
    assert LastCounts(tmp_path).recall(OTHER_SITE, DAY) == KnownCounts(DAY)


def test_an_unreadable_or_unwritable_file_only_means_counting_from_zero(tmp_path):
    (tmp_path / FILENAME).write_text("{not json", encoding="utf-8")
    assert LastCounts(tmp_path).recall(SITE, DAY) == KnownCounts(DAY)
    (tmp_path / FILENAME).write_text('{"site": 3}', encoding="utf-8")
    assert LastCounts(tmp_path).recall(SITE, DAY) == KnownCounts(DAY)
    # the place of the new file is taken (an antivirus, a read-only folder): logged, not raised
    (tmp_path / FILENAME).unlink()
    (tmp_path / FILENAME).with_suffix(".nouveau").mkdir()
    LastCounts(tmp_path).remember(SITE, KnownCounts(DAY, {uuid.uuid4(): 1}))
    assert LastCounts(tmp_path).recall(SITE, DAY) == KnownCounts(DAY)


def test_the_tally_of_what_waits_counts_this_site_and_this_day(tmp_path):
    outbox = Outbox(outbox_path(tmp_path))
    start, _end = day_bounds(DAY)
    morning = start + timedelta(hours=9)
    yesterday = start - timedelta(hours=2)
    try:
        outbox.keep_visit(SITE, AGENT, "achat", morning)
        outbox.keep_visit(SITE, AGENT, "achat", morning)
        drop = outbox.keep_visit(SITE, AGENT, "depot", morning)
        outbox.keep_donation(SITE, AGENT, "textile", 3.5, drop.id, morning)
        outbox.keep_donation(SITE, AGENT, "textile", 1.25, now=morning)
        outbox.keep_anonymous_visit(SITE, AGENT, {"note": "colis"}, morning)
        outbox.keep_visit(SITE, AGENT, "achat", yesterday)  # another day
        outbox.keep_visit(OTHER_SITE, AGENT, "achat", morning)  # another site
        waiting = waiting_today(outbox.entries(), SITE, DAY)
    finally:
        outbox.close()
    assert dict(waiting.clicks) == {"achat": 2, "depot": 1}
    assert waiting.click_count == 3
    assert waiting.weights == {"textile": 4.75} and waiting.kg == 4.75
    assert [entry.body["fields"]["note"] for entry in waiting.reception] == ["colis"]
