"""Two desks change the same person file, service, organisation, referral or setting: the second
save is refused with what changed, never a silent overwrite (on both engines: two engines on the
same file, or two connections to the same server)."""

import threading

import pytest
from sqlmodel import select

from app.db import read_session, write_session
from app.errors import EditConflict
from app.services.directory import save_organization, save_service
from app.services.people import PersonFields, update_person
from app.services.referrals import change_status, create_referrals
from app.services.settings import change_setting, get_setting, setting_version
from models import Organization, Person, Referral, Service
from tests.live_helpers import other_desk_fixture  # noqa: F401  (fixture)
from tests.reception_helpers import make_person
from tests.referrals_helpers import EMPLOYMENT_THEME, add_service


def _version(engine, model, key):
    with read_session(engine) as session:
        return session.get(model, key).version


def test_the_second_save_of_a_person_file_is_refused_and_says_what_changed(
    engine, other_desk, agent
):
    person = make_person(engine, agent, "Hélène", "Le Gall", phone="0611223344")
    loaded = _version(engine, Person, person.id)  # both desks open the form
    with write_session(other_desk) as session:
        update_person(
            session, agent, person.id,
            PersonFields("Hélène", "Le Gall", phone="0699887766"), version=loaded,
        )  # fmt: skip
    with pytest.raises(EditConflict) as refused, write_session(engine) as session:
        update_person(
            session, agent, person.id,
            PersonFields("Hélène", "Le Gall", phone="0611223344", commune="Redon"),
            version=loaded,
        )  # fmt: skip
    assert refused.value.changed == ["commune", "téléphone"]
    assert "Un autre poste" in refused.value.message and "téléphone" in refused.value.message
    with read_session(engine) as session:
        stored = session.get(Person, person.id)
        assert (stored.phone, stored.commune, stored.version) == ("0699887766", "", loaded + 1)
    # after « Recharger » the form has the new version: the change goes through
    with write_session(engine) as session:
        update_person(
            session, agent, person.id,
            PersonFields("Hélène", "Le Gall", phone="0699887766", commune="Redon"),
            version=loaded + 1,
        )  # fmt: skip
    with read_session(engine) as session:
        assert session.get(Person, person.id).commune == "Redon"


def test_the_second_save_of_a_service_and_of_an_organisation_is_refused(
    engine, other_desk, coordinator
):
    service_id = add_service(engine)
    with read_session(engine) as session:
        service = session.get(Service, service_id)
        organization_id, loaded = service.organization_id, service.version
        org_version = session.get(Organization, organization_id).version
    values = {"name": "Atelier CV et candidatures", "phone": "02 99 71 00 00"}
    with write_session(other_desk) as session:
        save_service(
            session, coordinator, organization_id, {**values, "phone": "02 99 71 11 11"},
            service_id, version=loaded,
        )  # fmt: skip
    with pytest.raises(EditConflict) as refused, write_session(engine) as session:
        save_service(
            session, coordinator, organization_id, {**values, "commune": "Redon"},
            service_id, version=loaded,
        )  # fmt: skip
    assert "téléphone" in refused.value.changed
    assert _version(engine, Service, service_id) == loaded + 1
    with write_session(other_desk) as session:
        save_organization(
            session, coordinator, {"name": "Mission Locale de Redon"}, organization_id,
            version=org_version,
        )  # fmt: skip
    with pytest.raises(EditConflict) as refused, write_session(engine) as session:
        save_organization(
            session, coordinator, {"name": "Mission Locale du Pays de Redon", "phone": ""},
            organization_id, version=org_version,
        )  # fmt: skip
    assert refused.value.changed == ["nom"]


def test_the_second_status_change_of_a_referral_is_refused(engine, other_desk, agent):
    service_id = add_service(engine)
    with write_session(engine) as session:
        (referral,) = create_referrals(
            session, agent, service_ids=[service_id], themes=[EMPLOYMENT_THEME]
        )
        referral_id, loaded = referral.id, referral.version
    with write_session(other_desk) as session:
        change_status(session, agent, referral_id, "envoyee", version=loaded)
    with pytest.raises(EditConflict) as refused, write_session(engine) as session:
        change_status(session, agent, referral_id, "annulee", version=loaded)
    assert refused.value.changed == ["Envoyée"]
    with read_session(engine) as session:
        assert session.get(Referral, referral_id).status == "envoyee"


def test_the_second_change_of_a_setting_is_refused(engine, other_desk, coordinator):
    with read_session(engine) as session:
        loaded = setting_version(session, "referral_follow_up_days") or 0
    with write_session(other_desk) as session:
        change_setting(session, coordinator, "referral_follow_up_days", 7, version=loaded)
    with pytest.raises(EditConflict), write_session(engine) as session:
        change_setting(session, coordinator, "referral_follow_up_days", 14, version=loaded)
    with read_session(engine) as session:
        assert get_setting(session, "referral_follow_up_days") == 7
        assert setting_version(session, "referral_follow_up_days") == 1


def test_a_save_without_a_version_still_works_for_commands(engine, agent):
    person = make_person(engine, agent, "Anne")
    before = _version(engine, Person, person.id)
    with write_session(engine) as session:
        update_person(session, agent, person.id, PersonFields("Anne", "Durand"))
    assert _version(engine, Person, person.id) == before + 1


@pytest.mark.server
def test_two_saves_at_the_same_instant_one_is_refused(engine, other_desk, agent):
    """Both desks read the same version and write at once: the row lock makes the second
    UPDATE see the first one's version, so it is refused instead of overwriting."""
    person = make_person(engine, agent, "Anne", "Durand")
    loaded = _version(engine, Person, person.id)
    first_wrote = threading.Event()
    outcome: dict[str, object] = {}

    def desk_a() -> None:
        with write_session(engine) as session:
            stored = session.exec(select(Person).where(Person.id == person.id)).one()
            stored.commune = "Redon"
            session.flush()  # holds the row until this transaction ends
            first_wrote.set()
            threading.Event().wait(0.5)

    thread = threading.Thread(target=desk_a)
    thread.start()
    first_wrote.wait(30)
    try:
        with write_session(other_desk) as session:
            update_person(
                session, agent, person.id, PersonFields("Anne", "Durand", commune="Pipriac"),
                version=loaded,
            )  # fmt: skip
    except EditConflict as error:
        outcome["refused"] = error
    thread.join(30)
    assert isinstance(outcome.get("refused"), EditConflict)
    with read_session(engine) as session:
        assert session.get(Person, person.id).commune == "Redon"
