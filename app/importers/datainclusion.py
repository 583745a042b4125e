"""data·inclusion JSON, as the national dumps publish it.

The file holds {"structures": [...], "services": [...]}; each service names its structure by
source and structure_id. Line numbers are positions in the list of services (1 = the first).
"""

import json
from typing import Any

from app.errors import UserError
from app.i18n import translate
from app.importers.common import (
    ImportPreview,
    ImportRow,
    check_size,
    checked_row,
    to_code,
    to_codes,
)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        raise UserError(translate("Directory", "A text was expected, not a list."))
    return str(value)


def _list(value: Any) -> list:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list):
        raise UserError(translate("Directory", "A list was expected."))
    return value


def _load(data: bytes) -> Any:
    check_size(len(data))
    try:
        return json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        where = getattr(error, "lineno", None)
        raise UserError(
            translate("Directory", "This file is not valid JSON (line %1).").replace(
                "%1", str(where or 1)
            )
        ) from None


def read_datainclusion(
    data: bytes, file_name: str = "", structures_data: bytes | None = None
) -> ImportPreview:
    """`structures_data` is the structures.json published next to a services.json dump."""
    document = _load(data)
    if isinstance(document, dict):
        structures = document.get("structures", [])
        services = document.get("services")
    elif isinstance(document, list) and structures_data is not None:
        structures, services = _load(structures_data), document
    else:
        structures, services = [], None
    if not isinstance(services, list) or not isinstance(structures, list):
        raise UserError(
            translate(
                "Directory", "This file has no list of « services »: is it a data·inclusion file?"
            )
        )
    known = {}
    for structure in structures:
        if isinstance(structure, dict):
            known[(_key(structure.get("source")), _key(structure.get("id")))] = structure
    rows = [_row(number, item, known) for number, item in enumerate(services, start=1)]
    return ImportPreview("datainclusion", file_name, rows)


def _key(value: Any) -> str:
    return "" if value is None or isinstance(value, (dict, list)) else str(value)


def _row(line: int, item: Any, structures: dict) -> ImportRow:
    if not isinstance(item, dict):
        return ImportRow(line, {}, {}, [translate("Directory", "This entry is not a service.")])
    source = _key(item.get("source")) or "data-inclusion"
    structure = structures.get((_key(item.get("source")), _key(item.get("structure_id"))))
    if structure is None:
        # a service made at a site under a structure it imported: the service's source is the
        # site's, the structure keeps its own
        same_id = [s for (_, key), s in structures.items() if key == _key(item.get("structure_id"))]
        structure = same_id[0] if len(same_id) == 1 else None
    try:
        if structure is None:
            raise UserError(
                translate(
                    "Directory", "The structure « %1 » of this service is not in the file."
                ).replace("%1", _key(item.get("structure_id")))
            )
        organization = {
            "source": _key(structure.get("source")) or source,
            "external_id": _key(structure.get("id")),
            "name": _text(structure.get("nom")),
            "description": _text(structure.get("description")),
            "siret": _text(structure.get("siret")),
            "commune": _text(structure.get("commune")),
            "postal_code": _text(structure.get("code_postal")),
            "address": _text(structure.get("adresse")),
            "phone": _text(structure.get("telephone")),
            "email": _text(structure.get("courriel")),
            "website": _text(structure.get("site_web")),
        }
        service = {
            "source": source,
            "external_id": _key(item.get("id")),
            "name": _text(item.get("nom")),
            "description": _text(item.get("description")),
            "last_verified_on": _text(item.get("date_maj")),
            "type": to_code("type", _text(item.get("type"))),
            "themes": to_codes("themes", _list(item.get("thematiques"))),
            "fees": to_code("fees", _text(item.get("frais"))),
            "fees_details": _text(item.get("frais_precisions")),
            "publics": to_codes("publics", _list(item.get("publics"))),
            "publics_details": _text(item.get("publics_precisions")),
            "access_conditions": _text(item.get("conditions_acces")),
            "commune": _text(item.get("commune")),
            "postal_code": _text(item.get("code_postal")),
            "address": _text(item.get("adresse")),
            "longitude": item.get("longitude"),
            "latitude": item.get("latitude"),
            "phone": _text(item.get("telephone")),
            "email": _text(item.get("courriel")),
            "website": _text(item.get("lien_source") or item.get("lien_mobilisation")),
            "modes_accueil": to_codes("modes_accueil", _list(item.get("modes_accueil"))),
            "contact_name": _text(item.get("contact_nom_prenom")),
            "modes_mobilisation": to_codes(
                "modes_mobilisation", _list(item.get("modes_mobilisation"))
            ),
            "mobilisation_details": _text(item.get("mobilisation_precisions")),
            "opening_hours": _text(item.get("horaires_accueil")),
        }
    except UserError as error:
        return ImportRow(line, {}, {"name": _key(item.get("nom"))}, [error.message])
    if not service["external_id"]:
        return ImportRow(
            line, organization, service, [translate("Directory", "This service has no « id ».")]
        )
    return checked_row(line, organization, service)
