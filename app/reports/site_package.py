"""The statistics package of a site: one month of the monthly summary's aggregates, signed with
the site's key, to travel by USB stick or e-mail to whoever consolidates several sites.

It holds counts only (no name, note or id of a person), computed by the same functions as the
monthly summary (app.reports.figures), so a figure means the same thing everywhere:

    {"package": {"format": "aiguillage-statistiques", "version": 1, "month": "2026-02",
                 "site": {"id": …, "name": …}, "made_on": "2026-03-10",
                 "public_key": …, "figures": {…}},
     "signature": …}

The signature (Ed25519) covers the canonical JSON of "package" (sorted keys, no spaces, UTF-8).
"""

import base64
import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.clock import local_today
from app.errors import UserError
from app.i18n import translate
from app.permissions import Actor, Permission, require
from app.reports import figures as fig
from app.reports.common import site_name
from app.reports.periods import Period, parse_month
from app.services import audit
from app.services.site_keys import decode_key, public_key_text, site_private_key
from models.enums import AuditAction

FORMAT = "aiguillage-statistiques"
VERSION = 1
MAX_PACKAGE_BYTES = 5 * 1024 * 1024
SUFFIX = ".aiguillage-stats.json"

COUNT_MAPS = ("visit_themes", "referral_themes", "channels", "outcomes", "till_kinds")


def _tr(text: str) -> str:
    return translate("Sites", text)


@dataclass(frozen=True)
class SitePackage:
    """A package read back and checked: its signature holds and its content has the right
    shape. `figures` is the dictionary described in the module's docstring."""

    site_id: uuid.UUID
    site_name: str
    period: Period
    made_on: date
    public_key: str
    figures: dict[str, Any]
    file_name: str = ""


