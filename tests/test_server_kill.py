"""The server killed with SIGKILL mid-save, again and again, while a desk saves visits: every
visit whose save had returned is there after each restart, exactly once, and the desk said in
French what was happening instead of stopping."""

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import open_database, read_session, write_session
from app.services.sites import create_first_site
from models import Visit
from models.enums import SiteKind
from tests import offline_helpers

ROOT = Path(__file__).resolve().parent.parent
WRITER = Path(__file__).resolve().parent / "server_kill_writer.py"
KILLS = 20

pytestmark = [pytest.mark.server, pytest.mark.pg_server]
durable_own_server = offline_helpers.durable_own_server


def test_acknowledged_visits_survive_twenty_server_kills(durable_own_server):
    """On a server of its own with the settings of a real one (every commit flushed)."""
    durable_server = durable_own_server
    address = offline_helpers.address(durable_server)
    engine = open_database(address)
    with write_session(engine) as session:
        site, _ = create_first_site(
            session, name="Recyclerie de Redon", kind=SiteKind.RECYCLERIE.value,
            address="1 rue du Port", postal_code="35600", commune="Redon", phone="",
            coordinator_name="Hélène Le Gall", pin="2468",
        )  # fmt: skip
        site_id = site.id
    engine.dispose()

    desk = subprocess.Popen(
        [sys.executable, str(WRITER), address, site_id.hex],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    acknowledged: list[str] = []
    said: list[str] = []
    new_ack = threading.Event()

    def read_desk() -> None:
        assert desk.stdout is not None
        for line in desk.stdout:
            kind, _, rest = line.rstrip("\n").partition(" ")
            if kind == "ok":
                acknowledged.append(rest)
                new_ack.set()
            elif kind == "said":
                said.append(rest)

    reader = threading.Thread(target=read_desk, daemon=True)
    reader.start()
    try:
        for round_number in range(KILLS):
            new_ack.clear()
            assert new_ack.wait(timeout=60), f"no save went through before kill {round_number}"
            time.sleep(0.05 * (round_number % 4))  # at varied moments of a save
            durable_server.kill()
            durable_server.start()
    finally:
        assert desk.stdin is not None
        new_ack.clear()
        new_ack.wait(timeout=60)  # one more save after the last restart
        desk.stdin.close()
        desk.wait(timeout=60)
        reader.join(timeout=30)

    engine = open_database(address)
    try:
        with read_session(engine) as session:
            stored = [visit_id.hex for visit_id in session.scalars(select(Visit.id))]
    finally:
        engine.dispose()
    assert len(acknowledged) > KILLS
    assert set(acknowledged) <= set(stored), "an acknowledged visit was lost"
    assert len(stored) == len(set(stored))
    assert said, "the desk never said anything while the server was down"
    assert all(
        "poste principal" in message or "base est occupée" in message for message in said
    ), said
