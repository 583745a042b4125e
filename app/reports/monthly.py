"""The referral summary of a period (a month by default): key figures compared with the
previous period and the same period a year before, charts and tables. No personal data."""

import uuid
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from app.clock import local_today
from app.i18n import translate
from app.permissions import Actor, Permission, require
from app.reports import figures as fig
from app.reports.appointment_figures import appointment_methods, appointment_tables
from app.reports.common import key_figures_table, methods_lines, site_name
from app.reports.labels import (
    STATUS_ORDER,
    channel_label,
    kind_label,
    outcome_label,
    theme_label,
    weekday_short,
)
from app.reports.model import Chart, Report, Table
from app.reports.periods import Period, month_abbreviation
from app.services.referral_labels import status_label

TOP = 10
PDF_ROWS = 20


def _sorted_counts(counts: dict[str, int]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def build_monthly_report(
    session: Session, actor: Actor, period: Period, *, now: datetime | None = None
) -> Report:
    """The summary of `period` for the actor's site."""
    require(actor, Permission.VIEW_REPORTS)
    site_id = actor.site_id
    compared = [period, period.previous()]
    if period.year_before() != compared[1]:
        compared.append(period.year_before())
    key_table, key_figs = key_figures_table(session, site_id, compared, now)
    tables: list[Table] = []
    charts: list[Chart] = []

    per_day = fig.visits_per_day(session, site_id, period)
    tables.append(
        Table(
            key="visites-par-jour",
            title=translate("Reports", "Visits per day"),
            columns=[translate("Reports", "Day"), translate("Reports", "Visits")],
            rows=[
                [f"{weekday_short(day.weekday())} {day.strftime('%d/%m/%Y')}", count]
                for day, count in per_day.items()
            ],
            in_pdf=False,
        )
    )
    charts.append(visits_chart(per_day))

    visit_themes = fig.visit_themes(session, site_id, period)
    referral_themes = fig.referral_themes(session, site_id, period)
    theme_rows = sorted(
        set(visit_themes) | set(referral_themes),
        key=lambda code: (-visit_themes.get(code, 0), -referral_themes.get(code, 0), code),
    )
    tables.append(
        Table(
            key="themes",
            pdf_limit=PDF_ROWS,
            title=translate("Reports", "Themes"),
            columns=[
                translate("Reports", "Theme"),
                translate("Reports", "Visits"),
                translate("Reports", "Referrals"),
            ],
            rows=[
                [theme_label(code), visit_themes.get(code, 0), referral_themes.get(code, 0)]
                for code in theme_rows
            ],
        )
    )
    top_themes = _sorted_counts(visit_themes)[:TOP]
    charts.append(
        Chart(
            "hbars",
            translate("Reports", "Themes of the visits (top 10)"),
            [theme_label(code) for code, _ in top_themes],
            [[float(count) for _, count in top_themes]],
        )
    )

    partner_rows = _partner_status_table(session, site_id, period)
    tables.append(partner_rows)
    top_partners = sorted(partner_rows.rows, key=lambda row: (-int(row[-1] or 0), str(row[0])))
    top_partners = top_partners[:TOP]
    charts.append(
        Chart(
            "hbars",
            translate("Reports", "Referrals per partner (top 10)"),
            [str(row[0]) for row in top_partners],
            [[float(row[-1] or 0) for row in top_partners]],
        )
    )
    statuses = key_figs[0].referrals_by_status
    charts.append(
        Chart(
            "hbars",
            translate("Reports", "Referral outcomes (status today)"),
            [status_label(status) for status in STATUS_ORDER],
            [[float(statuses.get(status, 0)) for status in STATUS_ORDER]],
        )
    )

    channels = fig.visit_channels(session, site_id, period)
    tables.append(
        Table(
            key="canaux",
            title=translate("Reports", "Visits per channel"),
            columns=[translate("Reports", "Channel"), translate("Reports", "Visits")],
            rows=[[channel_label(code), count] for code, count in _sorted_counts(channels)],
        )
    )
    outcomes = fig.visit_outcomes(session, site_id, period)
    tables.append(
        Table(
            key="suites-des-visites",
            title=translate("Reports", "What came of desk visits"),
            columns=[translate("Reports", "Outcome"), translate("Reports", "Visits")],
            rows=[[outcome_label(code), count] for code, count in _sorted_counts(outcomes)],
        )
    )
    tables += till_tables(session, site_id, [period])
    agenda_tables = appointment_tables(session, site_id, period)
    tables += agenda_tables
    return Report(
        kind="monthly",
        title=translate("Reports", "Referral summary"),
        site_name=site_name(session, site_id),
        period=period,
        generated_on=local_today(now),
        key_table=key_table,
        tables=tables,
        charts=charts,
        methods=methods_lines(period) + (appointment_methods() if agenda_tables else []),
    )


def visits_chart(per_day: dict[date, int]) -> Chart:
    """Bars per day for a month or so, per week (from Monday) up to six months, else per
    month, so that the bars and their labels stay readable on paper."""
    days = list(per_day)
    if len(days) <= 45:
        groups = {day: per_day[day] for day in days}
        labels = [str(day.day) if len(days) <= 31 else day.strftime("%d/%m") for day in groups]
        title = translate("Reports", "Visits per day")
    elif len(days) <= 190:
        groups = {}
        for day in days:
            monday = day - timedelta(days=day.weekday())
            groups[monday] = groups.get(monday, 0) + per_day[day]
        labels = [day.strftime("%d/%m") for day in groups]
        title = translate("Reports", "Visits per week (weeks from Monday)")
    else:
        groups = {}
        for day in days:
            groups[day.replace(day=1)] = groups.get(day.replace(day=1), 0) + per_day[day]
        labels = [f"{month_abbreviation(day.month)} {day.strftime('%y')}" for day in groups]
        title = translate("Reports", "Visits per month")
    return Chart("bars", title, labels, [[float(count) for count in groups.values()]])


def _partner_status_table(session: Session, site_id: uuid.UUID, period: Period) -> Table:
    counts: dict[tuple[uuid.UUID, str], dict[str, int]] = {}
    for row in fig.referrals_per_partner_status(session, site_id, period):
        counts.setdefault((row.organization_id, row.name), {})[row.status] = row.count
    rows = []
    for (_, name), by_status in counts.items():
        rows.append(
            [name, *(by_status.get(status, 0) for status in STATUS_ORDER), sum(by_status.values())]
        )
    rows.sort(key=lambda row: (-int(row[-1]), str(row[0]).casefold()))
    return Table(
        key="partenaires-statuts",
        pdf_limit=PDF_ROWS,
        title=translate("Reports", "Referrals per partner and status"),
        columns=[
            translate("Reports", "Partner"),
            *(status_label(status) for status in STATUS_ORDER),
            translate("Reports", "Total"),
        ],
        rows=rows,
    )


def till_tables(
    session: Session,
    site_id: uuid.UUID,
    periods: list[Period],
    kinds: list[dict[str, int]] | None = None,
) -> list[Table]:
    """Till clicks per button and kg per category, one column per period; none without a till.
    `kinds`: the clicks per kind of each period when already counted."""
    if kinds is None:
        kinds = [fig.till_kinds(session, site_id, period) for period in periods]
    donations = [fig.donations_per_category(session, site_id, period) for period in periods]
    if not fig.site_has_till(session, site_id) and not any(kinds) and not any(donations):
        return []
    labels = fig.till_button_labels(session, site_id)
    headers = [period.short_label() for period in periods]
    kind_codes = sorted(set().union(*kinds), key=lambda code: (-kinds[0].get(code, 0), code))
    categories = sorted(
        set().union(*donations), key=lambda name: (-donations[0].get(name, (0, 0.0))[1], name)
    )
    return [
        Table(
            key="caisse-passages",
            title=translate("Reports", "Till: visitors per button"),
            columns=[translate("Reports", "Button"), *headers],
            rows=[
                [labels.get(code) or kind_label(code), *(k.get(code, 0) for k in kinds)]
                for code in kind_codes
            ],
        ),
        Table(
            key="caisse-dons",
            title=translate("Reports", "Till: donations weighed per category (kg)"),
            columns=[translate("Reports", "Category"), *headers],
            rows=[
                [name, *(round(d.get(name, (0, 0.0))[1], 1) for d in donations)]
                for name in categories
            ],
        ),
    ]
