"""Helpers for the tests of several desks on one database: a second desk's engine, and desk
processes driven through their standard input and output (like tests/server_kill_writer.py)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.db import make_engine

ROOT = Path(__file__).resolve().parent.parent
DESK = Path(__file__).resolve().parent / "live_desk.py"


@pytest.fixture(name="other_desk")
def other_desk_fixture(db_path):
    """A second desk on the same database (its own engine: its own connections)."""
    engine = make_engine(db_path)
    yield engine
    engine.dispose()


def address_of(db_path) -> str:
    return str(db_path)


def start_desk(db_path, actor, *args: str, env: dict | None = None) -> subprocess.Popen:
    """A desk process (tests/live_desk.py) signed in as `actor`, ready to do `args` on the
    database when told « go » (see `go`); its lines on stdout."""
    address = "join" if env and "AIGUILLAGE_LIVE_JOIN" in env else address_of(db_path)
    desk = subprocess.Popen(
        [sys.executable, str(DESK), address, str(actor.agent_id), *args],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert desk.stdout.readline().strip() == "ready", desk.stderr.read()
    return desk


def start_joined_desk(server, kind: str, folder: Path, actor, *args: str) -> subprocess.Popen:
    """A new desk PC of a shared place: added on the main PC (Settings › Desks), it joins with
    its one-time code, so it works with its own login, its data in `folder`; signed in as
    `actor`, it does `args` when told « go »."""
    from app.sharing import desks
    from app.sharing.sharing import owner_engine

    owner = owner_engine(server)
    try:
        _login, code = desks.add_desk(owner, kind, f"poste {kind}", server.fingerprint)
    finally:
        owner.dispose()
    env = dict(os.environ, XDG_DATA_HOME=str(folder / "data"),
               XDG_CONFIG_HOME=str(folder / "config"), PYTHONPATH=str(ROOT),
               AIGUILLAGE_LIVE_JOIN=" ".join(
                   ("127.0.0.1", str(server.port), server.fingerprint, code, server.database)))
    return start_desk(None, actor, *args, env=env)


def go(*desks: subprocess.Popen) -> None:
    for desk in desks:
        desk.stdin.write("go\n")
        desk.stdin.flush()


def finish(desk: subprocess.Popen, timeout: float = 180) -> list[str]:
    """Wait for a desk process to end; its lines (it must have ended well)."""
    out, err = desk.communicate(timeout=timeout)
    assert desk.returncode == 0, err
    return out.splitlines()
