"""The consolidated summary of several sites for one month: each site side by side with the
total, from the statistics packages the sites sent (app.reports.site_package).

Same definitions and charts as the monthly summary. Small numbers are protected: at one site, a
count of 1 or 2 for a theme, a partner, a referral status, a channel or an outcome is hidden
(« s »), so that nobody is recognised in a small town, and so is whatever would give it back by
subtraction from the totals shown or printed elsewhere in the report (app.reports.disclosure).
"""

import uuid
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.clock import local_today
from app.errors import UserError
from app.i18n import translate
from app.permissions import Actor, Permission, require
from app.reports.common import key_figure_rows, methods_lines
from app.reports.disclosure import HIDDEN, protect
from app.reports.figures import OUTCOME_STATUSES, KeyFigures
from app.reports.labels import (
    STATUS_ORDER,
    channel_label,
    kind_label,
    outcome_label,
    status_part_label,
    theme_label,
)
from app.reports.model import Cell, Chart, Report, Table
from app.reports.monthly import PDF_ROWS, TOP, visits_chart
from app.reports.periods import Period
from app.reports.site_package import SitePackage, read_package_file
from app.services.referral_labels import status_label
from app.services.site_keys import (
    KeyCheck,
    accept_key,
    changed_key_refusal,
    check_key,
    key_fingerprint,
    plain_fingerprint,
)
from models.enums import ReferralStatus


def _tr(text: str) -> str:
    return translate("Sites", text)


def figures_of(package: SitePackage) -> KeyFigures:
    """The key figures of the monthly summary, as the site computed them."""
    data = package.figures
    by_status = dict(data["referrals_by_status"])
    outcomes = sum(by_status.get(status, 0) for status in OUTCOME_STATUSES)
    done = by_status.get(ReferralStatus.DONE.value, 0)
    return KeyFigures(
        visits=data["visits"],
        unique_people=data["unique_people"],
        anonymous_visits=data["anonymous_visits"],
        new_people=data["new_people"],
        referrals=sum(by_status.values()),
        referrals_by_status=by_status,
        completion_rate=done / outcomes if outcomes else None,
        median_days_to_outcome=data["median_days_to_outcome"],
        follow_ups_overdue=data["follow_ups_overdue"],
    )


def total_figures(figures: list[KeyFigures]) -> KeyFigures:
    """The sum of the sites; the completion rate is recomputed from the summed statuses; a
    median cannot be added up, so the total has none."""
    by_status: dict[str, int] = {}
    for f in figures:
        for status, count in f.referrals_by_status.items():
            by_status[status] = by_status.get(status, 0) + count
    outcomes = sum(by_status.get(status, 0) for status in OUTCOME_STATUSES)
    done = by_status.get(ReferralStatus.DONE.value, 0)
    return KeyFigures(
        visits=sum(f.visits for f in figures),
        unique_people=sum(f.unique_people for f in figures),
        anonymous_visits=sum(f.anonymous_visits for f in figures),
        new_people=sum(f.new_people for f in figures),
        referrals=sum(f.referrals for f in figures),
        referrals_by_status=by_status,
        completion_rate=done / outcomes if outcomes else None,
        median_days_to_outcome=None,
        follow_ups_overdue=sum(f.follow_ups_overdue for f in figures),
    )


