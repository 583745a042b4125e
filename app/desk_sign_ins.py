"""The sign-ins kept on a desk on a server, so that its agents can sign in while the main PC is
off (a till switched on on a Saturday with the office PC off).

Each right PIN typed at this desk while the server answers keeps, in `connexions-du-poste.json`
of the desk's data folder (readable by this PC's user only, as the desk's password), that
agent's id, name, role and argon2id PIN hash: nothing else, never anything about a person.
Only an agent kept here can sign in while the server is away, and only for what works without
it (till, anonymous visits, quick referrals): the session acts as a volunteer until the server
confirms the agent again (`confirm_sign_in`, with their real role).

Wrong PINs count toward the same lock-out as online (app.services.auth): the count and the
lock are kept here, and the wrong PINs typed away from the server are told to it at the next
connection (audited as usual). At every connection `refresh` reads the kept agents again: a
changed PIN, an agent deactivated or deleted → their entry is gone.
"""

from __future__ import annotations

import json
import os
import threading
import uuid
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app.clock import utcnow
from app.i18n import translate
from app.permissions import Actor
from app.private_files import private_folder
from app.services.auth import (
    FAILURES_BEFORE_LOCK,
    SignInRefused,
    lock_minutes,
    locked_for,
    wait_text,
)
from models.enums import Role

FILENAME = "connexions-du-poste.json"
OFFLINE_ROLE = Role.VOLUNTEER.value  # the till, anonymous visits, directory and sheets


def _tr(text: str) -> str:
    return translate("SignIn", text)


@dataclass(frozen=True)
class KeptSignIn:
    """One agent who signed in on this desk while the server answered."""

    agent_id: uuid.UUID
    name: str
    role: str
    pin_hash: str
    failed_attempts: int = 0
    locked_until: datetime | None = None
    unreported: int = 0  # wrong PINs typed while the server was away, not told to it yet

    def as_json(self) -> dict:
        values = asdict(self)
        values["agent_id"] = self.agent_id.hex
        values["locked_until"] = self.locked_until.isoformat() if self.locked_until else None
        return values

    @classmethod
    def from_json(cls, values: dict) -> KeptSignIn:
        until = values.get("locked_until")
        return cls(
            agent_id=uuid.UUID(values["agent_id"]),
            name=str(values["name"]),
            role=str(values["role"]),
            pin_hash=str(values["pin_hash"]),
            failed_attempts=int(values.get("failed_attempts") or 0),
            locked_until=datetime.fromisoformat(until) if until else None,
            unreported=int(values.get("unreported") or 0),
        )


