"""Audit browsing and purge, retention, and the rights of the person (export and erasure)."""

import json
from datetime import timedelta

import pytest
from pypdf import PdfReader
from sqlmodel import select

from app.clock import utcnow
from app.db import read_session, write_session
from app.errors import UserError
from app.pdf.person_file import render_person_file_pdf
from app.services import audit
from app.services.audit import AuditFilter, list_audit
from app.services.person_rights import collect_person_file, erase_person, write_person_json
from app.services.retention import (
    preview_retention,
    purge_audit,
    run_daily_retention,
    run_retention,
)
from models import AuditEntry, Person, Referral, ReferralEvent, Visit
from models.enums import AuditAction
from tests.trust_helpers import add_person, add_referral, add_service, add_visit, search_row_count

NOW = utcnow()
LONG_AGO = NOW - timedelta(days=800)
RECENTLY = NOW - timedelta(days=30)


@pytest.fixture
def people(engine, coordinator):
    """An old file (no contact for 800 days) and a recent one, each with a visit and referral."""
    with write_session(engine) as session:
        service = add_service(session)
        old = add_person(session, coordinator.site_id, "Amina", "Benali", when=LONG_AGO)
        add_visit(session, coordinator.site_id, old, LONG_AGO, note="Cherche un CV")
        add_referral(session, coordinator.site_id, old, service, LONG_AGO)
        recent = add_person(session, coordinator.site_id, "Hélène", "Dupré", when=LONG_AGO)
        add_visit(session, coordinator.site_id, recent, LONG_AGO, note="Ancienne note")
        add_visit(session, coordinator.site_id, recent, RECENTLY, note="Récente")
        add_referral(session, coordinator.site_id, recent, service, RECENTLY)
        return old.id, recent.id


def test_audit_list_filters_and_never_holds_names(engine, coordinator, agent):
    with write_session(engine) as session:
        audit.record(session, agent, AuditAction.PERSON_OPENED, "person", "abc")
        audit.record(session, coordinator, AuditAction.EXPORT, "report", "2026-10")
    with read_session(engine) as session:
        everything = list_audit(session, coordinator)
        opened = list_audit(session, coordinator, AuditFilter(action="person-opened"))
        by_agent = list_audit(session, coordinator, AuditFilter(agent_id=agent.agent_id))
        by_id = list_audit(session, coordinator, AuditFilter(entity_id="2026-10"))
        future = list_audit(session, coordinator, AuditFilter(since=NOW + timedelta(days=1)))
        assert len(everything) == 2
        assert [e.entity_id for e in opened] == ["abc"]
        assert [e.action for e in by_agent] == ["person-opened"]
        assert [e.action for e in by_id] == ["export"]
        assert future == []


def test_audit_older_than_the_setting_is_purged(engine, coordinator):
    with write_session(engine) as session:
        session.add(AuditEntry(action="login", occurred_at=NOW - timedelta(days=400)))
        session.add(AuditEntry(action="login", occurred_at=NOW - timedelta(days=200)))
    with write_session(engine) as session:
        assert purge_audit(session, coordinator, now=NOW) == 1
    with read_session(engine) as session:
        assert len(list(session.exec(select(AuditEntry)))) == 1


def test_retention_preview_then_run(engine, coordinator, people):
    old_id, recent_id = people
    with read_session(engine) as session:
        preview = preview_retention(session, coordinator, now=NOW)
    assert (preview.people, preview.visit_notes, preview.referral_reasons) == (1, 2, 1)
    with write_session(engine) as session:
        done = run_retention(session, coordinator, now=NOW)
    assert done == preview
    with read_session(engine) as session:
        old = session.get(Person, old_id)
        recent = session.get(Person, recent_id)
        assert (old.first_name, old.last_name, old.phone, old.email) == ("", "", "", "")
        assert old.anonymised_at is not None
        assert old.birth_year == 1980  # statistics stay
        assert search_row_count(session, old_id) == 0
        assert recent.first_name == "Hélène" and search_row_count(session, recent_id) == 1
        notes = {v.note for v in session.exec(select(Visit))}
        assert notes == {"", "Récente"}
        assert len(list(session.exec(select(Visit)))) == 3  # visits stay for statistics
        reasons = sorted(r.reason for r in session.exec(select(Referral)))
        assert reasons == ["", "Besoin d'un CV"]
        actions = [e.action for e in session.exec(select(AuditEntry))]
    assert "person-anonymised" in actions and "retention-run" in actions
    with read_session(engine) as session:
        assert preview_retention(session, coordinator, now=NOW).total == 0


