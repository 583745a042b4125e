"""Suggested services for a referral: active services covering the visit's themes.

Open now first, then the soonest to open; services whose publics do not include the person's
situation come after, with a hint. Re-exported by `app.services.referrals`.
"""

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import String, cast, or_
from sqlmodel import Session, col, select

from app import taxonomy
from app.clock import local_today, utcnow
from app.errors import UserError
from app.i18n import translate
from app.permissions import Actor, Permission, require
from models import Organization, Person, Service, ServiceClosure

ALL_PUBLICS = "tous-publics"


@dataclass(frozen=True)
class Suggestion:
    """A service proposed for the visit's themes, with its opening state right now."""

    service_id: uuid.UUID
    service_name: str
    organization_name: str
    commune: str
    phone: str
    matched_themes: tuple[str, ...]
    is_open: bool
    state_text: str
    next_opening: datetime | None
    publics_hint: str = ""


def theme_matches(service_themes: Iterable[str], wanted: Sequence[str]) -> tuple[str, ...]:
    """The wanted themes a service covers: same code, or one is the other's category."""
    matched = []
    service_themes = list(service_themes)
    for theme in wanted:
        category = theme.split("--", 1)[0]
        for own in service_themes:
            if own == theme or own == category or own.split("--", 1)[0] == theme:
                matched.append(theme)
                break
    return tuple(matched)


# --- suggestions ---------------------------------------------------------------------------
def _themes_prefilter(wanted: Sequence[str]):  # type: ignore[no-untyped-def]
    """A cheap text filter on the JSON array of themes; the exact match is done in Python."""
    patterns = set()
    for theme in wanted:
        category = theme.split("--", 1)[0]
        if theme == category:  # a whole category: its own code and every sub-theme
            patterns.add(f'%"{category}%')
        else:
            patterns.update({f'%"{theme}"%', f'%"{category}"%'})
    return or_(*[cast(Service.themes, String).like(pattern) for pattern in sorted(patterns)])


def _misfit(publics: Sequence[str], situation: set[str]) -> bool:
    """The service names its publics and the person's situation is not among them."""
    return bool(publics) and ALL_PUBLICS not in publics and not situation.intersection(publics)


def _publics_hint(publics: Sequence[str], situation: Sequence[str]) -> str:
    publics = [p for p in publics if p]
    if not _misfit(publics, set(situation)):
        return ""
    names = ", ".join(taxonomy.label(p) for p in publics[:3])
    return translate("Referrals", "Intended for: %1").replace("%1", names)


class _Closure(NamedTuple):
    starts_on: date
    ends_on: date
    message: str


def _closures_by_service(
    session: Session, service_ids: list[uuid.UUID], today: date
) -> dict[uuid.UUID, list[_Closure]]:
    """Current and coming closures of these services."""
    found: dict[uuid.UUID, list[_Closure]] = {sid: [] for sid in service_ids}
    if not service_ids:
        return found
    rows = session.exec(
        select(
            ServiceClosure.service_id,
            ServiceClosure.starts_on,
            ServiceClosure.ends_on,
            ServiceClosure.message,
        ).where(col(ServiceClosure.service_id).in_(service_ids), ServiceClosure.ends_on >= today)
    )
    for service_id, starts_on, ends_on, message in rows:
        found[service_id].append(_Closure(starts_on, ends_on, message))
    return found


def suggest_services(
    session: Session,
    actor: Actor,
    themes: Sequence[str],
    *,
    person_id: uuid.UUID | None = None,
    now: datetime | None = None,
    limit: int = 20,
    language: str = "fr",
) -> list[Suggestion]:
    """Active services covering any of the themes: open now first, then soonest open."""
    require(actor, Permission.READ_DIRECTORY)
    from app.opening_hours import next_opening, opening_state

    now = now or utcnow()
    wanted = [t for t in themes if t]
    if not wanted:
        return []
    situation: list[str] = []
    if person_id is not None and actor.can(Permission.READ_PEOPLE):
        person = session.get(Person, person_id)
        situation = list(person.situation or []) if person else []
    rows = session.exec(
        select(
            Service.id,
            Service.name,
            Service.themes,
            Service.publics,
            Service.opening_hours,
            Service.commune,
            Service.phone,
            Organization.name,
        )
        .join(Organization, Organization.id == Service.organization_id)  # type: ignore[arg-type]
        .where(Service.active, Organization.active, _themes_prefilter(wanted))
    ).all()
    candidates = []
    for row in rows:
        matched = theme_matches(row[2] or [], wanted)
        if matched:
            candidates.append((*row, matched))
    closures = _closures_by_service(session, [row[0] for row in candidates], local_today(now))
    states: dict[str, tuple[bool, str, datetime | None]] = {}  # services share hours strings

    def state_of(hours: str, service_closures: list[_Closure]):  # type: ignore[no-untyped-def]
        if not hours:
            return False, "", None
        if not service_closures and hours in states:
            return states[hours]
        try:
            state = opening_state(hours, service_closures, now, language)
            upcoming = None if state.is_open else next_opening(hours, service_closures, now)
            found = (state.is_open, state.text, upcoming)
        except UserError:
            found = (False, "", None)
        if not service_closures:
            states[hours] = found
        return found

    situation_set = set(situation)
    far = datetime.max.replace(tzinfo=now.tzinfo)
    ranked = []
    for candidate in candidates:
        service_id, name, _, publics, hours, *_rest, matched = candidate
        is_open, text, upcoming = state_of(hours, closures[service_id])
        misfit = _misfit(publics or [], situation_set)
        key = (not is_open, misfit, upcoming or far, -len(matched), name.casefold())
        ranked.append((key, candidate, (is_open, text, upcoming)))
    ranked.sort(key=lambda entry: entry[0])
    suggestions: list[Suggestion] = []
    for _key, candidate, (is_open, text, upcoming) in ranked[:limit]:
        service_id, name, _, publics, _, commune, phone, org_name, matched = candidate
        suggestions.append(
            Suggestion(
                service_id=service_id,
                service_name=name,
                organization_name=org_name,
                commune=commune,
                phone=phone,
                matched_themes=matched,
                is_open=is_open,
                state_text=text or translate("Referrals", "Opening hours not given"),
                next_opening=upcoming,
                publics_hint=_publics_hint(publics or [], situation),
            )
        )
    return suggestions
