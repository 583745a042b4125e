"""The simple CSV template (resources/data/annuaire_modele.csv): one service per line.

UTF-8 (with or without BOM) or Windows-1252; comma, semicolon or tab, detected. Lists are
separated by « | »; codes may be given as their French labels. Line numbers are those of the
file, the header being line 1.
"""

import csv
import io
from pathlib import Path

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
from app.search_terms import fold
from app.spreadsheet_cells import restore

SOURCE = "csv"
# column → (part, field); part "org" is the organisation
COLUMNS = {
    "identifiant": ("service", "external_id"),
    "structure": ("org", "name"),
    "structure_siret": ("org", "siret"),
    "structure_adresse": ("org", "address"),
    "structure_code_postal": ("org", "postal_code"),
    "structure_commune": ("org", "commune"),
    "structure_telephone": ("org", "phone"),
    "structure_courriel": ("org", "email"),
    "structure_site_web": ("org", "website"),
    "nom": ("service", "name"),
    "description": ("service", "description"),
    "type": ("service", "type"),
    "thematiques": ("service", "themes"),
    "publics": ("service", "publics"),
    "publics_precisions": ("service", "publics_details"),
    "frais": ("service", "fees"),
    "frais_precisions": ("service", "fees_details"),
    "conditions_acces": ("service", "access_conditions"),
    "justificatifs": ("service", "documents_to_bring"),
    "modes_accueil": ("service", "modes_accueil"),
    "modes_mobilisation": ("service", "modes_mobilisation"),
    "mobilisation_precisions": ("service", "mobilisation_details"),
    "adresse": ("service", "address"),
    "code_postal": ("service", "postal_code"),
    "commune": ("service", "commune"),
    "latitude": ("service", "latitude"),
    "longitude": ("service", "longitude"),
    "telephone": ("service", "phone"),
    "courriel": ("service", "email"),
    "site_web": ("service", "website"),
    "contact": ("service", "contact_name"),
    "horaires": ("service", "opening_hours"),
    "horaires_precisions": ("service", "opening_hours_details"),
    "langues": ("service", "languages"),
    "acces_fauteuil": ("service", "wheelchair_access"),
    "verifie_le": ("service", "last_verified_on"),
}
REQUIRED = ("structure", "nom")
CODE_FIELDS = {"type", "fees"}
CODE_LIST_FIELDS = {"themes", "publics", "modes_accueil", "modes_mobilisation"}


def decode(data: bytes) -> str:
    """UTF-8 (BOM or not), else Windows-1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def detect_separator(header: str) -> str:
    counts = {sep: header.count(sep) for sep in (";", ",", "\t")}
    return max(counts, key=lambda sep: counts[sep]) if any(counts.values()) else ";"


def organization_key(name: str) -> str:
    return " ".join(fold(name).split())


def read_csv(data: bytes, file_name: str = "") -> ImportPreview:
    check_size(len(data))
    text = decode(data)
    if "\x00" in text:
        raise UserError(translate("Directory", "This file is not a text (CSV) file."))
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=detect_separator(first_line))
    try:
        header = next(reader, None)
        if header is None:
            raise UserError(translate("Directory", "The file is empty."))
        columns = [fold(name).strip().replace(" ", "_") for name in header]
        missing = [name for name in REQUIRED if name not in columns]
        if missing:
            raise UserError(
                translate(
                    "Directory", "The columns « %1 » are missing: start from the template file."
                ).replace("%1", ", ".join(missing))
            )
        rows: list[ImportRow] = []
        for cells in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            rows.append(_row(line, columns, cells))
    except csv.Error as error:
        raise UserError(
            translate("Directory", "The file cannot be read as CSV near line %1 (%2).")
            .replace("%1", str(reader.line_num))
            .replace("%2", str(error))
        ) from None
    return ImportPreview("csv", file_name, rows)


def _row(line: int, columns: list[str], cells: list[str]) -> ImportRow:
    organization: dict = {"source": SOURCE}
    service: dict = {"source": SOURCE}
    extra = len(cells) > len(columns)
    for column, cell in zip(columns, cells, strict=False):
        target = COLUMNS.get(column)
        if target is None:
            continue
        part, name = target
        value: object = restore(cell.strip()).strip()
        if name in CODE_FIELDS:
            value = to_code("type" if name == "type" else "fees", value)
        elif name in CODE_LIST_FIELDS:
            value = to_codes(name, value)
        (organization if part == "org" else service)[name] = value
    organization["external_id"] = organization_key(str(organization.get("name", "")))
    if not service.get("external_id"):
        service["external_id"] = (
            organization["external_id"] + "/" + organization_key(str(service.get("name", "")))
        )
    row = checked_row(line, organization, service)
    if extra:
        row.errors.append(translate("Directory", "This line has more cells than the header."))
    return row


def read_csv_file(path: Path) -> ImportPreview:
    return read_csv(path.read_bytes(), path.name)
