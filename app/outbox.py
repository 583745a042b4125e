"""The desk's outbox: what a desk on a server did while the server could not be reached.

Till clicks, weighings, anonymous visits at the reception and quick referrals on a ticket
wait here, in a small SQLite file of
the desk's data folder, until the server answers again. It is no copy of the database and no
replication: the server stays the source of truth, the outbox only holds what this desk could
not send yet.

- Acknowledged means on disk: each entry is committed (WAL, synchronous=FULL) before the
  till says « Recorded ».
- Each entry keeps its UUID, its original time, its desk's agent and site.
- `flush` sends the oldest entries first, in one server transaction per batch, each entry
  replayed through the same service as online work (`replay`: the till's click and weighing,
  the reception's anonymous visit, the quick referral); when the server refuses one for good
  the batch goes again with each entry in a savepoint of its own. An entry leaves the outbox
  only after the server committed it. The services store the entry under
  its UUID and find it there when it is sent again, so a desk killed between the server's
  commit and the outbox's clean-up sends it again and nothing is counted twice.
- An entry the server refuses for good (a right, a rule, a removed service: not a server
  away or busy) is set aside in this file with the server's reason, and the others are sent
  all the same; nothing is deleted that has not landed or been dealt with on the main PC,
  which hears of it through `report` (app.db.pg_roles.report_outbox).
- Undo works on a waiting click: it leaves the outbox (and its weighing with it).
"""

from __future__ import annotations

import json
import os
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
from app.private_files import FILE_MODE, make_private, private_folder

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
_SET_ASIDE_SCHEMA = """
CREATE TABLE IF NOT EXISTS set_aside (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    what TEXT NOT NULL,
    site_id TEXT NOT NULL,
    agent_id TEXT,
    occurred_at TEXT NOT NULL,
    body TEXT NOT NULL,
    reason TEXT NOT NULL,
    set_aside_at TEXT NOT NULL
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
    reason: str = ""  # why the server refused it (a set-aside entry only)
    set_aside_at: datetime | None = None

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
        private_folder(self.path.parent)
        if not self.path.exists():  # made for this user only, its journal files with it
            os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT, FILE_MODE))
        self._lock = threading.Lock()
        self._sending: set[int] = set()
        self._db = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
        make_private(self.path)
        self._closed = False
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute(_SCHEMA)
        self._db.execute(_SET_ASIDE_SCHEMA)

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
        *,
        button_id: uuid.UUID | None = None,
    ) -> Waiting:
        """A till click (an anonymous visit of `kind`) kept until the server answers. Its
        `button_id` is clicked again on the server; without one, the site's button of `kind`."""
        body: dict[str, Any] = {"kind": kind}
        if button_id is not None:
            body["button_id"] = button_id.hex
        return self._put(VISIT, site_id, agent_id, body, now, visit_id)

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
        """Nothing waits to be sent (set-aside entries do not wait: they need a person)."""
        return self.count(None) == 0

    def set_aside(self) -> list[Waiting]:
        """The entries the server refused for good, oldest first, each with its `reason`."""
        with self._lock:
            if self._closed:
                return []
            rows = self._db.execute(
                f"SELECT {_COLUMNS}, reason, set_aside_at FROM set_aside ORDER BY seq"
            ).fetchall()
        return [_entry(row) for row in rows]

    def oldest_waiting(self) -> datetime | None:
        """When the oldest waiting entry was made (None: nothing waits)."""
        with self._lock:
            if self._closed:
                return None
            row = self._db.execute("SELECT min(occurred_at) FROM waiting").fetchone()
        return _moment(row[0]) if row and row[0] else None

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
        """Send everything waiting, oldest first; returns how many entries landed. An entry
        the server refuses for good is set aside with its reason and the others go on; a
        DatabaseError (the server went away again, or is busy) stops the sending: what was not
        committed by the server stays waiting."""
        sent = 0
        while True:
            landed, refused = self._send_batch(engine, batch)
            if not landed and not refused:
                return sent
            sent += landed

    def flush_some(self, engine: Any, batch: int = BATCH) -> int:
        """Send the oldest `batch` entries (one server transaction); how many landed."""
        return self._send_batch(engine, batch)[0]

    def _send_batch(self, engine: Any, batch: int) -> tuple[int, int]:
        entries = self._take(batch)
        if not entries:
            return 0, 0
        try:
            refused = _send(engine, entries)
        finally:
            with self._lock:
                self._sending.clear()
        self._settle(entries, refused)
        return len(entries) - len(refused), len(refused)

    def _take(self, batch: int) -> list[Waiting]:
        entries = self.entries(limit=batch)
        with self._lock:
            self._sending.update(entry.seq for entry in entries)
        return entries

    def _settle(self, entries: list[Waiting], refused: dict[int, str]) -> None:
        """After the server's commit: landed entries leave, refused ones are set aside with
        their reason, in one transaction of this file."""
        moment = utcnow().isoformat()
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.executemany(
                    f"INSERT OR IGNORE INTO set_aside ({_COLUMNS}, reason, set_aside_at)"
                    f" SELECT {_COLUMNS}, ?, ? FROM waiting WHERE seq = ?",
                    [(reason, moment, seq) for seq, reason in refused.items()],
                )
                self._db.executemany(
                    "DELETE FROM waiting WHERE seq = ?", [(entry.seq,) for entry in entries]
                )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    # --- what the main PC hears of this desk --------------------------------------------------
    def report(self, engine: Any) -> bool:
        """Tell the main PC what waits here and what was set aside (the server stamps this
        desk's login); forget the set-aside entries dealt with there. False when the server
        keeps no such report (not a shared server) or did not answer."""
        from app.db.pg_roles import report_outbox

        refused = self.set_aside()
        dealt_with = report_outbox(
            engine,
            self.count(None),
            self.oldest_waiting(),
            [_described(entry) for entry in refused],
        )
        if dealt_with is None:
            return False
        if dealt_with:
            with self._lock:
                self._db.executemany(
                    "DELETE FROM set_aside WHERE id = ?", [(i.hex,) for i in dealt_with]
                )
        return True


