"""Open Referral HSDS 3.0 tabular data packages: a zip with datapackage.json and CSV files.

Reads organization, service, location/address/service_at_location, phone, contact, schedule,
language, required_document and taxonomy terms linked by attributes. Line numbers are those of
service.csv (the header being line 1).
"""

import csv
import io
import json
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.exporters.hsds import CODE_TAXONOMIES, OWN_TAXONOMY, OWN_TERMS
from app.i18n import translate
from app.importers.common import MAX_FILE_BYTES, ImportPreview, ImportRow, check_size, checked_row
from app.opening_hours import OSM_DAYS, build_hours

SINGLE_CODE_FIELDS = {"fees", "type"}


def read_hsds_file(path: Path) -> ImportPreview:
    check_size(path.stat().st_size)
    return read_hsds(path.read_bytes(), path.name)


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
        if "service.csv" not in names:
            raise UserError(
                translate("Directory", "This HSDS package has no « service.csv » file.")
            )
        package = json.loads(archive.read(names["datapackage.json"]).decode("utf-8-sig"))
        tables = {
            name[:-4]: _read_table(archive.read(info))
            for name, info in names.items()
            if name.endswith(".csv")
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
                str(k or "").strip(): (v or "").strip() if isinstance(v, str) else ""
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


def _rows(tables: dict[str, list[dict[str, str]]], source: str) -> list[ImportRow]:
    def table(name: str) -> list[dict[str, str]]:
        return tables.get(name, [])

    organizations = {row.get("id", ""): row for row in table("organization")}
    phones_by_service = _by(table("phone"), "service_id")
    org_phones = {r["organization_id"]: r for r in table("phone") if r.get("organization_id")}
    locations = {row.get("id", ""): row for row in table("location")}
    addresses = _by(table("address"), "location_id")
    at_location = _by(table("service_at_location"), "service_id")
    contacts = _by(table("contact"), "service_id")
    schedules = _by(table("schedule"), "service_id")
    languages = _by(table("language"), "service_id")
    documents = _by(table("required_document"), "service_id")
    taxonomies = {row.get("id", ""): row.get("name", "") for row in table("taxonomy")}
    terms = {
        row.get("id", ""): (
            taxonomies.get(row.get("taxonomy_id", ""), row.get("taxonomy", "")),
            row,
        )
        for row in table("taxonomy_term")
    }
    attributes = _by(table("attribute"), "link_id")
    rows = []
    for line, service in enumerate(table("service"), start=2):
        rows.append(
            _row(
                line,
                service,
                source,
                organizations,
                org_phones,
                phones_by_service,
                locations,
                addresses,
                at_location,
                contacts,
                schedules,
                languages,
                documents,
                terms,
                attributes,
            )
        )
    return rows


def _row(
    line: int,
    service_row: dict[str, str],
    source: str,
    organizations: dict,
    org_phones: dict,
    phones: dict,
    locations: dict,
    addresses: dict,
    at_location: dict,
    contacts: dict,
    schedules: dict,
    languages: dict,
    documents: dict,
    terms: dict,
    attributes: dict,
) -> ImportRow:
    sid = service_row.get("id", "")
    org_id = service_row.get("organization_id", "")
    organization_row = organizations.get(org_id)
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
    organization: dict[str, Any] = {
        "source": source,
        "external_id": org_id,
        "name": organization_row.get("name", ""),
        "description": organization_row.get("description", ""),
        "email": organization_row.get("email", ""),
        "website": organization_row.get("website", "") or organization_row.get("url", ""),
        "siret": organization_row.get("tax_id", ""),
        "phone": org_phones.get(org_id, {}).get("number", ""),
    }
    service: dict[str, Any] = {
        "source": source,
        "external_id": sid,
        "name": service_row.get("name", ""),
        "description": service_row.get("description", ""),
        "website": service_row.get("url", ""),
        "email": service_row.get("email", ""),
        "fees_details": service_row.get("fees_description", ""),
        "access_conditions": service_row.get("eligibility_description", ""),
        "last_verified_on": service_row.get("assured_date", "")
        or service_row.get("last_modified", "")[:10],
        "phone": (phones.get(sid) or [{}])[0].get("number", ""),
        "contact_name": (contacts.get(sid) or [{}])[0].get("name", ""),
        "languages": [r.get("name") or r.get("code", "") for r in languages.get(sid, [])],
        "documents_to_bring": [r.get("document", "") for r in documents.get(sid, [])],
    }
    for link in at_location.get(sid, [])[:1]:
        location = locations.get(link.get("location_id", ""), {})
        address = (addresses.get(link.get("location_id", "")) or [{}])[0]
        service.update(
            latitude=location.get("latitude", ""),
            longitude=location.get("longitude", ""),
            address=address.get("address_1", ""),
            postal_code=address.get("postal_code", ""),
            commune=address.get("city", ""),
        )
    codes: dict[str, list[str]] = defaultdict(list)
    for attribute in attributes.get(sid, []) + attributes.get(org_id, []):
        taxonomy_name, term = terms.get(attribute.get("taxonomy_term_id", ""), ("", {}))
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
    if "opening_hours" not in service and schedules.get(sid):
        service["opening_hours"] = _hours_from_schedule(schedules[sid])
    return checked_row(line, organization, service)


def _hours_from_schedule(rows: list[dict[str, str]]) -> str:
    """Weekly schedule rows (byday, opens_at, closes_at) as an OpenStreetMap string."""
    days: list[list[tuple[str, str]]] = [[] for _ in range(7)]
    for row in rows:
        if row.get("freq", "WEEKLY").upper() not in ("", "WEEKLY"):
            continue
        opens, closes = row.get("opens_at", "")[:5], row.get("closes_at", "")[:5]
        if not opens or not closes:
            continue
        for day in row.get("byday", "").upper().split(","):
            code = day.strip()[-2:].capitalize()
            if code in OSM_DAYS:
                days[OSM_DAYS.index(code)].append((opens, closes))
    return build_hours([sorted(set(ranges)) for ranges in days])
