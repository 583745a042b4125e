"""Speed of the till: a click to a committed visit, the counters, and 100 clicks in a row.

    measure(small_db, large_db) -> list of result rows
    python -m bench.bench_till [LARGE_DB]   (builds its own bulk database when none is given)

Each figure is compared with a floor measured in the same run on the same file:
- till_click: `with write_session: record_click` vs a raw sqlite3 INSERT + COMMIT
  (WAL, synchronous=FULL);
- till_counters: today's counts and weights through the services vs the bare GROUP BY queries;
- till_100_clicks_block: the longest time the event loop is blocked while the Till page records
  100 clicks in a row (p50 = median time of one click with its counter refresh, p95 = the longest
  gap seen by a 1 ms heartbeat timer), vs the longest gap of the same heartbeat on an idle loop.
Work is done on throw-away copies: the given databases are never changed.
"""

import gc
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

CLICKS = 300
COUNTER_READS = 200
BULK_VISITS = 500_000
BULK_REFERRALS = 100_000
BULK_SERVICES = 2_000


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = (len(ordered) - 1) * q / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def _row(name: str, samples: list[float], floor: list[float], goal: float, *, p95=None) -> dict:
    p50 = _percentile(samples, 50)
    p95 = _percentile(samples, 95) if p95 is None else p95
    floor_p95 = _percentile(floor, 95)
    return {
        "name": name,
        "unit": "ms",
        "p50": round(p50, 3),
        "p95": round(p95, 3),
        "goal": goal,
        "goal_on": "p95",
        "floor": round(floor_p95, 3),
        "ratio": round(p95 / floor_p95, 2) if floor_p95 else None,
        "status": "ok" if p95 <= goal else "over",
        "samples": len(samples),
    }


# --- databases ----------------------------------------------------------------------------------
def _copy(db: Path) -> Path:
    """A throw-away copy through the SQLite backup API (safe with a WAL file beside it)."""
    target = Path(tempfile.mkdtemp(prefix="aiguillage-till-bench-")) / "bench.sqlite"
    source = sqlite3.connect(db)
    destination = sqlite3.connect(target)
    source.backup(destination)
    destination.close()
    source.close()
    return target


def _has_site(db: Path) -> bool:
    try:
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            return connection.execute("SELECT count(*) FROM site").fetchone()[0] > 0
        finally:
            connection.close()
    except sqlite3.Error:
        return False


def build_bulk_database(path: Path, seed: int = 6) -> Path:
    """A recyclerie with a year of history: 500,000 visits, 100,000 referrals, 2,000 services."""
    from app.db import open_database, write_session
    from app.services.sites import create_first_site

    engine = open_database(path)
    with write_session(engine) as session:
        site, agent = create_first_site(
            session,
            name="Recyclerie de banc d'essai",
            kind="recyclerie",
            address="1 rue du Test",
            coordinator_name="Coordination",
            pin="2468",
        )
        site_id, agent_id = site.id.hex, agent.id.hex
    engine.dispose()
    rng = random.Random(seed)
    now = datetime.now(UTC).replace(tzinfo=None)
    kinds = ["achat", "depot", "information", "atelier", "benevolat", "accueil"]
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA synchronous=OFF")
    stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f")
    with connection:
        connection.executemany(
            "INSERT INTO organization (id, name, siret, description, address, postal_code, "
            "commune, phone, email, website, source, external_id, active, created_at, updated_at)"
            " VALUES (?, ?, '', '', '', '', '', '', '', '', '', '', 1, ?, ?)",
            [(uuid.uuid4().hex, f"Partenaire {i}", stamp, stamp) for i in range(200)],
        )
        organizations = [r[0] for r in connection.execute("SELECT id FROM organization")]
        services = [uuid.uuid4().hex for _ in range(BULK_SERVICES)]
        connection.executemany(
            "INSERT INTO service (id, organization_id, name, description, type, themes, publics,"
            " publics_details, fees, fees_details, access_conditions, documents_to_bring,"
            " modes_accueil, modes_mobilisation, mobilisation_details, address, postal_code,"
            " commune, phone, email, website, contact_name, opening_hours, opening_hours_details,"
            " languages, source, external_id, active, created_at, updated_at) VALUES (?, ?, ?,"
            " '', '', '[]', '[]', '', '', '', '', '[]', '[]', '[]', '', '', '', '', '', '', '', '',"
            " '', '', '[]', '', '', 1, ?, ?)",
            [
                (sid, rng.choice(organizations), f"Service {i}", stamp, stamp)
                for i, sid in enumerate(services)
            ],
        )

        def moment() -> str:
            when = now - timedelta(seconds=rng.randint(0, 365 * 86400))
            return when.strftime("%Y-%m-%d %H:%M:%S.%f")

        batch = []
        for _ in range(BULK_VISITS):
            when = moment()
            batch.append((uuid.uuid4().hex, site_id, agent_id, when, rng.choice(kinds), when, when))
        connection.executemany(
            "INSERT INTO visit (id, site_id, agent_id, person_id, occurred_at, channel, kind,"
            " themes, outcome, note, age_band, gender, commune, created_at, updated_at)"
            " VALUES (?, ?, ?, NULL, ?, 'accueil-spontane', ?, '[]', '', '', '', '', '', ?, ?)",
            batch,
        )
        referrals = []
        for _ in range(BULK_REFERRALS):
            when = moment()
            referrals.append(
                (uuid.uuid4().hex, site_id, agent_id, rng.choice(services), when, when)
            )
        connection.executemany(
            "INSERT INTO referral (id, site_id, agent_id, visit_id, person_id, service_id,"
            " created_at, themes, reason, channel, status, status_reason, status_changed_at,"
            " follow_up_on, language, sheet_printed_at) VALUES (?, ?, ?, NULL, NULL, ?, ?, '[]',"
            " '', 'fiche-remise', 'proposee', '', ?, NULL, 'fr', NULL)",
            referrals,
        )
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path


