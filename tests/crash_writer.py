"""Child process of the crash test.

    python tests/crash_writer.py DB_PATH SITE_ID

It imports the app once, then for each "go" line on stdin forks a writer and prints
"pid N"; the writer adds visits in a loop and prints each id once its commit has returned.
When the writer dies (the test kills it with SIGKILL), this prints "end".
"""

import os
import sys
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.db import make_engine, write_session  # noqa: E402
from models import Visit  # noqa: E402


def write_visits_forever(db_path: Path, site_id: uuid.UUID) -> None:
    engine = make_engine(db_path)
    while True:
        with write_session(engine) as session:
            visit = Visit(site_id=site_id, note="x" * 200, themes=["famille--garde-denfants"])
            session.add(visit)
            visit_id = visit.id
        os.write(1, (visit_id.hex + "\n").encode("ascii"))  # one write: a whole line or none


def main() -> None:
    db_path, site_id = Path(sys.argv[1]), uuid.UUID(sys.argv[2])
    for line in sys.stdin:
        if line.strip() != "go":
            break
        pid = os.fork()
        if pid == 0:
            try:
                write_visits_forever(db_path, site_id)
            finally:
                os._exit(1)
        os.write(1, f"pid {pid}\n".encode("ascii"))
        os.waitpid(pid, 0)
        os.write(1, b"end\n")


if __name__ == "__main__":
    main()
