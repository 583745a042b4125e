"""Referral lifecycle: creation, each transition, refusal reasons, expiry, due list, events."""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import select

from app.db import read_session, write_session
from app.errors import PermissionDenied, UserError
from app.services import referrals as svc
from app.services.referral_labels import refusal_reason_label
from models import AuditEntry, Referral, ReferralEvent
from models.enums import ReferralStatus, RefusalReason
from tests.referrals_helpers import EMPLOYMENT_THEME, add_person, add_service, add_visit

NOW = datetime(2026, 11, 16, 9, 30, tzinfo=UTC)  # a Monday


def _create(engine, actor, **kwargs):
    service_id = kwargs.pop("service_id", None) or add_service(engine)
    with write_session(engine) as session:
        referrals = svc.create_referrals(
            session,
            actor,
            service_ids=[service_id],
            themes=[EMPLOYMENT_THEME],
            now=kwargs.pop("now", NOW),
            **kwargs,
        )
        return referrals[0].id


def _status(engine, referral_id):
    with read_session(engine) as session:
        referral = session.get(Referral, referral_id)
        session.expunge(referral)
        return referral


def _move(engine, actor, referral_id, status, **kwargs):
    with write_session(engine) as session:
        svc.change_status(session, actor, referral_id, status, now=NOW, **kwargs)


def test_create_sets_defaults_and_first_event(engine, agent):
    person_id = add_person(engine, preferred_language="uk")
    visit_id = add_visit(engine, agent.site_id, person_id=person_id)
    referral_id = _create(
        engine, agent, person_id=person_id, visit_id=visit_id, reason="Cherche un CV", language="uk"
    )
    referral = _status(engine, referral_id)
    assert referral.status == ReferralStatus.PROPOSED
    assert referral.follow_up_on == date(2026, 11, 26)  # 10 days, the default setting
    assert referral.language == "uk"
    assert referral.visit_id == visit_id
    with read_session(engine) as session:
        events = svc.referral_events(session, agent, referral_id)
        audit_ids = session.exec(select(AuditEntry.entity_id)).all()
    assert [(e.status, e.agent_id) for e in events] == [("proposee", agent.agent_id)]
    assert str(referral_id) in audit_ids


