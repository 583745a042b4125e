"""Speed of the coordinator reports on the large demo database (20,000 people, 500,000 visits,
100,000 referrals): the monthly summary (goal: under 1 s) and the annual report (under 3 s),
each from the figures to the finished PDF. The floor is the bare SQL of the same aggregates run
with sqlite3 in the same run, so the ratio says what the report adds on top of the database.

    python bench/bench_reports.py SMALL.sqlite LARGE.sqlite
"""

import json
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

from bench.common import row, time_ms

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

MONTH = (2026, 10)
YEAR = 2025


def _db_time(moment: datetime) -> str:
    """How SQLAlchemy stores an aware UTC time in SQLite."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _floor_monthly(connection: sqlite3.Connection, site: str) -> None:
    """The aggregates of the monthly summary, as bare SQL."""
    from app.reports.periods import Period

    period = Period.month(*MONTH)
    for compared in (period, period.previous(), period.year_before()):
        start, end = (_db_time(moment) for moment in compared.bounds())
        args = (site, start, end)
        connection.execute(
            "SELECT count(*), count(DISTINCT person_id), sum(person_id IS NULL) FROM visit "
            "WHERE +site_id = ? AND occurred_at >= ? AND occurred_at < ?",
            args,
        ).fetchall()
        connection.execute(
            "SELECT status, count(*) FROM referral "
            "WHERE +site_id = ? AND created_at >= ? AND created_at < ? GROUP BY status",
            args,
        ).fetchall()
    start, end = (_db_time(moment) for moment in period.bounds())
    args = (site, start, end)
    for sql in (
        "SELECT date(occurred_at, '+60 minutes'), count(*) FROM visit "
        "WHERE +site_id = ? AND occurred_at >= ? AND occurred_at < ? GROUP BY 1",
        "SELECT j.value, count(*) FROM visit, json_each(visit.themes) AS j "
        "WHERE +site_id = ? AND occurred_at >= ? AND occurred_at < ? GROUP BY 1",
        "SELECT j.value, count(*) FROM referral, json_each(referral.themes) AS j "
        "WHERE +site_id = ? AND created_at >= ? AND created_at < ? GROUP BY 1",
        "SELECT channel, kind, outcome, count(*) FROM visit "
        "WHERE +site_id = ? AND occurred_at >= ? AND occurred_at < ? GROUP BY 1, 2, 3",
        "SELECT service_id, status, count(*) FROM referral "
        "WHERE +site_id = ? AND created_at >= ? AND created_at < ? GROUP BY 1, 2",
        "SELECT category, count(*), sum(kg) FROM donation "
        "WHERE +site_id = ? AND occurred_at >= ? AND occurred_at < ? GROUP BY 1",
    ):
        connection.execute(sql, args).fetchall()


def _floor_annual(connection: sqlite3.Connection, site: str) -> None:
    """The aggregates of the annual report, as bare SQL (months taken in UTC)."""
    from app.reports.periods import Period

    for year in (YEAR, YEAR - 1):
        start, end = (_db_time(moment) for moment in Period.year(year).bounds())
        args = (site, start, end)
        for sql in (
            "SELECT count(*), count(DISTINCT person_id), sum(person_id IS NULL) FROM visit "
            "WHERE +site_id = ? AND occurred_at >= ? AND occurred_at < ?",
            "SELECT substr(occurred_at, 1, 7), channel, kind, person_id IS NULL, count(*) "
            "FROM visit WHERE +site_id = ? AND occurred_at >= ? AND occurred_at < ? "
            "GROUP BY 1, 2, 3, 4",
            "SELECT j.value, count(*) FROM visit, json_each(visit.themes) AS j "
            "WHERE +site_id = ? AND occurred_at >= ? AND occurred_at < ? GROUP BY 1",
            "SELECT substr(created_at, 1, 7), status, count(*) FROM referral "
            "WHERE +site_id = ? AND created_at >= ? AND created_at < ? GROUP BY 1, 2",
        ):
            connection.execute(sql, args).fetchall()
    start, end = (_db_time(moment) for moment in Period.year(YEAR).bounds())
    connection.execute(
        "SELECT substr(occurred_at, 1, 7), count(DISTINCT person_id) FROM visit "
        "WHERE +site_id = ? AND occurred_at >= ? AND occurred_at < ? GROUP BY 1",
        (site, start, end),
    ).fetchall()


def _coordinator(engine):  # type: ignore[no-untyped-def]
    from sqlmodel import select

    from app.db import read_session
    from app.services.sites import actor_for
    from models import Agent
    from models.enums import Role

    with read_session(engine) as session:
        agent = session.exec(
            select(Agent).where(Agent.role == Role.COORDINATOR.value).order_by(Agent.created_at)
        ).first()
        if agent is None:
            raise RuntimeError("the benchmark database has no coordinator")
        return actor_for(agent)


def measure(small_db: Path, large_db: Path, repeat: int = 5) -> list[dict]:
    from app.db import make_engine, read_session
    from app.reports.annual import build_annual_report
    from app.reports.monthly import build_monthly_report
    from app.reports.pdf import render_report_pdf
    from app.reports.periods import Period

    if not Path(large_db).exists():
        raise FileNotFoundError(f"no large demo database at {large_db}")
    engine = make_engine(large_db)
    actor = _coordinator(engine)
    site = actor.site_id.hex

    def monthly() -> None:
        with read_session(engine) as session:
            report = build_monthly_report(session, actor, Period.month(*MONTH))
        render_report_pdf(report)

    def annual() -> None:
        with read_session(engine) as session:
            report = build_annual_report(session, actor, YEAR)
        render_report_pdf(report)

    connection = sqlite3.connect(f"file:{large_db}?mode=ro", uri=True)
    try:
        results = [
            row(
                "report_monthly",
                time_ms(monthly, repeat),
                floor=time_ms(lambda: _floor_monthly(connection, site), repeat),
                goal=1000.0,
            ),
            row(
                "report_annual",
                time_ms(annual, max(3, repeat - 2)),
                floor=time_ms(lambda: _floor_annual(connection, site), max(3, repeat - 2)),
                goal=3000.0,
            ),
        ]
    finally:
        connection.close()
        engine.dispose()
    return results


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        raise SystemExit(2)
    print(json.dumps(measure(Path(sys.argv[1]), Path(sys.argv[2])), indent=2))
