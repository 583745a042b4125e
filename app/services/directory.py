"""The partner directory: organisations, their services and temporary closures.

Reading needs READ_DIRECTORY (every role); changing needs EDIT_DIRECTORY (coordinators).
The search lives in app.services.directory_search.
"""

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import Session, select

from app.clock import utcnow
from app.db.queries import notify
from app.errors import UserError
from app.i18n import translate
from app.permissions import Actor, Permission, require
from app.services.directory_search import invalidate
from app.services.directory_values import clean_organization, clean_service
from app.services.edit_conflicts import (
    check_version,
    differing,
    directory_labels,
    this_organisation,
    this_service,
)
from models import Organization, Service, ServiceClosure

NATIONAL_SOURCE = "aiguillage-numeros-nationaux"


@dataclass
class ServiceDetails:
    """A service with its organisation and its closures, for forms and sheets."""

    service: Service
    organization: Organization
    closures: list[ServiceClosure] = field(default_factory=list)


# ---------------------------------------------------------------- organisations


def list_organizations(
    session: Session, actor: Actor, include_inactive: bool = False
) -> list[Organization]:
    require(actor, Permission.READ_DIRECTORY)
    query = select(Organization).order_by(Organization.name)
    if not include_inactive:
        query = query.where(Organization.active == True)  # noqa: E712
    return list(session.exec(query))


def save_organization(
    session: Session,
    actor: Actor,
    values: dict[str, Any],
    organization_id: uuid.UUID | None = None,
    *,
    version: int | None = None,
) -> Organization:
    """Create an organisation, or update it when organization_id is given (`version`: the one
    the form was loaded with; another desk's save since is an EditConflict)."""
    require(actor, Permission.EDIT_DIRECTORY)
    stored = _organization(session, organization_id) if organization_id is not None else None
    cleaned = clean_organization(values, stored_postal_code=stored.postal_code if stored else "")
    if stored is not None:
        check_version(
            stored.version, version, this_organisation(),
            differing(stored, cleaned, directory_labels()),
        )  # fmt: skip
    if stored is None:
        organization = Organization(**cleaned)
        for key in ("source", "external_id"):
            if values.get(key):
                setattr(organization, key, str(values[key]))
        session.add(organization)
    else:
        organization = stored
        for key, value in cleaned.items():
            setattr(organization, key, value)
        organization.updated_at = utcnow()
    session.flush()
    invalidate()
    notify(session, "directory")
    return organization


def get_organization(session: Session, actor: Actor, organization_id: uuid.UUID) -> Organization:
    """An organisation, detached so it stays readable after the session ends."""
    require(actor, Permission.READ_DIRECTORY)
    organization = _organization(session, organization_id)
    session.expunge(organization)
    return organization


def set_organization_active(
    session: Session, actor: Actor, organization_id: uuid.UUID, active: bool
) -> int:
    """Deactivate an organisation and all its services (or bring them back); returns how many
    services changed."""
    require(actor, Permission.EDIT_DIRECTORY)
    organization = _organization(session, organization_id)
    organization.active = active
    organization.updated_at = utcnow()
    services = list(session.exec(select(Service).where(Service.organization_id == organization_id)))
    for service in services:
        service.active = active
        service.updated_at = utcnow()
    session.flush()
    invalidate()
    notify(session, "directory")
    return len(services)


def _organization(session: Session, organization_id: uuid.UUID) -> Organization:
    organization = session.get(Organization, organization_id)
    if organization is None:
        raise UserError(translate("Directory", "This organisation no longer exists."))
    return organization


def find_or_create_organization(session: Session, actor: Actor, name: str) -> Organization:
    """The active organisation with this exact name, or a new one."""
    require(actor, Permission.EDIT_DIRECTORY)
    wanted = (name or "").strip()
    existing = session.exec(
        select(Organization).where(Organization.name == wanted, Organization.active == True)  # noqa: E712
    ).first()
    return existing or save_organization(session, actor, {"name": wanted})


# ---------------------------------------------------------------- services


