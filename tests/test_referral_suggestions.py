"""Suggestions: services for the themes, open now first, then soonest; publics hint."""

from datetime import UTC, date, datetime

import pytest

from app.db import read_session
from app.errors import PermissionDenied
from app.services import referrals as svc
from tests.referrals_helpers import EMPLOYMENT_THEME, add_person, add_service

TUESDAY_10H = datetime(2026, 11, 17, 9, 0, tzinfo=UTC)  # 10:00 in Paris


def _suggest(engine, actor, themes, **kwargs):
    with read_session(engine) as session:
        return svc.suggest_services(session, actor, themes, now=TUESDAY_10H, **kwargs)


def test_open_now_first_then_soonest_then_unknown_hours(engine, agent):
    add_service(engine, name="Jeudi", opening_hours="Th 09:00-12:00")
    add_service(engine, name="Mercredi", opening_hours="We 09:00-12:00")
    add_service(engine, name="Sans horaires", opening_hours="")
    add_service(engine, name="Ouvert", opening_hours="Mo-Fr 09:00-17:00")
    names = [s.service_name for s in _suggest(engine, agent, [EMPLOYMENT_THEME])]
    assert names == ["Ouvert", "Mercredi", "Jeudi", "Sans horaires"]
    first = _suggest(engine, agent, [EMPLOYMENT_THEME])[0]
    assert first.is_open and first.state_text.startswith("Ouvert")


def test_a_closure_makes_an_open_service_wait(engine, agent):
    add_service(
        engine,
        name="En travaux",
        opening_hours="Mo-Fr 09:00-17:00",
        closures=((date(2026, 11, 16), date(2026, 11, 20), "travaux"),),
    )
    add_service(engine, name="Jeudi", opening_hours="Th 09:00-12:00")
    suggestions = _suggest(engine, agent, [EMPLOYMENT_THEME])
    assert [s.service_name for s in suggestions] == ["Jeudi", "En travaux"]
    assert not suggestions[1].is_open and "travaux" in suggestions[1].state_text


def test_themes_match_by_code_or_category_and_inactive_services_are_left_out(engine, agent):
    add_service(engine, name="Catégorie", themes=("trouver-un-emploi",))
    add_service(
        engine, name="Autre sous-thème", themes=("trouver-un-emploi--maintien-dans-lemploi",)
    )
    add_service(engine, name="Fermé définitivement", active=False)
    add_service(engine, name="Exact")
    add_service(engine, name="Mobilité", themes=("mobilite",))
    exact = {s.service_name for s in _suggest(engine, agent, [EMPLOYMENT_THEME])}
    assert exact == {"Catégorie", "Exact"}
    category = {s.service_name for s in _suggest(engine, agent, ["trouver-un-emploi"])}
    assert category == {"Catégorie", "Autre sous-thème", "Exact"}
    assert _suggest(engine, agent, []) == []
    assert len(_suggest(engine, agent, ["trouver-un-emploi"], limit=2)) == 2


def test_hint_when_the_person_is_not_in_the_publics(engine, agent):
    add_service(engine, name="Jeunes", publics=("jeunes",))
    add_service(engine, name="Tous", publics=("tous-publics",))
    add_service(engine, name="Seniors", publics=("seniors", "femmes"))
    person = add_person(engine, situation=["jeunes", "demandeurs-emploi"])
    by_name = {
        s.service_name: s for s in _suggest(engine, agent, [EMPLOYMENT_THEME], person_id=person)
    }
    assert by_name["Jeunes"].publics_hint == "" and by_name["Tous"].publics_hint == ""
    assert by_name["Seniors"].publics_hint == "Réservé à : Séniors, Femmes"
    names = [s.service_name for s in _suggest(engine, agent, [EMPLOYMENT_THEME], person_id=person)]
    assert names[-1] == "Seniors"  # services the person fits come first


def test_suggestions_need_the_directory_permission(engine):
    from app.permissions import Actor

    stranger = Actor(agent_id=None, role="unknown", site_id=None)
    with pytest.raises(PermissionDenied):
        _suggest(engine, stranger, [EMPLOYMENT_THEME])