class DeskSignIns:
    """The kept sign-ins of one desk. Thread-safe: the refresh runs on a background thread
    while the lock screen may check a PIN."""

    def __init__(self, data_folder: Path) -> None:
        self.path = Path(data_folder) / FILENAME
        self._lock = threading.Lock()
        # one refresh at a time: the start's and the reconnection's never tell the server the
        # same wrong PINs twice
        self._refreshing = threading.Lock()

    # --- the file ---------------------------------------------------------------------------
    def _read(self) -> dict[uuid.UUID, KeptSignIn]:
        try:
            values = json.loads(self.path.read_text(encoding="utf-8"))
            kept = [KeptSignIn.from_json(v) for v in values.get("agents", [])]
        except FileNotFoundError:
            return {}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return {}  # a damaged file: agents sign in again once the server answers
        return {entry.agent_id: entry for entry in kept}

    def _keep(self, kept: dict[uuid.UUID, KeptSignIn]) -> None:
        """Write the file; a folder or disk that refuses it is logged, never raised (the desk
        goes on, the kept copy is just not updated)."""
        try:
            self._write(kept)
        except OSError as error:
            from app.logs import log_failure

            log_failure("Kept sign-ins not written", type(error), error, error.__traceback__)
            try:
                self.path.with_suffix(".nouveau").unlink(missing_ok=True)
            except OSError:
                pass  # nothing more can be done here; the next write tries again

    def _write(self, kept: dict[uuid.UUID, KeptSignIn]) -> None:
        """Written aside (0600 from the start), flushed, then put in place in one step."""
        private_folder(self.path.parent)
        fresh = self.path.with_suffix(".nouveau")
        fresh.unlink(missing_ok=True)
        body = json.dumps({"agents": [e.as_json() for e in kept.values()]}, indent=1)
        descriptor = os.open(fresh, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(body)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(fresh, self.path)

    # --- reading ----------------------------------------------------------------------------
    def entries(self) -> list[KeptSignIn]:
        """The agents who may sign in while the server is away, by name."""
        with self._lock:
            kept = self._read()
        return sorted(kept.values(), key=lambda e: e.name.casefold())

    def get(self, agent_id: uuid.UUID) -> KeptSignIn | None:
        with self._lock:
            return self._read().get(agent_id)

    # --- what the desk does -----------------------------------------------------------------
    def remember(self, agent: Any) -> None:
        """A right PIN typed while the server answered: keep (or refresh) this agent."""
        self.remember_entry(KeptSignIn(agent.id, agent.name, agent.role, agent.pin_hash))

    def remember_entry(self, entry: KeptSignIn) -> None:
        with self._lock:
            kept = self._read()
            kept[entry.agent_id] = entry
            self._keep(kept)

    def sign_in(
        self, agent_id: uuid.UUID, pin: str, site_id: uuid.UUID, now: datetime | None = None
    ) -> Actor:
        """Check a PIN against the kept hash, with the same lock-out as online; the actor of
        the session (offline features only). Raises SignInRefused otherwise."""
        from app.services.agents import pin_matches

        now = now or utcnow()
        with self._lock:
            kept = self._read()
            entry = kept.get(agent_id)
            if entry is None:
                raise SignInRefused(
                    _tr(
                        "Only agents who already signed in on this desk can sign in while the "
                        "main PC is off."
                    )
                )
            wait = locked_for(entry, now)  # type: ignore[arg-type]
            if wait:
                raise SignInRefused(wait_text(wait))
            if not pin_matches(entry, pin or ""):  # type: ignore[arg-type]
                failed = entry.failed_attempts + 1
                minutes = lock_minutes(failed)
                until = now + timedelta(minutes=minutes) if minutes else entry.locked_until
                kept[agent_id] = replace(
                    entry,
                    failed_attempts=failed,
                    locked_until=until,
                    unreported=entry.unreported + 1,
                )
                self._keep(kept)
                if minutes:
                    raise SignInRefused(wait_text(timedelta(minutes=minutes)))
                left = FAILURES_BEFORE_LOCK - failed % FAILURES_BEFORE_LOCK
                raise SignInRefused(
                    _tr("Wrong PIN. %1 tries left before a short lock.").replace("%1", str(left))
                )
            if entry.failed_attempts or entry.locked_until:
                kept[agent_id] = replace(entry, failed_attempts=0, locked_until=None)
                self._keep(kept)
        return Actor(agent_id=agent_id, role=OFFLINE_ROLE, site_id=site_id)

    def refresh(self, engine: Any) -> None:
        """At a connection: tell the server the wrong PINs typed away from it, then keep
        each agent as the server knows them, or forget them (PIN changed, deactivated,
        deleted). One refresh at a time."""
        from app.db import write_session

        with self._refreshing:
            with self._lock:
                snapshot = self._read()
            if not snapshot:
                return
            with write_session(engine) as session:
                known = {
                    agent_id: _server_view(session, entry)
                    for agent_id, entry in snapshot.items()
                }
            self.apply({a: e.unreported for a, e in snapshot.items()}, known)

    def server_views(self, session: Any) -> dict[uuid.UUID, KeptSignIn | None]:
        """The kept agents as the server knows them, read in `session` (an online sign-in's
        own work, on the database worker); the wrong PINs not told yet stay for `refresh`."""
        with self._lock:
            snapshot = self._read()
        return {
            agent_id: _server_view(session, entry, report=False)
            for agent_id, entry in snapshot.items()
        }

    def apply(
        self, told: dict[uuid.UUID, int], known: dict[uuid.UUID, KeptSignIn | None]
    ) -> None:
        """Keep each agent of `known` as the server knows them, or forget them; `told` is how
        many wrong PINs of each were reported to it."""
        with self._lock:
            kept = self._read()
            for agent_id, entry in list(kept.items()):
                if agent_id not in known:
                    continue  # kept meanwhile: the next connection reads it
                fresh = known[agent_id]
                if fresh is None or fresh.pin_hash != entry.pin_hash:
                    del kept[agent_id]
                    continue
                reported = told.get(agent_id, 0)
                kept[agent_id] = replace(
                    fresh,
                    failed_attempts=fresh.failed_attempts + entry.unreported - reported,
                    locked_until=_later(fresh.locked_until, entry.locked_until),
                    unreported=entry.unreported - reported,
                )
            self._keep(kept)


def _server_view(session: Any, entry: KeptSignIn, *, report: bool = True) -> KeptSignIn | None:
    """The agent as the server knows them after this desk's wrong PINs were told to it
    (`report`); None when they can no longer sign in."""
    from app.services import audit
    from app.services.sites import actor_for
    from models import Agent
    from models.enums import AuditAction

    agent = session.get(Agent, entry.agent_id)
    if agent is None or not agent.active:
        return None
    if report and entry.unreported and agent.pin_hash == entry.pin_hash:
        agent.failed_attempts += entry.unreported
        agent.locked_until = _later(_aware(agent.locked_until), entry.locked_until)
        session.add(agent)
        for _ in range(entry.unreported):
            audit.record(session, actor_for(agent), AuditAction.LOGIN_FAILED, "agent", agent.id)
        session.flush()
    return KeptSignIn(
        agent.id,
        agent.name,
        agent.role,
        agent.pin_hash,
        failed_attempts=agent.failed_attempts,
        locked_until=_aware(agent.locked_until),
    )


def signed_in_entry(session: Any, agent_id: uuid.UUID) -> KeptSignIn | None:
    """The agent who has just signed in while the server answered, as this desk keeps them
    (plain data: the sign-in window never holds a database row)."""
    return _server_view(session, KeptSignIn(agent_id, "", "", ""), report=False)


def confirm_sign_in(session: Any, agent_id: uuid.UUID, pin_hash: str) -> Actor | None:
    """The server is back: the agent who signed in away from it, with the PIN whose hash was
    kept, is still active with that same PIN → the actor with their real role (the sign-in is
    audited now); None otherwise (the desk locks)."""
    from app.services import audit
    from app.services.sites import actor_for
    from models import Agent
    from models.enums import AuditAction

    agent = session.get(Agent, agent_id)
    if agent is None or not agent.active or agent.pin_hash != pin_hash:
        return None
    if locked_for(agent):
        return None
    agent.failed_attempts = 0
    agent.locked_until = None
    session.add(agent)
    actor = actor_for(agent)
    audit.record(session, actor, AuditAction.LOGIN, "agent", agent.id)
    return actor


def _aware(moment: datetime | None) -> datetime | None:
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def _later(first: datetime | None, second: datetime | None) -> datetime | None:
    moments = [m for m in (_aware(first), _aware(second)) if m is not None]
    return max(moments) if moments else None