def _side_by_side(
    key: str,
    title: str,
    first_column: str,
    per_site: list[dict[str, int]],
    label: Any,
    site_columns: list[str],
    *,
    protect_with: tuple[list[int], int] | None = None,
    pdf_limit: int | None = PDF_ROWS,
    in_pdf: bool = True,
    order: Iterable[str] | None = None,
    earlier: "_MonthsShown | None" = None,
) -> Table:
    """One row per code, one column per site, then the total. `protect_with`: the table's small
    counts are hidden, given the sites' totals and the grand total printed elsewhere (a site's
    referrals for its partners: those sums are equations a reader can use). `earlier`: the
    months' reports of a year's report, whose hidden counts keep the year's hidden too."""
    codes = set().union(*per_site) if per_site else set()
    totals = {code: sum(counts.get(code, 0) for counts in per_site) for code in codes}
    ordered = (
        list(order)
        if order is not None
        else sorted(codes, key=lambda code: (-totals[code], str(label(code)).casefold()))
    )
    counts = [[site.get(code, 0) for site in per_site] for code in ordered]
    if protect_with is not None:
        labels = [str(label(code)) for code in ordered]
        shown = protect(
            counts, *protect_with, **_sensitive(earlier, key, labels, len(site_columns))
        )
        cells, row_totals = shown.cells, shown.totals
    else:
        cells, row_totals = counts, [sum(row) for row in counts]  # type: ignore[assignment]
    rows: list[list[Cell]] = [
        [label(code), *row, total]
        for code, row, total in zip(ordered, cells, row_totals, strict=True)
    ]
    return Table(
        key=key,
        title=title,
        columns=[first_column, *site_columns, translate("Reports", "Total")],
        rows=rows,
        pdf_limit=pdf_limit,
        in_pdf=in_pdf,
        note=_hidden_note() if protect_with is not None else "",
    )


def _hidden_note() -> str:
    return _tr(
        "« s »: not shown so that nobody can be recognised: 1 or 2 at that site, or another "
        "count hidden with it so that it cannot be found back by subtraction."
    )


def _key_table(
    packages: list[SitePackage], site_columns: list[str], earlier: "_MonthsShown | None" = None
) -> Table:
    figures = [figures_of(package) for package in packages]
    rows = key_figure_rows([*figures, total_figures(figures)])
    statuses = [[f.referrals_by_status.get(status, 0) for f in figures] for status in STATUS_ORDER]
    labels = ["  " + label for label in _status_part_labels()]
    shown = protect(
        statuses,
        [f.referrals for f in figures],
        sum(f.referrals for f in figures),
        **_sensitive(earlier, "chiffres-cles", labels, len(figures)),
    )
    by_label = {"  " + label: index for index, label in enumerate(_status_part_labels())}
    outcome_rows = {by_label["  " + status_part_label(s)] for s in OUTCOME_STATUSES}
    rate_hidden = [
        any((row, site) in shown.hidden_cells for row in outcome_rows)
        for site in range(len(figures))
    ]
    rate_hidden.append(any(row in shown.hidden_totals for row in outcome_rows))
    rate_label = translate("Reports", "Completion rate (%)")
    for row in rows:
        index = by_label.get(str(row[0]))
        if index is not None:
            row[1:] = [*shown.cells[index], shown.totals[index]]
        elif str(row[0]) == rate_label:
            # done ÷ outcomes: with one outcome status hidden, the rate would give it back
            row[1:] = [HIDDEN if hidden else value for hidden, value in zip(rate_hidden, row[1:],
                       strict=True)]  # fmt: skip
    return Table(
        key="chiffres-cles",
        title=translate("Reports", "Key figures"),
        columns=[translate("Reports", "Figure"), *site_columns, translate("Reports", "Total")],
        rows=rows,
        note=_hidden_note()
        + " "
        + _tr(
            "Unique people are added up site by site (someone met at two sites counts twice). "
            "A median cannot be added up: the total has none."
        ),
    )


def _status_part_labels() -> list[str]:
    return [status_part_label(status) for status in STATUS_ORDER]


