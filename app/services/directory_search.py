"""Searching the directory: text, themes, publics, fees, mode d'accueil, commune, open now.

A directory has a few thousand services at most, so the search runs in memory over a compact
index built from one query and kept until the directory changes (a cheap fingerprint query
tells). "Open now" is evaluated once per distinct opening hours string.
"""

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from app.clock import local_today, utcnow
from app.i18n import current_language
from app.opening_hours import OpeningState, is_open_now, opening_state
from app.permissions import Actor, Permission, require
from app.search_terms import fold, words
from models import Organization, Service, ServiceClosure

VERIFY_AFTER_DAYS = 365
DEFAULT_LIMIT = 500


@dataclass(frozen=True)
class _Entry:
    id: uuid.UUID
    name: str
    organization: str
    commune: str
    phone: str
    text: str  # folded name, organisation, description, commune
    themes: frozenset[str]
    theme_categories: frozenset[str]
    publics: frozenset[str]
    fees: str
    modes_accueil: frozenset[str]
    commune_key: str
    opening_hours: str
    closures: tuple[Any, ...]
    last_verified_on: date | None
    active: bool


@dataclass(frozen=True)
class ServiceHit:
    """One line of the directory list."""

    id: uuid.UUID
    name: str
    organization: str
    commune: str
    phone: str
    themes: tuple[str, ...]
    opening_hours: str
    state: OpeningState
    last_verified_on: date | None
    to_verify: bool
    active: bool


@dataclass(frozen=True)
class _Closure:
    starts_on: date
    ends_on: date
    message: str


_cache: dict[str, tuple[tuple, list[_Entry]]] = {}


def _fingerprint(session: Session) -> tuple:
    services = session.exec(select(func.count(Service.id), func.max(Service.updated_at))).one()
    organizations = session.exec(
        select(func.count(Organization.id), func.max(Organization.updated_at))
    ).one()
    closures = session.exec(select(func.count(ServiceClosure.id))).one()
    return (*services, *organizations, closures)


def _build(session: Session) -> list[_Entry]:
    organizations = {
        row[0]: row[1] for row in session.exec(select(Organization.id, Organization.name))
    }
    closures: dict[uuid.UUID, list[_Closure]] = {}
    for closure in session.exec(select(ServiceClosure)):
        closures.setdefault(closure.service_id, []).append(
            _Closure(closure.starts_on, closure.ends_on, closure.message)
        )
    entries = []
    for s in session.exec(select(Service)):
        organization = organizations.get(s.organization_id, "")
        themes = frozenset(s.themes or ())
        entries.append(
            _Entry(
                id=s.id,
                name=s.name,
                organization=organization,
                commune=s.commune,
                phone=s.phone,
                text=" ".join(words(f"{s.name} {organization} {s.description} {s.commune}")),
                themes=themes,
                theme_categories=frozenset(t.split("--", 1)[0] for t in themes),
                publics=frozenset(s.publics or ()),
                fees=s.fees,
                modes_accueil=frozenset(s.modes_accueil or ()),
                commune_key=fold(s.commune).strip(),
                opening_hours=s.opening_hours,
                closures=tuple(closures.get(s.id, ())),
                last_verified_on=s.last_verified_on,
                active=s.active,
            )
        )
    entries.sort(key=lambda e: (fold(e.name), fold(e.organization)))
    return entries


def _entries(session: Session) -> list[_Entry]:
    key = str(session.get_bind().url)
    fingerprint = _fingerprint(session)
    cached = _cache.get(key)
    if cached is None or cached[0] != fingerprint:
        cached = (fingerprint, _build(session))
        _cache[key] = cached
    return cached[1]


def search_services(
    session: Session,
    actor: Actor,
    text: str = "",
    themes: tuple[str, ...] | list[str] = (),
    publics: tuple[str, ...] | list[str] = (),
    fees: str | None = None,
    mode_accueil: str | None = None,
    open_now: bool = False,
    commune: str | None = None,
    to_verify: bool = False,
    now: datetime | None = None,
    limit: int = DEFAULT_LIMIT,
    include_inactive: bool = False,
) -> list[ServiceHit]:
    """Services matching every filter given, sorted by name.

    `themes` may hold themes or theme categories (« famille »): a service matches if it has
    any of them. `publics` matches services for any of these publics or for « tous publics ».
    """
    require(actor, Permission.READ_DIRECTORY)
    now = now or utcnow()
    today = local_today(now)
    verify_before = today - timedelta(days=VERIFY_AFTER_DAYS)
    query = words(text)
    wanted_themes = set(themes)
    wanted_publics = set(publics)
    commune_key = fold(commune or "").strip()
    open_cache: dict[str, bool] = {}
    hits: list[ServiceHit] = []
    for entry in _entries(session):
        if not entry.active and not include_inactive:
            continue
        if query and not all(word in entry.text for word in query):
            continue
        if wanted_themes and not (
            wanted_themes & entry.themes or wanted_themes & entry.theme_categories
        ):
            continue
        if wanted_publics and not (
            wanted_publics & entry.publics or "tous-publics" in entry.publics
        ):
            continue
        if fees and entry.fees != fees:
            continue
        if mode_accueil and mode_accueil not in entry.modes_accueil:
            continue
        if commune_key and entry.commune_key != commune_key:
            continue
        stale = entry.last_verified_on is None or entry.last_verified_on < verify_before
        if to_verify and not stale:
            continue
        if open_now:
            if entry.closures:
                if not is_open_now(entry.opening_hours, entry.closures, now):
                    continue
            else:
                is_open = open_cache.get(entry.opening_hours)
                if is_open is None:
                    is_open = is_open_now(entry.opening_hours, (), now)
                    open_cache[entry.opening_hours] = is_open
                if not is_open:
                    continue
        hits.append(_hit(entry, now, stale))
        if len(hits) >= limit:
            break
    return hits


_state_cache: dict[tuple[str, tuple, datetime, str], OpeningState] = {}


def _hit(entry: _Entry, now: datetime, stale: bool) -> ServiceHit:
    minute = now.replace(second=0, microsecond=0)
    language = current_language()
    key = (entry.opening_hours, entry.closures, minute, language)
    state = _state_cache.get(key)
    if state is None:
        if len(_state_cache) > 20000:
            _state_cache.clear()
        state = opening_state(entry.opening_hours, entry.closures, now, language)
        _state_cache[key] = state
    return ServiceHit(
        id=entry.id,
        name=entry.name,
        organization=entry.organization,
        commune=entry.commune,
        phone=entry.phone,
        themes=tuple(sorted(entry.themes)),
        opening_hours=entry.opening_hours,
        state=state,
        last_verified_on=entry.last_verified_on,
        to_verify=stale,
        active=entry.active,
    )


def communes(session: Session, actor: Actor) -> list[str]:
    """The towns of active services, for the filter list."""
    require(actor, Permission.READ_DIRECTORY)
    names = {e.commune for e in _entries(session) if e.active and e.commune}
    return sorted(names, key=fold)
