"""The till of a desk on a server, on the desk's side: its clicks, weighings and undos kept in
the desk's outbox while the main PC is away, its buttons read from the directory copy, and the
counts it last read online kept on the desk (app.last_counts). No Qt: the till page
(ui.pages.caisse) owns one and shows what it answers. A single SQLite desk has no connection:
everything here then says « online » and keeps nothing.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from app.context import DeskContext
from app.last_counts import KnownCounts, LastCounts, WaitingToday, waiting_today


class OfflineTill:
    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx

    @property
    def _link(self):  # type: ignore[no-untyped-def]
        return self.ctx.connection

    def keeps_locally(self) -> bool:
        """Clicks go to the outbox now (server away, or older entries still to send first)."""
        return self._link is not None and self._link.keeps_locally()

    @property
    def online(self) -> bool:
        return self._link is None or self._link.online

    def noticed(self, error: BaseException) -> bool:
        """A write or read failed: True when the server is out of reach (the desk goes
        offline; what failed can be kept)."""
        return self._link is not None and self._link.noticed(error)

    # --- buttons --------------------------------------------------------------------------------
    def buttons_from_copy(self) -> tuple | None:
        """(buttons, categories) read from the directory copy while the server is away; None
        when the server is to be asked (online, or no copy yet)."""
        from app.db import read_session
        from app.services import till_setup

        link = self._link
        if link is None or link.online or link.copy is None or not link.copy.exists():
            return None
        with read_session(link.copy.engine()) as session:
            buttons = till_setup.till_buttons(session, self.ctx.actor)
            categories = till_setup.donation_categories(session)
            session.expunge_all()  # read once, kept as they are
        return buttons, categories

    # --- keeping ----------------------------------------------------------------------------
    def keep_click(
        self, kind: str, visit_id: uuid.UUID | None = None, button_id: uuid.UUID | None = None
    ) -> Any:
        """The click is in the outbox (on disk) when this returns; the waiting entry. Its
        button goes with it: the main PC makes the visit from that button, as online."""
        actor = self.ctx.actor
        kept = self._link.outbox.keep_visit(  # type: ignore[union-attr]
            actor.site_id, actor.agent_id, kind, None, visit_id, button_id=button_id
        )
        self._link.kept()  # type: ignore[union-attr]
        return kept

    def undo_click(self) -> Any:
        """Take back this agent's last waiting click (and its weighing): the entry, or None
        when none waits. Raises UserError when it is too old to undo."""
        actor = self.ctx.actor
        if self._link is None or actor is None:
            return None
        undone = self._link.outbox.undo_last_visit(actor.site_id, actor.agent_id)
        if undone is not None:
            self._link.kept()
        return undone

    def keep_weighing(self, category: str, kg_text: str, visit_id: uuid.UUID | None) -> Any:
        """The weighing is in the outbox when this returns; UserError for a bad weight."""
        from app.services.till import parse_kg

        actor = self.ctx.actor
        kg = parse_kg(kg_text)
        kept = self._link.outbox.keep_donation(  # type: ignore[union-attr]
            actor.site_id, actor.agent_id, category, kg, visit_id
        )
        self._link.kept()  # type: ignore[union-attr]
        return kept

    # --- counts -----------------------------------------------------------------------------
    def waiting_number(self) -> int:
        """How many entries wait on this desk (any kind, any day): cheap, to notice a change."""
        return self._link.outbox.count(None) if self._link is not None else 0

    def waiting_today(self, day: date) -> WaitingToday:
        """What this desk keeps of `day` for its site, not on the server yet."""
        link, actor = self._link, self.ctx.actor
        if link is None or actor is None or link.outbox.is_empty():
            return WaitingToday()  # (also a closed outbox: the desk is closing)
        return waiting_today(link.outbox.entries(), actor.site_id, day)

    def remember(self, known: KnownCounts) -> None:
        """Counts just read online (or followed after a committed click): kept on the desk."""
        if self._link is not None and self.ctx.actor is not None:
            LastCounts(self._link.data_folder).remember(self.ctx.actor.site_id, known)

    def recall(self, day: date) -> KnownCounts:
        """The counts of `day` last read online on this desk (zero when none)."""
        if self._link is None or self.ctx.actor is None:
            return KnownCounts(day)
        return LastCounts(self._link.data_folder).recall(self.ctx.actor.site_id, day)

