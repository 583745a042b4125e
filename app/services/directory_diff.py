"""Another site's directory, compared with ours before anything is applied.

    preview = preview_import(path)                         # the file, read (no database)
    diff = diff_directory(session, actor, preview)         # what is new, changed, gone, in conflict
    result = apply_directory_changes(session, actor, preview, diff, chosen)

- new: a service this directory does not have;
- changed: the file's values differ from ours, and ours are as the last import left them;
- conflict: the file's values differ, but the service was edited here (or made here) since: it
  is kept as it is unless the coordinator ticks it;
- gone: a service imported from the same source, whose organisation is still in the file but
  which the file no longer lists: it is deactivated (never deleted: referrals point to it).
  An organisation missing from the file altogether is left alone (the file may come from a site
  that does not know it);
- same: nothing to do.
"""

import uuid
from dataclasses import dataclass, field

from sqlmodel import Session, select

from app.clock import utcnow
from app.errors import UserError
from app.i18n import translate
from app.importers.common import ImportPreview, ImportRow
from app.permissions import Actor, Permission, require
from app.services import audit
from app.services.directory_import import (
    DirectoryIndex,
    ImportResult,
    ProgressFn,
    apply_import,
    row_keys,
)
from app.services.directory_search import invalidate
from app.services.directory_values import field_label
from app.services.imported_services import GONE as GONE_MARK
from app.services.imported_services import comparable, edited_here, imported_fingerprints
from models import Organization, Service
from models.enums import AuditAction

NEW, CHANGED, CONFLICT, GONE, SAME = "new", "changed", "conflict", "gone", "same"


def _tr(text: str) -> str:
    return translate("Sites", text)


@dataclass
class Change:
    state: str
    label: str
    row: ImportRow | None = None  # None for a service gone from the file
    service_id: uuid.UUID | None = None  # ours, when we have it
    fields: list[str] = field(default_factory=list)  # what differs (French names)

    @property
    def chosen_by_default(self) -> bool:
        return self.state in (NEW, CHANGED, GONE)

    @property
    def can_apply(self) -> bool:
        return self.state != SAME


@dataclass
class DirectoryDiff:
    changes: list[Change]

    def count(self, state: str) -> int:
        return sum(1 for change in self.changes if change.state == state)

    def for_row(self, row: ImportRow) -> Change | None:
        return next((c for c in self.changes if c.row is row), None)

    def gone(self) -> list[Change]:
        return [change for change in self.changes if change.state == GONE]


def changed_field_label(name: str) -> str:
    labels = {
        "description": _tr("description"),
        "address": _tr("address"),
        "publics_details": _tr("publics (details)"),
        "fees_details": _tr("fees (details)"),
        "access_conditions": _tr("conditions of access"),
        "documents_to_bring": _tr("documents to bring"),
        "mobilisation_details": _tr("how to get in (details)"),
        "opening_hours_details": _tr("opening hours (details)"),
        "languages": _tr("languages"),
        "wheelchair_access": _tr("wheelchair access"),
    }
    return labels.get(name) or field_label(name)


def differing_fields(row: ImportRow, service: Service) -> list[str]:
    return [
        name
        for name, value in row.service.items()
        if name not in ("source", "external_id")
        and hasattr(service, name)
        and comparable(value) != comparable(getattr(service, name))
    ]


def diff_directory(session: Session, actor: Actor, preview: ImportPreview) -> DirectoryDiff:
    """Compare the valid rows of a file with this directory; writes nothing."""
    require(actor, Permission.READ_DIRECTORY)
    rows = preview.valid_rows
    if not rows:
        return DirectoryDiff([])
    index = DirectoryIndex(session, rows)
    known = imported_fingerprints(session)
    changes: list[Change] = []
    in_file: set[uuid.UUID] = set()
    organizations_in_file: set[uuid.UUID] = set()
    for row in rows:
        org_key, service_key = row_keys(row)
        organization = index.organization(org_key)
        if organization is not None:
            organizations_in_file.add(organization.id)
        service = index.service(service_key)
        if service is None:
            changes.append(Change(NEW, row.label, row))
            continue
        in_file.add(service.id)
        labels = [changed_field_label(name) for name in differing_fields(row, service)]
        if not service.active and service.import_fingerprint == GONE_MARK:
            state = CHANGED  # an import deactivated it; the file lists it again
        elif not service.active:
            state, labels = CONFLICT, [_tr("deactivated here"), *labels]
        elif not labels:
            state = SAME
        elif edited_here(session, service, known):
            state = CONFLICT
        else:
            state = CHANGED
        changes.append(Change(state, row.label, row, service.id, labels))
    sources = {source for source in index.sources if source}
    if sources and organizations_in_file:
        gone = session.exec(
            select(Service, Organization)
            .join(Organization, Organization.id == Service.organization_id)
            .where(
                Service.source.in_(sources),
                Service.external_id != "",
                Service.active,
                Service.organization_id.in_(organizations_in_file),
            )
            .order_by(Organization.name, Service.name)
        )
        for service, organization in gone:
            if service.id not in in_file:
                label = f"{service.name} — {organization.name}"
                changes.append(Change(GONE, label, None, service.id))
    return DirectoryDiff(changes)


def apply_directory_changes(
    session: Session,
    actor: Actor,
    preview: ImportPreview,
    diff: DirectoryDiff,
    chosen: list[Change],
    progress: ProgressFn | None = None,
) -> ImportResult:
    """Apply the changes the coordinator kept ticked, in the caller's write transaction: the
    rows chosen are imported, the services gone chosen are deactivated, the rest is left as it
    is here."""
    require(actor, Permission.EDIT_DIRECTORY)
    picked = [change for change in chosen if change.can_apply and change in diff.changes]
    if not picked:
        raise UserError(_tr("Nothing is ticked: there is nothing to apply."))
    rows = [change.row for change in picked if change.row is not None]
    result = ImportResult(0, 0, 0)
    if rows:
        chosen_preview = ImportPreview(preview.kind, preview.file_name, rows)
        result = apply_import(session, actor, chosen_preview, False, progress)
    deactivated = 0
    now = utcnow()
    for change in picked:
        if change.state == GONE and change.service_id is not None:
            service = session.get(Service, change.service_id)
            if service is not None and service.active:
                service.active = False
                service.updated_at = now
                service.import_fingerprint = GONE_MARK
                session.add(service)
                deactivated += 1
    if deactivated:
        session.flush()
        invalidate()
        audit.record(session, actor, AuditAction.IMPORT, "service", None)
    skipped = len(preview.rows) - len(rows)
    return ImportResult(result.created, result.updated, skipped, deactivated)
