"""Open Referral HSDS 3.0 tabular data packages: a zip with datapackage.json and CSV files.

Reads organization (and organization_identifier), service, location/address/service_at_location,
phone, contact, schedule, language, required_document and taxonomy terms linked by attributes.
Each resource's file is the one its datapackage.json names; without one, the names of the
published standard (`services.csv`…) and of our older exports (`service.csv`…) are looked for.
Line numbers are those of the services file (the header being line 1).

Packages come from tools of other countries: a postal code that is not French or an
organisation identifier that is not a SIRET is kept with a warning; schedules that opening
hours cannot say are kept in the notes with a warning (app.importers.hsds_schedules).
"""

import csv
import io
import json
import re
import zipfile
from collections import defaultdict
from pathlib import Path, PurePosixPath
from typing import Any

from app.errors import UserError
from app.exporters.hsds import CODE_TAXONOMIES, OWN_TAXONOMY, OWN_TERMS, PATHS, SIRET_SCHEME
from app.i18n import translate
from app.importers.common import MAX_FILE_BYTES, ImportPreview, ImportRow, check_size, checked_row
from app.importers.hsds_schedules import schedule_hours
from app.spreadsheet_cells import restore

SINGLE_CODE_FIELDS = {"fees", "type"}


def read_hsds_file(path: Path) -> ImportPreview:
    check_size(path.stat().st_size)
    return read_hsds(path.read_bytes(), path.name)


def _candidates(resource: str) -> list[str]:
    """File names a resource may have: the standard's, ours of before, other plurals."""
    names = [PATHS.get(resource, ""), f"{resource}.csv", f"{resource}s.csv", f"{resource}es.csv"]
    if resource.endswith("y"):
        names.append(f"{resource[:-1]}ies.csv")
    return [name for name in names if name]


def _resource_files(package: Any, names: dict[str, zipfile.ZipInfo]) -> dict[str, str]:
    """Resource name → file of the zip, from datapackage.json first, then by usual names."""
    files: dict[str, str] = {}
    resources = package.get("resources") if isinstance(package, dict) else None
    for resource in resources if isinstance(resources, list) else []:
        if not isinstance(resource, dict):
            continue
        name, path = resource.get("name"), resource.get("path")
        if isinstance(name, str) and isinstance(path, str):
            file_name = PurePosixPath(path.replace("\\", "/")).name
            if file_name in names:
                files.setdefault(name, file_name)
    for resource in PATHS:
        if resource not in files:
            found = next((n for n in _candidates(resource) if n in names), None)
            if found:
                files[resource] = found
    return files


