"""The weekly national directory of data·inclusion, applied to this place's territory.

    pair = find_pair(paths)
    summary = import_national(session, actor, pair, Territory(frozenset({"35"})), progress=...)

Read as the site-to-site import is applied (`directory_diff`), without a preview: new
services are added; a service the file changes is updated when nobody edited it here since its
last import; edited here, it is kept as it is (a conflict, counted) unless its key is in
`take_file`; a service of the same sources the file no longer lists anywhere is deactivated
(never deleted: referrals point to it). The local note is never touched.

Three passes over the files, each a stream: structures (where each one is, and the wanted ones
written), services (filtered on their own INSEE code, else their structure's, before any value
is built), then structures again only for services wanted here whose structure is elsewhere.
Rows are written by batches of plain INSERT / UPDATE statements (executemany), never one ORM
object at a time. Everything runs in the caller's write transaction: a failure, or « Annuler »
(the progress function raising), leaves the directory as it was.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, distinct, func, insert, select, update
from sqlmodel import Session

from app.clock import utcnow
from app.db.queries import notify
from app.errors import UserError
from app.importers.national import (
    Pair,
    Tally,
    Territory,
    departement_of,
    organization_values,
    records,
    service_key,
    service_values,
    structure_key,
)
from app.permissions import Actor, Permission, require
from app.services import audit
from app.services.directory_search import invalidate
from app.services.imported_services import COMPARED_FIELDS, GONE, fingerprint_of
from models import Organization, Service
from models.enums import AuditAction

BATCH = 2000
ProgressFn = Callable[[int, int], None]
ORGANIZATION_COLUMNS = (
    "name",
    "siret",
    "description",
    "address",
    "postal_code",
    "commune",
    "phone",
    "email",
    "website",
)
SERVICE_COLUMNS = tuple(
    name for name in COMPARED_FIELDS if name not in ("local_note", "import_fingerprint")
)

UPDATED_COLUMNS = (*SERVICE_COLUMNS, "organization_id")


@dataclass
class NationalSummary:
    new: int = 0
    changed: int = 0
    same: int = 0
    gone: int = 0
    conflicts_kept: int = 0
    conflicts: list[str] = field(default_factory=list)  # labels of the conflicts kept
    organizations_new: int = 0
    without_services: int = 0  # structures wanted here that no service of the file names
    read: int = 0  # services read in the file
    possible_duplicates: list[str] = field(default_factory=list)
    tally: Tally = field(default_factory=Tally)

    @property
    def unknown_codes(self) -> int:
        return sum(self.tally.unknown_codes.values())


class _Progress:
    def __init__(self, total: int, report: ProgressFn | None) -> None:
        self.total, self.done, self.report, self.last = max(total, 1), 0, report, -1

    def __call__(self, read: int) -> None:
        self.done += read
        if self.report is None:
            return
        step = self.done * 1000 // self.total
        if step != self.last:
            self.last = step
            self.report(min(self.done, self.total), self.total)


class _Writer:
    def __init__(self, session: Session, take_file: set[tuple[str, str]]) -> None:
        self.session = session
        self.connection = session.connection()
        self.now = utcnow()
        self.take_file = take_file
        self.summary = NationalSummary()
        self.org_table = Organization.__table__
        self.service_table = Service.__table__
        # (source, external id) → (id, values) of the organisations imported before
        self.organizations: dict[tuple[str, str], tuple[uuid.UUID, tuple]] = {}
        columns = [self.org_table.c[name] for name in ORGANIZATION_COLUMNS]
        for row in self.connection.execute(
            select(
                self.org_table.c.id,
                self.org_table.c.source,
                self.org_table.c.external_id,
                *columns,
            ).where(self.org_table.c.external_id != "")
        ):
            self.organizations[(row[1], row[2])] = (row[0], tuple(row[3:]))
        self.org_inserts: list[dict] = []
        self.org_updates: list[dict] = []
        self.pending: list[tuple[tuple[str, str], dict, str]] = []
        self.sources: set[str] = set()
        self.seen: set[tuple[str, str]] = set()
        # nothing imported yet (a first import): no need to look for each batch's services
        table = self.service_table
        self.any_imported = (
            self.connection.execute(
                select(table.c.id).where(table.c.external_id != "").limit(1)
            ).first()
            is not None
        )

    # organisations

    def organization(self, values: dict[str, Any]) -> uuid.UUID:
        key = (values["source"], values["external_id"])
        known = self.organizations.get(key)
        new_values = tuple(values[name] for name in ORGANIZATION_COLUMNS)
        if known is None:
            organization_id = uuid.uuid4()
            self.org_inserts.append(
                {
                    "id": organization_id,
                    **values,
                    "active": True,
                    "created_at": self.now,
                    "updated_at": self.now,
                    "version": 1,
                }
            )
            self.summary.organizations_new += 1
        else:
            organization_id = known[0]
            if known[1] != new_values:
                self.org_updates.append(
                    {"b_id": organization_id, **{f"v_{n}": values[n] for n in ORGANIZATION_COLUMNS}}
                )
        self.organizations[key] = (organization_id, new_values)
        if len(self.org_inserts) + len(self.org_updates) >= BATCH:
            self.flush_organizations()
        return organization_id

    def flush_organizations(self) -> None:
        if self.org_inserts:
            self.connection.execute(insert(self.org_table), self.org_inserts)
            self.org_inserts = []
        if self.org_updates:
            table = self.org_table
            self.connection.execute(
                update(table)
                .where(table.c.id == bindparam("b_id"))
                .values(
                    {
                        **{name: bindparam(f"v_{name}") for name in ORGANIZATION_COLUMNS},
                        "active": True,
                        "updated_at": self.now,
                        "version": table.c.version + 1,
                    }
                ),
                self.org_updates,
            )
            self.org_updates = []

    # services

    def service(self, organization_id: uuid.UUID, values: dict[str, Any], label: str) -> None:
        values["organization_id"] = organization_id
        key = (values["source"], values["external_id"])
        if key in self.seen:  # twice in the file: the first one counts
            return
        self.seen.add(key)
        self.sources.add(key[0])
        self.pending.append((key, values, label))
        if len(self.pending) >= BATCH:
            self.flush_services()

    def flush_services(self) -> None:
        self.flush_organizations()
        if not self.pending:
            return
        table = self.service_table
        keys = {key for key, _, _ in self.pending}
        existing: dict[tuple[str, str], Any] = {}
        columns = [table.c[name] for name in SERVICE_COLUMNS]
        found = (
            self.connection.execute(
                select(
                    table.c.id,
                    table.c.source,
                    table.c.external_id,
                    table.c.active,
                    table.c.import_fingerprint,
                    table.c.organization_id,
                    *columns,
                ).where(table.c.external_id.in_(sorted({key[1] for key in keys})))
            )
            if self.any_imported
            else ()
        )
        for row in found:
            if (row.source, row.external_id) not in keys:
                continue
            existing[(row.source, row.external_id)] = row
        inserts, updates, recorded = [], [], []
        summary = self.summary
        for key, values, label in self.pending:
            incoming = fingerprint_of(values)
            row = existing.get(key)
            if row is None:
                inserts.append(
                    {
                        "id": uuid.uuid4(),
                        **values,
                        "active": True,
                        "local_note": "",
                        "import_fingerprint": incoming,
                        "created_at": self.now,
                        "updated_at": self.now,
                        "version": 1,
                    }
                )
                summary.new += 1
                continue
            stored = row.import_fingerprint
            current = fingerprint_of({name: getattr(row, name) for name in SERVICE_COLUMNS})
            untouched = stored == GONE or (row.active and stored == current)
            if untouched:
                if incoming == current and row.active:
                    summary.same += 1
                    if stored != incoming:
                        recorded.append({"b_id": row.id, "fp": incoming})
                    continue
                summary.changed += 1
            elif incoming == current and row.active:
                # edited here the way the file now says it: nothing to keep apart
                summary.same += 1
                recorded.append({"b_id": row.id, "fp": incoming})
                continue
            elif key in self.take_file:
                summary.changed += 1
            else:
                summary.conflicts_kept += 1
                if len(summary.conflicts) < 500:
                    summary.conflicts.append(label)
                continue
            updates.append(
                {
                    "b_id": row.id,
                    **{f"v_{name}": values[name] for name in UPDATED_COLUMNS},
                    "fp": incoming,
                }
            )
        if inserts:
            self.connection.execute(insert(table), inserts)
        if updates:
            self.connection.execute(
                update(table)
                .where(table.c.id == bindparam("b_id"))
                .values(
                    {
                        **{name: bindparam(f"v_{name}") for name in UPDATED_COLUMNS},
                        "import_fingerprint": bindparam("fp"),
                        "active": True,
                        "updated_at": self.now,
                        "version": table.c.version + 1,
                    }
                ),
                updates,
            )
        if recorded:
            self.connection.execute(
                update(table)
                .where(table.c.id == bindparam("b_id"))
                .values(import_fingerprint=bindparam("fp")),
                recorded,
            )
        self.pending = []

    def deactivate_gone(self, in_file: set[tuple[str, str]]) -> None:
        """Services of the file's sources that the file no longer lists anywhere."""
        if not self.sources:
            return
        table = self.service_table
        gone = [
            {"b_id": row.id}
            for row in self.connection.execute(
                select(table.c.id, table.c.source, table.c.external_id).where(
                    table.c.source.in_(sorted(self.sources)),
                    table.c.external_id != "",
                    table.c.active,
                )
            )
            if (row.source, row.external_id) not in in_file
        ]
        if gone:
            self.connection.execute(
                update(table)
                .where(table.c.id == bindparam("b_id"))
                .values(
                    active=False,
                    import_fingerprint=GONE,
                    updated_at=self.now,
                    version=table.c.version + 1,
                ),
                gone,
            )
        self.summary.gone = len(gone)


