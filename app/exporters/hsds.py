"""The directory as an Open Referral HSDS 3.0 tabular data package (a zip of CSV files).

Files are named as in the published HSDS 3.0 `datapackage.json`: resources in the singular,
their files in the plural (`organizations.csv`, `services.csv`, `taxonomy_terms.csv`…, and
`addresss.csv`, spelt so by the standard). The SIRET travels as an organisation identifier
(scheme FR-SIRET). Codes of the data·inclusion lists travel as taxonomy terms linked by
attributes; the exact OpenStreetMap opening hours string travels as an attribute too, next to
the weekly schedule rows that other HSDS tools understand. Text cells that a spreadsheet would
run as a formula are quoted (app.spreadsheet_cells).
"""

import csv
import io
import json
import uuid
import zipfile

from sqlmodel import Session

from app import taxonomy
from app.exporters.common import directory_entries, number, yes_no
from app.opening_hours import OSM_DAYS, describe_hours, weekly_hours
from app.permissions import Actor
from app.spreadsheet_cells import neutralise

NAMESPACE = uuid.UUID("5d3c1f0e-8a4b-4c1e-9f7a-2b6d0e9c4a11")
PACKAGE_NAME = "aiguillage-annuaire"
# taxonomy name → (service field, code list)
CODE_TAXONOMIES = {
    "data-inclusion-thematiques": "themes",
    "data-inclusion-publics": "publics",
    "data-inclusion-frais": "fees",
    "data-inclusion-types": "type",
    "data-inclusion-modes-accueil": "modes_accueil",
    "data-inclusion-modes-mobilisation": "modes_mobilisation",
}
# our own values with no HSDS column: attribute taxonomy term code → field
OWN_TERMS = {
    "horaires-osm": "opening_hours",
    "horaires-precisions": "opening_hours_details",
    "publics-precisions": "publics_details",
    "mobilisation-precisions": "mobilisation_details",
    "acces-fauteuil": "wheelchair_access",
    "structure-adresse": "org:address",
    "structure-code-postal": "org:postal_code",
    "structure-commune": "org:commune",
}
OWN_TAXONOMY = "aiguillage"
SIRET_SCHEME = "FR-SIRET"
# resource name → file, as in the published HSDS 3.0 datapackage.json
PATHS = {
    "organization": "organizations.csv",
    "organization_identifier": "organization_identifiers.csv",
    "service": "services.csv",
    "location": "locations.csv",
    "address": "addresss.csv",
    "service_at_location": "service_at_location.csv",
    "phone": "phones.csv",
    "contact": "contacts.csv",
    "schedule": "schedules.csv",
    "language": "languages.csv",
    "required_document": "required_documents.csv",
    "taxonomy": "taxonomies.csv",
    "taxonomy_term": "taxonomy_terms.csv",
    "attribute": "attributes.csv",
}
NUMBER_COLUMNS = {"latitude", "longitude"}
TABLES = {
    "organization": ["id", "name", "description", "email", "website"],
    "organization_identifier": [
        "id",
        "organization_id",
        "identifier_scheme",
        "identifier_type",
        "identifier",
    ],
    "service": [
        "id",
        "organization_id",
        "name",
        "description",
        "url",
        "email",
        "status",
        "fees_description",
        "eligibility_description",
        "application_process",
        "assured_date",
    ],
    "location": ["id", "location_type", "organization_id", "name", "latitude", "longitude"],
    "address": [
        "id",
        "location_id",
        "address_1",
        "city",
        "region",
        "state_province",
        "postal_code",
        "country",
        "address_type",
    ],
    "service_at_location": ["id", "service_id", "location_id"],
    "phone": ["id", "service_id", "organization_id", "number"],
    "contact": ["id", "service_id", "name"],
    "schedule": ["id", "service_id", "freq", "byday", "opens_at", "closes_at", "description"],
    "language": ["id", "service_id", "name"],
    "required_document": ["id", "service_id", "document"],
    "taxonomy": ["id", "name", "description"],
    "taxonomy_term": ["id", "code", "name", "taxonomy_id"],
    "attribute": ["id", "link_id", "link_type", "link_entity", "taxonomy_term_id", "value"],
}


def stable_id(*parts: str) -> str:
    """The same id for the same thing at every export."""
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


def _code_labels(field: str) -> dict[str, str]:
    groups = {
        "themes": taxonomy.themes() + taxonomy.theme_categories(),
        "publics": taxonomy.publics(),
        "fees": taxonomy.fees(),
        "type": taxonomy.service_types(),
        "modes_accueil": taxonomy.modes_accueil(),
        "modes_mobilisation": taxonomy.modes_mobilisation(),
    }[field]
    return {code.value: code.label for code in groups}


