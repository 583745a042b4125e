"""Two smaller plays of the place: several desks' kept records reaching the main PC at once, and
a desk whose clock is ten minutes off."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from app.db import read_session
from app.sharing.sharing import owner_engine
from models import Agent, Visit
from tests.place.harness import AGENT, COORDINATOR, PIN, VOLUNTEER, DeskProcess, joined_desk

pytestmark = pytest.mark.place

BACK_S = 30
SLACK = timedelta(seconds=5)


def _stored(place) -> list[tuple[str, str, datetime]]:  # type: ignore[no-untyped-def]
    """(agent's name, kind, time) of every visit on the main PC, read with the owner login."""
    engine = owner_engine(place.server)
    try:
        with read_session(engine) as session:
            names = {agent.id: agent.name for agent in session.exec(select(Agent))}
            return [(names.get(v.agent_id, "?"), v.kind, v.occurred_at.astimezone(UTC))
                    for v in session.exec(select(Visit))]  # fmt: skip
    finally:
        engine.dispose()


def _done(desk: DeskProcess, command: str, **arguments) -> bool:  # type: ignore[no-untyped-def]
    return bool(desk.do(command, **arguments)["ok"])


def _sent(desk: DeskProcess) -> str:
    """'' once the desk has sent everything it kept, else what its status still says."""
    if desk.do("wait_status", contains="", timeout=BACK_S)["ok"]:
        return ""
    return f"{desk.name}: « {desk.do('status').get('status')} »"


def test_kept_records_of_several_desks_arrive_at_once(place):
    """Two tills and a reception keep records while the main PC is off; it comes back and the
    three send together: each record lands once, under the agent who made it."""
    tills = [joined_desk(place, "till", "Caisse 1"), joined_desk(place, "till", "Caisse 2")]
    reception = joined_desk(place, "reception", "Accueil")
    for desk, agent in zip((*tills, reception), (VOLUNTEER, COORDINATOR, AGENT), strict=True):
        desk.must("sign_in", agent=agent, pin=PIN)
    reception.must("page", key="accueil")
    done: Counter = Counter()
    for desk, agent, key, kind in ((tills[0], VOLUNTEER, "1", "achat"),
                                   (tills[1], COORDINATOR, "3", "information")):  # fmt: skip
        done[agent, kind] += _done(desk, "till_click", key=key)  # online first
    place.switch_off()
    for _ in range(6):
        done[VOLUNTEER, "achat"] += _done(tills[0], "till_click", key="1")
        done[COORDINATOR, "information"] += _done(tills[1], "till_click", key="3")
    for _ in range(3):
        done[AGENT, "accueil"] += _done(reception, "anonymous_visit")
    assert sum(done.values()) == 2 + 12 + 3, f"a desk refused to keep a record: {done}"
    place.switch_on()
    waiting = [said for said in (_sent(desk) for desk in (*tills, reception)) if said]
    stored = Counter((name, kind) for name, kind, _ in _stored(place))
    assert stored == done and not waiting, (dict(stored), dict(done), waiting)


def test_a_desk_whose_clock_is_ten_minutes_off(place):
    """A till whose clock is ten minutes fast: its click made online takes the server's time,
    and the one kept while the main PC was off is put right by the difference measured at its
    last connection. (The desk's clock is shifted in its process only; see desk_process.py.)"""
    till = joined_desk(place, "till", "Caisse", clock_shift_s=600)
    till.must("sign_in", agent=VOLUNTEER, pin=PIN)
    began = datetime.now(UTC)
    till.must("till_click", key="1")  # online
    place.switch_off()
    till.must("till_click", key="3")  # kept on the desk
    place.switch_on()
    waiting = _sent(till)
    ended = datetime.now(UTC)
    times = {kind: at for _, kind, at in _stored(place)}
    assert not waiting, waiting
    assert set(times) == {"achat", "information"}, times
    wrong = {kind: at for kind, at in times.items() if not began - SLACK <= at <= ended + SLACK}
    assert not wrong, f"times not those of the main PC (between {began} and {ended}): {wrong}"
