"""Report figures, aggregated in SQL (GROUP BY over indexed time ranges), never by looping over
rows in Python. Every function takes the site and a Period of Paris days.

Definitions (repeated in the methods footer of every report):
- visits: every visit recorded in the period, at the desk or at the till;
- unique people: distinct people with a file among those visits (anonymous visits not included);
- anonymous visits: visits without a person's file;
- new people: files created in the period (files merged into another one not counted);
- referrals: referrals made in the period, with their status today;
- completion rate: referrals done / referrals with an outcome (done, refused, unsuccessful,
  expired); cancelled ones and those still open are left out;
- median days to an outcome: median of the days between a referral and its outcome;
- follow-ups overdue: referrals of the period still open whose follow-up date is before today.
"""

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import case, distinct, func, or_, select
from sqlalchemy.orm import Session

from app.db.queries import (
    count_json_codes,
    count_per_local_day,
    median_days_between,
    unindexed,
)
from app.reports.periods import Period
from app.services.till_setup import merge_renamed
from models import Donation, Organization, Person, Referral, Service, TillButton, Visit
from models.enums import OPEN_REFERRAL_STATUSES, ReferralStatus, VisitKind

OUTCOME_STATUSES = (
    ReferralStatus.DONE.value,
    ReferralStatus.REFUSED.value,
    ReferralStatus.UNSUCCESSFUL.value,
    ReferralStatus.EXPIRED.value,
)
OPEN_STATUSES = tuple(status.value for status in OPEN_REFERRAL_STATUSES)


@dataclass
class KeyFigures:
    visits: int = 0
    unique_people: int = 0
    anonymous_visits: int = 0
    new_people: int = 0
    referrals: int = 0
    referrals_by_status: dict[str, int] = field(default_factory=dict)
    completion_rate: float | None = None  # 0..1, None when no referral has an outcome
    median_days_to_outcome: float | None = None
    follow_ups_overdue: int = 0


def _in(column, period: Period):  # type: ignore[no-untyped-def]
    start, end = period.bounds()
    return (column >= start) & (column < end)


def visit_counts(session: Session, site_id: uuid.UUID, period: Period) -> tuple[int, int, int]:
    """(visits, unique people, anonymous visits)."""
    row = session.execute(
        select(
            func.count(),
            func.count(distinct(Visit.person_id)),
            func.coalesce(func.sum(case((Visit.person_id.is_(None), 1), else_=0)), 0),
        ).where(unindexed(Visit.site_id) == site_id, _in(Visit.occurred_at, period))
    ).one()
    return int(row[0]), int(row[1]), int(row[2])


def new_people(session: Session, site_id: uuid.UUID, period: Period) -> int:
    return int(
        session.execute(
            select(func.count()).where(
                or_(Person.site_id == site_id, Person.site_id.is_(None)),
                Person.merged_into_id.is_(None),
                _in(Person.created_at, period),
            )
        ).scalar_one()
    )


def referrals_by_status(session: Session, site_id: uuid.UUID, period: Period) -> dict[str, int]:
    rows = session.execute(
        select(Referral.status, func.count())
        .where(unindexed(Referral.site_id) == site_id, _in(Referral.created_at, period))
        .group_by(Referral.status)
    )
    return {status: int(count) for status, count in rows}


def median_days_to_outcome(session: Session, site_id: uuid.UUID, period: Period) -> float | None:
    """Median of (status change − creation) in days, over the referrals of the period with an
    outcome."""
    where = (
        unindexed(Referral.site_id) == site_id,
        _in(Referral.created_at, period),
        unindexed(Referral.status).in_(OUTCOME_STATUSES),
    )
    return median_days_between(
        session, Referral.created_at, Referral.status_changed_at, where
    )


def follow_ups_overdue(session: Session, site_id: uuid.UUID, period: Period, today: date) -> int:
    return int(
        session.execute(
            select(func.count()).where(
                unindexed(Referral.site_id) == site_id,
                _in(Referral.created_at, period),
                unindexed(Referral.status).in_(OPEN_STATUSES),
                Referral.follow_up_on.is_not(None),
                Referral.follow_up_on < today,
            )
        ).scalar_one()
    )


def key_figures(session: Session, site_id: uuid.UUID, period: Period, today: date) -> KeyFigures:
    visits, unique, anonymous = visit_counts(session, site_id, period)
    by_status = referrals_by_status(session, site_id, period)
    outcomes = sum(by_status.get(status, 0) for status in OUTCOME_STATUSES)
    done = by_status.get(ReferralStatus.DONE.value, 0)
    return KeyFigures(
        visits=visits,
        unique_people=unique,
        anonymous_visits=anonymous,
        new_people=new_people(session, site_id, period),
        referrals=sum(by_status.values()),
        referrals_by_status=by_status,
        completion_rate=done / outcomes if outcomes else None,
        median_days_to_outcome=median_days_to_outcome(session, site_id, period),
        follow_ups_overdue=follow_ups_overdue(session, site_id, period, today),
    )


