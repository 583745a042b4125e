"""What the till and the reception show while the main PC is away: the till's counts as last
read from the server today, kept on the desk, plus what waits in the desk's outbox.

The counts are kept in `compteurs-du-jour.json` of the desk's data folder (0600, written aside
then put in place in one step, never half-written; one day and one site only: counts of another
day are of no use). A file that cannot be read or written is logged and never stops the till:
it then counts from zero plus what it kept, as before.
"""

from __future__ import annotations

import json
import os
import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from app.clock import to_local
from app.outbox import DONATION, RECEPTION, VISIT

FILENAME = "compteurs-du-jour.json"


@dataclass(frozen=True)
class KnownCounts:
    """The till's counts as the server gave them: clicks per button, kg per category."""

    day: date
    buttons: dict[uuid.UUID, int] = field(default_factory=dict)
    weights: dict[str, float] = field(default_factory=dict)  # in the order shown


@dataclass(frozen=True)
class WaitingToday:
    """Today's entries of the outbox, not on the server yet."""

    clicks: Counter = field(default_factory=Counter)  # visit kind -> clicks
    weights: dict[str, float] = field(default_factory=dict)  # category -> kg
    reception: list = field(default_factory=list)  # anonymous visits (app.outbox.Waiting)

    @property
    def click_count(self) -> int:
        return sum(self.clicks.values())

    @property
    def kg(self) -> float:
        return sum(self.weights.values())


def waiting_today(entries: Iterable[Any], site_id: uuid.UUID | None, day: date) -> WaitingToday:
    """Tally the outbox's entries (`Outbox.entries()`) of this site made on `day` (Paris)."""
    clicks: Counter = Counter()
    weights: dict[str, float] = {}
    reception = []
    for entry in entries:
        if site_id is not None and entry.site_id != site_id:
            continue
        if to_local(entry.occurred_at).date() != day:
            continue
        if entry.what == VISIT:
            clicks[entry.kind] += 1
        elif entry.what == DONATION:
            weights[entry.category] = weights.get(entry.category, 0.0) + entry.kg
        elif entry.what == RECEPTION:
            reception.append(entry)
    return WaitingToday(clicks, weights, reception)


class LastCounts:
    """The till's last counts read online, kept in the desk's data folder."""

    def __init__(self, data_folder: Path) -> None:
        self.path = Path(data_folder) / FILENAME

    def remember(self, site_id: uuid.UUID, known: KnownCounts) -> None:
        """Keep `known` as this site's counts of its day; a refused write is logged only."""
        body = json.dumps(
            {
                "site": site_id.hex,
                "day": known.day.isoformat(),
                "buttons": {bid.hex: count for bid, count in known.buttons.items()},
                "weights": [[category, kg] for category, kg in known.weights.items()],
            }
        )
        fresh = self.path.with_suffix(".nouveau")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fresh.unlink(missing_ok=True)
            descriptor = os.open(fresh, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            # no fsync: written at each click online, and a file lost in a power cut only
            # means counting from zero plus what waits, as before it existed
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                handle.write(body)
            os.replace(fresh, self.path)
        except OSError as error:
            from app.logs import log_failure

            log_failure("Last till counts not written", type(error), error, error.__traceback__)
            try:
                fresh.unlink(missing_ok=True)
            except OSError:
                pass  # the next write tries again

    def recall(self, site_id: uuid.UUID, day: date) -> KnownCounts:
        """This site's counts of `day` as last read online; zero when none were kept."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("site") != site_id.hex or data.get("day") != day.isoformat():
                return KnownCounts(day)
            buttons = {uuid.UUID(bid): int(count) for bid, count in data["buttons"].items()}
            weights = {str(category): float(kg) for category, kg in data["weights"]}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return KnownCounts(day)  # none kept yet, or unreadable: count from zero
        return KnownCounts(day, buttons, weights)
