"""The annual activity report: the year month by month, per theme, per partner and per channel,
each compared with the year before. Same engine and definitions as the monthly summary."""

from collections import Counter
from datetime import datetime

from sqlalchemy.orm import Session

from app.clock import local_today
from app.i18n import translate
from app.permissions import Actor, Permission, require
from app.reports.common import key_table_from, methods_lines, site_name
from app.reports.labels import channel_label, theme_label
from app.reports.model import Cell, Chart, Report, Table
from app.reports.monthly import PDF_ROWS, TOP, till_tables
from app.reports.periods import Period, month_abbreviation, month_name
from app.reports.yearly import years_side_by_side
from models.enums import ReferralStatus


def build_annual_report(
    session: Session, actor: Actor, year: int, *, now: datetime | None = None
) -> Report:
    require(actor, Permission.VIEW_REPORTS)
    site_id = actor.site_id
    period, before = Period.year(year), Period.year(year - 1)
    current, previous = years_side_by_side(session, site_id, year, local_today(now))
    figures_now = current.key
    key_table = key_table_from([current.key, previous.key], [period, before])
    this_year, last_year = str(year), str(year - 1)
    tables: list[Table] = []
    charts: list[Chart] = []

    months = period.months()
    digests, digests_before = current.digests, previous.digests
    unique = current.unique_per_month
    statuses = current.statuses_per_month
    new_people = current.new_people_per_month
    done = ReferralStatus.DONE.value
    month_rows: list[list[Cell]] = [
        [
            month_name(month.first.month),
            digests[n].visits,
            unique[n],
            digests[n].anonymous,
            new_people[n],
            sum(statuses[n].values()),
            statuses[n].get(done, 0),
            digests_before[n].visits,
        ]
        for n, month in enumerate(months)
    ]
    month_rows.append(
        [
            translate("Reports", "Whole year"),
            figures_now.visits,
            figures_now.unique_people,
            figures_now.anonymous_visits,
            figures_now.new_people,
            figures_now.referrals,
            figures_now.referrals_by_status.get(done, 0),
            sum(digest.visits for digest in digests_before),
        ]
    )
    tables.append(
        Table(
            key="par-mois",
            title=translate("Reports", "Month by month"),
            columns=[
                translate("Reports", "Month"),
                translate("Reports", "Visits"),
                translate("Reports", "Unique people"),
                translate("Reports", "Anonymous visits"),
                translate("Reports", "New people"),
                translate("Reports", "Referrals"),
                translate("Reports", "Referrals done"),
                translate("Reports", "Visits %1").replace("%1", last_year),
            ],
            rows=month_rows,
            note=translate(
                "Reports",
                "Unique people of the whole year: each person counted once, so not the sum of "
                "the months.",
            ),
        )
    )
    charts.append(
        Chart(
            "bars",
            translate("Reports", "Visits per month, %1 and %2")
            .replace("%1", this_year)
            .replace("%2", last_year),
            [month_abbreviation(m) for m in range(1, 13)],
            [
                [float(digest.visits) for digest in digests],
                [float(digest.visits) for digest in digests_before],
            ],
            [this_year, last_year],
        )
    )

    themes_now, themes_before = current.visit_themes, previous.visit_themes
    ref_themes_now, ref_themes_before = current.referral_themes, previous.referral_themes
    codes = sorted(
        set(themes_now) | set(themes_before) | set(ref_themes_now) | set(ref_themes_before),
        key=lambda code: (-themes_now.get(code, 0), -ref_themes_now.get(code, 0), code),
    )
    tables.append(
        Table(
            key="themes",
            pdf_limit=PDF_ROWS,
            title=translate("Reports", "Themes, year over year"),
            columns=[
                translate("Reports", "Theme"),
                translate("Reports", "Visits %1").replace("%1", this_year),
                translate("Reports", "Visits %1").replace("%1", last_year),
                translate("Reports", "Referrals %1").replace("%1", this_year),
                translate("Reports", "Referrals %1").replace("%1", last_year),
            ],
            rows=[
                [
                    theme_label(code),
                    themes_now.get(code, 0),
                    themes_before.get(code, 0),
                    ref_themes_now.get(code, 0),
                    ref_themes_before.get(code, 0),
                ]
                for code in codes
            ],
        )
    )
    top = [code for code in codes if themes_now.get(code, 0)][:TOP]
    charts.append(
        Chart(
            "hbars",
            translate("Reports", "Themes of the visits in %1 (top 10)").replace("%1", this_year),
            [theme_label(code) for code in top],
            [[float(themes_now.get(code, 0)) for code in top]],
        )
    )

    partners_now = current.partners
    partners_before: Counter = Counter()
    for row in previous.partners:
        partners_before[row.name] += row.count
    by_name: dict[str, list[int]] = {}
    for row in partners_now:
        entry = by_name.setdefault(row.name, [0, 0])
        entry[0] += row.count
        if row.status == ReferralStatus.DONE.value:
            entry[1] += row.count
    names = sorted(
        set(by_name) | set(partners_before),
        key=lambda name: (-by_name.get(name, [0, 0])[0], name.casefold()),
    )
    tables.append(
        Table(
            key="partenaires",
            pdf_limit=PDF_ROWS,
            title=translate("Reports", "Referrals per partner, year over year"),
            columns=[
                translate("Reports", "Partner"),
                translate("Reports", "Referrals %1").replace("%1", this_year),
                translate("Reports", "Done %1").replace("%1", this_year),
                translate("Reports", "Referrals %1").replace("%1", last_year),
            ],
            rows=[
                [
                    name,
                    by_name.get(name, [0, 0])[0],
                    by_name.get(name, [0, 0])[1],
                    partners_before.get(name, 0),
                ]
                for name in names
            ],
        )
    )
    top_names = [name for name in names if by_name.get(name, [0, 0])[0]][:TOP]
    charts.append(
        Chart(
            "hbars",
            translate("Reports", "Referrals per partner in %1 (top 10)").replace("%1", this_year),
            top_names,
            [[float(by_name[name][0]) for name in top_names]],
        )
    )

    channels_now, channels_before = current.channels, previous.channels
    channel_codes = sorted(
        set(channels_now) | set(channels_before),
        key=lambda code: (-channels_now.get(code, 0), code),
    )
    tables.append(
        Table(
            key="canaux",
            title=translate("Reports", "Visits per channel, year over year"),
            columns=[
                translate("Reports", "Channel"),
                this_year,
                last_year,
            ],
            rows=[
                [channel_label(code), channels_now.get(code, 0), channels_before.get(code, 0)]
                for code in channel_codes
            ],
        )
    )
    charts.append(
        Chart(
            "hbars",
            translate("Reports", "Visits per channel in %1").replace("%1", this_year),
            [channel_label(code) for code in channel_codes if channels_now.get(code, 0)],
            [[float(channels_now[code]) for code in channel_codes if channels_now.get(code, 0)]],
        )
    )
    tables += till_tables(session, site_id, [period, before], [current.kinds, previous.kinds])
    return Report(
        kind="annual",
        title=translate("Reports", "Annual activity report"),
        site_name=site_name(session, site_id),
        period=period,
        generated_on=local_today(now),
        key_table=key_table,
        tables=tables,
        charts=charts,
        methods=methods_lines(period),
    )
