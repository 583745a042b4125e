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


# --- every table at once, and the months against their year --------------------------------
class JointAttack:
    """A reader who puts every equation he has into one linear system and solves it as a
    whole: the rows, columns and totals of each table, the totals printed elsewhere, and the
    links between tables (a year's cell is the sum of its months' cells). Each hidden count is
    a variable ≥ 0; a hidden count is given back when the system leaves it one possible value
    (its minimum equals its maximum, found by linear programming)."""

    def __init__(self) -> None:
        self.equations: list[tuple[dict, float, bool]] = []  # Σ coef·var (=|≤) constant
        self.variables: list = []
        self._index: dict = {}

    def _term(self, key, value) -> tuple:  # type: ignore[no-untyped-def]
        """(variable or None, known value)."""
        if value == "s":
            if key not in self._index:
                self._index[key] = len(self.variables)
                self.variables.append(key)
            return key, 0
        return None, value

    def _add(self, terms: list[tuple[int, object, object]], constant: float, exact: bool) -> None:
        coefficients: dict = {}
        for sign, key, value in terms:
            variable, known = self._term(key, value)
            if variable is None:
                constant -= sign * known  # type: ignore[operator]
            else:
                coefficients[variable] = coefficients.get(variable, 0) + sign
        coefficients = {k: v for k, v in coefficients.items() if v}
        if coefficients:
            self.equations.append((coefficients, constant, exact))

    def table(self, name, cells, totals, column_totals=None, grand=None, columns_exact=True):  # type: ignore[no-untyped-def]
        """A table as printed: its rows add up to their totals; `column_totals` printed elsewhere
        (or None), equal to the columns' sums or only their ceilings; the grand total."""
        for i, row in enumerate(cells):
            terms = [(+1, (name, "cell", i, j), value) for j, value in enumerate(row)]
            terms.append((-1, (name, "total", i), totals[i]))
            self._add(terms, 0, True)
        for j, published in enumerate(column_totals or []):
            if published is not None:
                terms = [(+1, (name, "cell", i, j), row[j]) for i, row in enumerate(cells)]
                self._add(terms, published, columns_exact)
        if grand is not None:
            self._add([(+1, (name, "total", i), t) for i, t in enumerate(totals)], grand, True)

    def link(self, whole: tuple, whole_value, parts: list[tuple]) -> None:
        """A count printed in one table that is the sum of counts printed in others: a year's
        cell and the same cell in each month, each given as (key, value as printed)."""
        terms = [(+1, whole, whole_value)] + [(-1, key, value) for key, value in parts]
        self._add(terms, 0, True)

    def given_back(self, truth: dict, which) -> list:  # type: ignore[no-untyped-def]
        """The variables among `which` that have one possible value (the true one)."""
        open_ = set()
        solver = _Simplex(self.equations, self.variables)
        start = solver.feasible()
        assert start is not None, "the equations have no solution: a wrong premise"
        fixed = []
        for key in which:
            if key not in self._index or key in open_:
                continue
            for sense in (+1, -1):
                moved = solver.move(key, sense, truth[key], seen=lambda values: open_.update(
                    k for k, v in values.items() if abs(v - truth[k]) > 1e-6))  # fmt: skip
                if moved:
                    open_.add(key)
                    break
            else:
                fixed.append(key)
        return fixed


