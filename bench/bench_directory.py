"""Speed of the directory: search with filters and open now, page opening, HSDS import.

    measure(small_db, large_db) -> list of {"name", "unit", "p50", "p95", "goal", "floor",
                                            "ratio", "status"}

`floor` is the same work done raw with sqlite3 in the same run; `ratio` is p95 / floor. When
the large database has fewer than 2,000 services, a bulk directory of 2,000 services is built
in a temporary copy (the large database itself is never changed).
"""

import random
import shutil
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

SERVICES = 2000
HOURS = (
    "Mo-Fr 08:30-12:30,14:00-17:00; PH off",
    "Mo-Fr 09:00-12:00; PH off",
    "Tu,Th 14:00-18:00; Sa 09:30-12:00; PH off",
    "Mo-Th 09:00-12:00,13:30-17:30; Fr 09:00-12:00; PH off",
    "We,Sa 10:00-18:00",
    "24/7",
    "Mo 14:00-17:00",
    "",
)
# what agents look for, in turn: most with "open now"
SEARCH_FILTERS = (
    {"open_now": True},
    {"themes": ("sante",), "open_now": True},
    {"text": "atelier", "open_now": True},
    {"publics": ("jeunes",), "fees": "gratuit", "open_now": True},
    {"commune": "Redon", "mode_accueil": "en-presentiel", "open_now": True},
    {"text": "ecoute", "themes": ("numerique", "mobilite")},
)
TOWNS = ("Rennes", "Redon", "Pipriac", "Guichen", "Bain-de-Bretagne", "Vitré", "Fougères")


