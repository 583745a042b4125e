"""Two desks (two real processes) click at the till while the main PC is stopped for a while,
then started again: every acknowledged click is in the shared database exactly once, with its
time and its desk. Then a desk is killed with SIGKILL twenty times while it sends its outbox:
none lost, none counted twice."""

import subprocess
import sys
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import select

from app.db import read_session, write_session
from app.outbox import Outbox, outbox_path
from models import Agent, TillButton, Visit
from models.enums import Role
from tests import offline_helpers

pytestmark = pytest.mark.server
durable_own_server = offline_helpers.durable_own_server
ROOT = Path(__file__).resolve().parent.parent
WRITER = Path(__file__).resolve().parent / "offline_desk_writer.py"
KIND = "caisse-hors-ligne"
OFF_S = 12  # how long the main PC stays off (bounded; a minute in real life)
KILLS = 20


class Desk:
    """A desk process and what it acknowledged."""

    def __init__(self, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(WRITER), *args],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        self.acknowledged: dict[str, str] = {}
        self.said: list[str] = []
        self.done = threading.Event()
        self.progress = threading.Event()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            kind, _, rest = line.rstrip("\n").partition(" ")
            if kind == "ok":
                visit_id, _, moment = rest.partition(" ")
                self.acknowledged[visit_id] = moment
            elif kind == "sent":
                self.progress.set()
            elif kind == "said":
                self.said.append(rest)
            elif kind == "done":
                self.done.set()
            self.progress.set()

    def wait_for_more(self, timeout: float = 60) -> None:
        self.progress.clear()
        assert self.progress.wait(timeout), "the desk stopped answering"

    def finish(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        assert self.done.wait(120), "the desk did not send what it kept"
        self.process.wait(timeout=60)
        self.reader.join(timeout=30)


def _stored(engine) -> list[tuple]:
    with read_session(engine) as session:
        return [
            tuple(row)
            for row in session.exec(
                select(Visit.id, Visit.agent_id, Visit.occurred_at).where(Visit.kind == KIND)
            )
        ]


def _second_agent(engine, site_id) -> uuid.UUID:
    with write_session(engine) as session:
        agent = Agent(site_id=site_id, name="Yannick Le Bihan", role=Role.VOLUNTEER.value)
        session.add(agent)
        session.flush()
        return agent.id


def _till_button(engine, site_id) -> None:
    """The site's button of KIND: a kept click is clicked again on the server, as online."""
    with write_session(engine) as session:
        session.add(TillButton(site_id=site_id, label="Hors ligne", kind_code=KIND))


def test_two_desks_keep_clicking_while_the_main_pc_is_off(durable_own_server, tmp_path):
    server = durable_own_server
    engine, ctx = offline_helpers.make_place(server)
    _till_button(engine, ctx.site_id)
    address = offline_helpers.address(server)
    agents = [ctx.actor.agent_id, _second_agent(engine, ctx.site_id)]
    desks = [
        Desk("click", address, ctx.site_id.hex, agent.hex, str(tmp_path / f"poste{n}"))
        for n, agent in enumerate(agents)
    ]
    try:
        for desk in desks:
            desk.wait_for_more()
        before = [len(desk.acknowledged) for desk in desks]
        engine.dispose()
        server.kill()  # the main PC's power cut
        time.sleep(OFF_S)
        during = [len(desk.acknowledged) for desk in desks]
        server.start()
        for desk in desks:
            desk.wait_for_more()
    finally:
        for desk in desks:
            desk.finish()
    # the desks kept counting while the server was off
    assert all(b + 10 < d for b, d in zip(before, during, strict=True)), (before, during)
    stored = _stored(engine)
    ids = [row[0].hex for row in stored]
    assert len(ids) == len(set(ids)), "a click was counted twice"
    by_id = {row[0].hex: row for row in stored}
    for desk, agent in zip(desks, agents, strict=True):
        assert desk.said == []
        for visit_id, moment in desk.acknowledged.items():
            assert visit_id in by_id, "an acknowledged click was lost"
            _, stored_agent, stored_at = by_id[visit_id]
            assert stored_agent == agent
            assert stored_at.astimezone(UTC) == datetime.fromisoformat(moment)
    assert len(stored) == sum(len(desk.acknowledged) for desk in desks)
    engine.dispose()


def test_a_desk_killed_twenty_times_while_sending_loses_nothing(durable_own_server, tmp_path):
    import os
    import signal

    engine, ctx = offline_helpers.make_place(durable_own_server)
    _till_button(engine, ctx.site_id)
    address = offline_helpers.address(durable_own_server)
    outbox = Outbox(outbox_path(tmp_path))
    kept = {
        outbox.keep_visit(ctx.site_id, ctx.actor.agent_id, KIND).id.hex for _ in range(3000)
    }
    outbox.close()
    killed = 0
    while killed < KILLS:
        desk = Desk("flush", address, str(tmp_path))
        desk.wait_for_more()  # a batch landed: the desk is in the middle of sending
        time.sleep(0.01 * (killed % 5))
        os.kill(desk.process.pid, signal.SIGKILL)
        desk.process.wait(timeout=30)
        assert not desk.done.is_set(), "the outbox emptied before the kills were done"
        killed += 1
    last = Desk("flush", address, str(tmp_path))
    last.finish()
    stored = [row[0].hex for row in _stored(engine)]
    assert len(stored) == len(set(stored)), "a click was sent twice"
    assert set(stored) == kept, "a click was lost"
    assert Outbox(outbox_path(tmp_path)).is_empty()
    engine.dispose()
