"""Optimistic versions: a save says which version of a row its form was loaded with, and is
refused (EditConflict, saying what changed) when another desk saved that row since.

Every versioned table has a `version` counter that SQLAlchemy raises on each change and checks
in the UPDATE itself, so two saves racing at the same instant are caught too
(`app.db.write_session` turns that into the same EditConflict).
"""

from collections.abc import Iterable, Mapping
from typing import Any

from app.errors import EditConflict
from app.i18n import translate


def _tr(text: str) -> str:
    return translate("EditConflicts", text)


def person_labels() -> dict[str, str]:
    return {
        "first_name": _tr("first name"),
        "last_name": _tr("last name"),
        "birth_year": _tr("birth year"),
        "postal_code": _tr("postal code"),
        "commune": _tr("commune"),
        "phone": _tr("phone"),
        "email": _tr("e-mail"),
        "preferred_language": _tr("language"),
        "situation": _tr("situation"),
        "privacy_notice_given_on": _tr("privacy notice"),
    }


def directory_labels() -> dict[str, str]:
    return {
        "name": _tr("name"),
        "description": _tr("description"),
        "type": _tr("type"),
        "themes": _tr("themes"),
        "publics": _tr("publics"),
        "fees": _tr("fees"),
        "access_conditions": _tr("access conditions"),
        "address": _tr("address"),
        "postal_code": _tr("postal code"),
        "commune": _tr("commune"),
        "phone": _tr("phone"),
        "email": _tr("e-mail"),
        "website": _tr("website"),
        "contact_name": _tr("contact"),
        "opening_hours": _tr("opening hours"),
        "siret": _tr("SIRET"),
    }


def differing(stored: Any, submitted: Mapping[str, Any], labels: Mapping[str, str]) -> list[str]:
    """The labels of the fields whose stored value differs from what this desk submits."""
    return [
        label
        for name, label in labels.items()
        if name in submitted and getattr(stored, name, None) != submitted[name]
    ]


def conflict_message(what: str, changed: Iterable[str] = ()) -> str:
    """« Another desk changed {what} … » with the fields that now differ, if known."""
    changed = list(changed)
    text = _tr("Another desk saved %1 while you were changing it: your change was not saved.")
    text = text.replace("%1", what)
    if changed:
        text += " " + _tr("It now differs from yours on: %1.").replace("%1", ", ".join(changed))
    return text + " " + _tr("Reload to see the current values, then make your change again.")


def check_version(
    stored_version: int,
    expected: int | None,
    what: str,
    changed: Iterable[str] = (),
) -> None:
    """Nothing when the form saw the stored version (or did not say); EditConflict otherwise."""
    if expected is None or stored_version == expected:
        return
    changed = list(changed)
    raise EditConflict(conflict_message(what, changed), changed)


def this_person_file() -> str:
    return _tr("this person file")


def this_service() -> str:
    return _tr("this service")


def this_organisation() -> str:
    return _tr("this organisation")


def this_referral() -> str:
    return _tr("this referral")


def this_setting() -> str:
    return _tr("this setting")


def stale_row() -> EditConflict:
    """Two saves of the same row at the same instant: the second one learns it here."""
    return EditConflict(conflict_message(_tr("the same thing")))
