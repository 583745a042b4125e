"""The whole country's directory as data·inclusion publishes it each week: services.json (or
.csv) and structures.json (or .csv), schema v1, some 140,000 services and 100,000 structures.

Nothing is read whole: a JSON array is walked item by item (ijson), a CSV row by row, and a
record is turned into values only once it is known to be wanted (`Territory`). Values are
cleaned here, leniently: what a national file often carries (a blanked e-mail, a code of a
newer list, hours we cannot read, an epoch date) is left out or kept in the details with a
count in `Tally`, and the service is imported all the same.

    pair = find_pair([services_path, structures_path])   # or a folder, or a zip
    for record in records(pair.services, tally, progress): ...
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from app import taxonomy
from app.errors import UserError
from app.i18n import translate
from app.opening_hours import validate_hours

BytesProgress = Callable[[int], None]
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_POSTAL_CODE = re.compile(r"^\d{5}$")
_LIMITS = {
    "name": 300,
    "siret": 14,
    "postal_code": 10,
    "commune": 120,
    "phone": 40,
    "email": 200,
    "website": 500,
    "contact_name": 200,
}
BOM = b"\xef\xbb\xbf"


def _tr(text: str) -> str:
    return translate("Directory", text)


# -- where a record is --------------------------------------------------------------------------


def departement_of_commune(code: Any) -> str:
    """« 35238 » → « 35 », « 2A004 » → « 2A », « 97411 » → « 974 »; « » when unknown."""
    text = str(code or "").strip().upper()
    if len(text) != 5 or text.startswith("99"):
        return ""
    return text[:3] if text[:2] in ("97", "98") else text[:2]


def departement_of_postal_code(code: Any) -> str:
    text = str(code or "").strip()
    if not _POSTAL_CODE.match(text):
        return ""
    if text[:2] in ("97", "98"):
        return text[:3]
    if text[:2] == "20":
        return "2A" if int(text) < 20200 else "2B"
    return text[:2]


def departement_of(record: dict) -> str:
    """A record's own département: its INSEE code, else its postal code."""
    return departement_of_commune(record.get("code_insee")) or departement_of_postal_code(
        record.get("code_postal")
    )


def normalise_departement(text: str) -> str:
    code = text.strip().upper()
    if code.isdigit() and len(code) == 1:
        code = "0" + code
    if not re.fullmatch(r"(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-8]|98[4-9])", code):
        raise UserError(
            _tr("« %1 » is not a département number (35, 2A, 974…).").replace("%1", text)
        )
    return code


@dataclass(frozen=True)
class Territory:
    """The départements a place serves; empty: the whole file. With `zones`, a service whose
    eligibility zone covers one of them is wanted wherever it is."""

    departements: frozenset[str] = frozenset()
    zones: bool = False

    @property
    def everywhere(self) -> bool:
        return not self.departements

    def zone_covers(self, zone: Any) -> bool:
        if not self.zones or not zone:
            return False
        for code in zone if isinstance(zone, list) else _split_list(zone):
            text = str(code).strip().upper()
            if text in ("FRANCE", "99100") or text in self.departements:
                return True
            if departement_of_commune(text) in self.departements:
                return True
        return False


# -- reading the files --------------------------------------------------------------------------


@dataclass(frozen=True)
class InputFile:
    """One file of the pair: on disk, or inside a zip."""

    name: str
    size: int
    path: Path
    member: str = ""

    def open(self) -> IO[bytes]:
        if self.member:
            archive = zipfile.ZipFile(self.path)
            return _ZipMember(archive, archive.open(self.member))
        return open(self.path, "rb")  # noqa: SIM115 — closed by the caller


class _ZipMember(io.RawIOBase):
    def __init__(self, archive: zipfile.ZipFile, stream: IO[bytes]) -> None:
        self.archive, self.stream = archive, stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self.stream.close()
        self.archive.close()
        super().close()


@dataclass(frozen=True)
class Pair:
    services: InputFile
    structures: InputFile


def _kind_of(name: str) -> str:
    lowered = name.lower().rsplit("/", 1)[-1]
    if "structure" in lowered:
        return "structures"
    if "service" in lowered:
        return "services"
    return ""


def _refuse_format(name: str) -> None:
    if name.lower().endswith((".parquet", ".xlsx", ".xls")):
        raise UserError(
            _tr("« %1 »: take the JSON or CSV files of the publication.").replace("%1", name)
        )


