"""The desk's outbox: kept on disk, sent once, in order, with its time and agent; undo takes
back a waiting click; a re-send after a crash between the server's commit and the clean-up
changes nothing."""

import uuid
from datetime import timedelta

import pytest
from sqlmodel import select

from app.clock import utcnow
from app.db import read_session
from app.errors import UserError
from app.outbox import Outbox, _send
from models import Donation, Referral, Visit
from tests.referrals_helpers import add_service


@pytest.fixture
def outbox(tmp_path):
    box = Outbox(tmp_path / "boite.sqlite")
    yield box
    box.close()


def _visits(engine, kind: str) -> list:
    with read_session(engine) as session:
        return list(
            session.exec(
                select(Visit.id, Visit.agent_id, Visit.occurred_at).where(Visit.kind == kind)
            )
        )


def test_waiting_clicks_land_once_in_order_with_their_time_and_agent(engine, volunteer, outbox):
    start = utcnow() - timedelta(minutes=30)
    kept = [
        outbox.keep_visit(
            volunteer.site_id, volunteer.agent_id, "caisse-test", start + timedelta(seconds=i)
        )
        for i in range(7)
    ]
    weighed = outbox.keep_donation(
        volunteer.site_id, volunteer.agent_id, "Textile", 2.5, kept[-1].id
    )
    assert outbox.count() == 7 and outbox.count(None) == 8
    # a second file on the same path sees what was committed: acknowledged means on disk
    assert Outbox(outbox.path).count() == 7

    assert outbox.flush(engine, batch=3) == 8
    assert outbox.is_empty()
    landed = sorted(_visits(engine, "caisse-test"), key=lambda v: v.occurred_at)
    assert [v.id for v in landed] == [k.id for k in kept]
    assert {v.agent_id for v in landed} == {volunteer.agent_id}
    assert [v.occurred_at.replace(tzinfo=None) for v in landed] == [
        k.occurred_at.replace(tzinfo=None) for k in kept
    ]
    with read_session(engine) as session:
        donation = session.exec(
            select(Donation.visit_id, Donation.kg).where(Donation.id == weighed.id)
        ).one()
    assert tuple(donation) == (kept[-1].id, 2.5)


def test_a_resend_after_the_server_committed_adds_nothing(engine, volunteer, outbox):
    for _ in range(5):
        outbox.keep_visit(volunteer.site_id, volunteer.agent_id, "caisse-renvoi")
    _send(engine, outbox.entries())  # the server committed, the desk died before cleaning up
    assert outbox.count() == 5
    assert outbox.flush(engine) == 5
    ids = [v.id for v in _visits(engine, "caisse-renvoi")]
    assert len(ids) == 5 and len(set(ids)) == 5


def test_undo_takes_back_a_waiting_click_and_its_weighing(engine, volunteer, outbox):
    first = outbox.keep_visit(volunteer.site_id, volunteer.agent_id, "caisse-annule")
    second = outbox.keep_visit(volunteer.site_id, volunteer.agent_id, "caisse-annule")
    outbox.keep_donation(volunteer.site_id, volunteer.agent_id, "Livres", 1, second.id)
    undone = outbox.undo_last_visit(volunteer.site_id, volunteer.agent_id)
    assert undone is not None and undone.id == second.id
    assert outbox.count() == 1 and outbox.count(None) == 1
    outbox.flush(engine)
    assert [v.id for v in _visits(engine, "caisse-annule")] == [first.id]
    with read_session(engine) as session:
        assert session.exec(select(Donation).where(Donation.category == "Livres")).first() is None


def test_an_old_waiting_click_is_not_undone(volunteer, outbox):
    outbox.keep_visit(
        volunteer.site_id, volunteer.agent_id, "caisse", utcnow() - timedelta(minutes=3)
    )
    with pytest.raises(UserError, match="2 minutes"):
        outbox.undo_last_visit(volunteer.site_id, volunteer.agent_id)
    assert outbox.undo_last_visit(volunteer.site_id, None) is None
    assert outbox.count() == 1


def test_a_waiting_quick_referral_is_made_once(engine, volunteer, outbox):
    service_id = add_service(engine, name="Épicerie solidaire")
    _, ids = outbox.keep_referrals(
        volunteer.site_id, volunteer.agent_id, volunteer.role, [service_id], [], "fr"
    )
    _send(engine, outbox.entries())
    assert outbox.flush(engine) == 1
    with read_session(engine) as session:
        made = list(
            session.exec(
                select(Referral.service_id, Referral.person_id).where(Referral.id == ids[0])
            )
        )
    assert [tuple(row) for row in made] == [(service_id, None)]


def test_a_closed_outbox_has_nothing_waiting_for_a_page_that_asks_late(tmp_path):
    """The desk is closing: a live update that reaches a page afterwards finds the outbox
    closed and empty, not an error."""
    box = Outbox(tmp_path / "outbox.sqlite")
    box.keep_visit(uuid.uuid4(), uuid.uuid4(), "achat")
    assert box.count() == 1
    box.close()
    assert box.is_empty() and box.counts() == {}