def _moment(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _described(entry: Waiting) -> dict:
    """A set-aside entry as the main PC keeps it (JSON)."""
    return {
        "id": entry.id.hex,
        "what": entry.what,
        "site_id": entry.site_id.hex,
        "agent_id": _id(entry.agent_id),
        "occurred_at": entry.occurred_at.isoformat(),
        "body": entry.body,
        "reason": entry.reason,
        "set_aside_at": (entry.set_aside_at or utcnow()).isoformat(),
    }


def entry_from_description(described: dict) -> Waiting:
    """A set-aside entry as the main PC keeps it, ready to `replay` there."""
    agent_id = described.get("agent_id")
    return Waiting(
        0,
        uuid.UUID(str(described["id"])),
        str(described["what"]),
        uuid.UUID(str(described["site_id"])),
        uuid.UUID(str(agent_id)) if agent_id else None,
        to_utc(described["occurred_at"])
        if isinstance(described["occurred_at"], datetime)
        else _moment(str(described["occurred_at"])),
        dict(described.get("body") or {}),
        str(described.get("reason") or ""),
    )


def _entry(row: tuple) -> Waiting:
    seq, entry_id, what, site_id, agent_id, occurred_at, body, *refusal = row
    reason, set_aside_at = refusal if refusal else ("", None)
    return Waiting(
        int(seq),
        uuid.UUID(entry_id),
        what,
        uuid.UUID(site_id),
        uuid.UUID(agent_id) if agent_id else None,
        _moment(occurred_at),
        json.loads(body),
        reason,
        _moment(set_aside_at) if set_aside_at else None,
    )


def _send(engine: Any, entries: list[Waiting]) -> dict[int, str]:
    """One server transaction for a batch, oldest first; returns the reasons of the entries
    refused for good, by `seq`. Refusals are rare, so the batch first goes as it is; if the
    server refuses an entry for good, it goes again with each entry in a savepoint of its own,
    and a refused one is rolled back alone. Anything else (the server away or busy, a
    transaction to run again) ends the sending, run again by `retrying` when that is safe."""
    from app.db import retrying
    from app.db.refusals import refusal_for_good

    try:
        return retrying(lambda: _replayed(engine, entries, guarded=False))
    except Exception as error:  # noqa: BLE001 — sorted just below
        if refusal_for_good(error, engine.dialect.name) is None:
            raise
    return retrying(lambda: _replayed(engine, entries, guarded=True))


def _replayed(engine: Any, entries: list[Waiting], *, guarded: bool) -> dict[int, str]:
    from app.db import write_session
    from app.db.refusals import refusal_for_good

    refused: dict[int, str] = {}
    known: dict = {}  # the agents' roles and the buttons of each kind, read once a batch
    with write_session(engine) as session:
        for entry in entries:
            if not guarded:
                replay(session, entry, known)
                continue
            try:
                with session.begin_nested():
                    replay(session, entry, known)
            except Exception as error:  # noqa: BLE001 — sorted just below
                reason = refusal_for_good(error, engine.dialect.name)
                if reason is None:
                    raise
                refused[entry.seq] = reason
                log_failure("Kept record refused", type(error), error, None)
    return refused


def replay(session: Any, entry: Waiting, known: dict | None = None) -> None:
    """Make a kept entry on the server through the same service as online work, under its
    own id, time, agent and site; an entry already there is left as it is. Raises the
    service's UserError (or the server's refusal) when it cannot be made. `known` keeps what
    was read for the entries before (agents' roles, buttons by kind) within one transaction."""
    from app.services import referrals, till, visits

    known = {} if known is None else known
    actor = _actor_of(session, entry, known)
    if entry.what == VISIT:
        button = entry.body.get("button_id")
        if button:
            button_id = uuid.UUID(button)
        else:
            button_id = _button_of_kind(session, actor, entry, known)
            if button_id is None:
                return  # landed before its button was switched off
        till.record_click(session, actor, button_id, now=entry.occurred_at, visit_id=entry.id)
    elif entry.what == DONATION:
        visit_id = entry.body.get("visit_id")
        till.record_donation(
            session, actor, entry.category, entry.body.get("kg", 0),
            uuid.UUID(visit_id) if visit_id else None, entry.occurred_at, donation_id=entry.id,
        )  # fmt: skip
    elif entry.what == RECEPTION:
        fields = visits.VisitFields(**entry.body["fields"])
        visits.log_visit(session, actor, fields, None, entry.occurred_at, visit_id=entry.id)
    elif entry.what == REFERRAL:
        referrals.create_referrals(
            session,
            actor,
            service_ids=[uuid.UUID(s) for s in entry.body["service_ids"]],
            themes=entry.body["themes"],
            language=entry.body["language"],
            now=entry.occurred_at,
            ids=[uuid.UUID(r) for r in entry.body["referral_ids"]],
        )
    else:
        raise UserError(translate("Outbox", "This kind of record is unknown to the main PC."))


def _button_of_kind(session: Any, actor: Any, entry: Waiting, known: dict) -> uuid.UUID | None:
    """The site's button of the kept click's kind (a click kept with its kind only); None when
    there is none any more but the click landed before (sent again after a crash)."""
    from sqlmodel import select

    from app.services import till
    from models import Visit

    key = ("button", entry.site_id, entry.kind)
    if key not in known:
        try:
            known[key] = till.button_of_kind(session, actor, entry.kind)
        except UserError:
            stored = session.exec(select(Visit.id).where(Visit.id == entry.id)).first()
            if stored is not None:
                return None
            raise
    return known[key]


def _actor_of(session: Any, entry: Waiting, known: dict) -> Any:
    """The entry's agent with their role as the server knows it, working at the entry's site:
    the rights are checked as for online work. An agent deactivated since still did this
    while they had access: it lands under their name. An agent the server does not know is
    refused."""
    from sqlmodel import select

    from app.permissions import Actor
    from models import Agent
    from models.enums import Role

    if entry.agent_id is None:
        return Actor(agent_id=None, role=Role.VOLUNTEER.value, site_id=entry.site_id)
    key = ("agent", entry.agent_id)
    if key not in known:
        known[key] = session.exec(select(Agent.role).where(Agent.id == entry.agent_id)).first()
    if known[key] is None:
        raise UserError(
            translate("Outbox", "The person who made this record is unknown to the main PC.")
        )
    return Actor(agent_id=entry.agent_id, role=known[key], site_id=entry.site_id)


def outbox_path(data_folder: Path) -> Path:
    return Path(data_folder) / FILENAME
