"""Setting up the till (the coordinator's side): its big buttons (label, kind of visit, colour,
icon, order) and the categories of donations that are weighed. Using the till is
app.services.till.

Every function takes the session of the caller and the actor; volunteers may read the buttons,
only coordinators change them.
"""

import re
import uuid

from sqlalchemy import func
from sqlmodel import Session, col, select

from app.db.queries import notify
from app.errors import UserError
from app.i18n import translate
from app.permissions import Actor, Permission, require
from app.services import audit
from app.services.settings import get_setting, put_setting
from models import TillButton
from models.enums import (
    DEFAULT_DONATION_CATEGORIES,
    RENAMED_DONATION_CATEGORIES,
    AuditAction,
    VisitKind,
)

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


def text_colour_for(background: str) -> str:
    """Black or white, whichever reads better on `background` (#rrggbb)."""
    if not _COLOUR.match(background or ""):
        return "#ffffff"
    channels = [int(background[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    # contrast with white: 1.05 / (L + 0.05); with black: (L + 0.05) / 0.05
    return "#ffffff" if 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 else "#000000"


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


def button_of_site(session: Session, actor: Actor, button_id: uuid.UUID) -> TillButton:
    """A button of the actor's site; UserError if it is gone or belongs to another site."""
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
    notify(session, "till-setup")  # the tills show their buttons again
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
    button = button_of_site(session, actor, button_id)
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
    notify(session, "till-setup")  # the tills show their buttons again
    return button


def move_till_button(session: Session, actor: Actor, button_id: uuid.UUID, step: int) -> None:
    """Move a button up (step -1) or down (step +1) in the order of the till."""
    require(actor, Permission.MANAGE_SETTINGS)
    button = button_of_site(session, actor, button_id)
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
    notify(session, "till-setup")  # the tills show their buttons again


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
    notify(session, "till-setup")  # the tills' scales show the new list
    audit.record(session, actor, AuditAction.SETTINGS_CHANGED, "setting", DONATION_CATEGORIES_KEY)
    return cleaned