def import_national(
    session: Session,
    actor: Actor,
    pair: Pair,
    territory: Territory,
    take_file: set[tuple[str, str]] | None = None,
    progress: ProgressFn | None = None,
) -> NationalSummary:
    """Apply the national pair to this directory, in the caller's write transaction."""
    require(actor, Permission.EDIT_DIRECTORY)
    session.flush()
    writer = _Writer(session, set(take_file or ()))
    summary = writer.summary
    tally = summary.tally
    counter = _Progress(pair.structures.size + pair.services.size, progress)

    # 1. structures: where each one is; the wanted ones written now
    where: dict[str, str] = {}  # structure id → département
    written: dict[str, uuid.UUID] = {}  # structure id → organisation id
    names: dict[str, str] = {}
    for position, record in records(pair.structures, counter):
        if not isinstance(record, dict):
            tally.refuse(pair.structures.name, position, translate_not_record())
            continue
        source, identifier = structure_key(record)
        departement = departement_of(record)
        if not territory.everywhere:
            where[identifier] = departement
        if territory.everywhere or departement in territory.departements:
            try:
                values = organization_values(record, tally)
            except UserError as error:
                tally.refuse(pair.structures.name, position, error.message)
                continue
            written[identifier] = writer.organization(values)
            names[identifier] = values["name"]

    # 2. services: filtered on where they are, before any value is built
    in_file: set[tuple[str, str]] = set()
    waiting: dict[str, list[tuple[dict, str]]] = {}  # structure id elsewhere → services
    used: set[str] = set()
    for position, record in records(pair.services, counter):
        if not isinstance(record, dict):
            tally.refuse(pair.services.name, position, translate_not_record())
            continue
        summary.read += 1
        key = service_key(record)
        in_file.add(key)
        structure_id = str(record.get("structure_id") or "")
        if not territory.everywhere:
            departement = departement_of(record) or where.get(structure_id, "")
            if departement not in territory.departements and not territory.zone_covers(
                record.get("zone_eligibilite")
            ):
                continue
        try:
            values = service_values(record, tally)
        except UserError as error:
            tally.refuse(pair.services.name, position, error.message)
            continue
        used.add(structure_id)
        organization_id = written.get(structure_id)
        if organization_id is None:
            waiting.setdefault(structure_id, []).append((values, str(position)))
            continue
        writer.service(organization_id, values, f"{values['name']} — {names[structure_id]}")

    # 3. the structures of services wanted here that are elsewhere
    if waiting:
        counter.total += pair.structures.size
        for position, record in records(pair.structures, counter):
            if not isinstance(record, dict):
                continue
            identifier = structure_key(record)[1]
            if identifier not in waiting or identifier in written:
                continue
            try:
                values = organization_values(record, tally)
            except UserError as error:
                tally.refuse(pair.structures.name, position, error.message)
                continue
            written[identifier] = writer.organization(values)
            names[identifier] = values["name"]
        for identifier, services in waiting.items():
            organization_id = written.get(identifier)
            for values, position in services:
                if organization_id is None:
                    tally.refuse(
                        pair.services.name,
                        int(position),
                        translate_missing_structure(identifier),
                    )
                    continue
                writer.service(organization_id, values, f"{values['name']} — {names[identifier]}")
    writer.flush_services()
    writer.deactivate_gone(in_file)
    summary.without_services = len(set(written) - used)
    summary.possible_duplicates = possible_duplicates(session, writer.sources)
    if progress:
        progress(counter.total, counter.total)
    session.expire_all()
    invalidate()
    notify(session, "directory")
    audit.record(session, actor, AuditAction.IMPORT, "service", None)
    return summary


