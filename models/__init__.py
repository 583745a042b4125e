"""What is stored, nothing else. Importing this package registers every table."""

from models.audit import AuditEntry
from models.base import utcnow
from models.directory import Organization, Service, ServiceClosure
from models.people import Person
from models.referrals import Referral, ReferralEvent
from models.site import Agent, Setting, Site
from models.till import Donation, TillButton
from models.visits import Visit

__all__ = [
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
    "utcnow",
]
