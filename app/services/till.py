"""Till mode for recycleries: big buttons, one anonymous visit per click, undo, donation weights,
today's counters and the day summary.

Every function takes the session of the caller (one transaction per user action) and the actor;
permissions are checked here: volunteers may use the till, only coordinators configure it.
"""

import math
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func
from sqlmodel import Session, col, select

from app.clock import day_bounds, local_today, to_utc, utcnow
from app.errors import UserError
from app.i18n import translate
from app.permissions import Actor, Permission, require
from app.services import audit
from app.services.settings import get_setting, put_setting
from models import Donation, Referral, Site, TillButton, Visit
from models.enums import (
    DEFAULT_DONATION_CATEGORIES,
    RENAMED_DONATION_CATEGORIES,
    AuditAction,
    VisitKind,
)

UNDO_WINDOW = timedelta(minutes=2)
# how far back the last click is looked for (older ones are simply not undoable)
UNDO_SEARCH = timedelta(hours=12)
MAX_DONATION_KG = 1000.0
DONATION_CATEGORIES_KEY = "donation_categories"
MAX_LABEL_LENGTH = 40
MAX_CATEGORY_LENGTH = 60
MAX_ICON_LENGTH = 4

_KIND_CODE = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def _default_buttons() -> list[tuple[str, str, str]]:
    """(label, kind code, colour) of the buttons a site gets when it has none.

    The colours are dark enough for white text (contrast above 4.5:1).
    """
    return [
        (translate("Till", "Purchase"), VisitKind.PURCHASE.value, "#2e7d32"),
        (translate("Till", "Drop-off of items"), VisitKind.DROP_OFF.value, "#1565c0"),
        (translate("Till", "Information"), VisitKind.INFORMATION.value, "#6a1b9a"),
        (translate("Till", "Workshop"), VisitKind.WORKSHOP.value, "#bf360c"),
        (translate("Till", "Volunteering"), VisitKind.VOLUNTEERING.value, "#ad1457"),
    ]


def _utc(now: datetime | None) -> datetime:
    """`now` (or the clock) as an aware UTC time, the way every time is stored."""
    return to_utc(now) if now is not None else utcnow()