def find_pair(paths: list[Path]) -> Pair:
    """The services file and the structures file, from two files, a folder or a zip."""
    found: dict[str, InputFile] = {}
    for path in paths:
        if path.is_dir():
            for child in sorted(path.iterdir()):
                kind = _kind_of(child.name)
                if kind and child.is_file() and child.suffix.lower() in (".json", ".csv"):
                    found.setdefault(kind, InputFile(child.name, child.stat().st_size, child))
        elif path.is_file() and zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                for info in archive.infolist():
                    kind = _kind_of(info.filename)
                    if kind and info.filename.lower().endswith((".json", ".csv")):
                        found.setdefault(
                            kind, InputFile(info.filename, info.file_size, path, info.filename)
                        )
        elif path.is_file():
            _refuse_format(path.name)
            kind = _kind_of(path.name) or ("services" if "services" not in found else "structures")
            found[kind] = InputFile(path.name, path.stat().st_size, path)
        else:
            raise UserError(_tr("The file « %1 » cannot be found.").replace("%1", path.name))
    if "services" not in found or "structures" not in found:
        raise UserError(
            _tr(
                "Give the two files of the publication: services (services.json or .csv) and "
                "structures (structures.json or .csv), or the folder or zip holding them."
            )
        )
    return Pair(found["services"], found["structures"])


class _Counting(io.RawIOBase):
    """Counts the bytes read, for the progress bar."""

    def __init__(self, raw: IO[bytes], report: BytesProgress | None) -> None:
        self.raw, self.report, self.done = raw, report, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.raw.read(len(buffer))
        buffer[: len(data)] = data
        self.done += len(data)
        if self.report:
            self.report(len(data))
        return len(data)


def records(source: InputFile, report: BytesProgress | None = None) -> Iterator[tuple[int, Any]]:
    """(position, record) of a JSON array or a CSV file, one at a time; position 1 is the
    first record. Raises UserError on a file that is neither."""
    raw = source.open()
    try:
        stream = io.BufferedReader(_Counting(raw, report), 1 << 20)
        head = stream.peek(4)[:3]
        if head == BOM:
            stream.read(3)
        first = stream.peek(64).lstrip()[:1]
        if first in (b"[", b"{"):
            yield from _json_records(stream, source.name, first == b"{")
        else:
            yield from _csv_records(stream, source.name)
    finally:
        raw.close()


MAX_DEPTH = 64
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.S)
_STRING_END = re.compile(rb'(?:[^"\\]|\\.)*"', re.S)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


class TooDeep(Exception):
    pass


