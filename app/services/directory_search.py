"""Searching the directory: text, themes, publics, fees, mode d'accueil, commune, open now.

A directory has a few thousand services at most, so the search runs in memory over a compact
index built from one query and kept until the directory changes (a cheap fingerprint query
tells). "Open now" is evaluated once per distinct opening hours string.
"""

import gc
import json
import re
import time
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlmodel import Session, select

from app.clock import local_today, utcnow
from app.i18n import current_language
from app.opening_hours import OpeningState, is_open_now, opening_state
from app.permissions import Actor, Permission, require
from app.search_terms import fold, search_words
from models import ServiceClosure

VERIFY_AFTER_DAYS = 365
DEFAULT_LIMIT = 500


@dataclass(slots=True)
class _Entry:
    id: uuid.UUID
    name: str
    organization: str
    commune: str
    phone: str
    rest: str  # description and commune, folded into `text` on the first text search
    text: str  # folded name and organisation (then the rest)
    themes: frozenset[str]
    sorted_themes: tuple[str, ...]
    theme_categories: frozenset[str]
    publics: frozenset[str]
    fees: str
    modes_accueil: frozenset[str]
    commune_key: str
    opening_hours: str
    closures: tuple[Any, ...]
    last_verified_on: date | None
    active: bool


@dataclass(slots=True)
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
# When the fingerprint was last checked, per database, and the write generation then seen.
_checked: dict[str, tuple[float, int]] = {}
_generation = [0]
RECHECK_SECONDS = 2.0


def invalidate() -> None:
    """Called by the directory's write services: the next search checks the database."""
    _generation[0] += 1


_FINGERPRINT = (
    "SELECT (SELECT count(*) FROM service), (SELECT max(updated_at) FROM service),"
    " (SELECT count(*) FROM organization), (SELECT max(updated_at) FROM organization),"
    " (SELECT count(*) FROM service_closure)"
)


def _fingerprint(session: Session) -> tuple:
    """Changes whenever a service, an organisation or a closure is added or changed."""
    return tuple(session.connection().exec_driver_sql(_FINGERPRINT).one())


_COMBINING = re.compile("[\u0300-\u036f]+")
_NOT_WORD = re.compile(r"[\W_]+")
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"})
_INDEX_QUERY = (
    "SELECT s.id, s.name, o.name, s.description, s.commune, s.phone, s.themes, s.publics,"
    " s.fees, s.modes_accueil, s.opening_hours, s.last_verified_on, s.active"
    " FROM service s LEFT JOIN organization o ON o.id = s.organization_id"
)


def _index_text(text: str) -> str:
    """The same words as app.search_terms.words, joined; faster on long descriptions."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return _NOT_WORD.sub(" ", _COMBINING.sub("", decomposed).casefold()).strip()


def _json_list(raw: object, seen: dict[object, frozenset[str]]) -> frozenset[str]:
    """A JSON array of codes as a set; `seen` shares the sets of identical arrays."""
    if not raw:
        return frozenset()
    if isinstance(raw, list):  # already decoded by the driver (PostgreSQL)
        return frozenset(str(item) for item in raw)
    known = seen.get(raw)
    if known is not None:
        return known
    try:
        value = json.loads(raw) if isinstance(raw, str) else raw
    except (TypeError, ValueError):
        value = None
    codes = frozenset(str(item) for item in value) if isinstance(value, list) else frozenset()
    if isinstance(raw, str):
        seen[raw] = codes
    return codes


def _as_date(value: object) -> date | None:
    """A date as the driver gives it: ISO text (SQLite) or a date already (PostgreSQL)."""
    if not value:
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _build(session: Session) -> list[_Entry]:
    """One raw query: the index is rebuilt on every change, it must stay quick (the garbage
    collector is paused meanwhile: thousands of small objects would trigger it repeatedly)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _build_entries(session)
    finally:
        if collecting:
            gc.enable()