def possible_duplicates(session: Session, sources: set[str], limit: int = 200) -> list[str]:
    """Active services of different sources with the same name in the same commune: shown as
    possible duplicates, never merged."""
    if not sources:
        return []
    table = Service.__table__
    name, commune = func.lower(table.c.name), func.lower(table.c.commune)
    rows = session.connection().execute(
        select(func.min(table.c.name), func.min(table.c.commune))
        .where(table.c.active, table.c.commune != "")
        .group_by(name, commune)
        .having(func.count(distinct(table.c.source)) > 1)
        .order_by(name, commune)
        .limit(limit)
    )
    return [f"{row[0]} ({row[1]})" for row in rows]


def translate_not_record() -> str:
    from app.i18n import translate

    return translate("Directory", "This entry is not a record.")


def translate_missing_structure(identifier: str) -> str:
    from app.i18n import translate

    return translate(
        "Directory", "The structure « %1 » of this service is not in the file."
    ).replace("%1", identifier)


TERRITORY_SETTING = "directory_territory"


def stored_territory(session: Session) -> Territory:
    """The départements chosen in the settings; none chosen yet: the one of the place's
    postal code (proposed, not stored)."""
    from app.importers.national import departement_of_postal_code
    from app.services.settings import get_setting
    from app.services.sites import current_site

    stored = get_setting(session, TERRITORY_SETTING)
    if isinstance(stored, dict) and stored.get("departements"):
        return Territory(frozenset(stored["departements"]), bool(stored.get("zones")))
    site = current_site(session)
    proposed = departement_of_postal_code(site.postal_code if site else "")
    return Territory(frozenset({proposed} if proposed else ()))


