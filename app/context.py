"""What a running desk knows: its database, its site and the agent at the keyboard."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.db.target import DatabaseTarget, as_target
from app.permissions import Actor, Permission

if TYPE_CHECKING:
    import uuid

    from sqlalchemy import Engine


@dataclass
class DeskContext:
    engine: Engine
    target: DatabaseTarget
    site_id: uuid.UUID | None = None
    site_name: str = ""
    actor: Actor | None = None
    agent_name: str = ""
    language: str = "fr"
    extras: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.target = as_target(self.target)

    @property
    def db_path(self) -> Path | None:
        """The database file on this PC, or None when the database is on a server."""
        return self.target.path

    def can(self, permission: Permission) -> bool:
        return self.actor is not None and self.actor.can(permission)
