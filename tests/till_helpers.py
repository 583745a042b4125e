"""Helpers for the till tests: default buttons, and a referral row made directly."""

from datetime import datetime

from app.db import write_session
from app.permissions import Actor
from app.services import till_setup
from models import Organization, Referral, Service, TillButton


def make_buttons(engine, actor: Actor) -> list[TillButton]:
    """The five default buttons of the actor's site."""
    with write_session(engine) as session:
        return till_setup.ensure_default_buttons(session, actor)


def add_referral(engine, actor: Actor, created_at: datetime) -> Referral:
    """An anonymous referral to a partner service, as the referrals area would store it."""
    with write_session(engine) as session:
        organization = Organization(name="Secours populaire")
        session.add(organization)
        session.flush()
        service = Service(organization_id=organization.id, name="Épicerie solidaire")
        session.add(service)
        session.flush()
        referral = Referral(
            site_id=actor.site_id,
            agent_id=actor.agent_id,
            service_id=service.id,
            created_at=created_at,
            status_changed_at=created_at,
        )
        session.add(referral)
        session.flush()
        return referral
