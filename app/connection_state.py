"""Whether a desk on a server can reach it, and what it does about it (no Qt here: the window's
part is ui.connection).

A desk notices that the main PC is out of reach when an operation fails with an « unreachable »
DatabaseError, or when its cheap periodic question (`app.db.server_answers`) gets no answer.
From then on its till clicks, weighings and quick referrals go to the outbox (app.outbox) and
what needs the server is greyed. It asks again, waiting a little longer each time (backoff,
never more than MAX_DELAY_S), and once the server answers it sends the outbox, refreshes its
directory copy and is back online. Nothing is asked of the person at the desk.

Only a desk on a server has this: a single SQLite desk has no server to lose.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from app.errors import DatabaseError, UserError
from app.i18n import counted, translate
from app.outbox import DONATION, RECEPTION, REFERRAL, VISIT, Outbox

FIRST_DELAY_S = 0.5
MAX_DELAY_S = 4.0
ONLINE_PROBE_S = 15.0


def is_unreachable(error: BaseException) -> bool:
    """The server could not be reached or the connection was lost (nothing else)."""
    return isinstance(error, DatabaseError) and bool(getattr(error, "unreachable", False))


class ConnectionState:
    """Online or not, the backoff, and the way back (probe, send the outbox, refresh the
    copy). `try_back` runs on a background thread; the rest is cheap."""

    def __init__(
        self,
        engine: Any,
        outbox: Outbox,
        on_back: list[Callable[[Any], None]] | None = None,
    ) -> None:
        self.engine = engine
        self.outbox = outbox
        self.on_back = list(on_back or [])  # e.g. refresh the directory copy
        self.online = True
        self.sending = False
        self.attempts = 0
        self._lock = threading.Lock()

    # --- what the desk does with a click ------------------------------------------------------
    def keeps_locally(self) -> bool:
        """Till work goes to the outbox: the server is out of reach, or older entries still
        wait (they land first, in order)."""
        return not self.online or self.sending or not self.outbox.is_empty()

    def lost(self) -> None:
        with self._lock:
            if self.online:
                self.attempts = 0
            self.online = False

    def next_delay(self) -> float:
        """Seconds before asking the server again: 0.5, 1, 2, 4, 4, …"""
        delay = min(MAX_DELAY_S, FIRST_DELAY_S * (2**self.attempts))
        self.attempts += 1
        return delay

    # --- the way back (background thread) -----------------------------------------------------
    def try_back(self) -> bool:
        """Ask the server; if it answers, send the outbox and refresh what is kept of it.
        True when the desk is online again with nothing left waiting."""
        from app.db import server_answers

        if not server_answers(self.engine):
            self.lost()
            return False
        self.sending = True
        try:
            try:
                self.outbox.flush(self.engine)
            except UserError as stopped:
                if not is_unreachable(stopped):
                    self.report()  # busy, yet it answered: the main PC hears of the desk
                raise
            self.report()
            for refresh in self.on_back:
                if not self._refreshed(refresh):
                    self.lost()
                    return False
        except UserError:
            self.lost()
            return False
        finally:
            self.sending = False
        with self._lock:
            self.online = True
            self.attempts = 0
        return True

    def report(self) -> None:
        """Tell the main PC what waits here and what it refused (each send that reaches it);
        a report that does not go through is made again at the next send."""
        try:
            self.outbox.report(self.engine)
        except Exception as error:  # noqa: BLE001 — the report never stops the sending
            from app.logs import log_failure

            log_failure("Outbox not reported", type(error), error, error.__traceback__)

    def _refreshed(self, refresh: Callable[[Any], None]) -> bool:
        """Refresh one thing kept of the server; False only when the server went away again.
        Any other failure (a file refused, an unexpected answer) is logged: what is kept stays
        as it was, and the desk is online all the same."""
        try:
            refresh(self.engine)
        except Exception as error:  # noqa: BLE001 — never keep the desk offline for a copy
            if is_unreachable(error):
                return False
            from app.logs import log_failure

            log_failure("Not refreshed after the connection came back", type(error), error,
                        error.__traceback__)  # fmt: skip
        return True

    # --- what the status bar says -------------------------------------------------------------
    def sentence(self) -> str:
        """« Poste principal injoignable — 12 passages en attente », or « … — 15 enregistrements
        en attente » when several kinds wait (short: it shares the status bar; `details` has
        them kind by kind); « 1 enregistrement refusé : <raison> » while the main PC refused
        something for good (which ones and why in `details`); empty online with nothing
        waiting or refused."""
        refused = refused_sentence(self.outbox.set_aside())
        waiting = self._waiting_sentence()
        return " — ".join(part for part in (waiting, refused) if part)

    def _waiting_sentence(self) -> str:
        if self.online and not self.sending:
            return ""
        waiting = short_waiting_words(self.outbox.counts())
        if self.online or self.sending:
            if not waiting:
                return ""
            return translate("Connection", "Main PC back — sending %1…").replace("%1", waiting)
        if not waiting:
            return translate(
                "Connection", "Main PC unreachable — this desk keeps working"
            )
        return translate("Connection", "Main PC unreachable — %1 waiting").replace("%1", waiting)

    def details(self) -> str:
        """What waits, kind by kind, and what becomes of it; what was refused, and why (the
        sentence's tooltip)."""
        parts = []
        waiting = waiting_words(self.outbox.counts())
        if waiting:
            parts.append(
                translate(
                    "Connection",
                    "Waiting on this desk: %1. Everything will be sent as soon as the main PC "
                    "answers.",
                ).replace("%1", waiting)
            )
        refused = self.outbox.set_aside()
        if refused:
            parts.append(
                translate(
                    "Connection",
                    "Refused by the main PC and kept aside on this desk: %1. The coordinator "
                    "sees them on the main PC, in Settings › Desks, and can send them again "
                    "once the cause is fixed.",
                ).replace("%1", waiting_words(_kinds(refused)))
            )
            parts.extend(
                translate("Connection", "• %1: %2")
                .replace("%1", _what_words(entry))
                .replace("%2", entry.reason)
                for entry in refused[:5]
            )
        return "\n".join(parts)


def refused_sentence(refused: list) -> str:
    """« 1 enregistrement refusé : <raison> », the first one's reason ("" for none; short:
    it shares the status bar)."""
    if not refused:
        return ""
    return counted(
        len(refused),
        translate("Connection", "%1 record refused: %2"),
        translate("Connection", "%1 records refused: %2"),
    ).replace("%2", refused[0].reason)


def _kinds(entries: list) -> dict[str, int]:
    kinds: dict[str, int] = {}
    for entry in entries:
        kinds[entry.what] = kinds.get(entry.what, 0) + 1
    return kinds


def _what_words(entry) -> str:  # type: ignore[no-untyped-def]
    """« orientation du 07/12 14:05 »: which record, as the people at the desk know it."""
    from app.clock import to_local

    what = waiting_words({entry.what: 1}).removeprefix("1 ").strip()
    moment = to_local(entry.occurred_at).strftime("%d/%m %H:%M")
    return translate("Connection", "%1 of %2").replace("%1", what).replace("%2", moment)


def short_waiting_words(counts: dict[str, int]) -> str:
    """« 12 passages » when one kind waits, « 15 enregistrements » for several kinds."""
    kinds = waiting_words(counts)
    if ", " not in kinds:
        return kinds
    total = sum(counts.values())
    return counted(
        total, translate("Connection", "%1 entry"), translate("Connection", "%1 entries")
    )


def waiting_words(counts: dict[str, int]) -> str:
    """« 12 passages, 2 pesées, 1 orientation »: what waits, kind by kind ("" for nothing).
    Till clicks and anonymous visits of the reception are both visits."""
    visits = counts.get(VISIT, 0) + counts.get(RECEPTION, 0)
    weighings, referrals = counts.get(DONATION, 0), counts.get(REFERRAL, 0)
    words = []
    if visits:
        words.append(
            counted(
                visits,
                translate("Connection", "%1 visit"),
                translate("Connection", "%1 visits"),
            )
        )
    if weighings:
        words.append(
            counted(
                weighings,
                translate("Connection", "%1 weighing"),
                translate("Connection", "%1 weighings"),
            )
        )
    if referrals:
        words.append(
            counted(
                referrals,
                translate("Connection", "%1 referral"),
                translate("Connection", "%1 referrals"),
            )
        )
    return ", ".join(words)


def server_needed_sentence() -> str:
    """The one sentence on what is greyed while the server is out of reach."""
    return translate(
        "Connection",
        "Needs the main PC, which cannot be reached right now: it comes back by itself.",
    )
