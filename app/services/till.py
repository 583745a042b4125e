"""Till mode for recycleries, at the till: one anonymous visit per click, undo, donation weights,
today's counters and the day summary. The buttons and the donation categories are set up in
app.services.till_setup (the coordinator's side).

Every function takes the session of the caller (one transaction per user action) and the actor;
permissions are checked here: volunteers may use the till.
"""

import math
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import NoReturn

from sqlalchemy import bindparam, func, update
from sqlalchemy.orm import load_only, make_transient_to_detached
from sqlmodel import Session, col, select

from app.clock import day_bounds, local_today, to_utc, utcnow
from app.db import insert_if_new
from app.db.queries import notify
from app.errors import UserError
from app.i18n import translate
from app.permissions import Actor, Permission, require
from app.services import audit
from app.services.till_setup import (
    button_of_site,
    current_category,
    donation_categories,
    merge_renamed,
    till_buttons,
)
from models import Donation, Referral, Site, TillButton, Visit
from models.enums import AuditAction, VisitKind

# What the till reads of a visit: never its person, note or reasons (app.db.role_table).
_TILL_VISIT_COLUMNS = (
    Visit.id, Visit.site_id, Visit.agent_id, Visit.occurred_at, Visit.kind,
)
UNDO_WINDOW = timedelta(minutes=2)
# how far back the last click is looked for (older ones are simply not undoable)
UNDO_SEARCH = timedelta(hours=12)
MAX_DONATION_KG = 1000.0


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


# --- clicks -------------------------------------------------------------------------------------
def record_click(
    session: Session,
    actor: Actor,
    button_id: uuid.UUID,
    now: datetime | None = None,
    visit_id: uuid.UUID | None = None,
) -> Visit:
    """One click on a till button: one anonymous visit of the button's kind.

    One statement makes the visit from the button's row, if the button is this site's and
    switched on (on a server: BEGIN, that statement, then COMMIT with the notification: three
    round trips).
    `visit_id` is made by the desk before sending: a click whose answer was lost with the
    connection is sent again (or kept in the outbox) under the same id, and never lands twice.
    """
    require(actor, Permission.USE_TILL)
    moment = _utc(now)
    visit = Visit(
        id=visit_id or uuid.uuid4(),
        site_id=actor.site_id,
        agent_id=actor.agent_id,
        occurred_at=moment,
        created_at=moment,
        updated_at=moment,
    )
    statement, values = _visit_from_button(session, visit, button_id)
    made = session.execute(statement, values).all()
    if made:
        visit.kind = made[0].kind
        make_transient_to_detached(visit)
        session.add(visit)  # stored as it is: the session knows it without reading it back
    else:
        visit = _landed_before(session, actor, visit.id) or _refuse_click(session, actor, button_id)
    notify(session, "till")
    return visit


_BUTTON_ID, _BUTTON_SITE = "click_button_id", "click_button_site"


def _visit_from_button(session: Session, visit: Visit, button_id: uuid.UUID):  # type: ignore[no-untyped-def]
    """INSERT INTO visit … SELECT …, the button's kind FROM till_button WHERE it is the site's
    and switched on; nothing if the visit's id is already there (RETURNING the kind): the
    statement and its values."""
    values = {name: getattr(visit, name) for name in _CLICK_COLUMNS}
    values.update({_BUTTON_ID: button_id, _BUTTON_SITE: visit.site_id})
    return _click_statement(session), values


_CLICK_COLUMNS = [column.name for column in Visit.__table__.columns if column.name != "kind"]
_CLICK_STATEMENTS: dict[str, object] = {}  # per engine kind


def _click_statement(session: Session):  # type: ignore[no-untyped-def]
    """The click's statement, built once per engine kind (its values are parameters)."""
    dialect = session.get_bind().dialect.name
    if dialect not in _CLICK_STATEMENTS:
        _CLICK_STATEMENTS[dialect] = _build_click_statement(session)
    return _CLICK_STATEMENTS[dialect]