def build_consolidated_report(
    packages: list[SitePackage],
    period: Period,
    generated_on: date,
    *,
    set_aside: Iterable[SitePackage] = (),
    earlier: "_MonthsShown | None" = None,
) -> Report:
    """The report of checked packages of `period` (one per site), sites in the given order.
    `earlier`: for a year, the reports of its months (see `build_yearly_report`)."""
    site_columns = [package.site_name for package in packages]
    if earlier is not None:
        earlier.site_ids = [package.site_id for package in packages]
    data = [package.figures for package in packages]
    key_table = _key_table(packages, site_columns, earlier)
    visits = [int(d["visits"]) for d in data]
    referrals = [figures_of(package).referrals for package in packages]
    tables: list[Table] = []
    charts: list[Chart] = []

    per_day = {
        day: sum(d["visits_per_day"].get(day.isoformat(), 0) for d in data)
        for day in period.day_list()
    }
    charts.append(visits_chart(per_day))
    charts.append(
        Chart(
            "hbars",
            _tr("Visits per site"),
            site_columns,
            [[float(d["visits"]) for d in data]],
        )
    )
    tables.append(
        _side_by_side(
            "visites-par-jour",
            translate("Reports", "Visits per day"),
            translate("Reports", "Day"),
            [dict(d["visits_per_day"]) for d in data],
            lambda code: date.fromisoformat(code).strftime("%d/%m/%Y"),
            site_columns,
            pdf_limit=None,
            in_pdf=False,
            order=[day.isoformat() for day in period.day_list()],
        )
    )
    visit_themes = _side_by_side(
        "themes-visites",
        _tr("Themes of the visits"),
        translate("Reports", "Theme"),
        [d["visit_themes"] for d in data],
        theme_label,
        site_columns,
        protect_with=(None, None),  # a visit has several themes: no sum is printed elsewhere
        earlier=earlier,
    )
    tables.append(visit_themes)
    tables.append(
        _side_by_side(
            "themes-orientations",
            _tr("Themes of the referrals"),
            translate("Reports", "Theme"),
            [d["referral_themes"] for d in data],
            theme_label,
            site_columns,
            protect_with=(None, None),
            earlier=earlier,
        )
    )
    charts.append(_top_chart(translate("Reports", "Themes of the visits (top 10)"), visit_themes))
    partner_counts = [
        {name: sum(by_status.values()) for name, by_status in d["partners"].items()} for d in data
    ]
    partners = _side_by_side(
        "partenaires",
        _tr("Referrals per partner"),
        translate("Reports", "Partner"),
        partner_counts,
        str,
        site_columns,
        protect_with=(referrals, sum(referrals)),
        earlier=earlier,
    )
    tables.append(partners)
    charts.append(_top_chart(translate("Reports", "Referrals per partner (top 10)"), partners))
    status_totals = [row[-1] for row in key_table.rows if str(row[0]) in _status_rows()]
    shown_statuses = [
        (status_label(status), total)
        for status, total in zip(STATUS_ORDER, status_totals, strict=True)
        if total != HIDDEN
    ]  # a hidden total stays out of the chart too
    charts.append(
        Chart(
            "hbars",
            translate("Reports", "Referral outcomes (status today)"),
            [name for name, _total in shown_statuses],
            [[float(total) for _name, total in shown_statuses]],  # type: ignore[arg-type]
        )
    )
    tables.append(
        _side_by_side(
            "canaux",
            translate("Reports", "Visits per channel"),
            translate("Reports", "Channel"),
            [d["channels"] for d in data],
            channel_label,
            site_columns,
            protect_with=(visits, sum(visits)),
            earlier=earlier,
        )
    )
    tables.append(
        _side_by_side(
            "suites-des-visites",
            translate("Reports", "What came of desk visits"),
            translate("Reports", "Outcome"),
            [d["outcomes"] for d in data],
            outcome_label,
            site_columns,
            protect_with=(visits, sum(visits)),
            earlier=earlier,
        )
    )
    if any(d["till_kinds"] or d["donations"] for d in data):
        tables.append(
            _side_by_side(
                "caisse-passages",
                translate("Reports", "Till: visitors per button"),
                translate("Reports", "Button"),
                [d["till_kinds"] for d in data],
                kind_label,
                site_columns,
            )
        )
        tables.append(_donations_table(data, site_columns))
    set_aside = list(set_aside)
    tables.append(_packages_table(packages, set_aside))
    return Report(
        kind="consolidated",
        title=_tr("Consolidated referral summary"),
        site_name=_tr("%1 sites").replace("%1", str(len(packages))),
        period=period,
        generated_on=generated_on,
        key_table=key_table,
        tables=tables,
        charts=charts,
        methods=[
            *methods_lines(period),
            _tr(
                "Consolidation: each site computed its own figures with the same definitions and "
                "sent them in a signed package (counts only, no personal data). At one site, 1 "
                "or 2 for a theme, partner, status, channel or outcome is not shown (« s »), nor "
                "any count or total that would give it back by subtraction. Statuses are those of "
                "the day each site made its package."
            ),
        ],
        waiting_keys=[(p.site_name, key_fingerprint(p.public_key)) for p in set_aside],
        site_columns=site_columns,
    )


