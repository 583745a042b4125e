"""Crash safety: a writer killed with SIGKILL at random moments never leaves a damaged file,
and never loses a visit whose commit had returned."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WRITER = Path(__file__).resolve().parent / "crash_writer.py"
KILLS = 50


pytestmark = pytest.mark.sqlite_file  # the SQLite file itself: copies, pragmas, damage


def _check(db_path: Path) -> set[str]:
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {row[0] for row in connection.execute("SELECT id FROM visit")}
    finally:
        connection.close()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the writer forks (POSIX)")
def test_visits_survive_fifty_sigkills(db_path, coordinator, engine):
    engine.dispose()
    rng = random.Random(20261121)
    committed: set[str] = set()
    zygote = subprocess.Popen(
        [sys.executable, str(WRITER), str(db_path), coordinator.site_id.hex],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert zygote.stdin is not None and zygote.stdout is not None
    try:
        for round_number in range(KILLS):
            zygote.stdin.write("go\n")
            zygote.stdin.flush()
            pid = int(zygote.stdout.readline().split()[1])
            first = zygote.stdout.readline().strip()
            assert len(first) == 32, f"the writer did not write (round {round_number})"
            committed.add(first)
            time.sleep(rng.uniform(0.0, 0.2))
            os.kill(pid, signal.SIGKILL)
            for line in iter(zygote.stdout.readline, ""):
                line = line.strip()
                if line == "end":
                    break
                if len(line) == 32:
                    committed.add(line)
            missing = committed - _check(db_path)
            assert not missing, f"round {round_number}: {len(missing)} committed visits lost"
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
    assert len(committed) > KILLS
