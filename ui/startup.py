"""From a database (file or server) to a ready desk context; the first run asks what is missing."""

from sqlmodel import select

from app.context import DeskContext
from app.db import DatabaseTarget, as_target, open_database, read_session
from app.services.sites import actor_for, current_site
from models import Agent
from models.enums import Role


def open_desk(target: DatabaseTarget, language: str = "fr") -> DeskContext:
    """Open (and migrate) the database; the context has no agent yet if there is no site."""
    target = as_target(target)
    engine = open_database(target)
    ctx = DeskContext(engine=engine, target=target, language=language)
    load_site(ctx)
    return ctx


def load_site(ctx: DeskContext) -> None:
    with read_session(ctx.engine) as session:
        site = current_site(session)
        if site is None:
            return
        ctx.site_id = site.id
        ctx.site_name = site.name


def sign_in_first_coordinator(ctx: DeskContext) -> None:
    """Used by screenshots and demos: act as the first active coordinator, without a PIN."""
    with read_session(ctx.engine) as session:
        agent = session.exec(
            select(Agent)
            .where(Agent.active, Agent.role == Role.COORDINATOR.value)
            .order_by(Agent.created_at)
        ).first()
        if agent is not None:
            ctx.actor = actor_for(agent)
            ctx.agent_name = agent.name
