"""Speed of referrals: suggestions for a theme, and the orientation sheet PDF.

    measure(small_db, large_db) -> list of result rows
    python -m bench.bench_referrals [LARGE_DB]   (builds its own bulk database when none is given)

Each figure is compared with a floor measured in the same run on the same file:
- referral_suggest (goal 20 ms): `suggest_services` for one theme vs the bare SQL that
  reads the same services with sqlite3;
- sheet_pdf (goal 150 ms): `render_orientation_sheet` (A4, one service) in a warm process
  vs a bare ReportLab canvas writing the same words;
- sheet_pdf_first (goal 600 ms): the first sheet of a fresh process that has already loaded what
  the window loads at start-up (database, models, services): importing ReportLab, registering
  the fonts, the opening hours and the PDF; vs a fresh process importing ReportLab and writing
  a one-line PDF.
The databases are only read (on a throw-away copy).
"""

import json
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from bench.common import row

ROOT = Path(__file__).resolve().parent.parent
SUGGESTION_RUNS = 200
SHEET_RUNS = 40
FIRST_RUNS = 5
NOW = datetime(2026, 11, 17, 9, 0, tzinfo=UTC)


def _timed(work, runs: int, warmup: int = 2) -> list[float]:  # type: ignore[no-untyped-def]
    for _ in range(warmup):
        work()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


# --- databases ----------------------------------------------------------------------------------
def _copy(db: Path) -> Path:
    target = Path(tempfile.mkdtemp(prefix="aiguillage-referrals-bench-")) / "bench.sqlite"
    source = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    destination = sqlite3.connect(target)
    source.backup(destination)
    destination.close()
    source.close()
    return target


def _usable(db: Path | None) -> bool:
    if db is None or not Path(db).exists():
        return False
    try:
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            services = connection.execute("SELECT count(*) FROM service").fetchone()[0]
            referrals = connection.execute("SELECT count(*) FROM referral").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error:
        return False
    return services > 0 and referrals > 0


def build_bulk_database(path: Path, services: int = 2000, referrals: int = 2000) -> Path:
    """A directory of `services` services and some referrals, written with the models."""
    from app import taxonomy
    from app.db import open_database, write_session
    from app.services.sites import create_first_site
    from models import Organization, Referral, Service

    rng = random.Random(5)
    themes = [c.value for c in taxonomy.themes()]
    hours = ["Mo-Fr 09:00-12:00,14:00-17:00; PH off", "Tu,Th 14:00-17:00", "Mo-Sa 09:00-19:00"]
    engine = open_database(path)
    with write_session(engine) as session:
        site, agent = create_first_site(
            session,
            name="Banc d'essai",
            kind="autre",
            address="1 rue",
            coordinator_name="Banc",
            pin="1234",
        )
        service_ids = []
        for index in range(services):
            org = Organization(name=f"Partenaire {index}", commune="Redon")
            session.add(org)
            session.flush()
            service = Service(
                organization_id=org.id,
                name=f"Service {index}",
                themes=rng.sample(themes, 2),
                opening_hours=rng.choice(hours),
                phone="02 99 00 00 00",
                documents_to_bring=["Pièce d'identité"],
                modes_mobilisation=["se-presenter"],
            )
            session.add(service)
            service_ids.append(service.id)
        session.flush()
        for _ in range(referrals):
            session.add(
                Referral(
                    site_id=site.id,
                    agent_id=agent.id,
                    service_id=rng.choice(service_ids),
                    themes=[themes[0]],
                )
            )
    engine.dispose()
    return path


# --- measures -----------------------------------------------------------------------------------
def _actor(engine):  # type: ignore[no-untyped-def]
    from sqlmodel import select

    from app.db import read_session
    from app.services.sites import actor_for
    from models import Agent

    with read_session(engine) as session:
        agent = session.exec(
            select(Agent).where(Agent.role == "coordinator").order_by(Agent.created_at)
        ).first()
        return actor_for(agent)


def _busiest_theme(db: Path) -> str:
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = connection.execute(
            "SELECT value, count(*) FROM service, json_each(service.themes) "
            "WHERE service.active GROUP BY value ORDER BY 2 DESC LIMIT 1"
        ).fetchone()
    finally:
        connection.close()
    return rows[0]


