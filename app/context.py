"""What a running desk knows: its database, its site, the agent at the keyboard and, for a desk
on a server, its link to the main PC."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from app.db.target import DatabaseTarget, as_target
from app.permissions import Actor, Permission

if TYPE_CHECKING:
    import uuid

    from sqlalchemy import Engine

    from app.outbox import Outbox


class DeskLink(Protocol):
    """A desk's link to the server of its place (the window's `ui.connection.DeskConnection`):
    whether the main PC answers, the outbox of what waits on this desk, the directory copy."""

    outbox: Outbox
    copy: Any  # app.directory_copy.DirectoryCopy, or None
    data_folder: Path  # this desk's own files (outbox, copy, kept sign-ins, last counts)

    @property
    def online(self) -> bool: ...

    def keeps_locally(self) -> bool:
        """Till work and anonymous visits go to the outbox now."""
        ...

    def noticed(self, error: BaseException) -> bool:
        """An operation failed: True when it is because the server is out of reach."""
        ...

    def kept(self) -> None:
        """Something went to the outbox, or left it by an undo."""
        ...


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
    # a desk on a server: its link to the main PC (None for a single SQLite desk)
    connection: DeskLink | None = None

    def __post_init__(self) -> None:
        self.target = as_target(self.target)

    @property
    def db_path(self) -> Path | None:
        """The database file on this PC, or None when the database is on a server."""
        return self.target.path

    @property
    def offline(self) -> bool:
        """The desk is on a server that cannot be reached right now."""
        return self.connection is not None and not self.connection.online

    def can(self, permission: Permission) -> bool:
        return self.actor is not None and self.actor.can(permission)
