"""Checking the values of an organisation or a service before they are stored.

Shared by the forms (through app.services.directory) and the importers: each function takes
plain values and returns cleaned ones, or raises UserError with a short French message naming
the field.

Data from elsewhere (an HSDS package from another country's tool) is not refused for being
non-French: given a `warnings` list, a postal code that is not French is kept as it is and an
organisation identifier that is not a SIRET is kept in the description, each with a warning.
A postal code already stored (`stored_postal_code`) is accepted as it is when a form saves the
record again unchanged.
"""

import re
from datetime import date, datetime
from typing import Any

from app import taxonomy
from app.errors import UserError
from app.i18n import translate
from app.opening_hours import validate_hours

ORGANIZATION_FIELDS = (
    "name",
    "siret",
    "description",
    "address",
    "postal_code",
    "commune",
    "phone",
    "email",
    "website",
)
SERVICE_TEXT_FIELDS = (
    "name",
    "description",
    "type",
    "publics_details",
    "fees",
    "fees_details",
    "access_conditions",
    "mobilisation_details",
    "address",
    "postal_code",
    "commune",
    "phone",
    "email",
    "website",
    "contact_name",
    "opening_hours",
    "opening_hours_details",
)
SERVICE_LIST_FIELDS = (
    "themes",
    "publics",
    "documents_to_bring",
    "modes_accueil",
    "modes_mobilisation",
    "languages",
)
SERVICE_FIELDS = (
    *SERVICE_TEXT_FIELDS,
    *SERVICE_LIST_FIELDS,
    "latitude",
    "longitude",
    "wheelchair_access",
    "last_verified_on",
)
_LIMITS = {
    "name": 300,
    "siret": 14,
    "postal_code": 10,
    "commune": 120,
    "phone": 40,
    "email": 200,
    "website": 500,
    "contact_name": 200,
    "type": 60,
    "fees": 40,
}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_POSTAL_CODE = re.compile(r"^\d{5}$")


def field_label(field: str) -> str:
    """The French name of a field, for messages."""
    labels = {
        "name": translate("Directory", "name"),
        "siret": translate("Directory", "SIRET"),
        "postal_code": translate("Directory", "postal code"),
        "commune": translate("Directory", "town"),
        "phone": translate("Directory", "phone"),
        "email": translate("Directory", "e-mail"),
        "website": translate("Directory", "website"),
        "contact_name": translate("Directory", "contact"),
        "type": translate("Directory", "type of service"),
        "fees": translate("Directory", "fees"),
        "themes": translate("Directory", "themes"),
        "publics": translate("Directory", "publics"),
        "modes_accueil": translate("Directory", "ways of welcoming"),
        "modes_mobilisation": translate("Directory", "ways to get in touch"),
        "latitude": translate("Directory", "latitude"),
        "longitude": translate("Directory", "longitude"),
        "last_verified_on": translate("Directory", "last verified date"),
        "opening_hours": translate("Directory", "opening hours"),
    }
    return labels.get(field, field)


def _text(values: dict[str, Any], field: str) -> str:
    raw = values.get(field)
    text = "" if raw is None else str(raw).strip()
    limit = _LIMITS.get(field)
    if limit and len(text) > limit:
        raise UserError(
            translate("Directory", "%1: too long (%2 characters at most).")
            .replace("%1", field_label(field))
            .replace("%2", str(limit))
        )
    return text


def _email(text: str) -> str:
    if text and not _EMAIL.match(text):
        raise UserError(
            translate("Directory", "The e-mail « %1 » does not look right.").replace("%1", text)
        )
    return text


def _website(text: str) -> str:
    if text and not re.match(r"^https?://", text, re.IGNORECASE):
        text = "https://" + text
    if text and (" " in text or "." not in text):
        raise UserError(
            translate("Directory", "The website « %1 » does not look right.").replace("%1", text)
        )
    return text


def _postal_code(text: str, warnings: list[str] | None = None, stored: str = "") -> str:
    if not text or _POSTAL_CODE.match(text) or text == stored:
        return text
    if warnings is None:
        raise UserError(
            translate("Directory", "The postal code « %1 » must have 5 digits.").replace("%1", text)
        )
    warnings.append(
        translate("Directory", "The postal code « %1 » is not French: kept as it is.").replace(
            "%1", text
        )
    )
    return text


def _siret(values: dict[str, Any], warnings: list[str] | None) -> tuple[str, str]:
    """(SIRET, identifier to keep in the description) of an organisation."""
    raw = values.get("siret")
    text = "" if raw is None else str(raw).strip()
    siret = re.sub(r"\s", "", text)
    if not siret or re.fullmatch(r"\d{14}", siret):
        return siret, ""
    if warnings is None:
        raise UserError(
            translate("Directory", "The SIRET « %1 » must have 14 digits.").replace("%1", siret)
        )
    warnings.append(
        translate(
            "Directory", "The identifier « %1 » is not a SIRET: kept in the description."
        ).replace("%1", text)
    )
    return "", translate("Directory", "Identifier: %1").replace("%1", text)


