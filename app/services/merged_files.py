"""Where a merged-away file went: a desk still showing it is sent to the kept file, and a form
still open on it is refused with a clear message (FileMerged) rather than saved nowhere."""

import uuid

from sqlmodel import Session

from app.errors import UserError
from app.i18n import translate
from app.permissions import Actor, Permission, require
from app.services.people import display_name
from models import Person


def _tr(text: str) -> str:
    return translate("MergedFiles", text)


class FileMerged(UserError):
    """The file was merged into another one since the form was opened: nothing was saved.
    `kept_id` and `kept_name` say which file was kept."""

    def __init__(self, message: str, kept_id: uuid.UUID, kept_name: str) -> None:
        super().__init__(message)
        self.kept_id = kept_id
        self.kept_name = kept_name


def kept_file(session: Session, actor: Actor, person_id: uuid.UUID) -> Person | None:
    """The file that `person_id` was merged into (following a merge of a merge), or None when
    `person_id` was not merged away (or the kept file was erased since)."""
    require(actor, Permission.READ_PEOPLE)
    person = session.get(Person, person_id)
    seen: set[uuid.UUID] = set()
    while person is not None and person.merged_into_id is not None and person.id not in seen:
        seen.add(person.id)
        person = session.get(Person, person.merged_into_id)
    if not seen or person is None or person.merged_into_id is not None:
        return None
    return None if person.anonymised_at is not None else person


def check_not_merged(session: Session, actor: Actor, person_id: uuid.UUID) -> None:
    """FileMerged when another desk merged this file into another one."""
    kept = kept_file(session, actor, person_id)
    if kept is not None:
        name = display_name(kept)
        raise FileMerged(
            _tr(
                "At another desk, this file was merged with %1: your change was not saved. "
                "Open the kept file to make it there."
            ).replace("%1", name),
            kept.id,
            name,
        )
