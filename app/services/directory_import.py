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
from app.importers.common import ImportPreview, ImportRow, guarded
from app.permissions import Actor, Permission, require
from app.services import audit
from app.services.directory_search import invalidate
from app.services.imported_services import record_imported
from models import Organization, Service
from models.enums import AuditAction

ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    skipped: int
    deactivated: int = 0


class DirectoryIndex:
    """The organisations and services of this directory that rows of a file may be: by (source,
    external id), or by our own id for what was made here and comes back in another site's
    file. The preview of changes and the import find them the same way."""

    def __init__(self, session: Session, rows: list[ImportRow]) -> None:
        sources = {str(row.service.get("source", "")) for row in rows} | {
            str(row.organization.get("source", "")) for row in rows
        }
        self.sources = sources
        self.organizations = {
            (o.source, o.external_id): o
            for o in session.exec(select(Organization).where(Organization.source.in_(sources)))
        }
        self.services = {
            (s.source, s.external_id): s
            for s in session.exec(select(Service).where(Service.source.in_(sources)))
        }
        self.own_organizations = {
            str(o.id): o
            for o in session.exec(select(Organization).where(Organization.external_id == ""))
        }
        self.own_services = {
            str(s.id): s for s in session.exec(select(Service).where(Service.external_id == ""))
        }

    def organization(self, key: tuple[str, str]) -> Organization | None:
        return self.organizations.get(key) or self.own_organizations.get(key[1])

    def service(self, key: tuple[str, str]) -> Service | None:
        return self.services.get(key) or self.own_services.get(key[1])


def row_keys(row: ImportRow) -> tuple[tuple[str, str], tuple[str, str]]:
    """(organisation key, service key) of a row: (source, external id)."""
    return (
        (str(row.organization.get("source", "")), str(row.organization.get("external_id", ""))),
        (str(row.service.get("source", "")), str(row.service.get("external_id", ""))),
    )


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
    index = DirectoryIndex(session, rows)
    organizations = index.organizations
    services = index.services
    now = utcnow()
    created = updated = 0
    written: list[Service] = []
    seen: set[tuple[str, str]] = set()
    total = len(rows)
    for done, row in enumerate(rows, start=1):
        org_values = dict(row.organization)
        org_key = (str(org_values.pop("source", "")), str(org_values.pop("external_id", "")))
        organization = index.organization(org_key)
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
        service = index.service(service_key)
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
        written.append(service)
        if progress and (done % 100 == 0 or done == total):
            progress(done, total)
    session.flush()
    record_imported(session, written)
    invalidate()
    audit.record(session, actor, AuditAction.IMPORT, "service", None)
    return ImportResult(created, updated, len(preview.rows) - len(rows))