def save_territory(session: Session, actor: Actor, text: str, zones: bool) -> Territory:
    """« 35, 56 » → the départements of the national updates (at least one)."""
    from app.importers.national import normalise_departement
    from app.services.settings import put_setting

    require(actor, Permission.EDIT_DIRECTORY)
    codes = [normalise_departement(part) for part in re.split(r"[\s,;]+", text) if part.strip()]
    if not codes:
        raise UserError(_tr("Give at least one département (35, 2A, 974…)."))
    put_setting(session, TERRITORY_SETTING, {"departements": sorted(set(codes)), "zones": zones})
    return Territory(frozenset(codes), zones)


class Cancelled(UserError):
    """« Annuler » during a national update: nothing was written."""


def _tr(text: str) -> str:
    from app.i18n import translate

    return translate("Directory", text)


def summary_lines(summary: NationalSummary, duplicates_named: int = 0) -> list[str]:
    """The counts of a national import, in French, one a line."""
    lines = [
        _tr("New: %1").replace("%1", str(summary.new)),
        _tr("Changed: %1").replace("%1", str(summary.changed)),
        _tr("Gone (deactivated): %1").replace("%1", str(summary.gone)),
        _tr("Conflicts kept (edited here): %1").replace("%1", str(summary.conflicts_kept)),
        _tr("Unchanged: %1").replace("%1", str(summary.same)),
        _tr("Unknown codes left out: %1").replace("%1", str(summary.unknown_codes)),
    ]
    tally = summary.tally
    if tally.left_out:
        lines.append(_tr("Records left out: %1").replace("%1", str(tally.left_out)))
    if tally.blanked:
        lines.append(
            _tr("Blanked phones, e-mails or websites left empty: %1").replace(
                "%1", str(tally.blanked)
            )
        )
    if tally.hours_in_details:
        lines.append(
            _tr("Opening hours not understood, kept in the details: %1").replace(
                "%1", str(tally.hours_in_details)
            )
        )
    if summary.without_services:
        lines.append(
            _tr("Structures without services: %1").replace("%1", str(summary.without_services))
        )
    if summary.possible_duplicates:
        shown = summary.possible_duplicates[:duplicates_named]
        lines.append(
            _tr("Possible duplicates (not merged): %1").replace(
                "%1", ", ".join(shown) if shown else str(len(summary.possible_duplicates))
            )
        )
    return lines
