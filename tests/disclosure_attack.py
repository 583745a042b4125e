"""A reader who wants the hidden counts back: every row total shown, every column total
published elsewhere and the grand total are equations; each hidden cell is a count from 0 up.
Written apart from app.reports.disclosure (no flows here): bounds narrowed equation by equation
until nothing moves, and, for small tables, every filling tried."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

Unknown = tuple  # ("cell", i, j) or ("total", i)


def _equations(cells, totals, column_totals, grand, columns_exact=True):  # type: ignore[no-untyped-def]
    """(terms, constant, exact): Σ terms (each an int or an Unknown, with its sign) = constant
    when exact, else ≤ constant (a column whose published total is only a ceiling: the site's
    visits for what came of its desk visits)."""
    equations = []
    for i, row in enumerate(cells):
        terms = [(+1, ("cell", i, j) if value == "s" else value) for j, value in enumerate(row)]
        terms.append((-1, ("total", i) if totals[i] == "s" else totals[i]))
        equations.append((terms, 0, True))
    for j, published in enumerate(column_totals):
        if published is None:
            continue
        terms = [(+1, ("cell", i, j) if row[j] == "s" else row[j]) for i, row in enumerate(cells)]
        equations.append((terms, published, columns_exact))
    if grand is not None:
        terms = [(+1, ("total", i) if total == "s" else total) for i, total in enumerate(totals)]
        equations.append((terms, grand, True))
    return equations


def narrowed_bounds(
    cells: Sequence[Sequence[object]],
    totals: Sequence[object],
    column_totals: Sequence[int | None],
    grand: int | None,
    columns_exact: bool = True,
) -> dict[Unknown, tuple[int, int]]:
    """Each hidden cell's and total's [low, high] after narrowing to a fixed point, starting
    from what each one's own row, column and the grand total allow."""
    everything = grand if grand is not None else sum(
        t if isinstance(t, int) else sum(c for c in row if isinstance(c, int)) + 10**6
        for t, row in zip(totals, cells, strict=True)
    )
    bounds: dict[Unknown, list[int]] = {}
    for i, row in enumerate(cells):
        row_cap = totals[i] if isinstance(totals[i], int) else everything
        for j, value in enumerate(row):
            if value == "s":
                column_cap = column_totals[j] if column_totals[j] is not None else everything
                bounds[("cell", i, j)] = [0, min(row_cap, column_cap, everything)]
        if totals[i] == "s":
            bounds[("total", i)] = [0, everything]
    equations = _equations(cells, totals, column_totals, grand, columns_exact)
    changed = True
    while changed:
        changed = False
        for terms, constant, exact in equations:
            rest = constant - sum(sign * term for sign, term in terms if isinstance(term, int))
            unknown = [(sign, term) for sign, term in terms if not isinstance(term, int)]
            # the sum of the unknowns' signed values lies in [low_all, high_all]
            low_all = sum(sign * bounds[t][0 if sign > 0 else 1] for sign, t in unknown)
            high_all = sum(sign * bounds[t][1 if sign > 0 else 0] for sign, t in unknown)
            for sign, term in unknown:
                own_low = sign * bounds[term][0 if sign > 0 else 1]
                own_high = sign * bounds[term][1 if sign > 0 else 0]
                low_others, high_others = low_all - own_low, high_all - own_high
                if sign > 0:
                    high = rest - low_others
                    low = rest - high_others if exact else bounds[term][0]
                else:
                    low = low_others - rest
                    high = high_others - rest if exact else bounds[term][1]
                current = bounds[term]
                new = [max(current[0], low), min(current[1], high)]
                assert new[0] <= new[1], "these equations have no solution: a wrong premise"
                if new != current:
                    bounds[term] = new
                    changed = True
                    low_all = sum(sign * bounds[t][0 if sign > 0 else 1] for sign, t in unknown)
                    high_all = sum(sign * bounds[t][1 if sign > 0 else 0] for sign, t in unknown)
    return {key: (value[0], value[1]) for key, value in bounds.items()}


def every_filling(
    cells: Sequence[Sequence[object]],
    totals: Sequence[object],
    column_totals: Sequence[int | None],
    grand: int | None,
    ceiling: int,
) -> dict[Unknown, set[int]]:
    """The values each hidden cell and total takes over every filling that fits: hidden cells
    from 0 to `ceiling` (small tables only), each row's total their sum."""
    hidden = [(i, j) for i, row in enumerate(cells) for j, value in enumerate(row) if value == "s"]
    seen: dict[Unknown, set[int]] = {("cell", i, j): set() for i, j in hidden}
    seen.update({("total", i): set() for i, total in enumerate(totals) if total == "s"})
    for values in itertools.product(range(ceiling + 1), repeat=len(hidden)):
        filled = [list(row) for row in cells]
        for (i, j), value in zip(hidden, values, strict=True):
            filled[i][j] = value
        sums = [sum(row) for row in filled]
        if any(isinstance(t, int) and t != sums[i] for i, t in enumerate(totals)):
            continue
        if grand is not None and sum(sums) != grand:
            continue
        if any(
            published is not None and sum(row[j] for row in filled) != published
            for j, published in enumerate(column_totals)
        ):
            continue
        for (i, j), value in zip(hidden, values, strict=True):
            seen[("cell", i, j)].add(value)
        for i, total in enumerate(totals):
            if total == "s":
                seen[("total", i)].add(sums[i])
    return seen
