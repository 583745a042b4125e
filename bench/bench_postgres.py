"""Speed on PostgreSQL, the shared engine of a place with several desks, on the large demo
database, through a delay proxy adding 1 ms each way (bench.delay_proxy), as a busy Wi-Fi
network between a desk and the main PC does.

    measure(small_db, large_db) -> list of result rows (the SQLite files are not used)
    python -m bench.bench_postgres

The bench starts its own server (the app's embedded binaries, durable settings: fsync and
synchronous commit on) on a free loopback port and stops it at the end, whatever happens. The
large demo is written once into a server folder kept in bench/.cache/pg-large/ and reused while
its demo key (the demo code, the migrations, the server version) stays the same; each run works
on a fresh copy of it (CREATE DATABASE … TEMPLATE), dropped at the end, so the cache never
changes.

Each figure has a floor measured in the same run through the same proxy: the same work as one
bare psycopg statement (autocommit: one round trip), or the bare statements of the report's
aggregates. As in bench.common, the ratio is p50 / floor p50; the goal is on the p95.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.common import row

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEMO_DATABASE = "aiguillage_demo"
RUN_DATABASE = "aiguillage_bench"
DELAY_MS = 1.0
CLICKS = 300
VISIT_SAVES = 200
DIRECTORY_SEARCHES = 240
PAGE_OPENS = 15
KEYSTROKE_PEOPLE = 40

GOALS = {
    "pg_till_click": 15.0,
    "pg_person_search": 30.0,
    "pg_visit_save": 20.0,
    "pg_directory_search": 30.0,
    "pg_accueil_open": 300.0,
    "pg_report_monthly": 1500.0,
    "pg_report_annual": 4000.0,
}


# --- the cached server with the large demo ------------------------------------------------------
def cache_folder() -> Path:
    base = Path(os.environ.get("AIGUILLAGE_BENCH_CACHE", HERE / ".cache"))
    base.mkdir(parents=True, exist_ok=True)
    return base / "pg-large"


def demo_key() -> str:
    """Changes when the demo would come out different: its code and sizes, the schema's
    migrations, the server's version."""
    import subprocess

    from app.db.pg_server import binary
    from app.demo import SIZES

    digest = hashlib.sha256(repr(SIZES["large"]).encode())
    sources = sorted((ROOT / "app").glob("demo*.py"))
    sources += sorted((ROOT / "app" / "migrations" / "versions").glob("*.py"))
    for source in sources:
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    version = subprocess.run(
        [str(binary("postgres")), "--version"], capture_output=True, text=True, check=True
    ).stdout
    digest.update(version.encode())
    return digest.hexdigest()[:16]


