"""Everything the annual report needs about one year, with as few passes over the visits as
possible: one pass for the months (visits, channels, kinds), one for the different people
(per month and for the year), one for the themes."""

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from app.reports import buckets
from app.reports import figures as fig
from app.reports.periods import Period
from models.enums import ReferralStatus


@dataclass
class YearFigures:
    period: Period
    key: fig.KeyFigures
    digests: list[buckets.VisitDigest]
    unique_per_month: list[int]
    statuses_per_month: list[dict[str, int]]
    new_people_per_month: list[int]
    visit_themes: dict[str, int]
    referral_themes: dict[str, int]
    partners: list[fig.PartnerCount]

    @property
    def channels(self) -> Counter:
        return sum((digest.channels for digest in self.digests), Counter())

    @property
    def kinds(self) -> dict[str, int]:
        return dict(sum((digest.kinds for digest in self.digests), Counter()))


def year_figures(session: Session, site_id: uuid.UUID, year: int, today: date) -> YearFigures:
    period = Period.year(year)
    months = period.months()
    digests = buckets.visit_digests(session, site_id, months)
    unique_per_month, unique_year = buckets.unique_people(session, site_id, months)
    statuses = buckets.referral_statuses(session, site_id, months)
    new_people = buckets.new_people(session, site_id, months)
    by_status: Counter = sum((Counter(month) for month in statuses), Counter())
    outcomes = sum(by_status.get(status, 0) for status in fig.OUTCOME_STATUSES)
    done = by_status.get(ReferralStatus.DONE.value, 0)
    key = fig.KeyFigures(
        visits=sum(digest.visits for digest in digests),
        unique_people=unique_year,
        anonymous_visits=sum(digest.anonymous for digest in digests),
        new_people=sum(new_people),
        referrals=sum(by_status.values()),
        referrals_by_status=dict(by_status),
        completion_rate=done / outcomes if outcomes else None,
        median_days_to_outcome=fig.median_days_to_outcome(session, site_id, period),
        follow_ups_overdue=fig.follow_ups_overdue(session, site_id, period, today),
    )
    return YearFigures(
        period=period,
        key=key,
        digests=digests,
        unique_per_month=unique_per_month,
        statuses_per_month=statuses,
        new_people_per_month=new_people,
        visit_themes=fig.visit_themes(session, site_id, period),
        referral_themes=fig.referral_themes(session, site_id, period),
        partners=fig.referrals_per_partner_status(session, site_id, period),
    )


def years_side_by_side(
    session: Session, site_id: uuid.UUID, year: int, today: date
) -> tuple[YearFigures, YearFigures]:
    """This year and the year before. The year before is read at the same time on a second
    connection of the same database (SQLite lets readers run side by side)."""
    from concurrent.futures import ThreadPoolExecutor

    from app.db import read_session

    # a read transaction, even when the caller's session writes
    engine = session.get_bind().execution_options(sqlite_begin="DEFERRED")

    def year_before() -> YearFigures:
        with read_session(engine) as other:
            return year_figures(other, site_id, year - 1, today)

    with ThreadPoolExecutor(max_workers=1) as pool:
        before = pool.submit(year_before)
        current = year_figures(session, site_id, year, today)
        return current, before.result()