def canonical(package: dict[str, Any]) -> bytes:
    return json.dumps(
        package, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def month_figures(
    session: Session, site_id: uuid.UUID, period: Period, today: date
) -> dict[str, Any]:
    """The aggregates of the monthly summary, as plain JSON values (codes, not labels)."""
    key = fig.key_figures(session, site_id, period, today)
    partners: dict[str, dict[str, int]] = {}
    for row in fig.referrals_per_partner_status(session, site_id, period):
        by_status = partners.setdefault(row.name, {})
        by_status[row.status] = by_status.get(row.status, 0) + row.count
    return {
        "visits": key.visits,
        "unique_people": key.unique_people,
        "anonymous_visits": key.anonymous_visits,
        "new_people": key.new_people,
        "referrals_by_status": dict(key.referrals_by_status),
        "median_days_to_outcome": key.median_days_to_outcome,
        "follow_ups_overdue": key.follow_ups_overdue,
        "visits_per_day": {
            day.isoformat(): count
            for day, count in fig.visits_per_day(session, site_id, period).items()
        },
        "visit_themes": fig.visit_themes(session, site_id, period),
        "referral_themes": fig.referral_themes(session, site_id, period),
        "channels": fig.visit_channels(session, site_id, period),
        "outcomes": fig.visit_outcomes(session, site_id, period),
        "partners": partners,
        "till_kinds": fig.till_kinds(session, site_id, period),
        "till_labels": fig.till_button_labels(session, site_id),
        "donations": {
            category: [count, round(kg, 3)]
            for category, (count, kg) in fig.donations_per_category(
                session, site_id, period
            ).items()
        },
    }


def build_package(
    session: Session, actor: Actor, period: Period, *, now: datetime | None = None
) -> bytes:
    """The signed package of `period` (a calendar month) for the actor's site. Makes the site's
    key on the first export (in the caller's write transaction) and records the export."""
    require(actor, Permission.EXPORT_DATA)
    if period.kind != "month":
        raise UserError(_tr("A statistics package covers one calendar month."))
    today = local_today(now)
    if period.first > today:
        raise UserError(_tr("This month has not started yet: there is nothing to send."))
    key = site_private_key(session, actor)
    package = {
        "format": FORMAT,
        "version": VERSION,
        "month": period.slug(),
        "site": {"id": str(actor.site_id), "name": site_name(session, actor.site_id)},
        "made_on": today.isoformat(),
        "public_key": public_key_text(key),
        "figures": month_figures(session, actor.site_id, period, today),
    }
    signature = key.sign(canonical(package))
    audit.record(session, actor, AuditAction.EXPORT, "statistics", period.slug())
    document = {"package": package, "signature": base64.b64encode(signature).decode("ascii")}
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def package_file_name(site: str, period: Period) -> str:
    from app.search_terms import fold

    slug = "".join(c if c.isalnum() else "-" for c in fold(site)).strip("-")
    while "--" in slug:
        slug = slug.replace("--", "-")
    return f"statistiques_{slug[:40] or 'site'}_{period.slug()}{SUFFIX}"


# ------------------------------------------------------------------------------ reading back


def _not_a_package(name: str) -> UserError:
    return UserError(_tr("“%1” is not a statistics package of Aiguillage.").replace("%1", name))


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10**9


def _counts(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and _is_count(v) for k, v in value.items()
    )


def _figures_ok(figures: Any, period: Period) -> bool:
    if not isinstance(figures, dict):
        return False
    scalars = ("visits", "unique_people", "anonymous_visits", "new_people", "follow_ups_overdue")
    if not all(_is_count(figures.get(name)) for name in scalars):
        return False
    median = figures.get("median_days_to_outcome")
    if median is not None and not (isinstance(median, int | float) and median >= 0):
        return False
    if not all(_counts(figures.get(name)) for name in (*COUNT_MAPS, "referrals_by_status")):
        return False
    days = figures.get("visits_per_day")
    if not _counts(days) or set(days) != {day.isoformat() for day in period.day_list()}:
        return False
    partners = figures.get("partners")
    if not isinstance(partners, dict) or not all(
        isinstance(name, str) and _counts(by_status) for name, by_status in partners.items()
    ):
        return False
    labels = figures.get("till_labels")
    if not isinstance(labels, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in labels.items()
    ):
        return False
    donations = figures.get("donations")
    return isinstance(donations, dict) and all(
        isinstance(name, str)
        and isinstance(pair, list)
        and len(pair) == 2
        and _is_count(pair[0])
        and isinstance(pair[1], int | float)
        and not isinstance(pair[1], bool)
        and pair[1] >= 0
        for name, pair in donations.items()
    )


def read_package(data: bytes, name: str = "") -> SitePackage:
    """Check a package and read it; raises UserError with a French message when the file is not
    a package, comes from an unknown version, or was changed after it was signed."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if len(data) > MAX_PACKAGE_BYTES:
        raise _not_a_package(name)
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise _not_a_package(name) from error
    package = document.get("package") if isinstance(document, dict) else None
    if not isinstance(package, dict) or package.get("format") != FORMAT:
        raise _not_a_package(name)
    version = package.get("version")
    if version != VERSION:
        raise UserError(
            _tr(
                "“%1” is a statistics package of a version this copy of Aiguillage does not know "
                "(%2): update Aiguillage here, or ask the site for a package of version %3."
            )
            .replace("%1", name)
            .replace("%2", str(version))
            .replace("%3", str(VERSION))
        )
    site = package.get("site")
    site_label = str(site.get("name", "")) if isinstance(site, dict) else ""
    public = decode_key(package.get("public_key"))
    signature = document.get("signature")
    tampered = UserError(
        _tr(
            "The package “%1” (%2) was changed after the site signed it: it is refused. Ask the "
            "site to export it again."
        )
        .replace("%1", name)
        .replace("%2", site_label or "?")
    )
    if public is None or not isinstance(signature, str):
        raise tampered
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(
            base64.b64decode(signature.encode("ascii"), validate=True), canonical(package)
        )
    except (InvalidSignature, ValueError, UnicodeEncodeError) as error:
        raise tampered from error
    try:
        period = parse_month(str(package.get("month", "")))
        site_id = uuid.UUID(str(site.get("id")))  # type: ignore[union-attr]
        made_on = date.fromisoformat(str(package.get("made_on")))
    except (UserError, ValueError, AttributeError) as error:
        raise _not_a_package(name) from error
    if not site_label.strip() or not _figures_ok(package.get("figures"), period):
        raise _not_a_package(name)
    return SitePackage(
        site_id=site_id,
        site_name=site_label.strip(),
        period=period,
        made_on=made_on,
        public_key=str(package["public_key"]),
        figures=package["figures"],
        file_name=name,
    )


def read_package_file(path: Path) -> SitePackage:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_PACKAGE_BYTES:
            raise _not_a_package(path.name)
        data = path.read_bytes()
    except OSError as error:
        raise UserError(
            _tr("The file “%1” cannot be read (%2).")
            .replace("%1", path.name)
            .replace("%2", error.strerror or str(error))
        ) from error
    return read_package(data, path.name)