def to_utc_stored(moment: datetime) -> datetime:
    """A time read back from the database (naive UTC on SQLite) as an aware UTC time."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


# --- results ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ButtonCount:
    button_id: uuid.UUID | None
    label: str
    kind_code: str
    colour: str
    count: int


@dataclass(frozen=True)
class CategoryWeight:
    category: str
    kg: float
    count: int


@dataclass(frozen=True)
class DaySummary:
    day: date
    site_name: str
    buttons: list[ButtonCount]
    total_visits: int
    donations: list[CategoryWeight]
    total_kg: float
    referrals: int
    generated_at: datetime


# --- colours ------------------------------------------------------------------------------------
def text_colour_for(background: str) -> str:
    """Black or white, whichever reads better on `background` (#rrggbb)."""
    if not _COLOUR.match(background or ""):
        return "#ffffff"
    channels = [int(background[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    # contrast with white: 1.05 / (L + 0.05); with black: (L + 0.05) / 0.05
    return "#ffffff" if 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 else "#000000"


# --- buttons ------------------------------------------------------------------------------------
def till_buttons(
    session: Session, actor: Actor, include_inactive: bool = False
) -> list[TillButton]:
    """The till buttons of the actor's site, in their display order."""
    require(actor, Permission.USE_TILL)
    query = select(TillButton).where(TillButton.site_id == actor.site_id)
    if not include_inactive:
        query = query.where(col(TillButton.active).is_(True))
    return list(session.exec(query.order_by(TillButton.position, TillButton.label)))


def ensure_default_buttons(session: Session, actor: Actor) -> list[TillButton]:
    """Give the site the default buttons if it has none at all (active or not)."""
    require(actor, Permission.USE_TILL)
    existing = session.exec(
        select(TillButton.id).where(TillButton.site_id == actor.site_id).limit(1)
    ).first()
    if existing is None:
        for position, (label, kind_code, colour) in enumerate(_default_buttons()):
            session.add(
                TillButton(
                    site_id=actor.site_id,
                    label=label,
                    kind_code=kind_code,
                    colour=colour,
                    position=position,
                )
            )
        session.flush()
    return till_buttons(session, actor)


def _clean_label(label: str) -> str:
    label = " ".join((label or "").split())
    if not label:
        raise UserError(translate("Till", "Please type the text of the button."))
    if len(label) > MAX_LABEL_LENGTH:
        raise UserError(
            translate(
                "Till", "The text of the button is too long (%1 characters at most)."
            ).replace("%1", str(MAX_LABEL_LENGTH))
        )
    return label


def _clean_kind_code(kind_code: str) -> str:
    kind_code = (kind_code or "").strip().lower()
    if not _KIND_CODE.match(kind_code):
        raise UserError(
            translate(
                "Till",
                "The code of the button must be a short word in lower case, "
                "without accents or spaces (for example: achat).",
            )
        )
    if kind_code == VisitKind.RECEPTION.value:
        raise UserError(
            translate("Till", "The code “accueil” is kept for visits at the reception desk.")
        )
    return kind_code


def _clean_colour(colour: str) -> str:
    colour = (colour or "").strip()
    if not _COLOUR.match(colour):
        raise UserError(translate("Till", "The colour must look like #2e7d32."))
    return colour.lower()


def _clean_icon(icon: str) -> str:
    icon = (icon or "").strip()
    if len(icon) > MAX_ICON_LENGTH:
        raise UserError(
            translate("Till", "The symbol is too long (%1 characters at most).").replace(
                "%1", str(MAX_ICON_LENGTH)
            )
        )
    return icon


def _check_kind_free(session: Session, actor: Actor, kind_code: str, own_id: uuid.UUID | None):
    query = select(TillButton.id).where(
        TillButton.site_id == actor.site_id, TillButton.kind_code == kind_code
    )
    if own_id is not None:
        query = query.where(TillButton.id != own_id)
    if session.exec(query).first() is not None:
        raise UserError(
            translate("Till", "Another button already uses the code “%1”.").replace("%1", kind_code)
        )


def _button_of_site(session: Session, actor: Actor, button_id: uuid.UUID) -> TillButton:
    button = session.get(TillButton, button_id)
    if button is None or button.site_id != actor.site_id:
        raise UserError(translate("Till", "This button no longer exists."))
    return button


def create_till_button(
    session: Session,
    actor: Actor,
    label: str,
    kind_code: str,
    colour: str = "#2e7d32",
    icon: str = "",
) -> TillButton:
    """A coordinator adds a button at the end of the till."""
    require(actor, Permission.MANAGE_SETTINGS)
    label = _clean_label(label)
    kind_code = _clean_kind_code(kind_code)
    colour = _clean_colour(colour)
    icon = _clean_icon(icon)
    _check_kind_free(session, actor, kind_code, None)
    last = session.exec(
        select(func.max(TillButton.position)).where(TillButton.site_id == actor.site_id)
    ).one()
    button = TillButton(
        site_id=actor.site_id,
        label=label,
        kind_code=kind_code,
        colour=colour,
        icon=icon,
        position=(last if last is not None else -1) + 1,
    )
    session.add(button)
    session.flush()
    audit.record(session, actor, AuditAction.SETTINGS_CHANGED, "till_button", button.id)
    return button


def update_till_button(
    session: Session,
    actor: Actor,
    button_id: uuid.UUID,
    *,
    label: str | None = None,
    kind_code: str | None = None,
    colour: str | None = None,
    icon: str | None = None,
    active: bool | None = None,
) -> TillButton:
    """A coordinator changes a button; only the given values change."""
    require(actor, Permission.MANAGE_SETTINGS)
    button = _button_of_site(session, actor, button_id)
    if label is not None:
        button.label = _clean_label(label)
    if kind_code is not None:
        kind_code = _clean_kind_code(kind_code)
        _check_kind_free(session, actor, kind_code, button.id)
        button.kind_code = kind_code
    if colour is not None:
        button.colour = _clean_colour(colour)
    if icon is not None:
        button.icon = _clean_icon(icon)
    if active is not None:
        button.active = bool(active)
    session.add(button)
    session.flush()
    audit.record(session, actor, AuditAction.SETTINGS_CHANGED, "till_button", button.id)
    return button


def move_till_button(session: Session, actor: Actor, button_id: uuid.UUID, step: int) -> None:
    """Move a button up (step -1) or down (step +1) in the order of the till."""
    require(actor, Permission.MANAGE_SETTINGS)
    button = _button_of_site(session, actor, button_id)
    ordered = list(
        session.exec(
            select(TillButton)
            .where(TillButton.site_id == actor.site_id)
            .order_by(TillButton.position, TillButton.label)
        )
    )
    index = next(i for i, other in enumerate(ordered) if other.id == button.id)
    target = max(0, min(len(ordered) - 1, index + step))
    ordered.insert(target, ordered.pop(index))
    for position, other in enumerate(ordered):
        if other.position != position:
            other.position = position
            session.add(other)
    session.flush()
    audit.record(session, actor, AuditAction.SETTINGS_CHANGED, "till_button", button.id)


# --- clicks -------------------------------------------------------------------------------------
def record_click(
    session: Session, actor: Actor, button_id: uuid.UUID, now: datetime | None = None
) -> Visit:
    """One click on a till button: one anonymous visit of the button's kind."""
    require(actor, Permission.USE_TILL)
    button = _button_of_site(session, actor, button_id)
    if not button.active:
        raise UserError(translate("Till", "This button is switched off. Ask a coordinator."))
    moment = _utc(now)
    visit = Visit(
        site_id=actor.site_id,
        agent_id=actor.agent_id,
        kind=button.kind_code,
        occurred_at=moment,
        created_at=moment,
        updated_at=moment,
    )
    session.add(visit)
    session.flush()
    return visit


def _till_kinds(session: Session, actor: Actor) -> list[str]:
    return list(
        session.exec(select(TillButton.kind_code).where(TillButton.site_id == actor.site_id))
    )


def undo_last_click(session: Session, actor: Actor, now: datetime | None = None) -> Visit:
    """Delete the actor's own last till click if it is less than 2 minutes old.

    Returns the deleted visit (its values stay readable). A weighing attached to it goes too.
    """
    require(actor, Permission.USE_TILL)
    moment = _utc(now)
    last = session.exec(
        select(Visit)
        .where(
            _same_site(Visit.site_id, actor.site_id),
            func.coalesce(Visit.agent_id, Visit.agent_id) == actor.agent_id
            if actor.agent_id is not None
            else col(Visit.agent_id).is_(None),
            func.coalesce(Visit.person_id, Visit.person_id).is_(None),
            col(Visit.kind).in_(_till_kinds(session, actor)),
            Visit.occurred_at <= moment,
            Visit.occurred_at > moment - UNDO_SEARCH,
        )
        .order_by(col(Visit.occurred_at).desc())
        .limit(1)
    ).first()
    if last is None:
        raise UserError(translate("Till", "There is no click to undo."))
    if moment - to_utc_stored(last.occurred_at) > UNDO_WINDOW:
        raise UserError(
            translate(
                "Till", "The last click is more than 2 minutes old: it can no longer be undone."
            )
        )
    for donation in session.exec(select(Donation).where(Donation.visit_id == last.id)):
        session.delete(donation)
    for referral in session.exec(select(Referral).where(Referral.visit_id == last.id)):
        referral.visit_id = None
        session.add(referral)
    session.flush()
    session.delete(last)
    session.flush()
    audit.record(session, actor, AuditAction.VISIT_DELETED, "visit", last.id)
    return last


# --- donations ----------------------------------------------------------------------------------
def donation_categories(session: Session) -> list[str]:
    """The categories of donated items (setting, Oressource defaults)."""
    value = get_setting(session, DONATION_CATEGORIES_KEY)
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return [current_category(v) for v in value]
    return list(DEFAULT_DONATION_CATEGORIES)


def current_category(name: str) -> str:
    """A category under its name of today (« supports media » stored earlier → « médias »)."""
    return RENAMED_DONATION_CATEGORIES.get(name, name)


def merge_renamed(totals: dict[str, tuple]) -> dict[str, tuple]:
    """Totals per category with the old names counted under the new ones."""
    merged: dict[str, tuple] = {}
    for name, values in totals.items():
        key = current_category(name)
        if key in merged:
            merged[key] = tuple(a + b for a, b in zip(merged[key], values, strict=True))
        else:
            merged[key] = tuple(values)
    return merged


def set_donation_categories(session: Session, actor: Actor, categories: list[str]) -> list[str]:
    """A coordinator changes the list of donation categories (order kept, duplicates dropped)."""
    require(actor, Permission.MANAGE_SETTINGS)
    cleaned: list[str] = []
    for category in categories:
        category = " ".join((category or "").split())
        if not category:
            continue
        if len(category) > MAX_CATEGORY_LENGTH:
            raise UserError(
                translate("Till", "A category name is too long (%1 characters at most).").replace(
                    "%1", str(MAX_CATEGORY_LENGTH)
                )
            )
        if category.casefold() not in {c.casefold() for c in cleaned}:
            cleaned.append(category)
    if not cleaned:
        raise UserError(translate("Till", "Please keep at least one category."))
    put_setting(session, DONATION_CATEGORIES_KEY, cleaned)
    audit.record(session, actor, AuditAction.SETTINGS_CHANGED, "setting", DONATION_CATEGORIES_KEY)
    return cleaned


def parse_kg(value: str | float | int) -> float:
    """A weight in kg from what was typed: « 2,5 », « 2.5 », « 2,5 kg ». Raises UserError."""
    if isinstance(value, bool):
        raise UserError(translate("Till", "Please type the weight in kg, for example 2,5."))
    if isinstance(value, int | float):
        kg = float(value)
    else:
        text = (value or "").strip().lower().replace("\u00a0", " ").replace(" ", "")
        if text.endswith("kg"):
            text = text[:-2]
        if not text:
            raise UserError(translate("Till", "Please type the weight in kg, for example 2,5."))
        if not re.fullmatch(r"[-+]?(\d+([.,]\d*)?|[.,]\d+)", text):
            raise UserError(
                translate(
                    "Till", "“%1” is not a weight. Type a number of kg, for example 2,5."
                ).replace("%1", (value or "").strip()[:20])
            )
        kg = float(text.replace(",", "."))
    if math.isnan(kg) or math.isinf(kg):
        raise UserError(translate("Till", "Please type the weight in kg, for example 2,5."))
    if kg <= 0:
        raise UserError(translate("Till", "The weight must be more than 0 kg."))
    if kg > MAX_DONATION_KG:
        raise UserError(
            translate("Till", "%1 kg is too heavy for one drop-off: check the weight.").replace(
                "%1", format_kg(kg)
            )
        )
    return round(kg, 3)


def format_kg(kg: float) -> str:
    """A weight the French way: 2,5 · 12 · 0,35."""
    text = f"{kg:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def record_donation(
    session: Session,
    actor: Actor,
    category: str,
    kg: str | float | int,
    visit_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> Donation:
    """Weigh a donation: a category of the list and a weight in kg (decimal comma accepted)."""
    require(actor, Permission.USE_TILL)
    category = current_category(category)
    if category not in donation_categories(session):
        raise UserError(translate("Till", "Please choose a category."))
    weight = parse_kg(kg)
    if visit_id is not None:
        visit = session.get(Visit, visit_id)
        if visit is None or visit.site_id != actor.site_id:
            raise UserError(translate("Till", "This visit no longer exists."))
    donation = Donation(
        site_id=actor.site_id,
        agent_id=actor.agent_id,
        visit_id=visit_id,
        occurred_at=_utc(now),
        category=category,
        kg=weight,
    )
    session.add(donation)
    session.flush()
    return donation


# --- counters and summary -----------------------------------------------------------------------
def _same_site(column, site_id: uuid.UUID):  # type: ignore[no-untyped-def]
    """`column == site_id`, written so that no index on the site is used.

    A desk's database usually holds one site, so an index on site_id matches every row; SQLite
    has no statistics to know it and would scan the whole table instead of using the index on
    the time. coalesce(x, x) is x, but an index cannot serve it.
    """
    return func.coalesce(column, column) == site_id


def _counts_by_kind(session: Session, site_id: uuid.UUID, day: date) -> dict[str, int]:
    start, end = day_bounds(day)
    rows = session.exec(
        select(Visit.kind, func.count())
        .where(
            _same_site(Visit.site_id, site_id),
            Visit.occurred_at >= start,
            Visit.occurred_at < end,
        )
        .group_by(Visit.kind)
    )
    return {kind: count for kind, count in rows}


def _button_counts(
    session: Session, actor: Actor, day: date, include_unused_inactive: bool
) -> list[ButtonCount]:
    counts = _counts_by_kind(session, actor.site_id, day)
    result = []
    for button in till_buttons(session, actor, include_inactive=True):
        count = counts.get(button.kind_code, 0)
        if button.active or (include_unused_inactive and count):
            result.append(
                ButtonCount(button.id, button.label, button.kind_code, button.colour, count)
            )
    return result


def today_counts(session: Session, actor: Actor, now: datetime | None = None) -> list[ButtonCount]:
    """Today's clicks per active button, in the order of the till."""
    require(actor, Permission.USE_TILL)
    return _button_counts(session, actor, local_today(now), include_unused_inactive=False)


def _donations_of_day(session: Session, site_id: uuid.UUID, day: date) -> dict[str, tuple]:
    start, end = day_bounds(day)
    rows = session.exec(
        select(Donation.category, func.sum(Donation.kg), func.count())
        .where(
            _same_site(Donation.site_id, site_id),
            Donation.occurred_at >= start,
            Donation.occurred_at < end,
        )
        .group_by(Donation.category)
    )
    return merge_renamed({category: (float(kg or 0), count) for category, kg, count in rows})


def _ordered_weights(session: Session, totals: dict[str, tuple]) -> list[CategoryWeight]:
    order = donation_categories(session)
    names = [c for c in order if c in totals] + sorted(c for c in totals if c not in order)
    return [CategoryWeight(c, round(totals[c][0], 3), totals[c][1]) for c in names]


def today_donations(
    session: Session, actor: Actor, now: datetime | None = None
) -> list[CategoryWeight]:
    """Today's weighed donations per category (only the categories that have some)."""
    require(actor, Permission.USE_TILL)
    totals = _donations_of_day(session, actor.site_id, local_today(now))
    return _ordered_weights(session, totals)


def day_summary(
    session: Session, actor: Actor, day: date | None = None, now: datetime | None = None
) -> DaySummary:
    """The till's day: clicks per button, kg per category, referrals made by this site."""
    require(actor, Permission.USE_TILL)
    moment = _utc(now)
    day = day or local_today(moment)
    buttons = _button_counts(session, actor, day, include_unused_inactive=True)
    weights = _ordered_weights(session, _donations_of_day(session, actor.site_id, day))
    start, end = day_bounds(day)
    referrals = session.exec(
        select(func.count())
        .select_from(Referral)
        .where(
            _same_site(Referral.site_id, actor.site_id),
            Referral.created_at >= start,
            Referral.created_at < end,
        )
    ).one()
    site = session.get(Site, actor.site_id)
    return DaySummary(
        day=day,
        site_name=site.name if site else "",
        buttons=buttons,
        total_visits=sum(b.count for b in buttons),
        donations=weights,
        total_kg=round(sum(w.kg for w in weights), 3),
        referrals=int(referrals),
        generated_at=moment,
    )