def _timed(work: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _p(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def _result(name: str, unit: str, times: list[float], goal: float, floor: list[float]) -> dict:
    p95 = _p(times, 0.95)
    floor_p95 = max(_p(floor, 0.95), 1e-6)
    return {
        "name": name,
        "unit": unit,
        "p50": round(statistics.median(times), 3),
        "p95": round(p95, 3),
        "goal": goal,
        "floor": round(floor_p95, 3),
        "ratio": round(p95 / floor_p95, 1),
        "status": "ok" if p95 <= goal else "over",
    }


def _service_count(path: Path) -> int:
    if not path.exists():
        return 0
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM service").fetchone()[0]
    except sqlite3.Error:
        return 0
    finally:
        connection.close()


def _coordinator(engine):  # type: ignore[no-untyped-def]
    from sqlmodel import select

    from app.db import read_session
    from app.permissions import Actor
    from models import Agent

    with read_session(engine) as session:
        agent = session.exec(select(Agent).where(Agent.role == "coordinator")).first()
        return Actor(agent_id=agent.id, role=agent.role, site_id=agent.site_id)


def build_bulk_directory(folder: Path, base: Path | None) -> Path:
    """A database with a site and SERVICES services in 300 organisations."""
    from app import taxonomy
    from app.db import open_database, write_session
    from app.services.sites import create_first_site
    from models import Organization, Service

    path = folder / "bulk.sqlite"
    if base is not None and base.exists():
        shutil.copyfile(base, path)
    engine = open_database(path)
    rng = random.Random(4)
    themes = [code.value for code in taxonomy.themes()]
    publics = [code.value for code in taxonomy.publics()]
    with write_session(engine) as session:
        from app.services.sites import current_site

        if current_site(session) is None:
            create_first_site(
                session,
                name="Banc d'essai",
                kind="accueil-social",
                address="1 rue de l'Essai",
                coordinator_name="Coordination",
                pin="2468",
            )
        organizations = [Organization(name=f"Structure {n:03d}") for n in range(300)]
        session.add_all(organizations)
        session.flush()
        for n in range(SERVICES):
            session.add(
                Service(
                    id=uuid.uuid4(),
                    organization_id=organizations[n % 300].id,
                    name=f"Service {n:04d} {rng.choice(('aide', 'atelier', 'accueil', 'écoute'))}",
                    description="Accompagnement et information pour les personnes du territoire.",
                    themes=rng.sample(themes, 2),
                    publics=rng.sample(publics, 2),
                    fees=rng.choice(("gratuit", "payant", "")),
                    modes_accueil=["en-presentiel"],
                    commune=rng.choice(TOWNS),
                    postal_code="35000",
                    phone="02 99 00 00 00",
                    opening_hours=rng.choice(HOURS),
                )
            )
    engine.dispose()
    return path


def _bench_search(engine, actor, now) -> tuple[list[float], list[float]]:  # type: ignore[no-untyped-def]
    from app.db import read_session
    from app.services.directory_search import search_services

    filters = SEARCH_FILTERS
    with read_session(engine) as session:
        search_services(session, actor, now=now)  # the index is built once per directory
        times = []
        for index in range(240):
            moment = now + timedelta(minutes=index)
            filter_set = filters[index % len(filters)]
            start = time.perf_counter()
            search_services(session, actor, now=moment, **filter_set)
            times.append((time.perf_counter() - start) * 1000)
    return times


def _raw_search_floor(path: Path) -> list[float]:
    connection = sqlite3.connect(path)
    try:
        query = (
            "SELECT s.id, s.name, o.name, s.commune, s.phone, s.opening_hours, s.last_verified_on"
            " FROM service s JOIN organization o ON o.id = s.organization_id"
            " WHERE s.active = 1 AND s.themes LIKE ? ORDER BY s.name"
        )
        return _timed(lambda: connection.execute(query, ("%sante%",)).fetchall(), 60)
    finally:
        connection.close()


def _bench_page(path: Path) -> list[float]:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.context import DeskContext
    from app.db import make_engine
    from ui.application import get_application
    from ui.pages.annuaire import AnnuairePage

    app = get_application("fr")
    engine = make_engine(path)  # the desk keeps its database open
    ctx = DeskContext(engine=engine, target=path)
    ctx.actor = _coordinator(engine)
    from app.services import directory_search

    times = []
    for _ in range(9):
        directory_search._cache.clear()  # as after a change: the index is rebuilt
        directory_search._checked.clear()
        start = time.perf_counter()
        page = AnnuairePage(ctx)
        page.resize(1100, 700)
        page.refresh()
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        page.deleteLater()
    engine.dispose()
    return times


def _raw_page_floor(path: Path) -> list[float]:
    connection = sqlite3.connect(path)
    try:
        query = (
            "SELECT s.*, o.name FROM service s JOIN organization o ON o.id = s.organization_id"
            " WHERE s.active = 1 ORDER BY s.name"
        )
        return _timed(lambda: connection.execute(query).fetchall(), 9)
    finally:
        connection.close()


def _bench_hsds_import(source: Path, folder: Path) -> tuple[list[float], list[float]]:
    from app.db import make_engine, open_database, write_session
    from app.exporters import export_directory
    from app.services.directory_import import apply_import, preview_import
    from app.services.sites import create_first_site

    engine = make_engine(source)
    actor = _coordinator(engine)
    package = folder / "annuaire.zip"
    package.write_bytes(export_directory(engine, actor, "hsds"))
    engine.dispose()
    times, floors = [], []
    for run in range(3):
        target = folder / f"import-{run}.sqlite"
        target_engine = open_database(target)
        with write_session(target_engine) as session:
            _site, agent = create_first_site(
                session,
                name="Import",
                kind="accueil-social",
                address="",
                coordinator_name="Coordination",
                pin="2468",
            )
        target_actor = _coordinator(target_engine)
        start = time.perf_counter()
        preview = preview_import(package)
        with write_session(target_engine) as session:
            apply_import(session, target_actor, preview)
        times.append((time.perf_counter() - start) * 1000)
        target_engine.dispose()
        floors.append(_raw_insert_floor(target, len(preview.rows)))
    return times, floors


def _raw_insert_floor(path: Path, count: int) -> float:
    """Inserting as many bare service rows with sqlite3, in one transaction."""
    connection = sqlite3.connect(path)
    try:
        organization = connection.execute("SELECT id FROM organization LIMIT 1").fetchone()[0]
        rows = [
            (uuid.uuid4().hex, organization, f"Service {n}", "[]", "[]", "[]", "[]", "[]", "[]")
            for n in range(count)
        ]
        start = time.perf_counter()
        with connection:
            connection.executemany(
                "INSERT INTO service (id, organization_id, name, description, type, themes,"
                " publics, publics_details, fees, fees_details, access_conditions,"
                " documents_to_bring, modes_accueil, modes_mobilisation, mobilisation_details,"
                " address, postal_code, commune, phone, email, website, contact_name,"
                " opening_hours, opening_hours_details, languages, source, external_id, active,"
                " created_at, updated_at) VALUES (?, ?, ?, '', '', ?, ?, '', '', '', '', ?, ?,"
                " ?, '', '', '', '', '', '', '', '', '', '', ?, 'raw', '', 1,"
                " '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
                rows,
            )
        return (time.perf_counter() - start) * 1000
    finally:
        connection.close()


def measure(small_db: Path, large_db: Path) -> list[dict]:
    from app.clock import LOCAL_TZ
    from app.db import make_engine

    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        path = Path(large_db)
        if _service_count(path) < SERVICES:
            path = build_bulk_directory(folder, None)
        engine = make_engine(path)
        actor = _coordinator(engine)
        from datetime import datetime

        monday = datetime(2026, 11, 23, 9, 0, tzinfo=LOCAL_TZ)
        search_times = _bench_search(engine, actor, monday)
        engine.dispose()
        results = [
            _result(
                "directory_search",
                "ms",
                search_times,
                10.0,
                _raw_search_floor(path),
            ),
            _result(
                "directory_page_open",
                "ms",
                _bench_page(path),
                200.0,
                _raw_page_floor(path),
            ),
        ]
        import_times, import_floors = _bench_hsds_import(path, folder)
        results.append(
            _result(
                "directory_import_hsds",
                "ms",
                import_times,
                5000.0,
                import_floors,
            )
        )
        return results


if __name__ == "__main__":
    import json
    import sys

    small = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("missing-small.sqlite")
    large = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("missing-large.sqlite")
    print(json.dumps(measure(small, large), indent=2, ensure_ascii=False))
