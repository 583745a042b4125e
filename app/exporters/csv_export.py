"""The directory as the CSV template (UTF-8 with BOM for spreadsheets, semicolons).

Text cells that a spreadsheet would run as a formula are quoted (app.spreadsheet_cells).
"""

import csv
import io

from sqlmodel import Session

from app.exporters.common import directory_entries, number, yes_no
from app.importers.csv_template import COLUMNS
from app.permissions import Actor
from app.spreadsheet_cells import neutralise


def export_csv(session: Session, actor: Actor) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(list(COLUMNS))
    for entry in directory_entries(session, actor):
        org, service = entry.organization, entry.service
        values = {
            "identifiant": entry.service_id,
            "structure": org.name,
            "structure_siret": org.siret,
            "structure_adresse": org.address,
            "structure_code_postal": org.postal_code,
            "structure_commune": org.commune,
            "structure_telephone": org.phone,
            "structure_courriel": org.email,
            "structure_site_web": org.website,
        }
        row = []
        for column, (part, field) in COLUMNS.items():
            if part == "org" or column == "identifiant":
                row.append(neutralise(values[column]))
                continue
            value = getattr(service, field)
            if isinstance(value, list):
                value = "|".join(value)
            elif field in ("latitude", "longitude"):
                row.append(number(value))  # a number, never a formula
                continue
            elif field == "wheelchair_access":
                value = yes_no(value)
            elif field == "last_verified_on":
                value = value.isoformat() if value else ""
            row.append(neutralise(value))
        writer.writerow(row)
    return buffer.getvalue().encode("utf-8-sig")
