"""The desk's outbox: what a desk on a server did while the server could not be reached.

Till clicks, weighings, anonymous visits at the reception and quick referrals on a ticket
wait here, in a small SQLite file of
the desk's data folder, until the server answers again. It is no copy of the database and no
replication: the server stays the source of truth, the outbox only holds what this desk could
not send yet.

- Acknowledged means on disk: each entry is committed (WAL, synchronous=FULL) before the
  till says « Recorded ».
- Each entry keeps its UUID, its original time, its desk's agent and site.
- `flush` sends the oldest entries first, in one server transaction per batch; an entry leaves
  the outbox only after the server committed it. The UUID is the row's primary key on the
  server and the insert ignores a key already there, so a desk killed between the server's
  commit and the outbox's clean-up sends it again and nothing is counted twice.
- Undo works on a waiting click: it leaves the outbox (and its weighing with it).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app.clock import to_utc, utcnow
from app.errors import UserError
from app.i18n import translate
from app.logs import log_failure

FILENAME = "boite-d-envoi.sqlite"
BATCH = 500
UNDO_WINDOW = timedelta(minutes=2)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS waiting (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    what TEXT NOT NULL,
    site_id TEXT NOT NULL,
    agent_id TEXT,
    occurred_at TEXT NOT NULL,
    body TEXT NOT NULL
)
"""
_COLUMNS = "seq, id, what, site_id, agent_id, occurred_at, body"
VISIT, DONATION, REFERRAL, RECEPTION = "visit", "donation", "referral", "reception"


@dataclass(frozen=True)
class Waiting:
    """One entry of the outbox, as the till shows it (a visit: `kind`; a weighing: `kg`)."""

    seq: int
    id: uuid.UUID
    what: str
    site_id: uuid.UUID
    agent_id: uuid.UUID | None
    occurred_at: datetime
    body: dict

    @property
    def kind(self) -> str:
        return str(self.body.get("kind", ""))

    @property
    def kg(self) -> float:
        return float(self.body.get("kg", 0))

    @property
    def category(self) -> str:
        return str(self.body.get("category", ""))


def _id(value: uuid.UUID | None) -> str | None:
    return value.hex if value is not None else None