def get_service(session: Session, actor: Actor, service_id: uuid.UUID) -> ServiceDetails:
    """A service, its organisation and closures, detached so they stay readable after the
    session ends (to change a service, use save_service)."""
    require(actor, Permission.READ_DIRECTORY)
    service = session.get(Service, service_id)
    if service is None:
        raise UserError(translate("Directory", "This service no longer exists."))
    organization = _organization(session, service.organization_id)
    closures = list(
        session.exec(
            select(ServiceClosure)
            .where(ServiceClosure.service_id == service_id)
            .order_by(ServiceClosure.starts_on)
        )
    )
    for row in (service, organization, *closures):
        session.expunge(row)
    return ServiceDetails(service, organization, closures)


def save_service(
    session: Session,
    actor: Actor,
    organization_id: uuid.UUID,
    values: dict[str, Any],
    service_id: uuid.UUID | None = None,
    *,
    version: int | None = None,
) -> Service:
    """Create a service of an organisation, or update it when service_id is given (`version`:
    the one the form was loaded with; another desk's save since is an EditConflict)."""
    require(actor, Permission.EDIT_DIRECTORY)
    organization = _organization(session, organization_id)
    stored = session.get(Service, service_id) if service_id is not None else None
    if service_id is not None and stored is None:
        raise UserError(translate("Directory", "This service no longer exists."))
    cleaned = clean_service(values, stored_postal_code=stored.postal_code if stored else "")
    if stored is not None:
        check_version(
            stored.version, version, this_service(), differing(stored, cleaned, directory_labels())
        )
    if stored is None:
        service = Service(organization_id=organization.id, **cleaned)
        for key in ("source", "external_id"):
            if values.get(key):
                setattr(service, key, str(values[key]))
        session.add(service)
    else:
        service = stored
        service.organization_id = organization.id
        for key, value in cleaned.items():
            setattr(service, key, value)
        service.updated_at = utcnow()
    if "local_note" in values:
        service.local_note = str(values["local_note"] or "").strip()[:2000]
    session.flush()
    invalidate()
    notify(session, "directory")
    return service


def set_service_active(
    session: Session, actor: Actor, service_id: uuid.UUID, active: bool
) -> Service:
    """Deactivate a service (kept for past referrals, hidden from searches) or bring it back."""
    require(actor, Permission.EDIT_DIRECTORY)
    service = session.get(Service, service_id)
    if service is None:
        raise UserError(translate("Directory", "This service no longer exists."))
    service.active = active
    service.updated_at = utcnow()
    session.flush()
    invalidate()
    notify(session, "directory")
    return service


def mark_verified(
    session: Session, actor: Actor, service_id: uuid.UUID, today: date | None = None
) -> Service:
    """Record that someone checked the service's information today."""
    from app.clock import local_today

    require(actor, Permission.EDIT_DIRECTORY)
    service = session.get(Service, service_id)
    if service is None:
        raise UserError(translate("Directory", "This service no longer exists."))
    service.last_verified_on = today or local_today()
    service.updated_at = utcnow()
    session.flush()
    invalidate()
    notify(session, "directory")
    return service


# ---------------------------------------------------------------- closures


def add_closure(
    session: Session,
    actor: Actor,
    service_id: uuid.UUID,
    starts_on: date,
    ends_on: date,
    message: str = "",
) -> ServiceClosure:
    """A temporary closure, both days included (« fermé du 20 décembre au 3 janvier »)."""
    require(actor, Permission.EDIT_DIRECTORY)
    service = session.get(Service, service_id)
    if service is None:
        raise UserError(translate("Directory", "This service no longer exists."))
    if starts_on is None or ends_on is None:
        raise UserError(
            translate("Directory", "Please give the first and the last day of the closure.")
        )
    if ends_on < starts_on:
        raise UserError(
            translate("Directory", "The last day of the closure comes before the first one.")
        )
    message = (message or "").strip()
    if len(message) > 300:
        raise UserError(translate("Directory", "The reason is too long (300 characters at most)."))
    closure = ServiceClosure(
        service_id=service_id, starts_on=starts_on, ends_on=ends_on, message=message
    )
    session.add(closure)
    service.updated_at = utcnow()  # the search cache notices the change
    session.flush()
    invalidate()
    notify(session, "directory")
    return closure


