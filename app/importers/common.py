"""What every importer produces: rows with their line number, values and French errors."""

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from app import taxonomy
from app.errors import UserError
from app.i18n import translate
from app.search_terms import fold
from app.services.directory_values import clean_organization, clean_service

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 50_000


@dataclass
class ImportRow:
    """One service of the file, with its organisation; `errors` empty when it can be imported.
    `warnings` say what was kept although it does not look French, or could not be read
    exactly (kept in the notes); they do not stop the import."""

    line: int
    organization: dict[str, Any]
    service: dict[str, Any]
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def label(self) -> str:
        name = str(self.service.get("name") or "").strip()
        organization = str(self.organization.get("name") or "").strip()
        return f"{name} — {organization}" if name and organization else name or organization


@dataclass
class ImportPreview:
    """Everything read from a file, before anything is written."""

    kind: str  # "csv", "datainclusion" or "hsds"
    file_name: str
    rows: list[ImportRow]

    @property
    def valid_rows(self) -> list[ImportRow]:
        return [row for row in self.rows if row.ok]

    @property
    def error_rows(self) -> list[ImportRow]:
        return [row for row in self.rows if not row.ok]

    @property
    def warning_rows(self) -> list[ImportRow]:
        """Valid rows that come with a warning."""
        return [row for row in self.rows if row.ok and row.warnings]


@cache
def _code_lookup(kind: str) -> dict[str, str]:
    """Folded code or French label → code, for one code list."""
    groups = {
        "themes": taxonomy.themes() + taxonomy.theme_categories(),
        "publics": taxonomy.publics(),
        "fees": taxonomy.fees(),
        "type": taxonomy.service_types(),
        "modes_accueil": taxonomy.modes_accueil(),
        "modes_mobilisation": taxonomy.modes_mobilisation(),
    }[kind]
    table: dict[str, str] = {}
    for code in groups:
        table.setdefault(fold(code.label).strip(), code.value)
        table[fold(code.value)] = code.value
    return table


def to_code(kind: str, value: Any) -> str:
    """A code given as itself or as its French label (« Gratuit » → « gratuit »)."""
    text = str(value or "").strip()
    return _code_lookup(kind).get(fold(text), text)


def to_codes(kind: str, value: Any) -> list[str]:
    if value is None:
        return []
    items = value.split("|") if isinstance(value, str) else list(value)
    return [to_code(kind, item) for item in items if str(item or "").strip()]


def checked_row(
    line: int,
    organization: dict[str, Any],
    service: dict[str, Any],
    warnings: list[str] | None = None,
    foreign: bool = False,
) -> ImportRow:
    """Clean both parts; the errors are kept with the row instead of raised. With `foreign`
    (data from another country's tools), values that are not French are kept with a warning."""
    row = ImportRow(line, organization, service, warnings=list(warnings or []))
    tolerated = row.warnings if foreign else None
    for part, cleaner in ((organization, clean_organization), (service, clean_service)):
        try:
            cleaned = cleaner(part, tolerated)
        except UserError as error:
            row.errors.append(error.message)
            continue
        keep = {k: part[k] for k in ("source", "external_id") if k in part}
        part.clear()
        part.update(cleaned, **keep)
    return row


def guarded(read: Callable[[], ImportPreview]) -> ImportPreview:
    """Turn any unexpected failure of a reader into a clear French message."""
    try:
        return read()
    except UserError:
        raise
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, OSError) as error:
        raise UserError(
            translate("Directory", "This file cannot be read as a directory (%1).").replace(
                "%1", str(error)[:200]
            )
        ) from error


def check_size(size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise UserError(
            translate("Directory", "This file is too big for a directory (50 MB at most).")
        )