def _build_click_statement(session: Session):  # type: ignore[no-untyped-def]
    table = Visit.__table__
    source = select(  # type: ignore[call-overload]
        *(bindparam(name, type_=table.c[name].type) for name in _CLICK_COLUMNS),
        TillButton.kind_code,
    ).where(
        TillButton.id == bindparam(_BUTTON_ID),
        TillButton.site_id == bindparam(_BUTTON_SITE),
        col(TillButton.active).is_(True),
    )
    insert = insert_if_new(session, table).from_select([*_CLICK_COLUMNS, "kind"], source)
    return insert.returning(table.c.kind)


def _landed_before(session: Session, actor: Actor, visit_id: uuid.UUID) -> Visit | None:
    """The click already stored under this id (sent again after its answer was lost)."""
    return session.exec(
        select(Visit)
        .options(load_only(*_TILL_VISIT_COLUMNS))
        .where(Visit.id == visit_id, Visit.site_id == actor.site_id)
    ).first()


def button_of_kind(session: Session, actor: Actor, kind: str) -> uuid.UUID:
    """The site's switched-on button that makes visits of `kind` (a click kept by a desk
    that stored only the kind); UserError when there is none any more."""
    require(actor, Permission.USE_TILL)
    found = session.exec(
        select(TillButton.id)
        .where(
            TillButton.site_id == actor.site_id,
            TillButton.kind_code == kind,
            col(TillButton.active).is_(True),
        )
        .order_by(TillButton.position)
    ).first()
    if found is None:
        raise UserError(translate("Till", "This button is switched off. Ask a coordinator."))
    return found


def _refuse_click(session: Session, actor: Actor, button_id: uuid.UUID) -> NoReturn:
    """Why the button made no visit, in French: gone, another site's, or switched off."""
    button_of_site(session, actor, button_id)
    raise UserError(translate("Till", "This button is switched off. Ask a coordinator."))


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
        # a till desk's database login may not read what a person confided (note, reasons)
        .options(load_only(*_TILL_VISIT_COLUMNS))
        .where(
            _same_site(Visit.site_id, actor.site_id),
            func.coalesce(Visit.agent_id, Visit.agent_id) == actor.agent_id
            if actor.agent_id is not None
            else col(Visit.agent_id).is_(None),
            # a person's visit is a reception one; the till never reads whose it is
            Visit.kind != VisitKind.RECEPTION.value,
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
    session.exec(  # type: ignore[call-overload]
        update(Referral).where(col(Referral.visit_id) == last.id).values(visit_id=None)
    )
    session.flush()
    session.delete(last)
    session.flush()
    audit.record(session, actor, AuditAction.VISIT_DELETED, "visit", last.id)
    notify(session, "till")
    return last


# --- donations ----------------------------------------------------------------------------------


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
    donation_id: uuid.UUID | None = None,
) -> Donation:
    """Weigh a donation: a category of the list and a weight in kg (decimal comma accepted).

    `donation_id` is made by a desk that kept the weighing (app.outbox): sent again, it finds
    the weighing already stored and adds nothing."""
    require(actor, Permission.USE_TILL)
    if donation_id is not None:
        stored = session.exec(
            select(Donation).where(Donation.id == donation_id, Donation.site_id == actor.site_id)
        ).first()
        if stored is not None:
            return stored
    category = current_category(category)
    if category not in donation_categories(session):
        raise UserError(translate("Till", "Please choose a category."))
    weight = parse_kg(kg)
    if visit_id is not None:
        visit_site = session.exec(select(Visit.site_id).where(Visit.id == visit_id)).first()
        if visit_site is None or visit_site != actor.site_id:
            raise UserError(translate("Till", "This visit no longer exists."))
    donation = Donation(
        id=donation_id or uuid.uuid4(),
        site_id=actor.site_id,
        agent_id=actor.agent_id,
        visit_id=visit_id,
        occurred_at=_utc(now),
        category=category,
        kg=weight,
    )
    session.add(donation)
    session.flush()
    notify(session, "till")  # the other tills' weighed totals
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
