"""The directory as exporters see it: active services with their organisation, in a stable
order so that exporting twice gives the same file."""

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from app.permissions import Actor, Permission, require
from app.search_terms import fold
from models import Organization, Service

DEFAULT_SOURCE = "aiguillage"


@dataclass(frozen=True)
class Entry:
    organization: Organization
    service: Service

    @property
    def service_id(self) -> str:
        return self.service.external_id or str(self.service.id)

    @property
    def service_source(self) -> str:
        return self.service.source or DEFAULT_SOURCE

    @property
    def organization_id(self) -> str:
        return self.organization.external_id or str(self.organization.id)

    @property
    def organization_source(self) -> str:
        return self.organization.source or DEFAULT_SOURCE

    @property
    def updated_on(self) -> date:
        """The date data·inclusion calls « date_maj »: last verified, else creation."""
        return self.service.last_verified_on or self.service.created_at.date()


def directory_entries(session: Session, actor: Actor) -> list[Entry]:
    """Active services and their organisations, sorted by organisation then service."""
    require(actor, Permission.EXPORT_DATA)
    organizations = {o.id: o for o in session.exec(select(Organization))}
    entries = [
        Entry(organizations[s.organization_id], s)
        for s in session.exec(select(Service).where(Service.active == True))  # noqa: E712
    ]
    entries.sort(
        key=lambda e: (
            fold(e.organization.name),
            e.organization_id,
            fold(e.service.name),
            e.service_id,
        )
    )
    return entries


def yes_no(value: bool | None) -> str:
    return "" if value is None else ("oui" if value else "non")


def number(value: float | None) -> str:
    return "" if value is None else repr(float(value))
