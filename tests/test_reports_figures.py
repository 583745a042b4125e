"""Every report figure computed again in plain Python over the rows, and the Paris boundaries."""

import statistics
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import Session, select

from app.clock import to_local
from app.db import read_session, write_session
from app.db.queries import offset_pieces
from app.errors import PermissionDenied
from app.reports import figures as fig
from app.reports.annual import build_annual_report
from app.reports.labels import theme_label
from app.reports.monthly import build_monthly_report
from app.reports.periods import Period
from models import Donation, Organization, Person, Referral, Service, Visit
from models.enums import ReferralStatus
from tests.reports_helpers import paris, populate

pytestmark = pytest.mark.pg_server  # run again on an older PostgreSQL in CI
NOW = datetime(2026, 11, 6, 10, tzinfo=UTC)
TODAY = date(2026, 11, 6)
OUTCOMES = {"realisee", "refusee", "non-aboutie", "expiree"}
OPEN = {"proposee", "envoyee", "acceptee"}


@pytest.fixture
def filled(engine):
    populate(engine, first=date(2025, 9, 1), last=date(2026, 11, 5), per_day=3)
    return engine


def _rows(engine):
    """Every row, read without any of the report code (plain objects kept after the session)."""
    with Session(engine, expire_on_commit=False) as session:
        return {
            "visits": session.exec(select(Visit)).all(),
            "people": session.exec(select(Person)).all(),
            "referrals": session.exec(select(Referral)).all(),
            "donations": session.exec(select(Donation)).all(),
            "services": {s.id: s for s in session.exec(select(Service)).all()},
            "orgs": {o.id: o for o in session.exec(select(Organization)).all()},
        }


def _inside(moment: datetime, period: Period) -> bool:
    return period.first <= to_local(moment).date() <= period.last


def _expected_key(rows, site_id, period: Period) -> dict:
    visits = [v for v in rows["visits"] if v.site_id == site_id and _inside(v.occurred_at, period)]
    referrals = [
        r for r in rows["referrals"] if r.site_id == site_id and _inside(r.created_at, period)
    ]
    statuses = Counter(r.status for r in referrals)
    outcome = [r for r in referrals if r.status in OUTCOMES]
    durations = [(r.status_changed_at - r.created_at).total_seconds() / 86400 for r in outcome]
    return {
        "visits": len(visits),
        "unique_people": len({v.person_id for v in visits if v.person_id}),
        "anonymous_visits": sum(1 for v in visits if v.person_id is None),
        "new_people": sum(
            1
            for p in rows["people"]
            if p.site_id in (site_id, None)
            and p.merged_into_id is None
            and _inside(p.created_at, period)
        ),
        "referrals": len(referrals),
        "referrals_by_status": dict(statuses),
        "completion_rate": statuses["realisee"] / len(outcome) if outcome else None,
        "median_days_to_outcome": statistics.median(durations) if durations else None,
        "follow_ups_overdue": sum(
            1
            for r in referrals
            if r.status in OPEN and r.follow_up_on is not None and r.follow_up_on < TODAY
        ),
    }


PERIODS = [
    Period.month(2026, 10),  # clocks go back on the 25th
    Period.month(2026, 3),  # clocks go forward on the 29th
    Period.month(2025, 12),
    Period.quarter(2026, 1),
    Period.year(2026),
    Period.custom(date(2026, 3, 29), date(2026, 3, 29)),
    Period.month(2024, 2),  # nothing recorded yet
]


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: p.slug())
def test_key_figures_match_a_plain_count_of_the_rows(filled, coordinator, period):
    rows = _rows(filled)
    with read_session(filled) as session:
        figures = fig.key_figures(session, coordinator.site_id, period, TODAY)
    expected = _expected_key(rows, coordinator.site_id, period)
    median = expected.pop("median_days_to_outcome")
    got = vars(figures).copy()
    got_median = got.pop("median_days_to_outcome")
    assert got == expected
    assert (got_median is None) == (median is None)
    if median is not None:
        assert got_median == pytest.approx(median, abs=1e-6)