def _codes(values: dict[str, Any], field: str, allowed: set[str]) -> list[str]:
    raw = values.get(field) or []
    if isinstance(raw, str):
        raw = [part for part in re.split(r"[|,;]", raw)]
    result: list[str] = []
    for item in raw:
        code = str(item).strip()
        if not code:
            continue
        if code not in allowed:
            raise UserError(
                translate("Directory", "Unknown code « %1 » in %2.")
                .replace("%1", code)
                .replace("%2", field_label(field))
            )
        if code not in result:
            result.append(code)
    return result


def _texts(values: dict[str, Any], field: str) -> list[str]:
    raw = values.get(field) or []
    if isinstance(raw, str):
        raw = raw.split("|")
    return [str(item).strip() for item in raw if str(item).strip()]


def _coordinate(values: dict[str, Any], field: str, bound: float) -> float | None:
    raw = values.get(field)
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    try:
        number = float(str(raw).replace(",", ".")) if isinstance(raw, str) else float(raw)
    except (TypeError, ValueError):
        number = float("nan")
    if not -bound <= number <= bound:
        raise UserError(
            translate("Directory", "%1: « %2 » is not a valid number.")
            .replace("%1", field_label(field))
            .replace("%2", str(raw))
        )
    return number


def parse_day(raw: Any) -> date | None:
    """A date from a date, an ISO text (2025-03-31) or a French one (31/03/2025)."""
    if raw is None or raw == "":
        return None
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    text = str(raw).strip()
    if not text:
        return None
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y"):
        try:
            return datetime.strptime(text[:10] if pattern == "%Y-%m-%d" else text, pattern).date()
        except ValueError:
            continue
    raise UserError(
        translate("Directory", "The date « %1 » is not understood (expected 31/03/2025).").replace(
            "%1", text
        )
    )


def _yes_no(raw: Any) -> bool | None:
    if raw is None or isinstance(raw, bool):
        return raw
    text = str(raw).strip().casefold()
    if text in ("", "?", "inconnu", "unknown"):
        return None
    if text in ("oui", "yes", "true", "1", "vrai", "o", "y"):
        return True
    if text in ("non", "no", "false", "0", "faux", "n"):
        return False
    raise UserError(translate("Directory", "Wheelchair access must be « oui », « non » or empty."))


def clean_organization(
    values: dict[str, Any], warnings: list[str] | None = None, stored_postal_code: str = ""
) -> dict[str, Any]:
    name = _text(values, "name")
    if not name:
        raise UserError(translate("Directory", "Please type the name of the organisation."))
    siret, identifier = _siret(values, warnings)
    description = _text(values, "description")
    if identifier and identifier not in description:
        description = f"{description}\n{identifier}".strip()
    return {
        "name": name,
        "siret": siret,
        "description": description,
        "address": _text(values, "address"),
        "postal_code": _postal_code(_text(values, "postal_code"), warnings, stored_postal_code),
        "commune": _text(values, "commune"),
        "phone": _text(values, "phone"),
        "email": _email(_text(values, "email")),
        "website": _website(_text(values, "website")),
    }


def clean_service(
    values: dict[str, Any], warnings: list[str] | None = None, stored_postal_code: str = ""
) -> dict[str, Any]:
    name = _text(values, "name")
    if not name:
        raise UserError(translate("Directory", "Please type the name of the service."))
    theme_codes = {c.value for c in taxonomy.themes()} | {
        c.value for c in taxonomy.theme_categories()
    }
    service_type = _text(values, "type")
    if service_type and service_type not in {c.value for c in taxonomy.service_types()}:
        raise UserError(
            translate("Directory", "Unknown code « %1 » in %2.")
            .replace("%1", service_type)
            .replace("%2", field_label("type"))
        )
    fees = _text(values, "fees")
    if fees and fees not in {c.value for c in taxonomy.fees()}:
        raise UserError(
            translate("Directory", "Unknown code « %1 » in %2.")
            .replace("%1", fees)
            .replace("%2", field_label("fees"))
        )
    hours = validate_hours(_text(values, "opening_hours"))
    cleaned: dict[str, Any] = {field: _text(values, field) for field in SERVICE_TEXT_FIELDS}
    cleaned.update(
        name=name,
        type=service_type,
        fees=fees,
        opening_hours=hours,
        postal_code=_postal_code(cleaned["postal_code"], warnings, stored_postal_code),
        email=_email(cleaned["email"]),
        website=_website(cleaned["website"]),
        themes=_codes(values, "themes", theme_codes),
        publics=_codes(values, "publics", {c.value for c in taxonomy.publics()}),
        modes_accueil=_codes(values, "modes_accueil", {c.value for c in taxonomy.modes_accueil()}),
        modes_mobilisation=_codes(
            values, "modes_mobilisation", {c.value for c in taxonomy.modes_mobilisation()}
        ),
        documents_to_bring=_texts(values, "documents_to_bring"),
        languages=_texts(values, "languages"),
        latitude=_coordinate(values, "latitude", 90),
        longitude=_coordinate(values, "longitude", 180),
        wheelchair_access=_yes_no(values.get("wheelchair_access")),
        last_verified_on=parse_day(values.get("last_verified_on")),
    )
    return cleaned