def export_hsds(session: Session, actor: Actor) -> bytes:
    tables: dict[str, list[dict]] = {name: [] for name in TABLES}
    terms: dict[tuple[str, str], str] = {}

    def term(taxonomy_name: str, code: str, name: str) -> str:
        key = (taxonomy_name, code)
        if key not in terms:
            terms[key] = stable_id("term", taxonomy_name, code)
            tables["taxonomy_term"].append(
                {
                    "id": terms[key],
                    "code": code,
                    "name": name,
                    "taxonomy_id": stable_id("taxonomy", taxonomy_name),
                }
            )
        return terms[key]

    def attribute(link_id: str, entity: str, term_id: str, value: str) -> None:
        tables["attribute"].append(
            {
                "id": stable_id("attribute", link_id, term_id, value),
                "link_id": link_id,
                "link_type": entity,
                "link_entity": entity,
                "taxonomy_term_id": term_id,
                "value": value,
            }
        )

    for name in (*CODE_TAXONOMIES, OWN_TAXONOMY):
        tables["taxonomy"].append(
            {"id": stable_id("taxonomy", name), "name": name, "description": ""}
        )
    seen_organizations: set[str] = set()
    for entry in directory_entries(session, actor):
        org, service = entry.organization, entry.service
        org_id = entry.organization_id
        if org_id not in seen_organizations:
            seen_organizations.add(org_id)
            tables["organization"].append(
                {
                    "id": org_id,
                    "name": org.name,
                    "description": org.description,
                    "email": org.email,
                    "website": org.website,
                }
            )
            if org.siret:
                tables["organization_identifier"].append(
                    {
                        "id": stable_id("identifier", org_id),
                        "organization_id": org_id,
                        "identifier_scheme": SIRET_SCHEME,
                        "identifier_type": "SIRET",
                        "identifier": org.siret,
                    }
                )
            if org.phone:
                tables["phone"].append(
                    {
                        "id": stable_id("phone", org_id),
                        "service_id": "",
                        "organization_id": org_id,
                        "number": org.phone,
                    }
                )
            for code, field in OWN_TERMS.items():
                if field.startswith("org:") and getattr(org, field[4:]):
                    attribute(
                        org_id,
                        "organization",
                        term(OWN_TAXONOMY, code, code),
                        getattr(org, field[4:]),
                    )
        sid = entry.service_id
        tables["service"].append(
            {
                "id": sid,
                "organization_id": org_id,
                "name": service.name,
                "description": service.description,
                "url": service.website,
                "email": service.email,
                "status": "active",
                "fees_description": service.fees_details,
                "eligibility_description": service.access_conditions,
                "application_process": "",
                "assured_date": service.last_verified_on.isoformat()
                if service.last_verified_on
                else "",
            }
        )
        if service.address or service.commune or service.latitude is not None:
            location_id = stable_id("location", sid)
            tables["location"].append(
                {
                    "id": location_id,
                    "location_type": "physical",
                    "organization_id": org_id,
                    "name": service.name,
                    "latitude": number(service.latitude),
                    "longitude": number(service.longitude),
                }
            )
            tables["address"].append(
                {
                    "id": stable_id("address", sid),
                    "location_id": location_id,
                    "address_1": service.address,
                    "city": service.commune,
                    "region": "",
                    "state_province": "",
                    "postal_code": service.postal_code,
                    "country": "FR",
                    "address_type": "physical",
                }
            )
            tables["service_at_location"].append(
                {"id": stable_id("sal", sid), "service_id": sid, "location_id": location_id}
            )
        if service.phone:
            tables["phone"].append(
                {
                    "id": stable_id("phone", sid),
                    "service_id": sid,
                    "organization_id": "",
                    "number": service.phone,
                }
            )
        if service.contact_name:
            tables["contact"].append(
                {"id": stable_id("contact", sid), "service_id": sid, "name": service.contact_name}
            )
        week = weekly_hours(service.opening_hours) if service.opening_hours else None
        if week is not None:
            description = describe_hours(service.opening_hours)
            for day, ranges in enumerate(week.days):
                for opens, closes in ranges:
                    tables["schedule"].append(
                        {
                            "id": stable_id("schedule", sid, str(day), opens),
                            "service_id": sid,
                            "freq": "WEEKLY",
                            "byday": OSM_DAYS[day].upper(),
                            "opens_at": opens,
                            "closes_at": closes,
                            "description": description,
                        }
                    )
        for index, name in enumerate(service.languages):
            tables["language"].append(
                {"id": stable_id("language", sid, str(index)), "service_id": sid, "name": name}
            )
        for index, document in enumerate(service.documents_to_bring):
            tables["required_document"].append(
                {
                    "id": stable_id("document", sid, str(index)),
                    "service_id": sid,
                    "document": document,
                }
            )
        for taxonomy_name, field in CODE_TAXONOMIES.items():
            value = getattr(service, field)
            labels = _code_labels(field)
            for code in value if isinstance(value, list) else [value] if value else []:
                attribute(sid, "service", term(taxonomy_name, code, labels.get(code, code)), "")
        for code, field in OWN_TERMS.items():
            if field.startswith("org:"):
                continue
            value = getattr(service, field)
            text = yes_no(value) if field == "wheelchair_access" else value
            if text:
                attribute(sid, "service", term(OWN_TAXONOMY, code, code), text)
    return _zip(tables)


def _zip(tables: dict[str, list[dict]]) -> bytes:
    resources = []
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, columns in TABLES.items():
            text = io.StringIO(newline="")
            writer = csv.DictWriter(text, fieldnames=columns, lineterminator="\r\n")
            writer.writeheader()
            writer.writerows(
                {
                    column: value if column in NUMBER_COLUMNS else neutralise(str(value or ""))
                    for column, value in row.items()
                }
                for row in tables[name]
            )
            info = zipfile.ZipInfo(PATHS[name], date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.getvalue().encode("utf-8"))
            resources.append(
                {
                    "name": name,
                    "path": PATHS[name],
                    "profile": "tabular-data-resource",
                    "schema": {"fields": [{"name": c, "type": "string"} for c in columns]},
                }
            )
        package = {
            "name": PACKAGE_NAME,
            "profile": "tabular-data-package",
            "title": "Annuaire des partenaires",
            "version": "3.0",
            "resources": resources,
        }
        info = zipfile.ZipInfo("datapackage.json", date_time=(2020, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, json.dumps(package, ensure_ascii=False, indent=2))
    return buffer.getvalue()