def _measure_suggestions(db: Path) -> dict:
    from app.db import make_engine, read_session
    from app.services.referrals import suggest_services

    theme = _busiest_theme(db)
    engine = make_engine(db)
    actor = _actor(engine)

    def suggest() -> None:
        with read_session(engine) as session:
            suggest_services(session, actor, [theme], now=NOW)

    samples = _timed(suggest, SUGGESTION_RUNS)
    engine.dispose()
    category = theme.split("--", 1)[0]
    raw = sqlite3.connect(db)

    def bare() -> None:
        raw.execute(
            "SELECT s.id, s.name, s.themes, s.publics, s.opening_hours, s.commune, s.phone, o.name "
            "FROM service s JOIN organization o ON o.id = s.organization_id "
            "WHERE s.active AND o.active AND (s.themes LIKE ? OR s.themes LIKE ?)",
            (f'%"{theme}"%', f'%"{category}"%'),
        ).fetchall()

    floor = _timed(bare, SUGGESTION_RUNS)
    raw.close()
    return row("referral_suggest", samples, goal=20.0, floor=floor)


def _sheet_referral(db: Path) -> uuid.UUID:
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        value = connection.execute(
            "SELECT r.id FROM referral r JOIN service s ON s.id = r.service_id "
            "WHERE s.opening_hours != '' ORDER BY r.created_at DESC LIMIT 1"
        ).fetchone()[0]
    finally:
        connection.close()
    return uuid.UUID(hex=value) if len(value) == 32 else uuid.UUID(value)


def _measure_sheet_warm(db: Path) -> dict:
    import io

    from reportlab.pdfgen.canvas import Canvas

    from app.db import make_engine, read_session
    from app.pdf.fonts import register_fonts
    from app.pdf.sheets import gather_sheet, render_orientation_sheet

    referral_id = _sheet_referral(db)
    engine = make_engine(db)

    def render() -> None:
        with read_session(engine) as session:
            render_orientation_sheet(session, [referral_id], paper="a4", now=NOW)

    samples = _timed(render, SHEET_RUNS)
    with read_session(engine) as session:
        content = gather_sheet(session, [referral_id], now=NOW)
    engine.dispose()
    regular, _ = register_fonts()
    lines = [content.site_name, *content.site_lines]
    for block in content.blocks:
        lines += [block.name, block.organization]
        lines += [f"{name}: {value}" for name, value in block.fields]

    def bare() -> None:
        canvas = Canvas(io.BytesIO())
        canvas.setFont(regular, 10)
        for index, line in enumerate(lines):
            canvas.drawString(40, 800 - 14 * index, line.replace("\n", " "))
        canvas.showPage()
        canvas.save()

    floor = _timed(bare, SHEET_RUNS)
    return row("sheet_pdf", samples, goal=150.0, floor=floor)


# What the running window already has loaded (database, models, services) is imported first;
# the clock starts at the first sheet: ReportLab, the fonts, the hours and the PDF itself.
_FIRST_SHEET = """
import sys, time, uuid
from app.db import make_engine, read_session
import app.services.referrals
engine = make_engine(sys.argv[1])
with read_session(engine) as session:
    session.exec(app.services.referrals.select(app.services.referrals.Referral).limit(1)).all()
start = time.perf_counter()
from app.pdf.sheets import render_orientation_sheet
with read_session(engine) as session:
    render_orientation_sheet(session, [uuid.UUID(sys.argv[2])], paper="a4")
print((time.perf_counter() - start) * 1000)
"""

_FIRST_FLOOR = """
import io, time
start = time.perf_counter()
from reportlab.pdfgen.canvas import Canvas
canvas = Canvas(io.BytesIO())
canvas.drawString(40, 800, "Fiche d'orientation")
canvas.showPage()
canvas.save()
print((time.perf_counter() - start) * 1000)
"""


def _in_fresh_process(script: str, *args: str) -> float:
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(result.stdout.strip().splitlines()[-1])


def _measure_sheet_first(db: Path) -> dict:
    referral_id = str(_sheet_referral(db))
    samples = [_in_fresh_process(_FIRST_SHEET, str(db), referral_id) for _ in range(FIRST_RUNS)]
    floor = [_in_fresh_process(_FIRST_FLOOR) for _ in range(FIRST_RUNS)]
    return row("sheet_pdf_first", samples, goal=600.0, floor=floor)


def measure(small_db: Path | None, large_db: Path | None) -> list[dict]:
    """The referral figures on the large database (or on a bulk database built here)."""
    if _usable(large_db):
        db = _copy(Path(large_db))  # type: ignore[arg-type]
    else:
        folder = Path(tempfile.mkdtemp(prefix="aiguillage-referrals-"))
        db = build_bulk_database(folder / "bulk.sqlite")
    try:
        return [_measure_suggestions(db), _measure_sheet_warm(db), _measure_sheet_first(db)]
    finally:
        shutil.rmtree(db.parent, ignore_errors=True)


if __name__ == "__main__":
    large = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    print(json.dumps(measure(None, large), indent=2, ensure_ascii=False))
