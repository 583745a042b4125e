"""Two sites made from two demo seeds, for the statistics packages and the consolidation."""

from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import select

from app.db import open_database, read_session, write_session
from app.demo import write_demo
from app.permissions import Actor
from app.services.sites import actor_for, update_site
from models import Agent
from models.enums import Role

DEMO_NOW = datetime(2026, 3, 10, 15, 30, tzinfo=UTC)
MONTH = "2026-02"


def coordinator_of(engine) -> Actor:  # type: ignore[no-untyped-def]
    with read_session(engine) as session:
        agent = session.exec(
            select(Agent).where(Agent.role == Role.COORDINATOR.value).order_by(Agent.created_at)
        ).first()
        return actor_for(agent)


def make_site(folder: Path, seed: int, name: str) -> Path:
    """A demo database of `seed` whose site is called `name`."""
    path = folder / f"site-{seed}.sqlite"
    write_demo(path, "small", seed=seed, now=DEMO_NOW)
    engine = open_database(path)
    try:
        with write_session(engine) as session:
            update_site(session, coordinator_of(engine), name=name)
    finally:
        engine.dispose()
    return path
