"""Small counts of a consolidated table kept hidden, even from a reader who subtracts.

At one site a count of 1 or 2 could point at a person in a small town, so it is hidden. Alone,
that is not enough: the row's exact total less the site's other cells gives it back, and so do
the site's own totals printed elsewhere in the report (its referrals, its visits). So the table is
attacked the way such a reader would: every row total shown, every column total published and
the grand total are equations, every hidden cell any count from 0 up. A hidden cell that has a
single possible value in every filling of the table that fits them all is given company: another
cell of its row or column is hidden too (the cheapest that helps: a zero, a small count, the row's
total), until every hidden cell could be something else. Hidden cells all show the same mark,
so a reader cannot tell the small counts from their company.

The fillings are flows: each row gives its hidden cells' sum, each site column takes its own, the
hidden cells are the pipes between them. A pipe's value can change, the others staying
consistent, exactly when the pipe lies on a cycle of the residual graph of the true values.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

HIDDEN = "s"
SMALL_COUNTS = (1, 2)
_SOURCE, _SINK = ("source",), ("sink",)


class _NothingLeft(Exception):
    """Every cell and total of the table is hidden already."""


@dataclass
class Protected:
    """A table as printed: site cells and row totals, each an int or HIDDEN."""

    cells: list[list[int | str]]
    totals: list[int | str]
    hidden_cells: set[tuple[int, int]] = field(default_factory=set)
    hidden_totals: set[int] = field(default_factory=set)
    # every cell hidden, and a count still equals a total printed elsewhere in the report (a
    # table of one row: its only partner had all of a site's referrals)
    given_back_elsewhere: bool = False

    def column_has_hidden(self, site: int) -> bool:
        return any(column == site for _row, column in self.hidden_cells)


@dataclass(frozen=True)
class _Edge:
    tail: tuple
    head: tuple
    low: int
    high: int
    flow: int


def protect(
    counts: Sequence[Sequence[int]],
    column_totals: Sequence[int | None] | None = None,
    grand_total: int | None = None,
    *,
    sensitive_cells: Iterable[tuple[int, int]] = (),
    sensitive_totals: Iterable[int] = (),
) -> Protected:
    """Hide the counts of 1 or 2 (site cells and row totals) and whatever would give them back.

    `counts`: one row per code, one count per site. `column_totals`: per site, the total that
    the report publishes elsewhere for that column (the site's referrals for its partners), or
    None; a published total equal to the column's sum is an equation, a larger one an upper
    bound. `grand_total`: the same for the sum of the Total column. `sensitive_cells` and
    `sensitive_totals`: counts hidden and kept uncertain as if they were small, whatever their
    value (a year's count whose month is hidden in a month's table: the year less the months
    shown would give that month back)."""
    rows = [list(row) for row in counts]
    sites = len(rows[0]) if rows else 0
    published = list(column_totals) if column_totals is not None else [None] * sites
    totals = [sum(row) for row in rows]
    hidden_cells = {
        (i, j) for i, row in enumerate(rows) for j, value in enumerate(row)
        if value in SMALL_COUNTS
    }  # fmt: skip
    hidden_totals = {i for i, total in enumerate(totals) if total in SMALL_COUNTS}
    sensitive = {("cell", i, j) for i, j in sensitive_cells}
    sensitive |= {("total", i) for i in sensitive_totals}
    hidden_cells |= {(key[1], key[2]) for key in sensitive if key[0] == "cell"}
    hidden_totals |= {key[1] for key in sensitive if key[0] == "total"}
    problem = _Problem(rows, totals, published, grand_total, sensitive)
    given_back = False
    for _ in range(len(rows) * (sites + 1) + 1):
        exposed = problem.first_exposed(hidden_cells, hidden_totals)
        if exposed is None:
            break
        try:
            _hide_company(problem, exposed, hidden_cells, hidden_totals)
        except _NothingLeft:
            given_back = True
            break
    cells: list[list[int | str]] = [
        [HIDDEN if (i, j) in hidden_cells else value for j, value in enumerate(row)]
        for i, row in enumerate(rows)
    ]
    shown_totals: list[int | str] = [
        HIDDEN if i in hidden_totals else total for i, total in enumerate(totals)
    ]
    return Protected(cells, shown_totals, hidden_cells, hidden_totals, given_back)


class _Problem:
    """The table, what is published about it, and the attack on a choice of hidden cells."""

    def __init__(
        self,
        rows: list[list[int]],
        totals: list[int],
        published: list[int | None],
        grand_total: int | None,
        sensitive: set[tuple] | None = None,
    ) -> None:
        self.rows, self.totals, self.published = rows, totals, published
        self.grand = grand_total
        self.sensitive = sensitive or set()
        self.unbounded = sum(totals) + 1

    def first_exposed(self, cells: set, totals: set) -> tuple | None:
        """The first small count (a cell ("cell", i, j) or a total ("total", i)) with one
        possible value, or None when each could be something else."""
        edges = self._edges(cells, totals)
        residual = _residual(edges)
        for key, edge in edges.items():
            if self._is_small(key) and _fixed(edge, residual, key):
                return key
        return None

    def _is_small(self, key: tuple) -> bool:
        """A count that must stay hidden (the others are hidden to protect these)."""
        if key in self.sensitive:
            return True
        if key[0] == "cell":
            return self.rows[key[1]][key[2]] in SMALL_COUNTS
        return key[0] == "total" and self.totals[key[1]] in SMALL_COUNTS

    def exposed(self, key: tuple, cells: set, totals: set) -> bool:
        edges = self._edges(cells, totals)
        edge = edges.get(key)
        return edge is not None and _fixed(edge, _residual(edges), key)

    def _edges(self, cells: set, totals: set) -> dict[tuple, _Edge]:
        big = self.unbounded
        edges: dict[tuple, _Edge] = {}
        column_hidden = [0] * len(self.published)
        column_known = [0] * len(self.published)
        flowing = known = 0
        for i, row in enumerate(self.rows):
            hidden_sum = 0
            for j, value in enumerate(row):
                if (i, j) in cells:
                    edges[("cell", i, j)] = _Edge(("row", i), ("site", j), 0, big, value)
                    hidden_sum += value
                    column_hidden[j] += value
                else:
                    column_known[j] += value
                    known += value
            if i in totals:
                edges[("total", i)] = _Edge(_SOURCE, ("row", i), 0, big, hidden_sum)
            else:
                edges[("row", i)] = _Edge(_SOURCE, ("row", i), hidden_sum, hidden_sum, hidden_sum)
            flowing += hidden_sum
        for j, hidden_sum in enumerate(column_hidden):
            low, high = _bounds(self.published[j], hidden_sum, column_known[j], big)
            edges[("site", j)] = _Edge(("site", j), _SINK, low, high, hidden_sum)
        low, high = _bounds(self.grand, flowing, known, big)
        edges[("back",)] = _Edge(_SINK, _SOURCE, low, high, flowing)
        return edges


def _bounds(published: int | None, hidden_sum: int, known: int, big: int) -> tuple[int, int]:
    """What a total printed elsewhere says of the hidden part of a sum: nothing (None), its
    value (the total is the sum), or at most so much (the total is larger)."""
    if published is None:
        return 0, big
    if published == hidden_sum + known:
        return hidden_sum, hidden_sum
    return 0, max(hidden_sum, published - known)


def _residual(edges: dict[tuple, _Edge]) -> dict[tuple, list[tuple[tuple, tuple]]]:
    """node → [(next node, edge key)] where the flow may go one more (forward) or one less
    (backward) within the edge's bounds."""
    graph: dict[tuple, list[tuple[tuple, tuple]]] = {}
    for key, edge in edges.items():
        if edge.flow < edge.high:
            graph.setdefault(edge.tail, []).append((edge.head, key))
        if edge.flow > edge.low:
            graph.setdefault(edge.head, []).append((edge.tail, key))
    return graph


def _reaches(graph: dict, start: tuple, goal: tuple, avoid: tuple) -> bool:
    seen, queue = {start}, deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            return True
        for following, key in graph.get(node, ()):
            if key != avoid and following not in seen:
                seen.add(following)
                queue.append(following)
    return False


def _fixed(edge: _Edge, residual: dict, key: tuple) -> bool:
    """No other filling: the value can go neither up (a way back from head to tail) nor down
    (a way on from tail to head) through the other cells."""
    up = edge.flow < edge.high and _reaches(residual, edge.head, edge.tail, key)
    down = edge.flow > edge.low and _reaches(residual, edge.tail, edge.head, key)
    return not (up or down)


def _hide_company(problem: _Problem, exposed: tuple, cells: set, totals: set) -> None:
    """Hide one more cell next to `exposed`: the cheapest that makes it uncertain at once, else
    the cheapest of its row or column (the next round looks again)."""
    candidates = _neighbours(problem, exposed, cells, totals) or _anywhere(problem, cells, totals)
    if not candidates:
        raise _NothingLeft
    for _cost, candidate in sorted(candidates):
        trial_cells, trial_totals = set(cells), set(totals)
        _add(candidate, trial_cells, trial_totals)
        if not problem.exposed(exposed, trial_cells, trial_totals):
            _add(candidate, cells, totals)
            return
    _add(min(candidates)[1], cells, totals)


def _neighbours(problem: _Problem, exposed: tuple, cells: set, totals: set) -> list:
    """(cost, ("cell", i, j) | ("total", i)) of the visible cells sharing a row or a column
    with the exposed one; a zero costs least, then small values, totals last."""
    found = []
    row_of = exposed[1]
    for j, value in enumerate(problem.rows[row_of]):
        if (row_of, j) not in cells:
            found.append((value, ("cell", row_of, j)))
    if row_of not in totals:
        found.append((problem.totals[row_of] + 0.5, ("total", row_of)))
    if exposed[0] == "cell":
        site = exposed[2]
        for i, row in enumerate(problem.rows):
            if (i, site) not in cells:
                found.append((row[site], ("cell", i, site)))
    else:
        for i, total in enumerate(problem.totals):
            if i not in totals:
                found.append((total + 0.5, ("total", i)))
    return found


def _anywhere(problem: _Problem, cells: set, totals: set) -> list:
    """Every visible cell and total: the neighbours of an exposed count are all hidden."""
    found: list = [
        (value, ("cell", i, j)) for i, row in enumerate(problem.rows)
        for j, value in enumerate(row) if (i, j) not in cells
    ]  # fmt: skip
    found += [
        (total + 0.5, ("total", i)) for i, total in enumerate(problem.totals) if i not in totals
    ]
    return found


def _add(candidate: tuple, cells: set, totals: set) -> None:
    if candidate[0] == "cell":
        cells.add((candidate[1], candidate[2]))
    else:
        totals.add(candidate[1])