def set_aside_lines(report: Report) -> list[str]:
    """What to tell the coordinator about the packages set aside."""
    return [
        _tr(
            "The package of “%1” is set aside: its key %2 is not accepted yet. Call the site, "
            "compare the fingerprint, then accept it (--accepter-cle \"%2\")."
        )
        .replace("%1", site)
        .replace("%2", fingerprint)
        for site, fingerprint in report.waiting_keys
    ]


class _MonthsShown:
    """The consolidated reports of a year's months, as a reader has them: which count of which
    site each one hides."""

    def __init__(self, months: list[tuple[Report, list[uuid.UUID]]]) -> None:
        self.site_ids: list[uuid.UUID] = []  # the year's columns
        self.hidden: set[tuple[str, str, uuid.UUID | None]] = set()
        for report, site_ids in months:
            for table in report.all_tables():
                for row in table.rows:
                    for site_id, value in zip(site_ids, row[1:], strict=False):
                        if value == HIDDEN:
                            self.hidden.add((table.key, str(row[0]), site_id))
                    if row[-1] == HIDDEN:
                        self.hidden.add((table.key, str(row[0]), None))


def _sensitive(
    earlier: _MonthsShown | None, key: str, labels: list[str], sites: int
) -> dict[str, Any]:
    """For a year's table: the counts hidden in one of its months are hidden in the year too,
    and kept uncertain there (else the year less the months shown gives that month back)."""
    if earlier is None:
        return {}
    ids = earlier.site_ids
    return {
        "sensitive_cells": [
            (i, j)
            for i, label in enumerate(labels)
            for j in range(sites)
            if (key, label, ids[j]) in earlier.hidden
        ],
        "sensitive_totals": [
            i for i, label in enumerate(labels) if (key, label, None) in earlier.hidden
        ],
    }