def read_hsds(data: bytes, file_name: str = "") -> ImportPreview:
    check_size(len(data))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = {Path(info.filename).name: info for info in archive.infolist()}
        if sum(info.file_size for info in archive.infolist()) > 4 * MAX_FILE_BYTES:
            raise UserError(translate("Directory", "This zip file is too big once unpacked."))
        if "datapackage.json" not in names:
            raise UserError(
                translate(
                    "Directory",
                    "This zip file is not an HSDS package: « datapackage.json » is missing.",
                )
            )
        package = json.loads(archive.read(names["datapackage.json"]).decode("utf-8-sig"))
        files = _resource_files(package, names)
        if "service" not in files:
            raise UserError(
                translate("Directory", "This HSDS package has no services file (« %1 »).").replace(
                    "%1", PATHS["service"]
                )
            )
        tables = {
            resource: _read_table(archive.read(names[name])) for resource, name in files.items()
        }
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError) as error:
        raise UserError(
            translate("Directory", "This zip file is damaged (%1).").replace("%1", str(error))
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise UserError(
            translate("Directory", "The « datapackage.json » file of this package is not valid.")
        ) from None
    source = str(package.get("name") or "hsds") if isinstance(package, dict) else "hsds"
    return ImportPreview("hsds", file_name, _rows(tables, source[:100]))


def _read_table(data: bytes) -> list[dict[str, str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    if "\x00" in text:
        raise UserError(translate("Directory", "A file of this package is not a CSV file."))
    try:
        return [
            {
                str(k or "").strip(): restore(v.strip()).strip() if isinstance(v, str) else ""
                for k, v in r.items()
            }
            for r in csv.DictReader(io.StringIO(text, newline=""))
        ]
    except csv.Error as error:
        raise UserError(
            translate("Directory", "A file of this package cannot be read as CSV (%1).").replace(
                "%1", str(error)
            )
        ) from None


def _by(rows: list[dict[str, str]], key: str) -> dict[str, list[dict[str, str]]]:
    grouped: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        if row.get(key):
            grouped[row[key]].append(row)
    return grouped


def _is_siret(identifier: dict[str, str]) -> bool:
    scheme = identifier.get("identifier_scheme", "").upper()
    kind = identifier.get("identifier_type", "").casefold()
    number = re.sub(r"\s", "", identifier.get("identifier", ""))
    return bool(re.fullmatch(r"\d{14}", number)) and (
        scheme in ("", SIRET_SCHEME) or "siret" in kind
    )


def _identifier_text(identifier: dict[str, str]) -> str:
    scheme = identifier.get("identifier_scheme", "") or identifier.get("identifier_type", "")
    number = identifier.get("identifier", "")
    return f"{scheme} {number}".strip() if scheme and scheme != SIRET_SCHEME else number


class _Package:
    """The tables of a package, indexed to find what belongs to each service."""

    def __init__(self, tables: dict[str, list[dict[str, str]]], source: str) -> None:
        def table(name: str) -> list[dict[str, str]]:
            return tables.get(name, [])

        self.source = source
        self.services = table("service")
        self.organizations = {row.get("id", ""): row for row in table("organization")}
        self.identifiers = _by(table("organization_identifier"), "organization_id")
        self.phones_by_service = _by(table("phone"), "service_id")
        self.phones_by_location = _by(table("phone"), "location_id")
        self.org_phones = {
            r["organization_id"]: r
            for r in table("phone")
            if r.get("organization_id") and not r.get("service_id")
        }
        self.locations = {row.get("id", ""): row for row in table("location")}
        self.addresses = _by(table("address"), "location_id")
        self.at_location = _by(table("service_at_location"), "service_id")
        self.contacts = _by(table("contact"), "service_id")
        self.schedules_by_service = _by(table("schedule"), "service_id")
        self.schedules_by_link = _by(table("schedule"), "service_at_location_id")
        self.schedules_by_location = _by(table("schedule"), "location_id")
        self.languages = _by(table("language"), "service_id")
        self.documents = _by(table("required_document"), "service_id")
        taxonomies = {row.get("id", ""): row.get("name", "") for row in table("taxonomy")}
        self.terms = {
            row.get("id", ""): (
                taxonomies.get(row.get("taxonomy_id", ""), row.get("taxonomy", "")),
                row,
            )
            for row in table("taxonomy_term")
        }
        self.attributes = _by(table("attribute"), "link_id")

    def schedules(self, service_id: str) -> list[dict[str, str]]:
        """The schedule rows of a service: its own, else those of its places."""
        rows = list(self.schedules_by_service.get(service_id, []))
        for link in self.at_location.get(service_id, []):
            rows += [
                row for row in self.schedules_by_link.get(link.get("id", ""), []) if row not in rows
            ]
        if not rows:
            for link in self.at_location.get(service_id, []):
                rows += [
                    row
                    for row in self.schedules_by_location.get(link.get("location_id", ""), [])
                    if not row.get("service_id") and row not in rows
                ]
        return rows

    def phone(self, service_id: str) -> str:
        rows = self.phones_by_service.get(service_id) or [
            row
            for link in self.at_location.get(service_id, [])
            for row in self.phones_by_location.get(link.get("location_id", ""), [])
        ]
        return rows[0].get("number", "") if rows else ""


def _rows(tables: dict[str, list[dict[str, str]]], source: str) -> list[ImportRow]:
    package = _Package(tables, source)
    return [_row(line, service, package) for line, service in enumerate(package.services, 2)]


def _organization(org_id: str, row: dict[str, str], package: _Package) -> dict[str, Any]:
    identifiers = package.identifiers.get(org_id, [])
    sirets = [i for i in identifiers if _is_siret(i)]
    others = [_identifier_text(i) for i in identifiers if not _is_siret(i) and i.get("identifier")]
    siret = re.sub(r"\s", "", sirets[0]["identifier"]) if sirets else row.get("tax_id", "")
    description = row.get("description", "")
    if not siret and others:
        siret = others.pop(0)  # kept in the description, with a warning, when cleaned
    for other in others:
        description = f"{description}\n{translate('Directory', 'Identifier: %1')}".replace(
            "%1", other
        ).strip()
    return {
        "source": package.source,
        "external_id": org_id,
        "name": row.get("name", ""),
        "description": description,
        "email": row.get("email", ""),
        "website": row.get("website", "") or row.get("url", ""),
        "siret": siret,
        "phone": package.org_phones.get(org_id, {}).get("number", ""),
    }


def _row(line: int, service_row: dict[str, str], package: _Package) -> ImportRow:
    sid = service_row.get("id", "")
    org_id = service_row.get("organization_id", "")
    organization_row = package.organizations.get(org_id)
    if not sid:
        return ImportRow(
            line,
            {},
            {"name": service_row.get("name", "")},
            [translate("Directory", "This service has no « id ».")],
        )
    if organization_row is None:
        return ImportRow(
            line,
            {},
            {"name": service_row.get("name", "")},
            [
                translate(
                    "Directory", "The organisation « %1 » of this service is not in the package."
                ).replace("%1", org_id)
            ],
        )
    if service_row.get("status", "active") not in ("", "active"):
        return ImportRow(
            line,
            {},
            {"name": service_row.get("name", "")},
            [translate("Directory", "This service is marked inactive in the file.")],
        )
    organization = _organization(org_id, organization_row, package)
    service: dict[str, Any] = {
        "source": package.source,
        "external_id": sid,
        "name": service_row.get("name", ""),
        "description": service_row.get("description", ""),
        "website": service_row.get("url", ""),
        "email": service_row.get("email", ""),
        "fees_details": service_row.get("fees_description", ""),
        "access_conditions": service_row.get("eligibility_description", ""),
        "last_verified_on": service_row.get("assured_date", "")
        or service_row.get("last_modified", "")[:10],
        "phone": package.phone(sid),
        "contact_name": (package.contacts.get(sid) or [{}])[0].get("name", ""),
        "languages": [r.get("name") or r.get("code", "") for r in package.languages.get(sid, [])],
        "documents_to_bring": [r.get("document", "") for r in package.documents.get(sid, [])],
    }
    for link in package.at_location.get(sid, [])[:1]:
        location = package.locations.get(link.get("location_id", ""), {})
        address = (package.addresses.get(link.get("location_id", "")) or [{}])[0]
        service.update(
            latitude=location.get("latitude", ""),
            longitude=location.get("longitude", ""),
            address=address.get("address_1", ""),
            postal_code=address.get("postal_code", ""),
            commune=address.get("city", ""),
        )
    codes: dict[str, list[str]] = defaultdict(list)
    for attribute in package.attributes.get(sid, []) + package.attributes.get(org_id, []):
        taxonomy_name, term = package.terms.get(attribute.get("taxonomy_term_id", ""), ("", {}))
        code = term.get("code", "")
        if taxonomy_name in CODE_TAXONOMIES and attribute.get("link_id") == sid:
            codes[CODE_TAXONOMIES[taxonomy_name]].append(code)
        elif taxonomy_name == OWN_TAXONOMY and code in OWN_TERMS:
            field = OWN_TERMS[code]
            if field.startswith("org:") and attribute.get("link_id") == org_id:
                organization[field[4:]] = attribute.get("value", "")
            elif not field.startswith("org:") and attribute.get("link_id") == sid:
                service[field] = attribute.get("value", "")
    for field, values in codes.items():
        service[field] = values[0] if field in SINGLE_CODE_FIELDS else values
    warnings = []
    schedules = package.schedules(sid)
    if "opening_hours" not in service and schedules:
        hours = schedule_hours(schedules)
        service["opening_hours"] = hours.hours
        if hours.notes:
            details = [service.get("opening_hours_details", ""), *hours.notes]
            service["opening_hours_details"] = "\n".join(d for d in details if d)
            warnings.append(
                translate(
                    "Directory",
                    "Some opening hours of the file cannot be written as opening hours: "
                    "they are kept in the notes.",
                )
            )
    _drop_unreadable(service, warnings)
    _drop_unreadable(organization, warnings)
    return checked_row(line, organization, service, warnings, foreign=True)


def _drop_unreadable(values: dict[str, Any], warnings: list[str]) -> None:
    """Optional values that cannot be read (a latitude of 100, as in HSDS 3.0's own example, a
    malformed e-mail or date) are left out with a warning; the service and its place stay."""
    from app.services.directory_values import parse_day

    def drop(field: str, label: str) -> None:
        warnings.append(
            translate("Directory", "%1 « %2 » cannot be read: left out.")
            .replace("%1", label)
            .replace("%2", str(values[field])[:80])
        )
        values[field] = ""

    for field, bound, label in (
        ("latitude", 90, translate("Directory", "The latitude")),
        ("longitude", 180, translate("Directory", "The longitude")),
    ):
        raw = values.get(field)
        if raw in (None, "") or (isinstance(raw, str) and not raw.strip()):
            continue
        try:
            number = float(str(raw).replace(",", "."))
        except ValueError:
            number = float("nan")
        if not -bound <= number <= bound:
            drop(field, label)
    email = str(values.get("email") or "").strip()
    if email and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", email):
        drop("email", translate("Directory", "The e-mail"))
    if values.get("last_verified_on"):
        try:
            parse_day(values["last_verified_on"])
        except UserError:
            drop("last_verified_on", translate("Directory", "The date"))
