"""Whether anything was written on the PostgreSQL server since the last look, without LISTEN:
the fallback of the live updates when the listening connection cannot be kept (see
`app.db.postgres.Listener` and docs/architecture.md, « Live updates without LISTEN »).

The change stamp is the server's current transaction snapshot (`pg_current_snapshot()`,
« xmin:xmax:running xids »). Every transaction that writes gets a transaction id, and its
commit either raises xmax or takes it out of the running list: the stamp differs after any
committed write, by any desk, whatever the desks' clocks say. Reading it touches no table, so it
costs the same on a database of ten files or of a million, and it needs no trigger, no counter
row that every write would have to update, and no notification.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

STAMP_QUERY = "SELECT pg_current_snapshot()::text"
POLL_S = 2.0


def change_stamp(connection) -> str:  # type: ignore[no-untyped-def]
    """The server's change stamp, read on `connection` (psycopg, in autocommit)."""
    row = connection.execute(STAMP_QUERY).fetchone()
    return str(row[0])


class ChangePoller:
    """Reads the change stamp every `interval` seconds on a connection of its own and calls
    `on_change()` when it differs from the one before (a first look also calls it: nobody
    was watching before)."""

    def __init__(
        self,
        connect: Callable[[], object],
        on_change: Callable[[], None],
        interval: float = POLL_S,
    ) -> None:
        self.connect = connect
        self.on_change = on_change
        self.interval = interval

    def poll_until(self, deadline: float, stop: threading.Event) -> None:
        """Poll until time.monotonic() reaches `deadline` or `stop` is set. A failed connection
        raises (psycopg.Error); the caller decides when to try again."""
        with self.connect() as connection:  # type: ignore[attr-defined]
            seen: str | None = None
            while not stop.is_set() and time.monotonic() < deadline:
                stamp = change_stamp(connection)
                if stamp != seen:
                    seen = stamp
                    self.on_change()
                stop.wait(min(self.interval, max(0.0, deadline - time.monotonic())))
