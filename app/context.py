"""What a running desk knows: its database, its site and the agent at the keyboard."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.permissions import Actor, Permission

if TYPE_CHECKING:
    import uuid

    from sqlalchemy import Engine


@dataclass
class DeskContext:
    engine: Engine
    db_path: Path
    site_id: uuid.UUID | None = None
    site_name: str = ""
    actor: Actor | None = None
    agent_name: str = ""
    language: str = "fr"
    extras: dict = field(default_factory=dict)

    def can(self, permission: Permission) -> bool:
        return self.actor is not None and self.actor.can(permission)
