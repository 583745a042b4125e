"""What the monthly and annual reports share: the key figures table and the methods footer."""

import uuid
from datetime import datetime

from sqlalchemy.orm import Session

from app.clock import local_today
from app.i18n import translate
from app.reports.figures import KeyFigures, key_figures
from app.reports.labels import STATUS_ORDER, status_part_label
from app.reports.model import Cell, Table, one_decimal
from app.reports.periods import Period
from models import Site


def site_name(session: Session, site_id: uuid.UUID) -> str:
    site = session.get(Site, site_id)
    return site.name if site else ""


def key_figure_rows(figures: list[KeyFigures]) -> list[list[Cell]]:
    """One row per figure, one column per period compared."""

    def row(label: str, values: list[Cell]) -> list[Cell]:
        return [label, *values]

    rows = [
        row(translate("Reports", "Visits"), [f.visits for f in figures]),
        row(translate("Reports", "Unique people"), [f.unique_people for f in figures]),
        row(translate("Reports", "Anonymous visits"), [f.anonymous_visits for f in figures]),
        row(translate("Reports", "New people"), [f.new_people for f in figures]),
        row(translate("Reports", "Referrals"), [f.referrals for f in figures]),
    ]
    for status in STATUS_ORDER:
        rows.append(
            row(
                "  " + status_part_label(status),
                [f.referrals_by_status.get(status, 0) for f in figures],
            )
        )
    rows += [
        row(
            translate("Reports", "Completion rate (%)"),
            [
                None if f.completion_rate is None else round(100 * f.completion_rate, 1)
                for f in figures
            ],
        ),
        row(
            translate("Reports", "Median days to an outcome"),
            [one_decimal(f.median_days_to_outcome) for f in figures],
        ),
        row(translate("Reports", "Follow-ups overdue"), [f.follow_ups_overdue for f in figures]),
    ]
    return rows


def key_figures_table(
    session: Session, site_id: uuid.UUID, periods: list[Period], now: datetime | None
) -> tuple[Table, list[KeyFigures]]:
    today = local_today(now)
    figures = [key_figures(session, site_id, period, today) for period in periods]
    return key_table_from(figures, periods), figures


def key_table_from(figures: list[KeyFigures], periods: list[Period]) -> Table:
    return Table(
        key="chiffres-cles",
        title=translate("Reports", "Key figures"),
        columns=[translate("Reports", "Figure")] + [p.short_label() for p in periods],
        rows=key_figure_rows(figures),
    )


def methods_lines(period: Period) -> list[str]:
    """The definitions of every figure, printed at the end of each report."""
    return [
        translate(
            "Reports",
            "Period: %1, Paris time (a visit at 23:30 on the last evening counts in the period; "
            "days of clock change are counted in full).",
        ).replace("%1", period.label()),
        translate(
            "Reports",
            "Visits: every visit recorded, at the desk or at the till. Unique people: different "
            "people with a file among these visits, each counted once however often they came; "
            "anonymous visits are not people.",
        ),
        translate(
            "Reports",
            "New people: files created during the period (files merged into another are not "
            "counted).",
        ),
        translate(
            "Reports",
            "Referrals: made during the period, shown with their status on the day of the report.",
        ),
        translate(
            "Reports",
            "Completion rate: referrals done divided by referrals with an outcome (done, refused, "
            "unsuccessful, expired). Median days to an outcome: the middle value of the days "
            "between the referral and its outcome.",
        ),
        translate(
            "Reports",
            "Follow-ups overdue: referrals of the period still open whose follow-up date is "
            "before the day of the report.",
        ),
        translate(
            "Reports",
            "Themes: a visit or referral with several themes counts once for each. No personal "
            "data appears in this report.",
        ),
    ]
