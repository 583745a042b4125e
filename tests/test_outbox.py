"""The desk's outbox: kept on disk, sent once, in order, with its time and agent, through the
same services as online work; undo takes back a waiting click; a re-send after a crash between
the server's commit and the clean-up changes nothing; a record the server refuses for good is
set aside with its reason and never holds back the others."""

import uuid
from datetime import timedelta

import pytest
from sqlmodel import select

from app.clock import utcnow
from app.connection_state import ConnectionState
from app.db import read_session, write_session
from app.errors import UserError
from app.outbox import Outbox, _send
from app.services import till_setup
from app.services.visits import VisitFields
from models import Agent, Donation, Referral, Service, TillButton, Visit
from tests.referrals_helpers import add_service


@pytest.fixture
def outbox(tmp_path):
    box = Outbox(tmp_path / "boite.sqlite")
    yield box
    box.close()


def _button(engine, coordinator, kind: str) -> uuid.UUID:
    """A till button of `kind` at the test site (a kept click is clicked again on the server)."""
    with write_session(engine) as session:
        return till_setup.create_till_button(session, coordinator, kind.capitalize(), kind).id


def _visits(engine, kind: str) -> list:
    with read_session(engine) as session:
        return list(
            session.exec(
                select(Visit.id, Visit.agent_id, Visit.occurred_at).where(Visit.kind == kind)
            )
        )