class _Simplex:
    """A small dense simplex (floats, Bland's rule) over x ≥ 0 and the attack's equations;
    an inequality gets a slack variable."""

    def __init__(self, equations, variables) -> None:  # type: ignore[no-untyped-def]
        self.names = list(variables)
        index = {name: k for k, name in enumerate(self.names)}
        slacks = sum(1 for _c, _k, exact in equations if not exact)
        self.n = len(self.names) + slacks
        rows, rhs, slack = [], [], len(self.names)
        for coefficients, constant, exact in equations:
            row = [0.0] * self.n
            for name, coefficient in coefficients.items():
                row[index[name]] = float(coefficient)
            if not exact:
                row[slack] = 1.0
                slack += 1
            if constant < 0:
                row, constant = [-v for v in row], -constant
            rows.append(row)
            rhs.append(float(constant))
        self.rows, self.rhs = rows, rhs
        self.basis: list[int] | None = None
        self.tableau: list[list[float]] | None = None

    def feasible(self) -> bool:
        """Phase one: artificial variables driven out, a feasible basis kept."""
        m, n = len(self.rows), self.n
        tableau = [row + [1.0 if k == i else 0.0 for k in range(m)] + [b]
                   for i, (row, b) in enumerate(zip(self.rows, self.rhs, strict=True))]  # fmt: skip
        basis = [n + i for i in range(m)]
        cost = [0.0] * n + [1.0] * m + [0.0]
        self._optimise(tableau, basis, cost, n + m)
        if sum(tableau[i][-1] for i, b in enumerate(basis) if b >= n) > 1e-7:
            return False
        for i, b in enumerate(basis):  # artificials at zero leave the basis where they can
            if b >= n:
                for k in range(n):
                    if abs(tableau[i][k]) > 1e-9:
                        _pivot(tableau, basis, i, k)
                        break
        self.tableau = [row[:n] + [row[-1]] for row in tableau]
        self.basis = basis
        return True

    def values(self, tableau, basis) -> dict:  # type: ignore[no-untyped-def]
        x = [0.0] * self.n
        for i, b in enumerate(basis):
            if b < self.n:
                x[b] = tableau[i][-1]
        return {name: x[k] for k, name in enumerate(self.names)}

    def move(self, name, sense: int, true_value: float, seen) -> bool:  # type: ignore[no-untyped-def]
        """Whether `name` can be more (sense +1) or less (-1) than its true value."""
        tableau = [list(row) for row in self.tableau]  # type: ignore[union-attr]
        basis = list(self.basis)  # type: ignore[arg-type]
        k = self.names.index(name)
        cost = [0.0] * self.n + [0.0]
        cost[k] = -float(sense)  # minimise −sense·x

        def differs(values: dict) -> bool:
            seen(values)
            return sense * (values[name] - true_value) > 1e-6

        if self._optimise(tableau, basis, cost, self.n, stop=differs) == "unbounded":
            return True  # it can grow without end
        return differs(self.values(tableau, basis))

    def _optimise(self, tableau, basis, cost, width, stop=None) -> str:  # type: ignore[no-untyped-def]
        """"optimal", "unbounded" or "stopped" (`stop` said yes to a vertex on the way)."""
        for _ in range(20000):
            if stop is not None and stop(self.values(tableau, basis)):
                return "stopped"
            weights = [(i, cost[b]) for i, b in enumerate(basis) if b < width and cost[b]]
            reduced = [
                cost[k] - sum(weight * tableau[i][k] for i, weight in weights)
                for k in range(width)
            ]
            entering = next((k for k in range(width) if reduced[k] < -1e-9), None)
            if entering is None:
                return "optimal"
            ratios = [
                (tableau[i][-1] / tableau[i][entering], basis[i], i)
                for i in range(len(tableau))
                if tableau[i][entering] > 1e-9
            ]
            if not ratios:
                return "unbounded"
            _ratio, _b, leaving = min(ratios)
            _pivot(tableau, basis, leaving, entering)
        raise AssertionError("the simplex did not end")


def _pivot(tableau, basis, row: int, column: int) -> None:  # type: ignore[no-untyped-def]
    pivot = tableau[row][column]
    tableau[row] = [value / pivot for value in tableau[row]]
    for i, other in enumerate(tableau):
        if i != row and abs(other[column]) > 1e-12:
            factor = other[column]
            tableau[i] = [a - factor * b for a, b in zip(other, tableau[row], strict=True)]
    basis[row] = column
