"""Reading a directory file for preview, then writing it in one transaction once confirmed.

    preview = preview_import(path)                       # no database access
    result = apply_import(session, actor, preview, only_valid=True, progress=...)

Importing the same source again updates services by (source, external id) instead of
duplicating them.
"""

import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, select

from app.clock import utcnow
from app.errors import UserError
from app.i18n import counted, translate
from app.importers.common import ImportPreview, guarded
from app.permissions import Actor, Permission, require
from app.services import audit
from app.services.directory_search import invalidate
from models import Organization, Service
from models.enums import AuditAction

ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    skipped: int


def preview_import(path: Path) -> ImportPreview:
    """Read a CSV, data·inclusion JSON or HSDS zip file; raises UserError if it cannot."""
    if not path.is_file():
        raise UserError(
            translate("Directory", "The file « %1 » cannot be found.").replace("%1", path.name)
        )

    def read() -> ImportPreview:
        suffix = path.suffix.lower()
        if suffix == ".zip" or zipfile.is_zipfile(path):
            from app.importers.hsds import read_hsds_file

            return read_hsds_file(path)
        data = path.read_bytes()
        if suffix == ".json" or data.lstrip()[:1] in (b"{", b"["):
            from app.importers.datainclusion import read_datainclusion

            sibling = path.with_name("structures.json")
            structures = sibling.read_bytes() if sibling.is_file() and sibling != path else None
            return read_datainclusion(data, path.name, structures)
        from app.importers.csv_template import read_csv

        return read_csv(data, path.name)

    return guarded(read)


def apply_import(
    session: Session,
    actor: Actor,
    preview: ImportPreview,
    only_valid: bool = False,
    progress: ProgressFn | None = None,
) -> ImportResult:
    """Write the rows: all of them, or only the valid ones when `only_valid` is True.

    Runs inside the caller's write_session: on any error nothing is written.
    """
    require(actor, Permission.EDIT_DIRECTORY)
    errors = preview.error_rows
    if errors and not only_valid:
        raise UserError(
            counted(
                len(errors),
                translate(
                    "Directory",
                    "%1 line has errors: correct the file, or import only the valid lines.",
                ),
                translate(
                    "Directory",
                    "%1 lines have errors: correct the file, or import only the valid lines.",
                ),
            )
        )
    rows = preview.valid_rows
    if not rows:
        raise UserError(translate("Directory", "There is nothing to import."))
    sources = {str(row.service.get("source", "")) for row in rows} | {
        str(row.organization.get("source", "")) for row in rows
    }
    organizations = {
        (o.source, o.external_id): o
        for o in session.exec(select(Organization).where(Organization.source.in_(sources)))
    }
    services = {
        (s.source, s.external_id): s
        for s in session.exec(select(Service).where(Service.source.in_(sources)))
    }
    # services made here travel with their own id: importing such a file back updates them
    own_organizations = {
        str(o.id): o
        for o in session.exec(select(Organization).where(Organization.external_id == ""))
    }
    own_services = {
        str(s.id): s for s in session.exec(select(Service).where(Service.external_id == ""))
    }
    now = utcnow()
    created = updated = 0
    seen: set[tuple[str, str]] = set()
    total = len(rows)
    for done, row in enumerate(rows, start=1):
        org_values = dict(row.organization)
        org_key = (str(org_values.pop("source", "")), str(org_values.pop("external_id", "")))
        organization = organizations.get(org_key) or own_organizations.get(org_key[1])
        if organization is None:
            organization = Organization(
                id=uuid.uuid4(), source=org_key[0], external_id=org_key[1], **org_values
            )
            session.add(organization)
            organizations[org_key] = organization
        elif org_key not in seen:
            for key, value in org_values.items():
                setattr(organization, key, value)
            organization.active = True
            organization.updated_at = now
        seen.add(org_key)
        service_values = dict(row.service)
        service_key = (
            str(service_values.pop("source", "")),
            str(service_values.pop("external_id", "")),
        )
        service = services.get(service_key) or own_services.get(service_key[1])
        if service is None:
            service = Service(
                id=uuid.uuid4(),
                organization_id=organization.id,
                source=service_key[0],
                external_id=service_key[1],
                **service_values,
            )
            session.add(service)
            services[service_key] = service
            created += 1
        else:
            for key, value in service_values.items():
                setattr(service, key, value)
            service.organization_id = organization.id
            service.active = True
            service.updated_at = now
            updated += 1
        if progress and (done % 100 == 0 or done == total):
            progress(done, total)
    session.flush()
    invalidate()
    audit.record(session, actor, AuditAction.IMPORT, "service", None)
    return ImportResult(created, updated, len(preview.rows) - len(rows))