def remove_closure(session: Session, actor: Actor, closure_id: uuid.UUID) -> None:
    require(actor, Permission.EDIT_DIRECTORY)
    closure = session.get(ServiceClosure, closure_id)
    if closure is None:
        return
    service = session.get(Service, closure.service_id)
    session.delete(closure)
    if service is not None:
        service.updated_at = utcnow()
    session.flush()
    invalidate()
    notify(session, "directory")


# ---------------------------------------------------------------- national numbers

NATIONAL_NUMBERS = (
    # number, name, description, themes, hours
    (
        "115",
        "115 — Hébergement d'urgence",
        "Le Samu social : une place pour dormir ce soir, une écoute, une orientation.",
        ["logement-hebergement--rechercher-une-solution-dhebergement-temporaire"],
        "24/7",
    ),
    (
        "119",
        "119 — Allô Enfance en danger",
        "Pour un enfant en danger ou en risque de l'être. Appel gratuit et anonyme.",
        ["famille--soutien-a-la-parentalite-et-a-leducation"],
        "24/7",
    ),
    (
        "3919",
        "3919 — Violences Femmes Info",
        "Écoute et orientation des femmes victimes de violences et de leur entourage. "
        "Gratuit et anonyme.",
        ["famille--surmonter-conflits-separation-violence"],
        "24/7",
    ),
    (
        "3114",
        "3114 — Prévention du suicide",
        "Pour une personne en détresse ou inquiète pour un proche. Gratuit.",
        ["sante--sante-mentale"],
        "24/7",
    ),
    (
        "3949",
        "3949 — France Travail",
        "Inscription, indemnisation, rendez-vous avec un conseiller.",
        ["trouver-un-emploi--repondre-a-des-offres-demploi"],
        "Mo-Fr 08:30-17:00; PH off",
    ),
    (
        "3230",
        "3230 — CAF",
        "Allocations familiales, logement, RSA, prime d'activité.",
        ["difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits"],
        "Mo-Fr 09:00-16:00; PH off",
    ),
    (
        "3646",
        "3646 — Assurance Maladie",
        "Carte Vitale, remboursements, complémentaire santé solidaire.",
        ["sante--acces-aux-soins"],
        "Mo-Fr 08:30-17:30; PH off",
    ),
    (
        "3939",
        "3939 — Allô Service Public",
        "Renseignements administratifs : droits et démarches.",
        ["difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives"],
        "Mo-Fr 08:30-18:00; PH off",
    ),
)


def add_national_numbers(session: Session, actor: Actor) -> int:
    """Add (or refresh) the national numbers every French counter uses; returns how many."""
    require(actor, Permission.EDIT_DIRECTORY)
    organization = session.exec(
        select(Organization).where(
            Organization.source == NATIONAL_SOURCE, Organization.external_id == "numeros"
        )
    ).first()
    if organization is None:
        organization = save_organization(
            session,
            actor,
            {
                "name": "Numéros nationaux",
                "description": "Numéros d'aide joignables de toute la France.",
                "source": NATIONAL_SOURCE,
                "external_id": "numeros",
            },
        )
    existing = {
        s.external_id: s
        for s in session.exec(select(Service).where(Service.source == NATIONAL_SOURCE))
    }
    for number, name, description, themes, hours in NATIONAL_NUMBERS:
        values = {
            "name": name,
            "description": description,
            "themes": themes,
            "phone": number,
            "fees": "gratuit",
            "type": "information",
            "publics": ["tous-publics"],
            "modes_accueil": ["a-distance"],
            "modes_mobilisation": ["telephoner"],
            "opening_hours": hours,
            "source": NATIONAL_SOURCE,
            "external_id": number,
        }
        current = existing.get(number)
        save_service(
            session, actor, organization.id, values, current.id if current is not None else None
        )
    return len(NATIONAL_NUMBERS)


def load_sample_directory(session: Session, actor: Actor) -> int:
    """Add the fictional sample directory (for demonstrations and training); returns how many."""
    from app.importers.csv_template import read_csv
    from app.resources import resource_path
    from app.services.directory_import import apply_import

    require(actor, Permission.EDIT_DIRECTORY)
    path = resource_path("data", "annuaire_exemple.csv")
    preview = read_csv(path.read_bytes(), path.name)
    for row in preview.rows:
        row.organization["source"] = row.service["source"] = "aiguillage-exemple"
    result = apply_import(session, actor, preview)
    return result.created + result.updated
