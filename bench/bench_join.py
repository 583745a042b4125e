"""Joining with a code: a wrong try against a code name that exists and one that does not
must cost the server the same, or the answer's delay would tell a stranger which names exist.

    measure(small_db, large_db) -> [join_unknown_vs_known_ratio]

A throw-away shared server (loopback, no fsync) with one desk waiting for its code; the join
function is called with a wrong proof, alternately for the code's name and for an unknown name,
on the owner's loopback connection, each call in a transaction rolled back (so the source is
never made to wait and every call does the same work as the first). The figure is the larger
of the two medians over the smaller (1.0: the same time), goal ≤ 1.5 (1.01 on the machine it
was written on). The old function answered an unknown name at once and updated the code's row
for a known one (the outside review measured about 10× with commits). Calls rolled back
measure the function's own work; committed, both paths write one row each as well.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench.common import percentile, row

CALLS = 300


def _one_call(connection, code_id: str) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    connection.execute(
        "SELECT * FROM partage.aiguillage_join(%s, %s)", (code_id, "ab" * 32)
    ).fetchall()
    elapsed = (time.perf_counter() - start) * 1000
    connection.rollback()
    return elapsed


def measure(small_db: Path | None = None, large_db: Path | None = None) -> list[dict]:
    import psycopg

    from app.db.pg_server import free_port
    from app.sharing import desks
    from app.sharing.server import SharedServer
    from app.sharing.sharing import owner_engine

    folder = Path(tempfile.mkdtemp(prefix="aiguillage-bench-join-"))
    server = SharedServer.init(folder / "serveur", free_port(), ["127.0.0.1"], durable=False)
    try:
        engine = owner_engine(server)
        try:
            _login, code = desks.add_desk(engine, "till", "caisse", server.fingerprint)
        finally:
            engine.dispose()
        known = code[:3]
        unknown = next(a + b + c for a in desks.ALPHABET for b in "23" for c in "45"
                       if a + b + c != known)
        url = server.direct_url().set(drivername="postgresql")
        known_ms: list[float] = []
        unknown_ms: list[float] = []
        with psycopg.connect(url.render_as_string(hide_password=False)) as connection:
            for _ in range(20):  # warm the plans and the cache
                _one_call(connection, known)
                _one_call(connection, unknown)
            for index in range(CALLS):  # interleaved: a drift of the machine hits both
                first, second = (known, unknown) if index % 2 else (unknown, known)
                for name in (first, second):
                    elapsed = _one_call(connection, name)
                    (known_ms if name == known else unknown_ms).append(elapsed)
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
    entry = row("join_unknown_vs_known_ratio", unknown_ms, goal=1.5, floor=known_ms,
                goal_on="ratio")
    known_p50, unknown_p50 = percentile(known_ms, 50), percentile(unknown_ms, 50)
    spread = max(known_p50, unknown_p50) / min(known_p50, unknown_p50)
    entry.update(ratio=round(spread, 2), unit="ms", status="ok" if spread <= 1.5 else "over",
                 known_p50=round(known_p50, 3), unknown_p50=round(unknown_p50, 3))
    return [entry]


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    for result in measure():
        print(result)