class _DepthGuard:
    """Refuses a JSON nested deeper than MAX_DEPTH before the parser sees it (ijson spends
    time in the square of the depth: a file of 100,000 nested lists would never end). Strings
    are skipped, a string cut between two reads included."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream, self.depth, self.in_string, self.carry = stream, 0, False, b""

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size)
        self._scan(self.carry + data)
        return data

    def _scan(self, data: bytes) -> None:
        self.carry = b""
        if self.in_string:
            end = _STRING_END.match(data)
            if end is None:
                tail = len(data) - len(data.rstrip(b"\\"))
                self.carry = b"\\" if tail % 2 else b""
                return
            data = data[end.end() :]
            self.in_string = False
        outside = _STRING.sub(b"", data)
        opening = outside.find(b'"')
        if opening >= 0:  # a string going on in the next read
            rest = data[len(data) - (len(outside) - opening) + 1 :]
            tail = len(rest) - len(rest.rstrip(b"\\"))
            self.carry = b"\\" if tail % 2 else b""
            outside = outside[:opening]
            self.in_string = True
        depth = self.depth
        for bracket in outside.translate(None, _NOT_BRACKETS):
            depth += 1 if bracket in (91, 123) else -1
            if depth > MAX_DEPTH:
                raise TooDeep
        self.depth = depth


def _json_records(stream: IO[bytes], name: str, wrapped: bool) -> Iterator[tuple[int, Any]]:
    import ijson

    prefix = f"{_kind_of(name) or 'services'}.item" if wrapped else "item"
    position = 0
    guarded = _DepthGuard(stream)
    try:
        for position, item in enumerate(ijson.items(guarded, prefix, use_float=True), start=1):
            yield position, item
    except ijson.JSONError as error:
        raise UserError(
            _tr("« %1 » is not valid JSON after record %2 (%3).")
            .replace("%1", name)
            .replace("%2", str(position))
            .replace("%3", str(error)[:120])
        ) from None
    except (RecursionError, TooDeep):
        raise UserError(
            _tr("« %1 » holds lists nested too deep to be a directory.").replace("%1", name)
        ) from None


def _csv_records(stream: IO[bytes], name: str) -> Iterator[tuple[int, Any]]:
    text = io.TextIOWrapper(stream, encoding="utf-8", errors="replace", newline="")
    header_line = text.readline()
    if "\x00" in header_line:
        raise UserError(_tr("« %1 » is neither JSON nor CSV.").replace("%1", name))
    separator = max((",", ";", "\t"), key=header_line.count)
    columns = next(csv.reader([header_line], delimiter=separator), [])
    columns = [column.strip().lstrip("\ufeff") for column in columns]
    if "id" not in columns:
        raise UserError(
            _tr("« %1 » has no « id » column: is it a data·inclusion file?").replace("%1", name)
        )
    csv.field_size_limit(1 << 30)
    reader = csv.reader(text, delimiter=separator)
    try:
        for position, cells in enumerate(reader, start=1):
            if cells:
                yield position, dict(zip(columns, cells, strict=False))
    except csv.Error as error:
        raise UserError(
            _tr("« %1 » cannot be read as CSV near line %2 (%3).")
            .replace("%1", name)
            .replace("%2", str(reader.line_num))
            .replace("%3", str(error))
        ) from None


# -- values -------------------------------------------------------------------------------------


@dataclass
class Tally:
    """What was left out or set aside while reading, for the summary."""

    unknown_codes: Counter = field(default_factory=Counter)  # code → times
    blanked: int = 0  # e-mails, phones or websites that were not one
    hours_in_details: int = 0
    bad_dates: int = 0
    bad_coordinates: int = 0
    errors: list[str] = field(default_factory=list)  # records left out (first ones)
    left_out: int = 0

    def refuse(self, name: str, position: int, message: str) -> None:
        self.left_out += 1
        if len(self.errors) < 200:
            self.errors.append(
                _tr("%1, record %2: %3")
                .replace("%1", name)
                .replace("%2", str(position))
                .replace("%3", message)
            )


def _split_list(value: str) -> list[str]:
    text = value.strip()
    if not text:
        return []
    if text.startswith("["):
        try:
            loaded = json.loads(text)
        except ValueError:
            loaded = None
        if isinstance(loaded, list):
            return [str(item) for item in loaded]
    if text.startswith("{") and text.endswith("}"):
        text = text[1:-1]
    return [part.strip().strip('"') for part in re.split(r"[|,]", text) if part.strip()]


def _text(value: Any) -> str:
    if type(value) is str:
        return value.strip()
    if value is None or isinstance(value, (dict, list)):
        return ""
    if isinstance(value, float) and value != value:
        return ""
    return str(value).strip()


def _items(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return _split_list(value)
    if isinstance(value, list):
        return [str(item).strip() for item in value if isinstance(item, (str, int))]
    return []


@lru_cache(maxsize=1)
def _allowed() -> dict[str, frozenset[str]]:
    return {
        "themes": frozenset(c.value for c in taxonomy.themes() + taxonomy.theme_categories()),
        "publics": frozenset(c.value for c in taxonomy.publics()),
        "fees": frozenset(c.value for c in taxonomy.fees()),
        "type": frozenset(c.value for c in taxonomy.service_types()),
        "modes_accueil": frozenset(c.value for c in taxonomy.modes_accueil()),
        "modes_mobilisation": frozenset(c.value for c in taxonomy.modes_mobilisation()),
    }


def _codes(kind: str, value: Any, tally: Tally) -> list[str]:
    allowed = _allowed()[kind]
    kept: list[str] = []
    for code in _items(value):
        if not code:
            continue
        if code not in allowed:
            tally.unknown_codes[code] += 1
        elif code not in kept:
            kept.append(code)
    return kept


def _code(kind: str, value: Any, tally: Tally) -> str:
    codes = _codes(kind, [value] if isinstance(value, str) else value, tally)
    return codes[0] if codes else ""


def _limited(name: str, value: Any) -> str:
    text = _text(value)
    limit = _LIMITS.get(name)
    return text[:limit].rstrip() if limit and len(text) > limit else text


def _email(value: Any, tally: Tally) -> str:
    text = _text(value)
    if text and (not _EMAIL.match(text) or len(text) > _LIMITS["email"]):
        tally.blanked += 1
        return ""
    return text


def _phone(value: Any, tally: Tally) -> str:
    text = _text(value)
    if text and (not re.search(r"\d{2}", text) or len(text) > _LIMITS["phone"]):
        tally.blanked += 1
        return ""
    return text


def _website(value: Any, tally: Tally) -> str:
    text = _text(value)
    if not text:
        return ""
    if not re.match(r"^https?://", text, re.IGNORECASE):
        text = "https://" + text
    if " " in text or "." not in text or len(text) > _LIMITS["website"]:
        tally.blanked += 1
        return ""
    return text


def _postal_code(value: Any) -> str:
    text = _text(value)
    return text if _POSTAL_CODE.match(text) else ""


def _coordinate(value: Any, bound: float, tally: Tally) -> float | None:
    if value is None or value == "":
        return None
    try:
        number = float(str(value).replace(",", ".")) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        number = float("nan")
    if not -bound <= number <= bound:
        tally.bad_coordinates += 1
        return None
    return number


def parse_date(value: Any) -> date | None:
    """An ISO date or time (2025-03-31, 2025-03-31T10:00:00Z), or an epoch in milliseconds (or
    seconds); None when empty or unreadable."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, str) and re.fullmatch(r"\s*\d{9,}\s*", value):
        value = int(value)
    if isinstance(value, (int, float)):
        seconds = value / 1000 if abs(value) > 100_000_000_000 else value
        try:
            return datetime.fromtimestamp(seconds, UTC).date()
        except (OverflowError, OSError, ValueError):
            raise ValueError(value) from None
    text = str(value).strip()
    return date.fromisoformat(text[:10])


