"""Child process of the offline tests: a desk on a server, the till side without the window.

    python tests/offline_desk_writer.py click ADDRESS SITE_ID AGENT_ID FOLDER
    python tests/offline_desk_writer.py flush ADDRESS FOLDER

`click`: clicks one after the other until its stdin closes, as the till page does: online to
the server with an id made on the desk, to the outbox (FOLDER) while the server is out of
reach or older clicks still wait; asks the server again in the background with backoff and
sends the outbox when it answers. Prints "ok ID TIME" once a click is acknowledged (committed
by the server or on disk in the outbox); at the end, sends everything left and prints "done".

`flush`: sends the outbox of FOLDER in small batches, printing "sent N" after each.
"""

import os
import select
import sys
import threading
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.clock import utcnow  # noqa: E402
from app.connection_state import ConnectionState, is_unreachable  # noqa: E402
from app.db import make_engine, write_session  # noqa: E402
from app.errors import DatabaseError  # noqa: E402
from app.outbox import Outbox, outbox_path  # noqa: E402
from models import Visit  # noqa: E402

KIND = "caisse-hors-ligne"


def _say(line: str) -> None:
    os.write(1, (line.replace("\n", " ") + "\n").encode("utf-8"))  # one write: whole line


def _stdin_closed() -> bool:
    return bool(select.select([sys.stdin], [], [], 0)[0])


def click(address: str, site_id: uuid.UUID, agent_id: uuid.UUID, folder: Path) -> None:
    engine = make_engine(address)
    outbox = Outbox(outbox_path(folder))
    state = ConnectionState(engine, outbox)
    asking = threading.Event()

    def ask_again() -> None:
        time.sleep(state.next_delay())
        state.try_back()
        asking.clear()

    while not _stdin_closed():
        visit_id, moment = uuid.uuid4(), utcnow()
        if state.keeps_locally():
            outbox.keep_visit(site_id, agent_id, KIND, moment, visit_id)
        else:
            try:
                with write_session(engine) as session:
                    session.add(
                        Visit(id=visit_id, site_id=site_id, agent_id=agent_id, kind=KIND,
                              occurred_at=moment, created_at=moment, updated_at=moment)
                    )  # fmt: skip
            except DatabaseError as refused:
                if not is_unreachable(refused):
                    _say(f"said {refused.message}")
                    continue
                state.lost()
                outbox.keep_visit(site_id, agent_id, KIND, moment, visit_id)
        _say(f"ok {visit_id.hex} {moment.isoformat()}")
        if not state.online and not asking.is_set():
            asking.set()
            threading.Thread(target=ask_again, daemon=True).start()
        time.sleep(0.02)
    while asking.is_set():
        time.sleep(0.05)
    while not state.try_back():
        time.sleep(state.next_delay())
    _say("done")
    engine.dispose()


def flush(address: str, folder: Path) -> None:
    engine = make_engine(address)
    outbox = Outbox(outbox_path(folder))
    while not outbox.is_empty():
        _say(f"sent {outbox.flush_some(engine, 20)}")
    _say("done")


if __name__ == "__main__":
    if sys.argv[1] == "click":
        click(sys.argv[2], uuid.UUID(sys.argv[3]), uuid.UUID(sys.argv[4]), Path(sys.argv[5]))
    else:
        flush(sys.argv[2], Path(sys.argv[3]))
