"""Directory services: validation, permissions, search and filters, national numbers."""

from datetime import date, datetime

import pytest
from sqlmodel import select

from app.clock import LOCAL_TZ
from app.db import read_session, write_session
from app.errors import PermissionDenied, UserError
from app.services.directory import (
    add_national_numbers,
    get_service,
    load_sample_directory,
    save_organization,
    save_service,
    set_service_active,
)
from app.services.directory_search import communes, search_services
from models import Service
from tests.directory_helpers import make_directory

MONDAY_TEN = datetime(2026, 11, 23, 10, 0, tzinfo=LOCAL_TZ)


def names(hits) -> list[str]:
    return [hit.name for hit in hits]


def test_volunteers_and_agents_read_but_cannot_edit(engine, agent, volunteer):
    with write_session(engine) as session:
        for actor in (agent, volunteer):
            with pytest.raises(PermissionDenied):
                save_organization(session, actor, {"name": "Association"})
    with read_session(engine) as session:
        assert search_services(session, volunteer) == []


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"name": ""}, "nom du service"),
        ({"name": "Atelier", "postal_code": "3500"}, "5 chiffres"),
        ({"name": "Atelier", "email": "pas-un-courriel"}, "courriel"),
        ({"name": "Atelier", "themes": ["cuisine"]}, "« cuisine »"),
        ({"name": "Atelier", "opening_hours": "lundi 9h"}, "Horaires"),
        ({"name": "Atelier", "latitude": "nord"}, "latitude"),
        ({"name": "Atelier", "last_verified_on": "hier"}, "hier"),
    ],
)
def test_bad_values_get_a_french_message_and_nothing_is_stored(
    engine, coordinator, values, message
):
    with pytest.raises(UserError) as raised:
        with write_session(engine) as session:
            organization = save_organization(session, coordinator, {"name": "Association"})
            save_service(session, coordinator, organization.id, values)
    assert message in raised.value.message
    with read_session(engine) as session:
        assert session.exec(select(Service)).all() == []


def test_search_by_text_theme_public_fees_commune_and_open_now(engine, coordinator, volunteer):
    ids = make_directory(engine, coordinator)
    with read_session(engine) as session:

        def find(**filters):
            return names(search_services(session, volunteer, now=MONDAY_TEN, **filters))

        assert find() == ["Accompagnement des jeunes", "Écoute de nuit", "Épicerie solidaire"]
        assert find(text="epicerie") == ["Épicerie solidaire"]
        assert find(text="PANIER") == ["Épicerie solidaire"]
        assert find(text="rennes jeunes") == ["Accompagnement des jeunes"]
        assert find(themes=["sante"]) == ["Écoute de nuit"]
        assert find(themes=["equipement-et-alimentation--alimentation"]) == ["Épicerie solidaire"]
        assert find(publics=["jeunes"]) == ["Accompagnement des jeunes"]
        assert find(fees="gratuit") == ["Accompagnement des jeunes"]
        assert find(mode_accueil="en-presentiel") == ["Épicerie solidaire"]
        assert find(commune="bourg-des-landes") == ["Épicerie solidaire"]
        # Monday 10:00: the grocery opens on Tuesdays, the youth service is open
        assert find(open_now=True) == ["Accompagnement des jeunes", "Écoute de nuit"]
        # not verified for 12 months, or never
        assert find(to_verify=True) == ["Accompagnement des jeunes", "Écoute de nuit"]
        hits = {hit.name: hit for hit in search_services(session, volunteer, now=MONDAY_TEN)}
        assert hits["Épicerie solidaire"].state.text == "Fermé — ouvre demain à 14 h"
        assert hits["Accompagnement des jeunes"].state.text == "Ouvert — ferme à 12 h"
        assert communes(session, volunteer) == ["Bourg-des-Landes", "Rennes"]
    during_works = datetime(2026, 12, 22, 10, 0, tzinfo=LOCAL_TZ)
    with read_session(engine) as session:
        hits = search_services(session, volunteer, text="jeunes", now=during_works)
        assert hits[0].state.text == "Fermé exceptionnellement jusqu'au 3 janvier (travaux)"
        assert (
            search_services(session, volunteer, text="jeunes", open_now=True, now=during_works)
            == []
        )
    with write_session(engine) as session:
        set_service_active(session, coordinator, ids["night"], False)
    with read_session(engine) as session:
        assert "Écoute de nuit" not in find_all(session, volunteer)
        details = get_service(session, volunteer, ids["jobs"])
        assert details.organization.name == "Mission locale"
        assert [c.message for c in details.closures] == ["travaux"]


def find_all(session, actor) -> list[str]:
    return names(search_services(session, actor, now=MONDAY_TEN))


def test_national_numbers_are_added_once(engine, coordinator, agent):
    with write_session(engine) as session:
        assert add_national_numbers(session, coordinator) == 8
    with write_session(engine) as session:
        add_national_numbers(session, coordinator)
    with read_session(engine) as session:
        found = search_services(session, agent, now=MONDAY_TEN)
        assert len(found) == 8
        numbers = {hit.phone for hit in found}
        assert {"115", "119", "3919", "3114", "3949", "3230", "3646", "3939"} == numbers
        assert names(search_services(session, agent, text="violences")) == [
            "3919 — Violences Femmes Info"
        ]


def test_sample_directory_loads(engine, coordinator, agent):
    with write_session(engine) as session:
        assert load_sample_directory(session, coordinator) == 15
    with read_session(engine) as session:
        hits = search_services(session, agent, themes=["numerique"], now=MONDAY_TEN)
        assert "Aide aux démarches administratives" in names(hits)
        assert all(
            hit.last_verified_on is None or hit.last_verified_on <= date(2026, 12, 31)
            for hit in hits
        )


def test_deactivating_an_organisation_hides_its_services(engine, coordinator, agent):
    from app.services.directory import get_organization, set_organization_active

    ids = make_directory(engine, coordinator)
    with read_session(engine) as session:
        details = get_service(session, agent, ids["jobs"])
        organization = get_organization(session, agent, details.organization.id)
    assert organization.name == "Mission locale"
    with write_session(engine) as session:
        assert set_organization_active(session, coordinator, organization.id, False) == 2
    with read_session(engine) as session:
        assert find_all(session, agent) == ["Épicerie solidaire"]
