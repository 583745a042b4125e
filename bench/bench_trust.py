"""Trust speed: signing in, the start-up check, a verified backup, browsing the audit log and
the retention preview. Each figure has a floor measured in the same run: the same work done
raw (argon2 alone, bare SQL on sqlite3, SQLite's backup API without verification).

    measure(small_db, large_db) -> list of result rows

If `large_db` does not exist yet, a bulk database of the same size (20,000 people, 500,000
visits, 100,000 referrals, 2,000 services) is built there with the models first.
"""

import os
import random
import shutil
import sqlite3
import tempfile
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.common import row, time_ms

LARGE = {"people": 20_000, "visits": 500_000, "referrals": 100_000, "services": 2_000}
AUDIT_ROWS = 100_000
PIN = "2468"


# --- measuring -------------------------------------------------------------------------------


# --- a bulk database when the demo one is missing --------------------------------------------
def build_bulk_database(path: Path, seed: int = 8) -> Path:
    """A database of the large demo's size, written in bulk through the models' tables."""
    from sqlalchemy import insert

    from app.db import open_database, write_session
    from app.search_terms import person_terms
    from app.services.agents import hash_pin
    from app.services.sites import create_first_site
    from models import Agent, Organization, Person, Referral, Service, Visit

    rng = random.Random(seed)
    now = datetime.now(UTC)
    engine = open_database(path)
    with write_session(engine) as session:
        site, _ = create_first_site(
            session,
            name="Banc d'essai",
            kind="espace-emploi",
            address="1 place de la Mairie",
            coordinator_name="Coordination",
            pin=PIN,
        )
        session.add(Agent(site_id=site.id, name="Agent", role="agent", pin_hash=hash_pin(PIN)))
        site_id = site.id
    first_names = ["Amina", "Hélène", "Jean", "Zoé", "Mamadou", "Olga", "Karim", "Lucie"]
    last_names = ["Benali", "Le Gall", "N'Diaye", "Dupré", "Martin", "Kowalski", "Roux"]
    with write_session(engine) as session:
        org_ids = [uuid.uuid4() for _ in range(LARGE["services"] // 4)]
        session.execute(
            insert(Organization),
            [{"id": i, "name": f"Partenaire {n}"} for n, i in enumerate(org_ids)],
        )
        service_ids = [uuid.uuid4() for _ in range(LARGE["services"])]
        session.execute(
            insert(Service),
            [
                {"id": s, "organization_id": org_ids[n % len(org_ids)], "name": f"Service {n}"}
                for n, s in enumerate(service_ids)
            ],
        )
        people = []
        for _ in range(LARGE["people"]):
            first, last = rng.choice(first_names), rng.choice(last_names)
            last_seen = now - timedelta(days=rng.randint(0, 1200))
            people.append(
                {
                    "id": uuid.uuid4(),
                    "site_id": site_id,
                    "first_name": first,
                    "last_name": last,
                    "phone": f"06{rng.randint(10**7, 10**8 - 1)}",
                    "search_text": person_terms(first, last),
                    "last_activity_at": last_seen,
                    "created_at": last_seen,
                    "updated_at": last_seen,
                }
            )
        session.execute(insert(Person), people)
        person_ids = [p["id"] for p in people]
    for start in range(0, LARGE["visits"], 50_000):
        with write_session(engine) as session:
            session.execute(
                insert(Visit),
                [
                    {
                        "id": uuid.uuid4(),
                        "site_id": site_id,
                        "person_id": rng.choice(person_ids) if rng.random() < 0.5 else None,
                        "occurred_at": now - timedelta(minutes=rng.randint(0, 3 * 365 * 1440)),
                        "note": "Point sur le CV" if rng.random() < 0.3 else "",
                        "themes": ["numerique--maitriser-les-fondamentaux-du-numerique"],
                    }
                    for _ in range(min(50_000, LARGE["visits"] - start))
                ],
            )
    with write_session(engine) as session:
        session.execute(
            insert(Referral),
            [
                {
                    "id": uuid.uuid4(),
                    "site_id": site_id,
                    "person_id": rng.choice(person_ids),
                    "service_id": rng.choice(service_ids),
                    "created_at": now - timedelta(days=rng.randint(0, 1000)),
                    "reason": "Besoin d'un accompagnement",
                    "themes": [],
                }
                for _ in range(LARGE["referrals"])
            ],
        )
    engine.dispose()
    return path


def _fill_audit(db: Path, rows: int) -> None:
    """Add a year of audit entries (the log of a busy desk) with raw SQL."""
    now = datetime.now(UTC)
    connection = sqlite3.connect(db)
    actions = ["login", "person-opened", "person-edited", "export", "settings-changed"]
    with connection:
        connection.executemany(
            "INSERT INTO audit_entry (id, occurred_at, agent_id, action, entity, entity_id) "
            "VALUES (?, ?, NULL, ?, 'person', ?)",
            (
                (
                    uuid.uuid4().hex,
                    (now - timedelta(minutes=n * 5)).strftime("%Y-%m-%d %H:%M:%S.%f"),
                    actions[n % len(actions)],
                    uuid.uuid4().hex,
                )
                for n in range(rows)
            ),
        )
    connection.close()


# --- the measures ----------------------------------------------------------------------------
def _coordinator(engine):  # type: ignore[no-untyped-def]
    from sqlmodel import select

    from app.db import read_session
    from app.services.sites import actor_for
    from models import Agent

    with read_session(engine) as session:
        agent = session.exec(select(Agent).where(Agent.role == "coordinator")).first()
        return actor_for(agent), agent.pin_hash


def _measure_sign_in(db: Path) -> dict:
    from argon2 import PasswordHasher

    from app.db import make_engine, write_session
    from app.services.agents import hash_pin
    from app.services.auth import sign_in
    from models import Agent

    engine = make_engine(db)
    actor, _ = _coordinator(engine)
    with write_session(engine) as session:  # a hash made with today's parameters
        agent = session.get(Agent, actor.agent_id)
        agent.pin_hash = pin_hash = hash_pin(PIN)
        session.add(agent)

    def app_sign_in() -> None:
        with write_session(engine) as session:
            sign_in(session, actor.agent_id, PIN)

    hasher = PasswordHasher()
    samples = time_ms(app_sign_in, repeat=15)
    floor = time_ms(lambda: hasher.verify(pin_hash, PIN), repeat=15)
    engine.dispose()
    return row("trust_sign_in", samples, floor=floor, goal=500.0, goal_on="p95")


def _measure_quick_check(db: Path) -> dict:
    from app.db import check_sqlite_file, quick_check

    def app_check() -> None:
        check_sqlite_file(db)
        quick_check(db)

    def raw_check() -> None:
        connection = sqlite3.connect(db)
        connection.execute("PRAGMA quick_check").fetchall()
        connection.close()

    samples = time_ms(app_check, repeat=5)
    floor = time_ms(raw_check, repeat=5)
    return row("trust_startup_check_large", samples, floor=floor, goal=3000.0, goal_on="p95")


def _measure_backup(db: Path, label: str, repeat: int, thorough: bool = True) -> dict:
    from app.backup.snapshot import create_backup

    scratch = Path(tempfile.mkdtemp(prefix="aiguillage-bench-"))
    try:

        def app_backup() -> None:
            create_backup(db, scratch / "app", thorough=thorough)

        counter = iter(range(10_000))

        def raw_backup() -> None:
            """The same work with bare sqlite3: backup API, fsync, the same check of the copy."""
            copy = scratch / f"raw-{next(counter)}.sqlite"
            source = sqlite3.connect(db)
            target = sqlite3.connect(copy)
            source.backup(target)
            target.close()
            source.close()
            with copy.open("rb") as handle:
                os.fsync(handle.fileno())
            check = sqlite3.connect(copy)
            check.execute("PRAGMA integrity_check" if thorough else "PRAGMA quick_check").fetchall()
            check.close()

        samples = time_ms(app_backup, repeat=repeat, warmup=0)
        floor = time_ms(raw_backup, repeat=repeat, warmup=0)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if thorough:
        # the daily backup runs in the background: copy + full integrity check of the copy
        return row(f"trust_backup_{label}", samples, floor=floor, goal=1.5, goal_on="ratio")
    # the backup on closing is waited for: copy + quick check
    return row(f"trust_backup_{label}", samples, floor=floor, goal=5000.0, goal_on="p95")


def _measure_audit_list(db: Path) -> dict:
    from app.db import make_engine, read_session
    from app.services.audit import AuditFilter, list_audit

    engine = make_engine(db)
    actor, _ = _coordinator(engine)
    since = datetime.now(UTC) - timedelta(days=30)
    filters = AuditFilter(action="person-opened", since=since)

    def app_list() -> None:
        with read_session(engine) as session:
            list_audit(session, actor, filters)

    connection = sqlite3.connect(db)
    sql = (
        "SELECT * FROM audit_entry WHERE action = ? AND occurred_at >= ? "
        "ORDER BY occurred_at DESC LIMIT 500"
    )
    stamp = since.strftime("%Y-%m-%d %H:%M:%S.%f")
    samples = time_ms(app_list, repeat=20)
    floor = time_ms(lambda: connection.execute(sql, ("person-opened", stamp)).fetchall(), 20)
    connection.close()
    engine.dispose()
    return row("trust_audit_list", samples, floor=floor, goal=100.0, goal_on="p95")


def _measure_retention_preview(db: Path) -> dict:
    from app.db import make_engine, read_session
    from app.retention_dates import months_before
    from app.services.retention import preview_retention

    engine = make_engine(db)
    actor, _ = _coordinator(engine)

    def app_preview() -> None:
        with read_session(engine) as session:
            preview_retention(session, actor)

    cutoff = months_before(datetime.now(UTC), 24).strftime("%Y-%m-%d %H:%M:%S.%f")
    connection = sqlite3.connect(db)

    def raw_preview() -> None:
        connection.execute(
            "SELECT count(*) FROM person p WHERE p.anonymised_at IS NULL "
            "AND p.last_activity_at < ? "
            "AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.person_id = p.id "
            "AND v.occurred_at >= ?) "
            "AND NOT EXISTS (SELECT 1 FROM referral r WHERE r.person_id = p.id "
            "AND r.created_at >= ?)",
            (cutoff, cutoff, cutoff),
        ).fetchone()
        connection.execute(
            "SELECT count(*) FROM visit WHERE occurred_at < ? AND note != ''", (cutoff,)
        ).fetchone()
        connection.execute(
            "SELECT count(*) FROM referral WHERE created_at < ? AND reason != ''", (cutoff,)
        ).fetchone()
        connection.execute(
            "SELECT count(*) FROM referral_event WHERE occurred_at < ? AND note != ''", (cutoff,)
        ).fetchone()

    samples = time_ms(app_preview, repeat=5)
    floor = time_ms(raw_preview, repeat=5)
    connection.close()
    engine.dispose()
    return row("trust_retention_preview", samples, floor=floor, goal=2.0, goal_on="ratio")


def measure(small_db: Path, large_db: Path) -> list[dict]:
    """Every trust figure; the databases are copied first, never changed."""
    if not Path(large_db).exists():
        build_bulk_database(Path(large_db))
    scratch = Path(tempfile.mkdtemp(prefix="aiguillage-bench-trust-"))
    try:
        small = scratch / "small.sqlite"
        large = scratch / "large.sqlite"
        shutil.copyfile(small_db, small)
        shutil.copyfile(large_db, large)
        _fill_audit(large, AUDIT_ROWS)
        return [
            _measure_sign_in(small),
            _measure_quick_check(large),
            _measure_backup(small, "daily_small", repeat=5),
            _measure_backup(large, "daily_large", repeat=3),
            _measure_backup(large, "on_close_large", repeat=3, thorough=False),
            _measure_audit_list(large),
            _measure_retention_preview(large),
        ]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    import json
    import sys

    small_path, large_path = Path(sys.argv[1]), Path(sys.argv[2])
    for result in measure(small_path, large_path):
        print(json.dumps(result, ensure_ascii=False))