def test_waiting_clicks_land_once_in_order_with_their_time_and_agent(
    engine, coordinator, volunteer, outbox
):
    _button(engine, coordinator, "caisse-test")
    start = utcnow() - timedelta(minutes=30)
    kept = [
        outbox.keep_visit(
            volunteer.site_id, volunteer.agent_id, "caisse-test", start + timedelta(seconds=i)
        )
        for i in range(7)
    ]
    weighed = outbox.keep_donation(
        volunteer.site_id, volunteer.agent_id, "mobilier", 2.5, kept[-1].id
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


def test_a_resend_after_the_server_committed_adds_nothing(engine, coordinator, volunteer, outbox):
    _button(engine, coordinator, "caisse-renvoi")
    for _ in range(5):
        outbox.keep_visit(volunteer.site_id, volunteer.agent_id, "caisse-renvoi")
    _send(engine, outbox.entries())  # the server committed, the desk died before cleaning up
    assert outbox.count() == 5
    assert outbox.flush(engine) == 5
    ids = [v.id for v in _visits(engine, "caisse-renvoi")]
    assert len(ids) == 5 and len(set(ids)) == 5


def test_undo_takes_back_a_waiting_click_and_its_weighing(
    engine, coordinator, volunteer, outbox
):
    _button(engine, coordinator, "caisse-annule")
    first = outbox.keep_visit(volunteer.site_id, volunteer.agent_id, "caisse-annule")
    second = outbox.keep_visit(volunteer.site_id, volunteer.agent_id, "caisse-annule")
    outbox.keep_donation(volunteer.site_id, volunteer.agent_id, "informatique", 1, second.id)
    undone = outbox.undo_last_visit(volunteer.site_id, volunteer.agent_id)
    assert undone is not None and undone.id == second.id
    assert outbox.count() == 1 and outbox.count(None) == 1
    outbox.flush(engine)
    assert [v.id for v in _visits(engine, "caisse-annule")] == [first.id]
    with read_session(engine) as session:
        stored = session.exec(select(Donation).where(Donation.category == "informatique"))
        assert stored.first() is None


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


def test_every_kind_is_made_once_through_the_services_with_its_own_id_and_time(
    engine, coordinator, volunteer, agent, outbox
):
    """A click (with its button), a weighing, an anonymous visit and a quick referral, sent,
    then sent again as by a desk killed before its clean-up: each once, as kept."""
    button_id = _button(engine, coordinator, "caisse-tout")
    service_id = add_service(engine, name="Épicerie solidaire")
    moment = utcnow() - timedelta(minutes=20)
    click = outbox.keep_visit(
        volunteer.site_id, volunteer.agent_id, "caisse-tout", moment, button_id=button_id
    )
    weighing = outbox.keep_donation(
        volunteer.site_id, volunteer.agent_id, "mobilier", 3.5, click.id, moment
    )
    fields = VisitFields(note="  demande de colis  ")
    reception = outbox.keep_anonymous_visit(agent.site_id, agent.agent_id, fields.__dict__, moment)
    _, referral_ids = outbox.keep_referrals(
        volunteer.site_id, volunteer.agent_id, volunteer.role, [service_id], [], "fr", moment
    )
    entries = outbox.entries()
    assert _send(engine, entries) == {}
    assert _send(engine, entries) == {}  # the same entries again: nothing more
    assert outbox.flush(engine) == 4 and outbox.is_empty() and outbox.set_aside() == []
    with read_session(engine) as session:
        visits = session.exec(
            select(Visit.id, Visit.kind, Visit.occurred_at, Visit.note).where(
                Visit.occurred_at == moment
            )
        ).all()
        assert sorted((v.id, v.kind, v.note) for v in visits) == sorted(
            [(click.id, "caisse-tout", ""), (reception.id, "accueil", "demande de colis")]
        )  # the reception's note cleaned by the same service as online
        donations = session.exec(select(Donation.id, Donation.kg, Donation.visit_id)).all()
        assert [tuple(d) for d in donations] == [(weighing.id, 3.5, click.id)]
        made = session.exec(select(Referral.id).where(Referral.service_id == service_id)).all()
        assert list(made) == referral_ids


def test_a_refused_record_is_set_aside_with_its_reason_and_the_others_land(
    engine, coordinator, volunteer, outbox
):
    """50 kept records, one a weighing of a category removed meanwhile: 49 land, that one is
    set aside with the reason the service gives, and the desk says so."""
    button_id = _button(engine, coordinator, "caisse-cinquante")
    kept = [
        outbox.keep_visit(volunteer.site_id, volunteer.agent_id, "caisse-cinquante",
                          button_id=button_id)
        for _ in range(49)
    ]  # fmt: skip
    refused = outbox.keep_donation(volunteer.site_id, volunteer.agent_id, "jouets anciens", 2)
    state = ConnectionState(engine, outbox)
    assert outbox.flush(engine, batch=20) == 49
    assert sorted(v.id for v in _visits(engine, "caisse-cinquante")) == sorted(k.id for k in kept)
    assert outbox.is_empty() and state.keeps_locally() is False
    [aside] = outbox.set_aside()
    assert aside.id == refused.id and aside.what == "donation"
    assert aside.reason == "Veuillez choisir une catégorie."
    assert state.sentence() == (
        "1 enregistrement refusé : Veuillez choisir une catégorie."
    )
    assert "Veuillez choisir une catégorie." in state.details()
    with read_session(engine) as session:
        assert session.exec(select(Donation.id)).all() == []
    # kept on disk: another look at the file still has it
    again = Outbox(outbox.path)
    assert [e.id for e in again.set_aside()] == [refused.id]
    again.close()


def test_a_click_on_a_button_switched_off_meanwhile_is_refused_like_online(
    engine, coordinator, volunteer, outbox
):
    button_id = _button(engine, coordinator, "caisse-eteinte")
    outbox.keep_visit(volunteer.site_id, volunteer.agent_id, "caisse-eteinte", button_id=button_id)
    with write_session(engine) as session:
        button = session.get(TillButton, button_id)
        button.active = False
        session.add(button)
    assert outbox.flush(engine) == 0
    assert [e.reason for e in outbox.set_aside()] == [
        "Ce bouton est désactivé. Demandez à un coordinateur."
    ]
    assert _visits(engine, "caisse-eteinte") == []


def test_a_referral_to_a_closed_service_is_refused_but_a_click_of_an_agent_gone_since_lands(
    engine, coordinator, volunteer, outbox
):
    """A service taken out of the directory refuses its referral, as online; a click made by an
    agent deactivated since was made while they had access: it lands under their name. An
    agent the main PC never knew is refused."""
    _button(engine, coordinator, "caisse-partie")
    service_id = add_service(engine, name="Vestiaire")
    click = outbox.keep_visit(volunteer.site_id, volunteer.agent_id, "caisse-partie")
    outbox.keep_referrals(
        coordinator.site_id, coordinator.agent_id, coordinator.role, [service_id], [], "fr"
    )
    outbox.keep_visit(volunteer.site_id, uuid.uuid4(), "caisse-partie")
    with write_session(engine) as session:
        gone = session.get(Agent, volunteer.agent_id)
        gone.active = False
        session.add(gone)
        service = session.get(Service, service_id)
        service.active = False
        session.add(service)
    assert outbox.flush(engine) == 1
    assert [(v.id, v.agent_id) for v in _visits(engine, "caisse-partie")] == [
        (click.id, volunteer.agent_id)
    ]
    reasons = [e.reason for e in outbox.set_aside()]
    assert reasons == [
        "Un service choisi n'est plus dans l'annuaire.",
        "Le poste principal ne connaît pas la personne qui a fait cet enregistrement.",
    ]


def test_a_damaged_entry_is_set_aside_and_the_others_land(engine, coordinator, volunteer, outbox):
    """An entry this version cannot read (a referral without its services, as another version
    might have written it) is set aside with a reason; it does not hold back the click after
    it."""
    import sqlite3

    button_id = _button(engine, coordinator, "caisse-abimee")
    with sqlite3.connect(outbox.path) as written_elsewhere:
        written_elsewhere.execute(
            "INSERT INTO waiting (id, what, site_id, agent_id, occurred_at, body)"
            " VALUES (?, 'referral', ?, ?, ?, '{}')",
            (uuid.uuid4().hex, volunteer.site_id.hex, volunteer.agent_id.hex,
             utcnow().isoformat()),
        )  # fmt: skip
    click = outbox.keep_visit(volunteer.site_id, volunteer.agent_id, "caisse-abimee",
                              button_id=button_id)  # fmt: skip
    assert outbox.flush(engine) == 1
    assert [v.id for v in _visits(engine, "caisse-abimee")] == [click.id]
    assert [(e.what, e.reason) for e in outbox.set_aside()] == [
        ("referral", "Le poste principal n'a pas pu lire cet enregistrement.")
    ]
