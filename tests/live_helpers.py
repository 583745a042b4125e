"""Helpers for the tests of several desks on one database: a second desk's engine, and desk
processes driven through their standard input and output (like tests/server_kill_writer.py)."""

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


def start_desk(db_path, actor, *args: str) -> subprocess.Popen:
    """A desk process (tests/live_desk.py) signed in as `actor`, ready to do `args` on the
    database when told « go » (see `go`); its lines on stdout."""
    desk = subprocess.Popen(
        [sys.executable, str(DESK), address_of(db_path), str(actor.agent_id), *args],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert desk.stdout.readline().strip() == "ready", desk.stderr.read()
    return desk


def go(*desks: subprocess.Popen) -> None:
    for desk in desks:
        desk.stdin.write("go\n")
        desk.stdin.flush()


def finish(desk: subprocess.Popen, timeout: float = 180) -> list[str]:
    """Wait for a desk process to end; its lines (it must have ended well)."""
    out, err = desk.communicate(timeout=timeout)
    assert desk.returncode == 0, err
    return out.splitlines()