def test_create_several_services_at_once(engine, agent):
    first, second = add_service(engine), add_service(engine, name="Club emploi")
    with write_session(engine) as session:
        made = svc.create_referrals(
            session, agent, service_ids=[first, second], themes=[EMPLOYMENT_THEME], now=NOW
        )
    assert {r.service_id for r in made} == {first, second}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"service_ids": []}, "au moins un service"),
        ({"reason": "x" * 601}, "600"),
        ({"themes": ["pas-un-theme"]}, "pas-un-theme"),
        ({"language": "de"}, "langue"),
        ({"follow_up_on": date(2026, 11, 1)}, "passé"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(engine, agent, kwargs, message):
    service_id = add_service(engine)
    values = {"service_ids": [service_id], "themes": [EMPLOYMENT_THEME], "now": NOW} | kwargs
    with pytest.raises(UserError, match=message), write_session(engine) as session:
        svc.create_referrals(session, agent, **values)
    with read_session(engine) as session:
        assert session.exec(select(Referral)).all() == []
        assert session.exec(select(ReferralEvent)).all() == []


def test_volunteer_may_refer_anonymously_but_not_a_person(engine, volunteer):
    referral_id = _create(engine, volunteer)
    assert _status(engine, referral_id).person_id is None
    person_id = add_person(engine)
    with pytest.raises(PermissionDenied):
        _create(engine, volunteer, person_id=person_id)
    with pytest.raises(PermissionDenied):
        _move(engine, volunteer, referral_id, ReferralStatus.SENT)


def test_happy_path_to_done_with_events_log(engine, agent):
    referral_id = _create(engine, agent)
    _move(engine, agent, referral_id, "envoyee", note="Appelé le partenaire")
    _move(engine, agent, referral_id, "acceptee")
    _move(engine, agent, referral_id, "realisee", note="Inscrite à l'atelier")
    assert _status(engine, referral_id).status == "realisee"
    with read_session(engine) as session:
        events = svc.referral_events(session, agent, referral_id)
    assert [e.status for e in events] == ["proposee", "envoyee", "acceptee", "realisee"]
    assert events[1].note == "Appelé le partenaire"
    assert all(e.agent_id == agent.agent_id for e in events)


@pytest.mark.parametrize("reason", list(RefusalReason))
def test_refusal_needs_one_of_the_dora_reasons(engine, agent, reason):
    referral_id = _create(engine, agent)
    _move(engine, agent, referral_id, "envoyee")
    with pytest.raises(UserError, match="motif"):
        _move(engine, agent, referral_id, "refusee")
    _move(engine, agent, referral_id, "refusee", reason=reason.value)
    referral = _status(engine, referral_id)
    assert (referral.status, referral.status_reason) == ("refusee", reason.value)
    assert refusal_reason_label(reason.value) != reason.value  # every reason has a label


def test_unsuccessful_needs_a_reason(engine, agent):
    referral_id = _create(engine, agent)
    for status in ("envoyee", "acceptee"):
        _move(engine, agent, referral_id, status)
    with pytest.raises(UserError):
        _move(engine, agent, referral_id, "non-aboutie", reason="n'importe quoi")
    _move(engine, agent, referral_id, "non-aboutie", reason="absent")
    assert _status(engine, referral_id).status_reason == "absent"


@pytest.mark.parametrize(
    ("path", "target"),
    [
        ((), "acceptee"),
        ((), "realisee"),
        (("envoyee",), "realisee"),
        (("envoyee", "acceptee"), "refusee"),
        (("envoyee", "refusee"), "acceptee"),
        (("annulee",), "envoyee"),
        (("envoyee", "acceptee", "realisee"), "annulee"),
        ((), "expiree"),
    ],
)
def test_transitions_outside_the_lifecycle_are_refused(engine, agent, path, target):
    referral_id = _create(engine, agent)
    for status in path:
        reason = "autre" if status == "refusee" else ""
        _move(engine, agent, referral_id, status, reason=reason)
    with pytest.raises(UserError, match="ne peut pas devenir"):
        _move(engine, agent, referral_id, target, reason="autre")
    assert _status(engine, referral_id).status == (path[-1] if path else "proposee")


@pytest.mark.parametrize("path", [(), ("envoyee",), ("envoyee", "acceptee")])
def test_cancel_from_any_open_state(engine, agent, path):
    referral_id = _create(engine, agent)
    for status in path:
        _move(engine, agent, referral_id, status)
    _move(engine, agent, referral_id, "annulee", note="La personne a déménagé")
    assert _status(engine, referral_id).status == "annulee"


def test_expiry_after_30_days_without_news(engine, agent):
    old = _create(engine, agent, now=NOW - timedelta(days=31))
    recent = _create(engine, agent, now=NOW - timedelta(days=29))
    done = _create(engine, agent, now=NOW - timedelta(days=40))
    with write_session(engine) as session:
        for status in ("envoyee", "acceptee", "realisee"):
            svc.change_status(session, agent, done, status, now=NOW - timedelta(days=40))
    with write_session(engine) as session:
        assert svc.expire_stale_referrals(session, NOW) == 1
    assert _status(engine, old).status == "expiree"
    assert _status(engine, recent).status == "proposee"
    assert _status(engine, done).status == "realisee"
    with read_session(engine) as session:
        events = svc.referral_events(session, agent, old)
    assert events[-1].status == "expiree" and events[-1].agent_id is None
    assert "30" in events[-1].note
    with write_session(engine) as session:  # running again changes nothing
        assert svc.expire_stale_referrals(session, NOW) == 0


def test_news_postpones_expiry(engine, agent):
    referral_id = _create(engine, agent, now=NOW - timedelta(days=31))
    with write_session(engine) as session:
        svc.change_status(session, agent, referral_id, "envoyee", now=NOW - timedelta(days=5))
        assert svc.expire_stale_referrals(session, NOW) == 0


def test_due_list_and_count(engine, agent):
    due_today = _create(engine, agent, now=NOW - timedelta(days=10))
    late = _create(engine, agent, now=NOW - timedelta(days=20))
    not_yet = _create(engine, agent, now=NOW - timedelta(days=3))
    closed = _create(engine, agent, now=NOW - timedelta(days=20))
    _move(engine, agent, closed, "annulee")
    with read_session(engine) as session:
        assert svc.count_due_follow_ups(session, agent, NOW) == 2
        rows = svc.list_referrals(session, agent, due_only=True, now=NOW)
    assert [r.id for r in rows] == [late, due_today]  # the latest first
    assert not_yet not in [r.id for r in rows]
    assert all(r.is_due(date(2026, 11, 16)) for r in rows)


def test_status_change_moves_the_follow_up(engine, agent):
    referral_id = _create(engine, agent, now=NOW - timedelta(days=12))
    _move(engine, agent, referral_id, "envoyee")
    assert _status(engine, referral_id).follow_up_on == date(2026, 11, 26)


def test_printing_the_sheet_sends_the_referral(engine, volunteer):
    referral_id = _create(engine, volunteer)
    with write_session(engine) as session:
        svc.mark_sheet_printed(session, volunteer, [referral_id], now=NOW)
    referral = _status(engine, referral_id)
    assert referral.status == "envoyee" and referral.sheet_printed_at is not None
    with write_session(engine) as session:  # a reprint keeps the status
        svc.mark_sheet_printed(session, volunteer, [referral_id], now=NOW)
    assert _status(engine, referral_id).status == "envoyee"


def test_list_filters(engine, agent):
    person_id = add_person(engine, first_name="Œzlem", last_name="Da Silva")
    job = add_service(engine, organization="Mission Locale")
    car = add_service(engine, name="Garage solidaire", organization="Mob'In", themes=("mobilite",))
    first = _create(engine, agent, service_id=job, person_id=person_id)
    with write_session(engine) as session:
        second = svc.create_referrals(
            session,
            agent,
            service_ids=[car],
            themes=["mobilite--financer-ma-mobilite"],
            now=NOW - timedelta(days=40),
        )[0].id
    with read_session(engine) as session:
        everything = svc.list_referrals(session, agent, now=NOW)
        assert [r.id for r in everything] == [first, second]
        assert everything[0].person_name == "Œzlem Da Silva"
        by_theme = svc.list_referrals(session, agent, theme="mobilite")
        assert [r.id for r in by_theme] == [second]
        org_id = everything[1].organization_id
        assert [r.id for r in svc.list_referrals(session, agent, organization_id=org_id)] == [
            second
        ]
        recent = svc.list_referrals(session, agent, date_from=date(2026, 11, 1))
        assert [r.id for r in recent] == [first]
        assert [r.id for r in svc.list_referrals(session, agent, status="proposee")] == [
            first,
            second,
        ]
        assert {name for _, name in svc.partner_choices(session, agent)} == {
            "Mission Locale",
            "Mob'In",
        }