class Outbox:
    """The outbox file of one desk. Thread-safe: the till writes from the window, the sending
    happens on a background thread."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._sending: set[int] = set()
        self._db = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
        self._closed = False
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute(_SCHEMA)

    def close(self) -> None:
        """Closed with the desk; a page still asking afterwards finds nothing waiting."""
        with self._lock:
            self._db.close()
            self._closed = True

    # --- keeping ----------------------------------------------------------------------------
    def _put(
        self,
        what: str,
        site_id: uuid.UUID,
        agent_id: uuid.UUID | None,
        body: dict,
        now: datetime | None,
        entry_id: uuid.UUID | None,
    ) -> Waiting:
        moment = to_utc(now) if now is not None else utcnow()
        entry_id = entry_id or uuid.uuid4()
        with self._lock:
            cursor = self._db.execute(
                "INSERT INTO waiting (id, what, site_id, agent_id, occurred_at, body)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    entry_id.hex,
                    what,
                    site_id.hex,
                    _id(agent_id),
                    moment.isoformat(),
                    json.dumps(body),
                ),
            )  # autocommit: on disk (synchronous=FULL) when this returns
        return Waiting(int(cursor.lastrowid or 0), entry_id, what, site_id, agent_id, moment, body)

    def keep_visit(
        self,
        site_id: uuid.UUID,
        agent_id: uuid.UUID | None,
        kind: str,
        now: datetime | None = None,
        visit_id: uuid.UUID | None = None,
    ) -> Waiting:
        """A till click (an anonymous visit of `kind`) kept until the server answers."""
        return self._put(VISIT, site_id, agent_id, {"kind": kind}, now, visit_id)

    def keep_donation(
        self,
        site_id: uuid.UUID,
        agent_id: uuid.UUID | None,
        category: str,
        kg: float,
        visit_id: uuid.UUID | None = None,
        now: datetime | None = None,
    ) -> Waiting:
        """A weighing kept until the server answers (its visit may be waiting too)."""
        body = {"category": category, "kg": kg, "visit_id": _id(visit_id)}
        return self._put(DONATION, site_id, agent_id, body, now, None)

    def keep_referrals(
        self,
        site_id: uuid.UUID,
        agent_id: uuid.UUID | None,
        role: str,
        service_ids: list[uuid.UUID],
        themes: list[str],
        language: str,
        now: datetime | None = None,
    ) -> tuple[Waiting, list[uuid.UUID]]:
        """A quick referral on a ticket (no person): one referral per service, made on the
        server with these ids when it answers again."""
        ids = [uuid.uuid4() for _ in service_ids]
        body = {
            "role": role,
            "service_ids": [s.hex for s in service_ids],
            "referral_ids": [r.hex for r in ids],
            "themes": list(themes),
            "language": language,
        }
        return self._put(REFERRAL, site_id, agent_id, body, now, ids[0]), ids

    def keep_anonymous_visit(
        self,
        site_id: uuid.UUID,
        agent_id: uuid.UUID | None,
        fields: dict,
        now: datetime | None = None,
        visit_id: uuid.UUID | None = None,
    ) -> Waiting:
        """An anonymous visit of the reception (its form's fields, already checked), kept
        until the server answers; the visit is made there with this id."""
        return self._put(RECEPTION, site_id, agent_id, {"fields": dict(fields)}, now, visit_id)

    # --- reading ----------------------------------------------------------------------------
    def entries(self, limit: int | None = None) -> list[Waiting]:
        """The waiting entries, oldest first."""
        query = f"SELECT {_COLUMNS} FROM waiting ORDER BY seq"
        if limit is not None:
            query += f" LIMIT {int(limit)}"
        with self._lock:
            rows = self._db.execute(query).fetchall()
        return [_entry(row) for row in rows]

    def count(self, what: str | None = VISIT) -> int:
        """How many entries wait (by default the till clicks)."""
        with self._lock:
            if self._closed:
                return 0
            if what is None:
                row = self._db.execute("SELECT count(*) FROM waiting").fetchone()
            else:
                row = self._db.execute(
                    "SELECT count(*) FROM waiting WHERE what = ?", (what,)
                ).fetchone()
        return int(row[0])

    def counts(self) -> dict[str, int]:
        """How many entries wait, by kind (VISIT, DONATION, REFERRAL, RECEPTION)."""
        with self._lock:
            if self._closed:
                return {}
            rows = self._db.execute("SELECT what, count(*) FROM waiting GROUP BY what").fetchall()
        return {str(what): int(count) for what, count in rows}

    def is_empty(self) -> bool:
        return self.count(None) == 0

    # --- undo -------------------------------------------------------------------------------
    def undo_last_visit(
        self, site_id: uuid.UUID, agent_id: uuid.UUID | None, now: datetime | None = None
    ) -> Waiting | None:
        """Take back this agent's last waiting click (and its weighing) if it is less than two
        minutes old. None when no click of theirs is waiting."""
        moment = to_utc(now) if now is not None else utcnow()
        with self._lock:
            row = self._db.execute(
                f"SELECT {_COLUMNS} FROM waiting"
                " WHERE what = ? AND site_id = ? AND agent_id IS ? ORDER BY seq DESC LIMIT 1",
                (VISIT, site_id.hex, _id(agent_id)),
            ).fetchone()
            if row is None:
                return None
            last = _entry(row)
            if moment - last.occurred_at > UNDO_WINDOW:
                raise UserError(
                    translate(
                        "Till",
                        "The last click is more than 2 minutes old: it can no longer be undone.",
                    )
                )
            if last.seq in self._sending:
                raise UserError(
                    translate(
                        "Outbox",
                        "This click is being sent to the main PC right now: undo it again in "
                        "a moment.",
                    )
                )
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute(
                    "DELETE FROM waiting WHERE what = ? AND json_extract(body, '$.visit_id') = ?",
                    (DONATION, last.id.hex),
                )
                self._db.execute("DELETE FROM waiting WHERE seq = ?", (last.seq,))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return last

    # --- sending ----------------------------------------------------------------------------
    def flush(self, engine: Any, batch: int = BATCH) -> int:
        """Send everything waiting, oldest first; returns how many entries landed. A
        DatabaseError (the server went away again) stops the sending: what was not committed
        by the server stays waiting."""
        sent = 0
        while True:
            landed = self.flush_some(engine, batch)
            if not landed:
                return sent
            sent += landed

    def flush_some(self, engine: Any, batch: int = BATCH) -> int:
        """Send the oldest `batch` entries (one server transaction); how many landed."""
        entries = self._take(batch)
        if not entries:
            return 0
        try:
            _send(engine, entries)
        finally:
            with self._lock:
                self._sending.clear()
        self._forget(entries)
        return len(entries)

    def _take(self, batch: int) -> list[Waiting]:
        entries = self.entries(limit=batch)
        with self._lock:
            self._sending.update(entry.seq for entry in entries)
        return entries

    def _forget(self, entries: list[Waiting]) -> None:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.executemany(
                    "DELETE FROM waiting WHERE seq = ?", [(entry.seq,) for entry in entries]
                )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise


def _entry(row: tuple) -> Waiting:
    seq, entry_id, what, site_id, agent_id, occurred_at, body = row
    moment = datetime.fromisoformat(occurred_at)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return Waiting(
        int(seq),
        uuid.UUID(entry_id),
        what,
        uuid.UUID(site_id),
        uuid.UUID(agent_id) if agent_id else None,
        moment,
        json.loads(body),
    )


def _send(engine: Any, entries: list[Waiting]) -> None:
    """One server transaction for a batch: visits first (a weighing or a referral may point
    at one), then weighings, then referrals; a key already there is left as it is."""
    from app.db import insert_new_rows, notify, retrying, write_session
    from models import Donation, Visit

    visits = [_visit_row(e) for e in entries if e.what == VISIT]
    visits += [_reception_row(e) for e in entries if e.what == RECEPTION]
    donations = [_donation_row(e) for e in entries if e.what == DONATION]
    referrals = [e for e in entries if e.what == REFERRAL]

    def transaction() -> None:
        with write_session(engine) as session:
            insert_new_rows(session, Visit.__table__, visits)
            insert_new_rows(session, Donation.__table__, donations)
            if visits or donations:
                notify(session, "till")  # the other desks' counters count these too
            for entry in referrals:
                _make_referrals(session, entry)

    retrying(transaction)


def _visit_row(entry: Waiting) -> dict:
    from models import Visit

    visit = Visit(
        id=entry.id,
        site_id=entry.site_id,
        agent_id=entry.agent_id,
        kind=entry.kind,
        occurred_at=entry.occurred_at,
        created_at=entry.occurred_at,
        updated_at=entry.occurred_at,
    )
    return {column.name: getattr(visit, column.name) for column in Visit.__table__.columns}


def _reception_row(entry: Waiting) -> dict:
    from models import Visit
    from models.enums import VisitKind

    visit = Visit(
        id=entry.id,
        site_id=entry.site_id,
        agent_id=entry.agent_id,
        person_id=None,
        kind=VisitKind.RECEPTION.value,
        occurred_at=entry.occurred_at,
        created_at=entry.occurred_at,
        updated_at=entry.occurred_at,
        **entry.body["fields"],
    )
    return {column.name: getattr(visit, column.name) for column in Visit.__table__.columns}


def _donation_row(entry: Waiting) -> dict:
    from models import Donation

    visit_id = entry.body.get("visit_id")
    donation = Donation(
        id=entry.id,
        site_id=entry.site_id,
        agent_id=entry.agent_id,
        visit_id=uuid.UUID(visit_id) if visit_id else None,
        occurred_at=entry.occurred_at,
        category=entry.category,
        kg=entry.kg,
    )
    return {column.name: getattr(donation, column.name) for column in Donation.__table__.columns}


def _make_referrals(session: Any, entry: Waiting) -> None:
    from app.permissions import Actor
    from app.services.referrals import create_referrals
    from models import Referral

    ids = [uuid.UUID(r) for r in entry.body["referral_ids"]]
    if session.get(Referral, ids[0]) is not None:
        return  # already made before this desk was stopped
    actor = Actor(agent_id=entry.agent_id, role=entry.body["role"], site_id=entry.site_id)
    try:
        create_referrals(
            session,
            actor,
            service_ids=[uuid.UUID(s) for s in entry.body["service_ids"]],
            themes=entry.body["themes"],
            language=entry.body["language"],
            now=entry.occurred_at,
            ids=ids,
        )
    except UserError as refused:
        # a service taken out of the directory meanwhile: the ticket was printed, the rest of
        # the outbox must still go; the log keeps why this one did not
        log_failure("Waiting referral refused", type(refused), refused, None)


def outbox_path(data_folder: Path) -> Path:
    return Path(data_folder) / FILENAME
