"""What is stored, nothing else.

Tables are imported on first use (`from models import Person`), so that importing the small
`models.enums` module at start-up does not load SQLModel; `load_all()` registers every table
on the metadata (the database layer calls it before creating or migrating anything).
"""

import importlib
from typing import TYPE_CHECKING, Any

_HOMES = {
    "AgentAbsence": "models.appointments",
    "Appointment": "models.appointments",
    "AppointmentEvent": "models.appointments",
    "AppointmentMotif": "models.appointments",
    "AppointmentSession": "models.appointments",
    "OpeningSlot": "models.appointments",
    "PlaceClosure": "models.appointments",
    "AuditEntry": "models.audit",
    "Organization": "models.directory",
    "Service": "models.directory",
    "ServiceClosure": "models.directory",
    "Person": "models.people",
    "Referral": "models.referrals",
    "ReferralEvent": "models.referrals",
    "Agent": "models.site",
    "Setting": "models.site",
    "Site": "models.site",
    "Donation": "models.till",
    "TillButton": "models.till",
    "Visit": "models.visits",
    "utcnow": "models.base",
}

__all__ = [
    "AgentAbsence",
    "Appointment",
    "AppointmentEvent",
    "AppointmentMotif",
    "AppointmentSession",
    "OpeningSlot",
    "PlaceClosure",
    "Agent",
    "AuditEntry",
    "Donation",
    "Organization",
    "Person",
    "Referral",
    "ReferralEvent",
    "Service",
    "ServiceClosure",
    "Setting",
    "Site",
    "TillButton",
    "Visit",
    "load_all",
    "utcnow",
]

if TYPE_CHECKING:
    from models.appointments import (
        AgentAbsence,
        Appointment,
        AppointmentEvent,
        AppointmentMotif,
        AppointmentSession,
        OpeningSlot,
        PlaceClosure,
    )
    from models.audit import AuditEntry
    from models.base import utcnow
    from models.directory import Organization, Service, ServiceClosure
    from models.people import Person
    from models.referrals import Referral, ReferralEvent
    from models.site import Agent, Setting, Site
    from models.till import Donation, TillButton
    from models.visits import Visit


def load_all() -> None:
    """Import every table module, so that the metadata knows the whole schema."""
    for module in sorted(set(_HOMES.values())):
        importlib.import_module(module)


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'models' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value