@pytest.mark.parametrize("period", PERIODS[:3], ids=lambda p: p.slug())
def test_breakdowns_match_a_plain_count_of_the_rows(filled, coordinator, period):
    rows = _rows(filled)
    site = coordinator.site_id
    visits = [v for v in rows["visits"] if _inside(v.occurred_at, period)]
    referrals = [r for r in rows["referrals"] if _inside(r.created_at, period)]
    per_day = Counter(to_local(v.occurred_at).date() for v in visits)
    themes = Counter(code for v in visits for code in set(v.themes))
    referral_themes = Counter(code for r in referrals for code in set(r.themes))
    partners = Counter(
        (rows["orgs"][rows["services"][r.service_id].organization_id].name, r.status)
        for r in referrals
    )
    donations = [d for d in rows["donations"] if _inside(d.occurred_at, period)]
    kg = Counter()
    for donation in donations:
        kg[donation.category] += donation.kg
    with read_session(filled) as session:
        assert fig.visits_per_day(session, site, period) == {
            day: per_day.get(day, 0) for day in period.day_list()
        }
        assert fig.visit_themes(session, site, period) == dict(themes)
        assert fig.referral_themes(session, site, period) == dict(referral_themes)
        assert {
            (row.name, row.status): row.count
            for row in fig.referrals_per_partner_status(session, site, period)
        } == dict(partners)
        assert fig.visit_channels(session, site, period) == dict(Counter(v.channel for v in visits))
        assert fig.visit_outcomes(session, site, period) == dict(
            Counter(v.outcome for v in visits if v.kind == "accueil")
        )
        assert fig.till_kinds(session, site, period) == dict(
            Counter(v.kind for v in visits if v.kind != "accueil")
        )
        got = fig.donations_per_category(session, site, period)
        assert {name: count for name, (count, _) in got.items()} == dict(
            Counter(d.category for d in donations)
        )
        for name, (_, total) in got.items():
            assert total == pytest.approx(kg[name])


def test_the_monthly_report_shows_the_figures_of_the_rows(filled, coordinator):
    period = Period.month(2026, 10)
    rows = _rows(filled)
    with read_session(filled) as session:
        report = build_monthly_report(session, coordinator, period, now=NOW)
    assert report.key_table.columns[1:] == ["10/2026", "09/2026", "10/2025"]
    table = {row[0].strip(): row[1:] for row in report.key_table.rows}
    for column, compared in enumerate([period, period.previous(), period.year_before()]):
        expected = _expected_key(rows, coordinator.site_id, compared)
        assert table["Visites"][column] == expected["visits"]
        assert table["Personnes différentes"][column] == expected["unique_people"]
        assert table["Visites anonymes"][column] == expected["anonymous_visits"]
        assert table["Nouvelles personnes"][column] == expected["new_people"]
        assert table["Orientations"][column] == expected["referrals"]
        assert table["dont réalisées"][column] == expected["referrals_by_status"].get("realisee", 0)
        rate = expected["completion_rate"]
        assert table["Taux de réalisation (%)"][column] == (
            None if rate is None else round(100 * rate, 1)
        )
        assert table["Relances en retard"][column] == expected["follow_ups_overdue"]


def test_the_annual_report_counts_each_month_and_the_whole_year(filled, coordinator):
    rows = _rows(filled)
    with read_session(filled) as session:
        report = build_annual_report(session, coordinator, 2026, now=NOW)
    months = next(t for t in report.tables if t.key == "par-mois")
    assert len(months.rows) == 13
    for index, month in enumerate(Period.year(2026).months()):
        expected = _expected_key(rows, coordinator.site_id, month)
        before = _expected_key(rows, coordinator.site_id, month.year_before())
        assert months.rows[index][1:] == [
            expected["visits"],
            expected["unique_people"],
            expected["anonymous_visits"],
            expected["new_people"],
            expected["referrals"],
            expected["referrals_by_status"].get("realisee", 0),
            before["visits"],
        ]
    year = _expected_key(rows, coordinator.site_id, Period.year(2026))
    last_year = _expected_key(rows, coordinator.site_id, Period.year(2025))
    key = {row[0].strip(): row[1:] for row in report.key_table.rows}
    for column, expected in enumerate((year, last_year)):
        assert key["Visites"][column] == expected["visits"]
        assert key["Personnes différentes"][column] == expected["unique_people"]
        assert key["Visites anonymes"][column] == expected["anonymous_visits"]
        assert key["Nouvelles personnes"][column] == expected["new_people"]
        assert key["Orientations"][column] == expected["referrals"]
        assert key["dont expirées"][column] == expected["referrals_by_status"].get("expiree", 0)
        median = expected["median_days_to_outcome"]
        assert key["Délai médian avant une issue (jours)"][column] == round(median, 1)
        assert key["Relances en retard"][column] == expected["follow_ups_overdue"]
    themes = {row[0]: row[1:] for row in next(t for t in report.tables if t.key == "themes").rows}
    visits_2025 = [v for v in rows["visits"] if _inside(v.occurred_at, Period.year(2025))]
    for code, count in Counter(c for v in visits_2025 for c in set(v.themes)).items():
        assert themes[theme_label(code)][1] == count
    assert months.rows[12][1] == year["visits"]
    assert months.rows[12][2] == year["unique_people"]  # not the sum of the months
    assert year["unique_people"] < sum(row[2] for row in months.rows[:12])


def _visit(session, site_id, moment):
    session.add(Visit(site_id=site_id, occurred_at=moment))


