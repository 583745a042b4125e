"""Child process of the server-kill test: a desk saving visits on a PostgreSQL server.

    python tests/server_kill_writer.py ADDRESS SITE_ID

It saves visits one after the other until its stdin closes and prints, each as one line,
"ok ID" once a save has returned (acknowledged), or "said MESSAGE" when the database refused
(the French message a desk would show), then tries again a moment later.
"""

import os
import select
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.db import make_engine, write_session  # noqa: E402
from app.errors import DatabaseError  # noqa: E402
from models import Visit  # noqa: E402


def _say(line: str) -> None:
    os.write(1, (line.replace("\n", " ") + "\n").encode("utf-8"))  # one write: whole line


def main() -> None:
    address, site_id = sys.argv[1], uuid.UUID(sys.argv[2])
    engine = make_engine(address)
    while not select.select([sys.stdin], [], [], 0)[0]:  # until the test closes our stdin
        try:
            with write_session(engine) as session:
                visit = Visit(site_id=site_id, note="x" * 200, themes=["famille--garde-denfants"])
                session.add(visit)
                visit_id = visit.id
        except DatabaseError as refused:
            _say(f"said {refused.message}")
            time.sleep(0.1)
            continue
        _say(f"ok {visit_id.hex}")
    engine.dispose()


if __name__ == "__main__":
    main()
