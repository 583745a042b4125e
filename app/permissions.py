"""Who may do what. Enforced in app/ services: a call without the right role raises
PermissionDenied, whatever the UI shows.

Usage in a service:  require(actor, Permission.EDIT_PEOPLE)
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from app.errors import PermissionDenied
from app.i18n import translate
from models.enums import Role

if TYPE_CHECKING:
    import uuid


class Permission(StrEnum):
    LOG_ANONYMOUS_VISIT = "log-anonymous-visit"  # till clicks, anonymous reception visits
    USE_TILL = "use-till"
    READ_DIRECTORY = "read-directory"
    PRINT_SHEETS = "print-sheets"  # anonymous referrals with a sheet
    READ_PEOPLE = "read-people"
    EDIT_PEOPLE = "edit-people"
    LOG_VISITS = "log-visits"  # visits of known people, with notes
    MANAGE_REFERRALS = "manage-referrals"
    EDIT_DIRECTORY = "edit-directory"
    VIEW_REPORTS = "view-reports"
    EXPORT_DATA = "export-data"
    MANAGE_SETTINGS = "manage-settings"
    MANAGE_AGENTS = "manage-agents"
    MANAGE_BACKUPS = "manage-backups"
    MANAGE_PRIVACY = "manage-privacy"  # retention, person export and erasure
    VIEW_AUDIT = "view-audit"
    VIEW_AGENDA = "view-agenda"  # times and motifs; names only with read-people
    BOOK_APPOINTMENTS = "book-appointments"  # book, move, cancel, mark arrived
    MANAGE_AGENDA = "manage-agenda"  # motifs, opening slots, absences, closures


_VOLUNTEER = {
    Permission.LOG_ANONYMOUS_VISIT,
    Permission.USE_TILL,
    Permission.READ_DIRECTORY,
    Permission.PRINT_SHEETS,
    Permission.VIEW_AGENDA,
}
_AGENT = _VOLUNTEER | {
    Permission.READ_PEOPLE,
    Permission.EDIT_PEOPLE,
    Permission.LOG_VISITS,
    Permission.MANAGE_REFERRALS,
    Permission.BOOK_APPOINTMENTS,
}
_COORDINATOR = set(Permission)

ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    Role.VOLUNTEER.value: frozenset(_VOLUNTEER),
    Role.AGENT.value: frozenset(_AGENT),
    Role.COORDINATOR.value: frozenset(_COORDINATOR),
}


@dataclass(frozen=True)
class Actor:
    """The agent on whose behalf a service runs."""

    agent_id: uuid.UUID | None
    role: str
    site_id: uuid.UUID

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS.get(self.role, frozenset())


def require(actor: Actor, permission: Permission) -> None:
    if not actor.can(permission):
        raise PermissionDenied(
            translate("Permissions", "Your role does not allow this action. Ask a coordinator.")
        )