def _date(value: Any, tally: Tally) -> date | None:
    try:
        day = parse_date(value)
    except (TypeError, ValueError):
        tally.bad_dates += 1
        return None
    if day is not None and not date(1990, 1, 1) <= day <= date(2100, 1, 1):
        tally.bad_dates += 1
        return None
    return day


@lru_cache(maxsize=4096)
def _hours(text: str) -> tuple[str, bool]:
    """(hours we can use, whether they were readable)."""
    try:
        return validate_hours(text), True
    except UserError:
        return "", False


def structure_key(record: dict) -> tuple[str, str]:
    return (_text(record.get("source")), _text(record.get("id")))


def service_key(record: dict) -> tuple[str, str]:
    return (_text(record.get("source")), _text(record.get("id")))


def organization_values(record: dict, tally: Tally) -> dict[str, Any]:
    """The columns of an Organization; raises UserError when it has no name or id."""
    name = _limited("name", record.get("nom"))
    if not name or not _text(record.get("id")):
        raise UserError(_tr("This structure has no name or no id."))
    siret = re.sub(r"\s", "", _text(record.get("siret")))
    address = " ".join(
        part
        for part in (_text(record.get("adresse")), _text(record.get("complement_adresse")))
        if part
    )
    return {
        "source": _text(record.get("source"))[:100],
        "external_id": _text(record.get("id"))[:200],
        "name": name,
        "siret": siret if re.fullmatch(r"\d{14}", siret) else "",
        "description": _text(record.get("description")),
        "address": address,
        "postal_code": _postal_code(record.get("code_postal")),
        "commune": _limited("commune", record.get("commune")),
        "phone": _phone(record.get("telephone"), tally),
        "email": _email(record.get("courriel"), tally),
        "website": _website(record.get("site_web") or record.get("lien_source"), tally),
    }


def service_values(record: dict, tally: Tally) -> dict[str, Any]:
    """The columns of a Service (without its organisation); raises UserError when it cannot
    be imported at all (no name, no id)."""
    name = _limited("name", record.get("nom"))
    if not name or not _text(record.get("id")):
        raise UserError(_tr("This service has no name or no id."))
    raw_hours = " ".join(_text(record.get("horaires_accueil")).split())
    hours, readable = _hours(raw_hours) if raw_hours else ("", True)
    details = ""
    if not readable:
        tally.hours_in_details += 1
        details = _tr("Opening hours as published: %1").replace("%1", raw_hours)
    address = " ".join(
        part
        for part in (_text(record.get("adresse")), _text(record.get("complement_adresse")))
        if part
    )
    return {
        "source": _text(record.get("source"))[:100],
        "external_id": _text(record.get("id"))[:200],
        "name": name,
        "description": _text(record.get("description")),
        "type": _code("type", record.get("type"), tally),
        "themes": _codes("themes", record.get("thematiques"), tally),
        "publics": _codes("publics", record.get("publics"), tally),
        "publics_details": _text(record.get("publics_precisions")),
        "fees": _code("fees", record.get("frais"), tally),
        "fees_details": _text(record.get("frais_precisions")),
        "access_conditions": _text(record.get("conditions_acces")),
        "documents_to_bring": [],
        "modes_accueil": _codes("modes_accueil", record.get("modes_accueil"), tally),
        "modes_mobilisation": _codes("modes_mobilisation", record.get("modes_mobilisation"), tally),
        "mobilisation_details": _text(record.get("mobilisation_precisions")),
        "address": address,
        "postal_code": _postal_code(record.get("code_postal")),
        "commune": _limited("commune", record.get("commune")),
        "latitude": _coordinate(record.get("latitude"), 90, tally),
        "longitude": _coordinate(record.get("longitude"), 180, tally),
        "phone": _phone(record.get("telephone"), tally),
        "email": _email(record.get("courriel"), tally),
        "website": _website(record.get("lien_source") or record.get("lien_mobilisation"), tally),
        "contact_name": _limited("contact_name", record.get("contact_nom_prenom")),
        "opening_hours": hours,
        "opening_hours_details": details,
        "languages": [],
        "wheelchair_access": None,
        "last_verified_on": _date(record.get("date_maj"), tally),
    }