def _added(values: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts of several months added up, code by code (pairs and nested counts too)."""
    total: dict[str, Any] = {}
    for counts in values:
        for code, value in counts.items():
            if isinstance(value, dict):
                total[code] = _added([total.get(code, {}), value])
            elif isinstance(value, list):
                before = total.get(code, [0] * len(value))
                total[code] = [a + b for a, b in zip(before, value, strict=True)]
            else:
                total[code] = total.get(code, 0) + value
    return total


def _year_of_site(months: list[SitePackage], period: Period) -> SitePackage:
    """One site's months as one package of the year (the latest month's name and key)."""
    latest = max(months, key=lambda p: p.period.first)
    data = [p.figures for p in months]
    figures = {
        "visits": sum(d["visits"] for d in data),
        "unique_people": sum(d["unique_people"] for d in data),
        "anonymous_visits": sum(d["anonymous_visits"] for d in data),
        "new_people": sum(d["new_people"] for d in data),
        "median_days_to_outcome": None,
        "follow_ups_overdue": latest.figures["follow_ups_overdue"],
    }
    for name in ("referrals_by_status", "visits_per_day", "visit_themes", "referral_themes",
                 "channels", "outcomes", "till_kinds", "donations", "partners"):  # fmt: skip
        figures[name] = _added([d.get(name, {}) for d in data])
    return SitePackage(
        site_id=latest.site_id,
        site_name=latest.site_name,
        period=period,
        made_on=latest.made_on,
        public_key=latest.public_key,
        figures=figures,
        file_name=latest.file_name,
    )


def build_yearly_report(
    packages: list[SitePackage],
    period: Period,
    generated_on: date,
    *,
    set_aside: Iterable[SitePackage] = (),
) -> Report:
    """The consolidated report of a year from the sites' monthly packages: each site's months
    added up. A reader also has each month's consolidated report: a count hidden in a month is
    hidden in the year too, with company, so that the year less the months shown does not give
    it back."""
    by_month: dict[date, list[SitePackage]] = {}
    for package in packages:
        by_month.setdefault(package.period.first, []).append(package)
    shown = _MonthsShown(
        [
            (
                build_consolidated_report(month, month[0].period, generated_on),
                [p.site_id for p in month],
            )
            for _first, month in sorted(by_month.items())
        ]
    )
    by_site: dict[uuid.UUID, list[SitePackage]] = {}
    for package in sorted(packages, key=lambda p: p.period.first):
        by_site.setdefault(package.site_id, []).append(package)
    report = build_consolidated_report(
        [_year_of_site(months, period) for months in by_site.values()],
        period,
        generated_on,
        set_aside=set_aside,
        earlier=shown,
    )
    report.methods.append(
        _tr(
            "A year: each site's monthly packages added up (%1 packages). Different people are "
            "added up month by month (someone met in two months counts twice). A count hidden "
            "in a month's summary is hidden in the year too."
        ).replace("%1", str(len(packages)))
    )
    return report


def _top_chart(title: str, table: Table) -> Chart:
    """The first rows of the table whose total is shown (a hidden total stays hidden)."""
    top = [row for row in table.rows if row[-1] != HIDDEN][:TOP]
    return Chart("hbars", title, [str(row[0]) for row in top], [[float(row[-1]) for row in top]])  # type: ignore[arg-type]


def _status_rows() -> set[str]:
    return {"  " + label for label in _status_part_labels()}


def _donations_table(data: list[dict[str, Any]], site_columns: list[str]) -> Table:
    kgs = [{name: float(pair[1]) for name, pair in d["donations"].items()} for d in data]
    names = set().union(*kgs)
    totals = {name: sum(k.get(name, 0.0) for k in kgs) for name in names}
    rows: list[list[Cell]] = [
        [name, *(round(k.get(name, 0.0), 1) for k in kgs), round(totals[name], 1)]
        for name in sorted(names, key=lambda n: (-totals[n], n))
    ]
    return Table(
        key="caisse-dons",
        title=translate("Reports", "Till: donations weighed per category (kg)"),
        columns=[translate("Reports", "Category"), *site_columns, translate("Reports", "Total")],
        rows=rows,
    )


def _packages_table(packages: list[SitePackage], set_aside: list[SitePackage]) -> Table:
    counted, waiting = _tr("Counted"), _tr("Set aside: key not accepted yet")
    return Table(
        key="paquets",
        title=_tr("Packages consolidated"),
        columns=[_tr("Site — key fingerprint"), _tr("Made on"), _tr("State")],
        rows=[
            [
                f"{p.site_name} — {key_fingerprint(p.public_key)}",
                p.made_on.strftime("%d/%m/%Y"),
                state,
            ]
            for group, state in ((packages, counted), (set_aside, waiting))
            for p in group
        ],
        note=_tr(
            "The fingerprint identifies the key that signed each package: read it to the site "
            "on the phone to be sure of it. A package whose key is not accepted yet is not "
            "counted."
        ),
    )


def check_packages(
    session: Session, actor: Actor, period: Period, packages: list[SitePackage]
) -> list[KeyCheck]:
    """Check that the packages belong together (the month asked for, one per site) and say, for
    each, whether its key is known here, new, or another than the one accepted (reads only)."""
    require(actor, Permission.MANAGE_SETTINGS)
    if not packages:
        raise UserError(_tr("Choose at least one statistics package."))
    seen: dict[tuple[uuid.UUID, date], SitePackage] = {}
    for package in packages:
        in_year = (
            period.kind == "year"
            and package.period.kind == "month"
            and period.first <= package.period.first <= period.last
        )
        if package.period != period and not in_year:
            raise UserError(
                (
                    _tr("The package “%1” of “%2” covers %3, outside the year %4: it is refused.")
                    if period.kind == "year"
                    else _tr("The package “%1” of “%2” covers %3, not %4: it is refused.")
                )
                .replace("%1", package.file_name)
                .replace("%2", package.site_name)
                .replace("%3", package.period.label())
                .replace("%4", period.short_label() if period.kind == "year" else period.label())
            )
        twin = seen.get((package.site_id, package.period.first))
        if twin is not None:
            raise UserError(
                _tr("“%1” and “%2” both come from “%3”: keep only one package per site.")
                .replace("%1", twin.file_name)
                .replace("%2", package.file_name)
                .replace("%3", package.site_name)
            )
        seen[(package.site_id, package.period.first)] = package
    return [
        check_key(session, package.site_id, package.site_name, package.public_key)
        for package in packages
    ]


def consolidate(
    session: Session,
    actor: Actor,
    period: Period,
    packages: list[SitePackage],
    *,
    accept: Iterable[str] = (),
    replace: Iterable[str] = (),
    now: datetime | None = None,
) -> Report:
    """Check the packages (`check_packages`) and build the report of those whose key is trusted.

    A new site's key is accepted only when its fingerprint is in `accept` (the coordinator
    compared it with the site); until then its package is set aside, listed but not counted. A
    package signed with another key than the one accepted for its site (or a site of the same
    name) is refused, unless its fingerprint is in `replace`. Keys are recorded in the caller's
    write transaction: if one package is refused, nothing is recorded."""
    checks = check_packages(session, actor, period, packages)
    accepted = {plain_fingerprint(text) for text in accept}
    replaced = {plain_fingerprint(text) for text in replace}
    offered = {plain_fingerprint(check.fingerprint) for check in checks}
    unknown = sorted((accepted | replaced) - offered)
    if unknown:
        raise UserError(
            _tr("No package given is signed with the key %1.").replace("%1", unknown[0])
        )
    counted: list[SitePackage] = []
    set_aside: list[SitePackage] = []
    for package, check in zip(packages, checks, strict=True):
        plain = plain_fingerprint(check.fingerprint)
        if check.status == "changed":
            if plain not in replaced:
                raise changed_key_refusal(check)
            accept_key(
                session, actor, package.site_id, package.site_name, package.public_key,
                replace=True,
            )  # fmt: skip
        elif check.status == "new":
            if plain not in accepted | replaced:
                set_aside.append(package)
                continue
            accept_key(session, actor, package.site_id, package.site_name, package.public_key)
        counted.append(package)
    if not counted:
        raise UserError(
            _tr(
                "No package can be counted yet: the key of each of these sites is still to be "
                "accepted. Compare its fingerprint with the site, then accept it."
            )
        )
    if period.kind == "year":
        return build_yearly_report(counted, period, local_today(now), set_aside=set_aside)
    return build_consolidated_report(counted, period, local_today(now), set_aside=set_aside)


def consolidate_files(
    session: Session,
    actor: Actor,
    period: Period,
    paths: list[Path],
    *,
    accept: Iterable[str] = (),
    replace: Iterable[str] = (),
    now: datetime | None = None,
) -> Report:
    """Read and check package files, then consolidate them (see `consolidate`)."""
    packages = [read_package_file(Path(p)) for p in paths]
    return consolidate(
        session, actor, period, packages, accept=accept, replace=replace, now=now
    )