def _stamp(folder: Path) -> dict | None:
    try:
        return json.loads((folder / "demo.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _start(server, port: int) -> None:  # type: ignore[no-untyped-def]
    """Start the server folder on `port` (the cached folder is reused on a new free port)."""
    server.port = port
    log = server.folder / "server.log"
    if log.exists() and log.stat().st_size > 10_000_000:
        log.unlink()  # the server's messages of past runs, kept within bounds
    server._pg_ctl("-w", "-t", "120", "-o", f"-p {port}", "-l", str(log), "start", timeout=130)


def _stop_leftover(server) -> None:  # type: ignore[no-untyped-def]
    """A server left running by a bench that was killed: stopped before anything else."""
    if (server.data / "postmaster.pid").exists() and server.is_running():
        server.stop("immediate")


def _admin(server, database: str = "postgres"):  # type: ignore[no-untyped-def]
    import psycopg

    url = server.url(database).set(drivername="postgresql")
    return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)


def _build(server, key: str) -> dict:  # type: ignore[no-untyped-def]
    """Write the large demo into a new server folder and start the server (left running)."""
    from app.demo import write_demo

    print("Building the large demo database on PostgreSQL (once)…", flush=True)
    started = time.perf_counter()
    server.init(durable=True)
    _start(server, server.port)
    with _admin(server) as connection:
        connection.execute(f'CREATE DATABASE "{DEMO_DATABASE}"')
    written = time.perf_counter()
    write_demo(server.url(DEMO_DATABASE), size="large")
    written = time.perf_counter() - written
    with _admin(server, DEMO_DATABASE) as connection:
        # what the server's autovacuum does soon after a bulk load: the planner's statistics
        connection.execute("VACUUM (ANALYZE)")
    seconds = time.perf_counter() - started
    stamp = {
        "key": key,
        "password": server.password,
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "build_seconds": round(seconds, 1),
        "demo_seconds": round(written, 1),
    }
    path = server.folder / "demo.json"
    path.write_text(json.dumps(stamp, indent=2), encoding="utf-8")
    path.chmod(0o600)  # the password of this loopback-only bench server
    print(f"  done in {seconds:.1f} s (demo written in {written:.1f} s)", flush=True)
    return stamp


@contextmanager
def demo_server() -> Iterator[tuple[object, dict, bool]]:
    """The running server with the large demo (built when missing or out of date); stopped
    when the block ends, by an exception, Ctrl+C or a termination signal alike.

    Yields (server, stamp, built_now)."""
    from app.db.pg_server import LocalServer, free_port, new_password

    folder = cache_folder()
    key = demo_key()
    stamp = _stamp(folder)
    previous = signal.getsignal(signal.SIGTERM)

    def terminated(signum, frame):  # type: ignore[no-untyped-def]
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, terminated)
    fresh = (
        stamp is None or stamp.get("key") != key or not (folder / "data" / "PG_VERSION").exists()
    )
    server = LocalServer(folder, free_port(), stamp["password"] if stamp else "")
    try:
        _stop_leftover(server)
        if fresh:
            shutil.rmtree(folder, ignore_errors=True)
            server.password = new_password()
            stamp = _build(server, key)
        else:
            _start(server, server.port)
        yield server, stamp, fresh
    finally:
        try:
            if (server.data / "postmaster.pid").exists() and server.is_running():
                server.stop("fast")
        finally:
            signal.signal(signal.SIGTERM, previous)


@contextmanager
def run_database(server) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A throw-away copy of the demo database for this run (writes never reach the cache)."""
    with _admin(server) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{RUN_DATABASE}" WITH (FORCE)')
        connection.execute(
            f'CREATE DATABASE "{RUN_DATABASE}" TEMPLATE "{DEMO_DATABASE}" STRATEGY = FILE_COPY'
        )
    try:
        yield RUN_DATABASE
    finally:
        with _admin(server) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{RUN_DATABASE}" WITH (FORCE)')


# --- helpers ------------------------------------------------------------------------------------
def _ms(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def _turns(
    app: Callable[[], object], floor: Callable[[], object], repeat: int, warmup: int
) -> tuple[list[float], list[float]]:
    """The app's work and its floor take turns, so that both meet the same machine load."""
    for _ in range(warmup):
        app()
        floor()
    samples, floors = [], []
    for _ in range(repeat):
        samples.append(_ms(app))
        floors.append(_ms(floor))
    return samples, floors


def _figure(name: str, samples: list[float], floor: list[float]) -> dict:
    entry = row(name, samples, goal=GOALS[name], floor=floor)
    entry["engine"] = "postgresql"
    entry["network"] = f"loopback + {DELAY_MS:g} ms each way"
    return entry