def _large_database(large_db: Path | None) -> tuple[Path, str]:
    if large_db is not None and Path(large_db).exists() and _has_site(Path(large_db)):
        return _copy(Path(large_db)), f"copy of {Path(large_db).name}"
    folder = Path(tempfile.mkdtemp(prefix="aiguillage-till-bulk-"))
    return build_bulk_database(folder / "bulk.sqlite"), "bulk database built by the benchmark"


def _actor_and_buttons(engine):  # type: ignore[no-untyped-def]
    from sqlmodel import select

    from app.db import write_session
    from app.permissions import Actor
    from app.services import till_setup
    from models import Agent

    with write_session(engine) as session:
        agent = session.exec(select(Agent).where(Agent.active).order_by(Agent.created_at)).first()
        actor = Actor(agent_id=agent.id, role="volunteer", site_id=agent.site_id)
        buttons = till_setup.ensure_default_buttons(session, actor)
    return actor, [b.id for b in buttons]


# --- figures ------------------------------------------------------------------------------------
def measure_click(db: Path) -> dict:
    """A click and a raw insert take turns, so both meet the same disk at the same moment."""
    from app.db import make_engine, write_session
    from app.services import till

    engine = make_engine(db)
    actor, buttons = _actor_and_buttons(engine)
    raw = sqlite3.connect(db, isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("PRAGMA foreign_keys=ON")
    site, agent = actor.site_id.hex, actor.agent_id.hex

    def click(index: int) -> float:
        start = time.perf_counter()
        with write_session(engine) as session:
            till.record_click(session, actor, buttons[index % len(buttons)])
        return (time.perf_counter() - start) * 1000

    def insert() -> float:
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        start = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        raw.execute(
            "INSERT INTO visit (id, site_id, agent_id, person_id, occurred_at, channel, kind,"
            " themes, outcome, note, age_band, gender, commune, created_at, updated_at)"
            " VALUES (?, ?, ?, NULL, ?, 'accueil-spontane', 'achat', '[]', '', '', '', '', '',"
            " ?, ?)",
            (uuid.uuid4().hex, site, agent, stamp, stamp, stamp),
        )
        raw.execute("COMMIT")
        return (time.perf_counter() - start) * 1000

    for index in range(10):
        click(index)
        insert()
    samples, floor = [], []
    for index in range(CLICKS):
        samples.append(click(index))
        floor.append(insert())
    raw.close()
    engine.dispose()
    return _row("till_click", samples, floor, goal=5.0)


def measure_counters(db: Path) -> dict:
    from app.clock import day_bounds, local_today
    from app.db import make_engine, read_session
    from app.services import till

    engine = make_engine(db)
    actor, _ = _actor_and_buttons(engine)

    def read() -> float:
        start = time.perf_counter()
        with read_session(engine) as session:
            till.today_counts(session, actor)
            till.today_donations(session, actor)
        return (time.perf_counter() - start) * 1000

    read()
    samples = [read() for _ in range(COUNTER_READS)]
    engine.dispose()

    start_utc, end_utc = day_bounds(local_today())
    bounds = (
        actor.site_id.hex,
        start_utc.strftime("%Y-%m-%d %H:%M:%S.%f"),
        end_utc.strftime("%Y-%m-%d %H:%M:%S.%f"),
    )
    raw = sqlite3.connect(db)

    def raw_read() -> float:
        start = time.perf_counter()
        raw.execute(
            "SELECT kind, count(*) FROM visit INDEXED BY ix_visit_occurred_at"
            " WHERE +site_id = ? AND occurred_at >= ?"
            " AND occurred_at < ? GROUP BY kind",
            bounds,
        ).fetchall()
        raw.execute(
            "SELECT category, sum(kg), count(*) FROM donation INDEXED BY ix_donation_occurred_at"
            " WHERE +site_id = ?"
            " AND occurred_at >= ? AND occurred_at < ? GROUP BY category",
            bounds,
        ).fetchall()
        return (time.perf_counter() - start) * 1000

    raw_read()
    floor = [raw_read() for _ in range(COUNTER_READS)]
    raw.close()
    return _row("till_counters", samples, floor, goal=16.0)


def _heartbeat_gaps(app, run_for) -> list[float]:  # type: ignore[no-untyped-def]
    """Gaps (ms) between the ticks of a 1 ms timer while `run_for(finish)` works."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    ticks: list[float] = []
    beat = QTimer()
    beat.setTimerType(Qt.TimerType.PreciseTimer)
    beat.setInterval(1)
    beat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    beat.start()
    run_for(loop.quit)
    loop.exec()
    beat.stop()
    return [(b - a) * 1000 for a, b in zip(ticks, ticks[1:], strict=False)]


def measure_hundred_clicks(db: Path) -> dict:
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from app.context import DeskContext
    from app.db import make_engine
    from ui.pages.caisse import CaissePage

    app = QApplication.instance() or QApplication(sys.argv[:1])
    engine = make_engine(db)
    actor, buttons = _actor_and_buttons(engine)
    ctx = DeskContext(engine=engine, target=db, site_id=actor.site_id, actor=actor)
    page = CaissePage(ctx)
    page.resize(1200, 760)
    page.show()
    page.refresh()
    deadline = time.monotonic() + 60
    while not page.button_widgets() and time.monotonic() < deadline:  # read on the worker
        app.processEvents()
        time.sleep(0.005)
    # every button but « Dépôt d'objets », whose weighing panel waits for the volunteer
    widgets = [w for w in page.button_widgets() if w.kind != "depot"]
    durations: list[float] = []

    def clicks(finish) -> None:  # type: ignore[no-untyped-def]
        remaining = [100]

        def one() -> None:
            start = time.perf_counter()
            widgets[remaining[0] % len(widgets)].click()  # as a mouse click does
            durations.append((time.perf_counter() - start) * 1000)
            remaining[0] -= 1
            if remaining[0]:
                QTimer.singleShot(0, one)
            else:
                QTimer.singleShot(20, finish)

        QTimer.singleShot(20, one)

    gaps = _heartbeat_gaps(app, clicks)
    page.close()
    page.deleteLater()
    engine.dispose()

    idle = QWidget()
    idle.show()
    elapsed = max(sum(gaps), 200.0)
    floor = _heartbeat_gaps(app, lambda finish: QTimer.singleShot(int(elapsed), finish))
    idle.close()
    idle.deleteLater()
    # delete the widgets now, not while Python shuts down
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    longest, idle_longest = max(gaps, default=0.0), max(floor, default=0.0)
    row = _row("till_100_clicks_block", durations, floor or [0.0], goal=50.0, p95=longest)
    row["floor"] = round(idle_longest, 3)
    row["ratio"] = round(longest / idle_longest, 2) if idle_longest else None
    return row


def measure(small_db: Path, large_db: Path) -> list[dict]:
    """The till's speed figures on (a copy of) the large database."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    source, origin = _large_database(large_db)
    results = []
    for figure in (measure_click, measure_counters, measure_hundred_clicks):
        copy = _copy(source)
        try:
            row = figure(copy)
        finally:
            shutil.rmtree(copy.parent, ignore_errors=True)
        row["database"] = origin
        results.append(row)
    shutil.rmtree(source.parent, ignore_errors=True)
    return results


if __name__ == "__main__":
    large = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    for entry in measure(Path(), large):
        print(
            f"{entry['name']:<24} p50 {entry['p50']:>8.2f}  p95 {entry['p95']:>8.2f}"
            f" {entry['unit']}"
            f"  goal ≤ {entry['goal']:g}  floor {entry['floor']:>7.2f}  ratio {entry['ratio']}"
            f"  {entry['status']}  ({entry['database']})"
        )