def visits_per_day(session: Session, site_id: uuid.UUID, period: Period) -> dict[date, int]:
    """Visits per Paris day, every day of the period present (0 when none)."""
    return count_per_local_day(session, "visit", "occurred_at", site_id, period.first, period.last)


def visits_per_month(session: Session, site_id: uuid.UUID, period: Period) -> dict[date, int]:
    """Visits per calendar month (keyed by the month's first day of the period)."""
    result: dict[date, int] = {}
    for day, count in visits_per_day(session, site_id, period).items():
        key = day.replace(day=1)
        result[key] = result.get(key, 0) + count
    return result


def visit_themes(session: Session, site_id: uuid.UUID, period: Period) -> dict[str, int]:
    start, end = period.bounds()
    return count_json_codes(session, "visit", "themes", "occurred_at", site_id, start, end)


def referral_themes(session: Session, site_id: uuid.UUID, period: Period) -> dict[str, int]:
    start, end = period.bounds()
    return count_json_codes(session, "referral", "themes", "created_at", site_id, start, end)


def visit_channels(session: Session, site_id: uuid.UUID, period: Period) -> dict[str, int]:
    rows = session.execute(
        select(Visit.channel, func.count())
        .where(unindexed(Visit.site_id) == site_id, _in(Visit.occurred_at, period))
        .group_by(Visit.channel)
    )
    return {channel: int(count) for channel, count in rows}


def visit_outcomes(session: Session, site_id: uuid.UUID, period: Period) -> dict[str, int]:
    """Desk visits per outcome ('' when none was noted)."""
    rows = session.execute(
        select(Visit.outcome, func.count())
        .where(
            unindexed(Visit.site_id) == site_id,
            Visit.kind == VisitKind.RECEPTION.value,
            _in(Visit.occurred_at, period),
        )
        .group_by(Visit.outcome)
    )
    return {outcome or "": int(count) for outcome, count in rows}


@dataclass(frozen=True)
class PartnerCount:
    organization_id: uuid.UUID
    name: str
    status: str
    count: int


def referrals_per_partner_status(
    session: Session, site_id: uuid.UUID, period: Period
) -> list[PartnerCount]:
    """Referrals of the period per partner organisation and current status (counted per
    service first, then joined to the few services and organisations)."""
    per_service = (
        select(Referral.service_id, Referral.status, func.count().label("n"))
        .where(unindexed(Referral.site_id) == site_id, _in(Referral.created_at, period))
        .group_by(Referral.service_id, Referral.status)
        .subquery()
    )
    rows = session.execute(
        select(Organization.id, Organization.name, per_service.c.status, func.sum(per_service.c.n))
        .select_from(per_service)
        .join(Service, Service.id == per_service.c.service_id)
        .join(Organization, Organization.id == Service.organization_id)
        .group_by(Organization.id, Organization.name, per_service.c.status)
    )
    return [PartnerCount(org_id, name, status, int(count)) for org_id, name, status, count in rows]


def referrals_per_partner(session: Session, site_id: uuid.UUID, period: Period) -> dict[str, int]:
    """Referrals per partner name (organisations with the same name are added up)."""
    result: dict[str, int] = {}
    for row in referrals_per_partner_status(session, site_id, period):
        result[row.name] = result.get(row.name, 0) + row.count
    return result


def till_kinds(session: Session, site_id: uuid.UUID, period: Period) -> dict[str, int]:
    """Till clicks per visit kind (every kind but the desk's own « accueil »)."""
    rows = session.execute(
        select(Visit.kind, func.count())
        .where(
            unindexed(Visit.site_id) == site_id,
            Visit.kind != VisitKind.RECEPTION.value,
            _in(Visit.occurred_at, period),
        )
        .group_by(Visit.kind)
    )
    return {kind: int(count) for kind, count in rows}


def donations_per_category(
    session: Session, site_id: uuid.UUID, period: Period
) -> dict[str, tuple[int, float]]:
    """Donations per category: (number of weighings, kg)."""
    rows = session.execute(
        select(Donation.category, func.count(), func.coalesce(func.sum(Donation.kg), 0.0))
        .where(unindexed(Donation.site_id) == site_id, _in(Donation.occurred_at, period))
        .group_by(Donation.category)
    )
    return merge_renamed({category: (int(count), float(kg)) for category, count, kg in rows})


def till_button_labels(session: Session, site_id: uuid.UUID) -> dict[str, str]:
    """The label the site gives each till kind code (first button by position)."""
    rows = session.execute(
        select(TillButton.kind_code, TillButton.label)
        .where(TillButton.site_id == site_id)
        .order_by(TillButton.position.desc())
    )
    return {kind: label for kind, label in rows}


def site_has_till(session: Session, site_id: uuid.UUID) -> bool:
    return (
        session.execute(select(TillButton.id).where(TillButton.site_id == site_id).limit(1)).first()
        is not None
    )
