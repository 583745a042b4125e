"""Visits through the services: logging, today's log, own-visit edits and deletes, themes."""

from datetime import UTC, datetime, timedelta

import pytest

from app.db import read_session, write_session
from app.errors import PermissionDenied, UserError
from app.services.visits import (
    NOTE_MAX_LENGTH,
    VisitFields,
    delete_visit,
    log_visit,
    most_used_themes,
    todays_log,
    update_visit,
)
from models import Person, Visit
from models.enums import AuditAction, Channel
from tests.reception_helpers import (
    THEME_CV,
    THEME_HOUSING,
    all_rows,
    audit_actions,
    make_person,
    make_visit,
)

pytestmark = pytest.mark.pg_server  # run again on an older PostgreSQL in CI


def test_known_person_visit_updates_last_activity(engine, agent):
    person = make_person(engine, agent, "Anne")
    later = datetime.now(UTC) + timedelta(minutes=5)
    with write_session(engine) as session:
        log_visit(session, agent, VisitFields(themes=[THEME_CV]), person.id, now=later)
    stored = all_rows(engine, Person)[0]
    assert stored.last_activity_at.replace(tzinfo=UTC) == later
    visit = all_rows(engine, Visit)[0]
    assert visit.themes == [THEME_CV] and visit.agent_id == agent.agent_id


def test_volunteer_logs_anonymous_visits_only(engine, volunteer, agent):
    make_visit(engine, volunteer, age_band="26-35", gender="femme", commune="Redon")
    person = make_person(engine, agent, "Anne")
    with pytest.raises(PermissionDenied), write_session(engine) as session:
        log_visit(session, volunteer, VisitFields(), person.id)
    visits = all_rows(engine, Visit)
    assert len(visits) == 1 and visits[0].person_id is None and visits[0].age_band == "26-35"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (VisitFields(channel="pigeon"), "joint"),
        (VisitFields(themes=["pas-un-theme"]), "motifs"),
        (VisitFields(outcome="peut-etre"), "issue"),
        (VisitFields(note="x" * (NOTE_MAX_LENGTH + 1)), str(NOTE_MAX_LENGTH)),
        (VisitFields(age_band="centenaire"), "âge"),
    ],
)
def test_bad_visit_input_is_refused_and_nothing_is_stored(engine, agent, fields, message):
    with pytest.raises(UserError) as caught, write_session(engine) as session:
        log_visit(session, agent, fields)
    assert message in caught.value.message
    assert all_rows(engine, Visit) == []


def test_a_note_at_the_limit_is_stored_exactly(engine, agent):
    note = "Ça va 😀 مرحبا '; DROP TABLE visit; --" + "x" * (NOTE_MAX_LENGTH - 40)
    make_visit(engine, agent, note=note)
    assert all_rows(engine, Visit)[0].note == note


def test_todays_log_names_anonymous_and_hides_names_from_volunteers(engine, agent, volunteer):
    person = make_person(engine, agent, "Anne", "Durand")
    make_visit(engine, agent, person.id, [THEME_CV])
    make_visit(engine, volunteer)
    with read_session(engine) as session:
        rows = todays_log(session, agent)
        hidden = todays_log(session, volunteer)
    assert [r.person_name for r in rows] == ["Anonyme", "Anne DURAND"]
    assert [r.mine for r in rows] == [False, True]
    assert [r.person_name for r in hidden] == ["Anonyme", "Personne suivie"]


def test_yesterdays_visits_are_not_in_todays_log(engine, agent):
    with write_session(engine) as session:
        log_visit(session, agent, VisitFields(), now=datetime.now(UTC) - timedelta(days=1))
    with read_session(engine) as session:
        assert todays_log(session, agent) == []


def test_own_visit_of_today_can_be_changed_and_deleted_with_audit(engine, agent):
    visit = make_visit(engine, agent, themes=[THEME_CV])
    with write_session(engine) as session:
        update_visit(session, agent, visit.id, VisitFields(Channel.PHONE.value, [THEME_HOUSING]))
    stored = all_rows(engine, Visit)[0]
    assert stored.channel == Channel.PHONE.value and stored.themes == [THEME_HOUSING]
    with write_session(engine) as session:
        delete_visit(session, agent, visit.id)
    assert all_rows(engine, Visit) == []
    actions = audit_actions(engine)
    assert (AuditAction.VISIT_EDITED.value, str(visit.id)) in actions
    assert (AuditAction.VISIT_DELETED.value, str(visit.id)) in actions


def test_others_or_older_visits_cannot_be_changed(engine, agent, coordinator):
    visit = make_visit(engine, coordinator)
    with pytest.raises(UserError, match="agent"), write_session(engine) as session:
        delete_visit(session, agent, visit.id)
    with write_session(engine) as session:
        old = log_visit(session, agent, VisitFields(), now=datetime.now(UTC) - timedelta(days=2))
    with pytest.raises(UserError, match="aujourd"), write_session(engine) as session:
        update_visit(session, agent, old.id, VisitFields(note="changed"))
    assert len(all_rows(engine, Visit)) == 2


def test_most_used_themes_come_from_the_site_recent_visits(engine, agent):
    for _ in range(3):
        make_visit(engine, agent, themes=[THEME_HOUSING])
    make_visit(engine, agent, themes=[THEME_CV, THEME_HOUSING])
    with read_session(engine) as session:
        assert most_used_themes(session, agent) == [THEME_HOUSING, THEME_CV]