def test_daily_retention_runs_once_a_day(engine, people):
    first = run_daily_retention(engine, now=NOW)
    assert first.people == 1
    with write_session(engine) as session:
        add_person(session, session.exec(select(Person)).first().site_id, "Zoé", when=LONG_AGO)
    assert run_daily_retention(engine, now=NOW + timedelta(minutes=5)).people == 0
    assert run_daily_retention(engine, now=NOW + timedelta(days=1)).people == 1


def test_person_file_export_json_and_pdf(engine, coordinator, people, tmp_path):
    old_id, _ = people
    with write_session(engine) as session:
        data = collect_person_file(session, coordinator, old_id)
    path = write_person_json(data, tmp_path / "dossier.json")
    loaded = json.loads(path.read_text(encoding="utf-8"))
    assert loaded["person"]["first_name"] == "Amina"
    assert loaded["visits"][0]["note"] == "Cherche un CV"
    assert loaded["referrals"][0]["service"] == "Atelier CV"
    assert loaded["referrals"][0]["events"][0]["note"] == "appelé"
    pdf = render_person_file_pdf(data, tmp_path / "dossier.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    for expected in ("Amina", "Benali", "Cherche un CV", "Atelier CV", "Pipriac", "Point Accueil"):
        assert expected in text
    with read_session(engine) as session:
        exported = list_audit(session, coordinator, AuditFilter(action="person-exported"))
        assert [e.entity_id for e in exported] == [str(old_id)]


def test_erase_keeps_anonymous_statistics(engine, coordinator, people):
    old_id, _ = people
    with write_session(engine) as session:
        erase_person(session, coordinator, old_id)
    with read_session(engine) as session:
        assert session.get(Person, old_id) is None
        assert search_row_count(session, old_id) == 0
        visits = list(session.exec(select(Visit).where(Visit.note == "Cherche un CV")))
        assert visits == []
        orphans = list(session.exec(select(Visit).where(Visit.person_id.is_(None))))  # type: ignore[union-attr]
        assert len(orphans) == 1 and orphans[0].age_band == "36-45"
        detached = list(session.exec(select(Referral).where(Referral.person_id.is_(None))))  # type: ignore[union-attr]
        assert len(detached) == 1 and detached[0].reason == ""
        assert {e.note for e in session.exec(select(ReferralEvent))} == {"", "appelé"}
        erased = list_audit(session, coordinator, AuditFilter(action="person-erased"))
        assert [e.entity_id for e in erased] == [str(old_id)]
    with pytest.raises(UserError):
        with write_session(engine) as session:
            erase_person(session, coordinator, old_id)


@pytest.mark.parametrize(
    ("retention", "audit_months", "lock"), [(36, 12, 5), (24, 2, 5), (24, 12, 0), (24, 12, 600)]
)
def test_durations_out_of_bounds_are_refused(engine, coordinator, retention, audit_months, lock):
    from app.services.retention import set_privacy_durations
    from app.services.settings import get_setting

    with pytest.raises(UserError) as caught:
        with write_session(engine) as session:
            set_privacy_durations(session, coordinator, retention, audit_months, lock)
    assert "mois" in caught.value.message or "minutes" in caught.value.message
    with read_session(engine) as session:
        assert get_setting(session, "retention_months") == 24