def _build_entries(session: Session) -> list[_Entry]:
    connection = session.connection()
    closures: dict[uuid.UUID, list[_Closure]] = {}
    for closure in session.exec(select(ServiceClosure)):
        closures.setdefault(closure.service_id, []).append(
            _Closure(closure.starts_on, closure.ends_on, closure.message)
        )
    keyed: list[tuple[tuple[str, str], _Entry]] = []
    seen: dict[object, frozenset[str]] = {}
    categories: dict[frozenset[str], frozenset[str]] = {}
    towns: dict[str, str] = {}
    cursor = connection.connection.driver_connection.cursor()  # plain tuples, fetched at once
    try:
        rows = cursor.execute(_INDEX_QUERY).fetchall()
    finally:
        cursor.close()
    for row in rows:
        (raw_id, name, organization, description, commune, phone) = row[:6]
        (themes_raw, publics_raw, fees, modes_raw, hours, verified, active) = row[6:]
        service_id = uuid.UUID(hex=str(raw_id))
        organization = organization or ""
        themes = _json_list(themes_raw, seen)
        name_key, organization_key = _index_text(name), _index_text(organization)
        entry = _Entry(
            id=service_id,
            name=name,
            organization=organization,
            commune=commune or "",
            phone=phone or "",
            rest=f"{description} {commune}",
            text=f"{name_key} {organization_key}",
            themes=themes,
            sorted_themes=tuple(sorted(themes)),
            theme_categories=categories.get(themes)
            or categories.setdefault(themes, frozenset(t.split("--", 1)[0] for t in themes)),
            publics=_json_list(publics_raw, seen),
            fees=fees or "",
            modes_accueil=_json_list(modes_raw, seen),
            commune_key=towns.get(commune or "")
            or towns.setdefault(commune or "", fold(commune or "").strip()),
            opening_hours=hours or "",
            closures=tuple(closures.get(service_id, ())),
            last_verified_on=_as_date(verified),
            active=bool(active),
        )
        keyed.append(((name_key, organization_key), entry))
    keyed.sort(key=lambda pair: pair[0])
    return [entry for _key, entry in keyed]


def _entries(session: Session) -> list[_Entry]:
    """The index, rebuilt when the directory changed (checked at most every 2 s unless this
    process wrote to the directory meanwhile)."""
    key = str(session.get_bind().url)
    cached = _cache.get(key)
    moment = time.monotonic()
    last = _checked.get(key)
    if (
        cached is not None
        and last is not None
        and last[1] == _generation[0]
        and moment - last[0] < RECHECK_SECONDS
    ):
        return cached[1]
    generation = _generation[0]
    fingerprint = _fingerprint(session)
    if cached is None or cached[0] != fingerprint:
        cached = (fingerprint, _build(session))
        _cache[key] = cached
    _checked[key] = (moment, generation)
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
    query = search_words(text)
    first_word, other_words = (query[0], query[1:]) if query else ("", [])
    wanted_themes = set(themes)
    wanted_publics = set(publics)
    commune_key = fold(commune or "").strip()
    open_cache: dict[str, bool] = {}
    states: dict[tuple[str, tuple], OpeningState] = {}
    language = current_language()
    hits: list[ServiceHit] = []
    for entry in _entries(session):
        if not entry.active and not include_inactive:
            continue
        if wanted_themes and wanted_themes.isdisjoint(entry.themes):
            if wanted_themes.isdisjoint(entry.theme_categories):
                continue
        if first_word:
            if entry.rest:
                entry.text = f"{entry.text} {_index_text(entry.rest)}"
                entry.rest = ""
            if first_word not in entry.text:
                continue
            if other_words and not all(word in entry.text for word in other_words):
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
        state_key = (entry.opening_hours, entry.closures)
        state = states.get(state_key)
        if state is None:
            state = opening_state(entry.opening_hours, entry.closures, now, language)
            states[state_key] = state
        hits.append(
            ServiceHit(
                id=entry.id,
                name=entry.name,
                organization=entry.organization,
                commune=entry.commune,
                phone=entry.phone,
                themes=entry.sorted_themes,
                opening_hours=entry.opening_hours,
                state=state,
                last_verified_on=entry.last_verified_on,
                to_verify=stale,
                active=entry.active,
            )
        )
        if len(hits) >= limit:
            break
    return hits


def communes(session: Session, actor: Actor) -> list[str]:
    """The towns of active services, for the filter list."""
    require(actor, Permission.READ_DIRECTORY)
    names = {e.commune for e in _entries(session) if e.active and e.commune}
    return sorted(names, key=fold)