class Bench:
    """The app's engine and a bare psycopg connection, both through the delay proxy."""

    def __init__(self, url) -> None:  # type: ignore[no-untyped-def]
        import psycopg

        from app.db import make_engine

        self.url = url
        self.engine = make_engine(url)
        self.raw = psycopg.connect(
            url.set(drivername="postgresql").render_as_string(hide_password=False),
            autocommit=True,
            options="-c timezone=UTC",
        )

    def close(self) -> None:
        self.raw.close()
        self.engine.dispose()

    def agent(self):  # type: ignore[no-untyped-def]
        from bench.bench_reception import _agent_context

        return _agent_context(self.engine, self.url)

    # -- the till ------------------------------------------------------------------------------
    def till_click(self) -> dict:
        from app.db import write_session
        from app.services import till
        from bench.bench_till import _actor_and_buttons

        actor, buttons = _actor_and_buttons(self.engine)
        clicks = iter(range(10**9))

        def click() -> None:
            with write_session(self.engine) as session:
                till.record_click(session, actor, buttons[next(clicks) % len(buttons)])

        def insert() -> None:
            now = datetime.now(UTC)
            self.raw.execute(
                "INSERT INTO visit (id, site_id, agent_id, person_id, occurred_at, channel, kind,"
                " themes, outcome, note, age_band, gender, commune, created_at, updated_at)"
                " VALUES (%s, %s, %s, NULL, %s, 'accueil-spontane', 'achat', '[]', '', '', '',"
                " '', '', %s, %s)",
                (uuid.uuid4(), actor.site_id, actor.agent_id, now, now, now),
            )

        samples, floor = _turns(click, insert, CLICKS, warmup=10)
        return _figure("pg_till_click", samples, floor)

    # -- reception -----------------------------------------------------------------------------
    def person_search(self) -> dict:
        from app.db import read_session
        from app.search_terms import query_words
        from app.services.person_search import search_people
        from bench.bench_reception import typed_prefixes

        _, actor, _ = self.agent()
        people = self.raw.execute(
            "SELECT first_name, last_name, phone FROM person ORDER BY md5(id::text) LIMIT %s",
            (KEYSTROKE_PEOPLE,),
        ).fetchall()
        typed = typed_prefixes(people)
        app_texts, raw_texts = iter(typed * 2), iter(typed * 2)

        def app_search() -> None:
            with read_session(self.engine) as session:
                search_people(session, actor, next(app_texts))

        def raw_search() -> None:
            words = query_words(next(raw_texts))
            likes = " AND ".join("(search_text LIKE %s OR search_text LIKE %s)" for _ in words)
            self.raw.execute(
                "SELECT * FROM person WHERE merged_into_id IS NULL AND anonymised_at IS NULL"
                f" AND {likes} ORDER BY last_activity_at DESC LIMIT 20",
                [p for w in words for p in (f"{w}%", f"% {w}%")],
            ).fetchall()

        samples, floor = _turns(app_search, raw_search, len(typed), warmup=len(typed) // 4)
        return _figure("pg_person_search", samples, floor)

    def visit_save(self) -> dict:
        from app.db import write_session
        from app.services.visits import VisitFields, log_visit

        _, actor, _ = self.agent()
        people = [r[0] for r in self.raw.execute("SELECT id FROM person ORDER BY id LIMIT 500")]
        themes = ["preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation"]
        rng = random.Random(7)

        def app_save() -> None:
            with write_session(self.engine) as session:
                log_visit(session, actor, VisitFields(themes=themes), rng.choice(people))

        def raw_save() -> None:
            now = datetime.now(UTC)
            self.raw.execute(
                "WITH touched AS (UPDATE person SET last_activity_at = %(now)s"
                " WHERE id = %(person)s RETURNING id)"
                " INSERT INTO visit (id, site_id, agent_id, person_id, occurred_at, channel,"
                " kind, themes, outcome, note, age_band, gender, commune, created_at, updated_at)"
                " SELECT %(id)s, %(site)s, %(agent)s, touched.id, %(now)s, 'accueil-spontane',"
                " 'accueil', %(themes)s, '', '', '', '', '', %(now)s, %(now)s FROM touched",
                {
                    "now": now,
                    "person": rng.choice(people),
                    "id": uuid.uuid4(),
                    "site": actor.site_id,
                    "agent": actor.agent_id,
                    "themes": json.dumps(themes),
                },
            )

        samples, floor = _turns(app_save, raw_save, VISIT_SAVES, warmup=10)
        return _figure("pg_visit_save", samples, floor)

    def accueil_open(self) -> dict:
        from app.clock import day_bounds, local_today
        from bench.bench_reception import page_open_samples

        _, actor, ctx = self.agent()
        samples = page_open_samples(ctx, PAGE_OPENS)
        start, end = day_bounds(local_today())

        def raw_log() -> None:
            self.raw.execute(
                "SELECT v.*, p.first_name, p.last_name, a.name FROM visit v"
                " LEFT JOIN person p ON p.id = v.person_id LEFT JOIN agent a ON a.id = v.agent_id"
                " WHERE v.site_id = %s AND v.kind = 'accueil' AND v.occurred_at >= %s"
                " AND v.occurred_at < %s ORDER BY v.occurred_at DESC",
                (actor.site_id, start, end),
            ).fetchall()

        floor = [_ms(raw_log) for _ in range(PAGE_OPENS + 2)][2:]
        return _figure("pg_accueil_open", samples, floor)

    # -- directory -----------------------------------------------------------------------------
    def directory_search(self) -> dict:
        from app.clock import LOCAL_TZ
        from app.db import read_session
        from app.services.directory_search import search_services
        from bench.bench_directory import SEARCH_FILTERS, _coordinator

        actor = _coordinator(self.engine)
        monday = datetime(2026, 11, 23, 9, 0, tzinfo=LOCAL_TZ)
        with read_session(self.engine) as session:
            search_services(session, actor, now=monday)  # the index is built once
        searches = iter(range(10**9))

        def app_search() -> None:
            index = next(searches)
            # one session per search, as the Annuaire page does
            with read_session(self.engine) as session:
                search_services(
                    session,
                    actor,
                    now=monday + timedelta(minutes=index),
                    **SEARCH_FILTERS[index % len(SEARCH_FILTERS)],
                )

        def raw_search() -> None:
            self.raw.execute(
                "SELECT s.id, s.name, o.name, s.commune, s.phone, s.opening_hours,"
                " s.last_verified_on FROM service s JOIN organization o"
                " ON o.id = s.organization_id WHERE s.active AND s.themes::text LIKE %s"
                " ORDER BY s.name",
                ("%sante%",),
            ).fetchall()

        samples, floor = _turns(app_search, raw_search, DIRECTORY_SEARCHES, warmup=6)
        return _figure("pg_directory_search", samples, floor)

    # -- reports -------------------------------------------------------------------------------
    def reports(self) -> list[dict]:
        from app.db import read_session
        from app.reports.annual import build_annual_report
        from app.reports.monthly import build_monthly_report
        from app.reports.pdf import render_report_pdf
        from app.reports.periods import Period
        from bench.bench_reports import MONTH, YEAR, _coordinator

        actor = _coordinator(self.engine)

        def monthly() -> None:
            with read_session(self.engine) as session:
                report = build_monthly_report(session, actor, Period.month(*MONTH))
            render_report_pdf(report)

        def annual() -> None:
            with read_session(self.engine) as session:
                report = build_annual_report(session, actor, YEAR)
            render_report_pdf(report)

        site = actor.site_id
        monthly_samples, monthly_floor = _turns(
            monthly, lambda: self._floor_monthly(site), 5, warmup=1
        )
        annual_samples, annual_floor = _turns(annual, lambda: self._floor_annual(site), 3, warmup=1)
        return [
            _figure("pg_report_monthly", monthly_samples, monthly_floor),
            _figure("pg_report_annual", annual_samples, annual_floor),
        ]

    def _floor_monthly(self, site: uuid.UUID) -> None:
        """The aggregates of the monthly summary, as bare statements (bench_reports' floor)."""
        from app.reports.periods import Period
        from bench.bench_reports import MONTH

        period = Period.month(*MONTH)
        for compared in (period, period.previous(), period.year_before()):
            args = (site, *compared.bounds())
            self.raw.execute(
                "SELECT count(*), count(DISTINCT person_id),"
                " count(*) FILTER (WHERE person_id IS NULL) FROM visit"
                " WHERE site_id = %s AND occurred_at >= %s AND occurred_at < %s",
                args,
            ).fetchall()
            self.raw.execute(
                "SELECT status, count(*) FROM referral"
                " WHERE site_id = %s AND created_at >= %s AND created_at < %s GROUP BY status",
                args,
            ).fetchall()
        args = (site, *period.bounds())
        for sql in (
            "SELECT CAST((occurred_at AT TIME ZONE 'Europe/Paris') AS date), count(*) FROM visit"
            " WHERE site_id = %s AND occurred_at >= %s AND occurred_at < %s GROUP BY 1",
            "SELECT j.value, count(*) FROM visit"
            " CROSS JOIN LATERAL json_array_elements_text(visit.themes) AS j(value)"
            " WHERE site_id = %s AND occurred_at >= %s AND occurred_at < %s GROUP BY 1",
            "SELECT j.value, count(*) FROM referral"
            " CROSS JOIN LATERAL json_array_elements_text(referral.themes) AS j(value)"
            " WHERE site_id = %s AND created_at >= %s AND created_at < %s GROUP BY 1",
            "SELECT channel, kind, outcome, count(*) FROM visit"
            " WHERE site_id = %s AND occurred_at >= %s AND occurred_at < %s GROUP BY 1, 2, 3",
            "SELECT service_id, status, count(*) FROM referral"
            " WHERE site_id = %s AND created_at >= %s AND created_at < %s GROUP BY 1, 2",
            "SELECT category, count(*), sum(kg) FROM donation"
            " WHERE site_id = %s AND occurred_at >= %s AND occurred_at < %s GROUP BY 1",
        ):
            self.raw.execute(sql, args).fetchall()

    def _floor_annual(self, site: uuid.UUID) -> None:
        """The aggregates of the annual report, as bare statements (months taken in UTC)."""
        from app.reports.periods import Period
        from bench.bench_reports import YEAR

        month = "to_char({} AT TIME ZONE 'UTC', 'YYYY-MM')"
        for year in (YEAR, YEAR - 1):
            args = (site, *Period.year(year).bounds())
            for sql in (
                "SELECT count(*), count(DISTINCT person_id),"
                " count(*) FILTER (WHERE person_id IS NULL) FROM visit"
                " WHERE site_id = %s AND occurred_at >= %s AND occurred_at < %s",
                f"SELECT {month.format('occurred_at')}, channel, kind, person_id IS NULL,"
                " count(*) FROM visit"
                " WHERE site_id = %s AND occurred_at >= %s AND occurred_at < %s"
                " GROUP BY 1, 2, 3, 4",
                "SELECT j.value, count(*) FROM visit"
                " CROSS JOIN LATERAL json_array_elements_text(visit.themes) AS j(value)"
                " WHERE site_id = %s AND occurred_at >= %s AND occurred_at < %s GROUP BY 1",
                f"SELECT {month.format('created_at')}, status, count(*) FROM referral"
                " WHERE site_id = %s AND created_at >= %s AND created_at < %s GROUP BY 1, 2",
            ):
                self.raw.execute(sql, args).fetchall()
        self.raw.execute(
            f"SELECT {month.format('occurred_at')}, count(DISTINCT person_id) FROM visit"
            " WHERE site_id = %s AND occurred_at >= %s AND occurred_at < %s GROUP BY 1",
            (site, *Period.year(YEAR).bounds()),
        ).fetchall()


def measure(small_db: Path | None = None, large_db: Path | None = None) -> list[dict]:
    """The PostgreSQL figures (the SQLite databases given by the bench are not used)."""
    from bench.delay_proxy import delay_proxy

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    results: list[dict] = []
    with demo_server() as (server, stamp, _built), run_database(server) as database:
        with delay_proxy(server.port, DELAY_MS) as proxy_port:
            bench = Bench(server.url(database).set(port=proxy_port))
            try:
                for figure in (
                    bench.till_click,
                    bench.person_search,
                    bench.visit_save,
                    bench.directory_search,
                    bench.accueil_open,
                ):
                    results.append(figure())
                results.extend(bench.reports())
            finally:
                bench.close()
    for entry in results:
        entry["database"] = "large demo on PostgreSQL"
        entry["demo_build_seconds"] = stamp.get("build_seconds")
    return results


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    for entry in measure():
        print(
            f"{entry['name']:<22} p50 {entry['p50']:>8.2f}  p95 {entry['p95']:>8.2f} ms"
            f"  goal ≤ {entry['goal']:g}  floor {entry['floor']:>7.2f}  ratio {entry['ratio']}"
            f"  {entry['status']}"
        )
