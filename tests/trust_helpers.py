"""Small builders for the trust tests: people with visits and referrals, at chosen times."""

import uuid
from datetime import datetime

from sqlalchemy import text
from sqlmodel import Session

from app.search_terms import person_terms
from models import Organization, Person, Referral, ReferralEvent, Service, Visit


def add_person(
    session: Session,
    site_id: uuid.UUID,
    first_name: str = "Amina",
    last_name: str = "Benali",
    phone: str = "06 12 34 56 78",
    when: datetime | None = None,
) -> Person:
    person = Person(
        site_id=site_id,
        first_name=first_name,
        last_name=last_name,
        phone=phone,
        email="amina@example.org",
        birth_year=1980,
        postal_code="35550",
        commune="Pipriac",
        search_text=person_terms(first_name, last_name, phone),
    )
    if when is not None:
        person.created_at = person.updated_at = person.last_activity_at = when
    session.add(person)
    session.flush()
    session.execute(
        text("INSERT INTO person_search (person_id, terms) VALUES (:id, :terms)"),
        {"id": person.id.hex, "terms": person.search_text},
    )
    return person


def add_visit(
    session: Session,
    site_id: uuid.UUID,
    person: Person | None,
    when: datetime,
    note: str = "Cherche un CV",
) -> Visit:
    visit = Visit(
        site_id=site_id,
        person_id=person.id if person else None,
        occurred_at=when,
        themes=["numerique--maitriser-les-fondamentaux-du-numerique"],
        note=note,
        age_band="36-45",
        gender="femme",
        commune="Pipriac",
    )
    session.add(visit)
    session.flush()
    return visit


def add_service(session: Session) -> Service:
    organization = Organization(name="Mission locale")
    session.add(organization)
    session.flush()
    service = Service(organization_id=organization.id, name="Atelier CV")
    session.add(service)
    session.flush()
    return service


def add_referral(
    session: Session,
    site_id: uuid.UUID,
    person: Person | None,
    service: Service,
    when: datetime,
    reason: str = "Besoin d'un CV",
) -> Referral:
    referral = Referral(
        site_id=site_id,
        person_id=person.id if person else None,
        service_id=service.id,
        created_at=when,
        reason=reason,
    )
    session.add(referral)
    session.flush()
    session.add(
        ReferralEvent(referral_id=referral.id, occurred_at=when, status="proposee", note="appelé")
    )
    session.flush()
    return referral


def search_row_count(session: Session, person_id: uuid.UUID) -> int:
    return int(
        session.execute(
            text("SELECT count(*) FROM person_search WHERE person_id = :id"), {"id": person_id.hex}
        ).scalar_one()
    )