def test_a_visit_at_2330_on_the_last_evening_belongs_to_that_month(engine, coordinator):
    site = coordinator.site_id
    with write_session(engine) as session:
        _visit(session, site, paris(date(2026, 10, 31), 23, 30))  # 22:30 UTC
        _visit(session, site, paris(date(2026, 11, 1), 0, 0))  # first minute of November
        _visit(session, site, paris(date(2026, 9, 30), 23, 59))  # 21:59 UTC, still September
        _visit(session, site, paris(date(2026, 10, 1), 0, 30))  # 22:30 UTC on 30/09, October
    with read_session(engine) as session:
        october = fig.visit_counts(session, site, Period.month(2026, 10))[0]
        november = fig.visit_counts(session, site, Period.month(2026, 11))[0]
        september = fig.visit_counts(session, site, Period.month(2026, 9))[0]
        per_day = fig.visits_per_day(session, site, Period.month(2026, 10))
    assert (september, october, november) == (1, 2, 1)
    assert per_day[date(2026, 10, 31)] == 1 and per_day[date(2026, 10, 1)] == 1


@pytest.mark.parametrize(
    ("day", "hours"),
    [(date(2026, 3, 29), 23), (date(2026, 10, 25), 25), (date(2026, 10, 26), 24)],
)
def test_clock_change_days_count_every_hour_of_the_paris_day(engine, coordinator, day, hours):
    site = coordinator.site_id
    start = datetime.combine(day, datetime.min.time(), tzinfo=UTC) - timedelta(hours=3)
    with write_session(engine) as session:
        for quarter in range(4 * 30):  # every 15 minutes over 30 hours around the day
            _visit(session, site, start + timedelta(minutes=15 * quarter))
    in_day = sum(
        1
        for quarter in range(4 * 30)
        if to_local(start + timedelta(minutes=15 * quarter)).date() == day
    )
    assert in_day == 4 * hours
    with read_session(engine) as session:
        per_day = fig.visits_per_day(session, site, Period.month(day.year, day.month))
    assert per_day[day] == 4 * hours


def test_offset_pieces_cut_at_the_change_of_time():
    pieces = offset_pieces(date(2026, 10, 1), date(2026, 10, 31))
    assert [minutes for _, _, minutes in pieces] == [120, 60]
    assert pieces[0][1] == datetime(2026, 10, 25, 1, tzinfo=UTC)
    assert len(offset_pieces(date(2026, 1, 1), date(2026, 12, 31))) == 3


def test_an_empty_month_gives_zeros_not_an_error(engine, coordinator):
    with read_session(engine) as session:
        report = build_monthly_report(session, coordinator, Period.month(2026, 10), now=NOW)
    values = {row[0].strip(): row[1] for row in report.key_table.rows}
    assert values["Visites"] == 0 and values["Orientations"] == 0
    assert values["Taux de réalisation (%)"] is None
    assert values["Délai médian avant une issue (jours)"] is None
    assert all(table.rows == [] for table in report.tables if table.key != "visites-par-jour")
    assert sum(row[1] for row in report.tables[0].rows) == 0


def test_reports_need_a_coordinator(engine, agent, volunteer):
    with read_session(engine) as session:
        for actor in (agent, volunteer):
            with pytest.raises(PermissionDenied):
                build_monthly_report(session, actor, Period.month(2026, 10))
            with pytest.raises(PermissionDenied):
                build_annual_report(session, actor, 2026)


def test_referrals_of_another_site_are_not_counted(filled, coordinator):
    from models import Site

    with write_session(filled) as session:
        other = Site(name="Autre lieu")
        session.add(other)
        session.flush()
        service = session.exec(select(Service)).first()
        session.add(
            Referral(
                site_id=other.id,
                service_id=service.id,
                created_at=paris(date(2026, 10, 10), 10),
                status=ReferralStatus.DONE.value,
            )
        )
        _visit(session, other.id, paris(date(2026, 10, 10), 10))
    rows = _rows(filled)
    with read_session(filled) as session:
        figures = fig.key_figures(session, coordinator.site_id, Period.month(2026, 10), TODAY)
    expected = _expected_key(rows, coordinator.site_id, Period.month(2026, 10))
    assert figures.visits == expected["visits"]
    assert figures.referrals == expected["referrals"]


def test_the_visits_chart_groups_long_periods_by_week_then_by_month():
    from app.reports.monthly import visits_chart

    def chart(period):
        return visits_chart({day: 1 for day in period.day_list()})

    october = chart(Period.month(2026, 10))
    assert october.labels[:3] == ["1", "2", "3"] and len(october.labels) == 31
    quarter = chart(Period.quarter(2026, 4))
    assert quarter.title.startswith("Visites par semaine")
    assert quarter.labels[0] == "28/09" and sum(quarter.series[0]) == 92
    year = chart(Period.year(2026))
    assert year.labels[0] == "janv. 26" and year.series[0][1] == 28
