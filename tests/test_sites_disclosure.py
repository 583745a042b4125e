"""Hidden counts of the consolidated summary stay hidden from a reader who solves rows, columns
and totals together (tests/disclosure_attack.py), on tables of every shape."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.reports.disclosure import HIDDEN, protect
from tests.disclosure_attack import JointAttack, every_filling, narrowed_bounds

COUNTS = st.sampled_from([0, 0, 0, 1, 1, 2, 2, 3, 4, 7, 12])


def _published(rows, publish_columns: bool):  # type: ignore[no-untyped-def]
    columns = [sum(column) for column in zip(*rows, strict=True)]
    return columns if publish_columns else [None] * len(columns)


def _true_value(rows, key) -> int:  # type: ignore[no-untyped-def]
    return rows[key[1]][key[2]] if key[0] == "cell" else sum(rows[key[1]])


def _attack(rows, shown, publish_columns):  # type: ignore[no-untyped-def]
    grand = sum(map(sum, rows))
    return narrowed_bounds(shown.cells, shown.totals, _published(rows, publish_columns), grand)


@settings(max_examples=300, deadline=None)
@given(
    rows=st.integers(1, 9).flatmap(
        lambda sites: st.lists(st.lists(COUNTS, min_size=sites, max_size=sites), min_size=1,
                               max_size=12)  # fmt: skip
    ),
    publish_columns=st.booleans(),
)
def test_no_hidden_count_comes_back_by_subtraction(rows, publish_columns):
    shown = protect(rows, _published(rows, publish_columns), sum(map(sum, rows)))
    if shown.given_back_elsewhere:
        # the totals printed elsewhere alone give a count back (a table of one row): every
        # cell of this table is hidden, and it says so
        assert len(rows) == 1
        assert all(value == HIDDEN for value in [*shown.cells[0], *shown.totals])
        return
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            if value in (1, 2):
                assert shown.cells[i][j] == HIDDEN
            elif shown.cells[i][j] != HIDDEN:
                assert shown.cells[i][j] == value
        if sum(row) in (1, 2):
            assert shown.totals[i] == HIDDEN
    for key, (low, high) in _attack(rows, shown, publish_columns).items():
        if _true_value(rows, key) in (1, 2):
            assert low < high, (key, rows, shown)


@settings(max_examples=120, deadline=None)
@given(
    rows=st.integers(1, 2).flatmap(
        lambda sites: st.lists(
            st.lists(st.sampled_from([0, 1, 2, 3]), min_size=sites, max_size=sites),
            min_size=2, max_size=2,
        )
    ),
    publish_columns=st.booleans(),
)
def test_every_filling_tried_on_small_tables_leaves_each_small_count_open(rows, publish_columns):
    shown = protect(rows, _published(rows, publish_columns), sum(map(sum, rows)))
    grand = sum(map(sum, rows))
    fillings = every_filling(
        shown.cells, shown.totals, _published(rows, publish_columns), grand, ceiling=6
    )
    for key, values in fillings.items():
        assert _true_value(rows, key) in values
        if _true_value(rows, key) in (1, 2):
            assert len(values) > 1, (key, rows, shown)


def test_the_old_rule_gave_counts_back_and_the_attack_finds_them():
    """« < 3 » on the small cells only, the totals exact: a subtraction gives the 1 back."""
    rows = [[1, 5, 7], [4, 0, 9]]
    cells = [["s", 5, 7], [4, 0, 9]]
    bounds = narrowed_bounds(cells, [13, 13], [5, 5, 16], 26)
    assert bounds[("cell", 0, 0)] == (1, 1)
    shown = protect(rows, [5, 5, 16], 26)
    assert shown.cells[0][0] == HIDDEN
    assert _attack(rows, shown, True)[("cell", 0, 0)][0] < _attack(rows, shown, True)[
        ("cell", 0, 0)
    ][1]


def test_thirty_sites_and_forty_rows_are_protected_in_a_moment():
    import random

    rng = random.Random(7)
    rows = [[rng.choice([0, 0, 1, 2, 3, 5, 8, 20]) for _ in range(30)] for _ in range(40)]
    shown = protect(rows, _published(rows, True), sum(map(sum, rows)))
    for key, (low, high) in _attack(rows, shown, True).items():
        if _true_value(rows, key) in (1, 2):
            assert low < high


def _package(site: int, rng):  # type: ignore[no-untyped-def]
    """A month of one site with many small counts; partners add up to its referrals and
    channels to its visits, as in the sites' real packages."""
    import uuid
    from datetime import date

    from app.reports.labels import STATUS_ORDER
    from app.reports.periods import Period
    from app.reports.site_package import SitePackage

    small = [0, 0, 1, 1, 2, 2, 3, 4, 6, 9]
    statuses = {status: rng.choice(small) for status in STATUS_ORDER}
    referrals = sum(statuses.values())
    partners: dict[str, dict[str, int]] = {}
    for _ in range(referrals):
        name = rng.choice(["CCAS", "Mission Locale", "France Travail", "CAF", "Secours populaire"])
        partners.setdefault(name, {"realisee": 0})["realisee"] += 1
    channels = {code: rng.choice(small) for code in ("telephone", "accueil-spontane", "courriel")}
    visits = sum(channels.values())
    informed = rng.randint(0, visits)  # at most one outcome a visit
    themes = ["numerique--utiliser-le-numerique", "sante--acces-aux-soins",
              "logement-hebergement--etre-accompagne-pour-se-loger", "mobilite--etre-accompagne-dans-son-parcours-mobilite"]  # fmt: skip  # noqa: E501
    figures = {
        "visits": visits, "unique_people": visits, "anonymous_visits": 0, "new_people": 0,
        "referrals_by_status": statuses, "median_days_to_outcome": None,
        "follow_ups_overdue": 0, "visits_per_day": {}, "till_kinds": {}, "donations": {},
        "visit_themes": {code: rng.choice(small) for code in themes},
        "referral_themes": {code: rng.choice(small) for code in themes},
        "channels": channels,
        "outcomes": {"information-donnee": informed,
                     "orientation": rng.randint(0, visits - informed)},
        "partners": partners,
    }  # fmt: skip
    return SitePackage(
        uuid.UUID(int=site + 1), f"Accueil Emploi n° {site + 1}", Period.month(2026, 2),
        date(2026, 3, 2), "cle-du-site", figures,
    )  # fmt: skip


@pytest.mark.parametrize("sites", [2, 12, 30])
def test_the_subtraction_attack_recovers_no_count_in_any_consolidated_table(sites, french_ui):
    """Every table of the report, attacked with its shown cells and totals and the sites'
    visits and referrals printed in the key figures (86 of 150 « < 3 » came back before)."""
    import random
    from datetime import date

    from app.reports.consolidated import build_consolidated_report
    from app.reports.labels import channel_label, outcome_label, status_part_label, theme_label
    from app.reports.periods import Period

    rng = random.Random(sites)
    packages = [_package(site, rng) for site in range(sites)]
    report = build_consolidated_report(packages, Period.month(2026, 2), date(2026, 3, 10))
    data = [package.figures for package in packages]
    visits = [d["visits"] for d in data]
    referrals = [sum(d["referrals_by_status"].values()) for d in data]
    key_rows = {str(row[0]): row[1:] for row in report.key_table.rows}
    assert key_rows["Visites"] == [*visits, sum(visits)]
    assert key_rows["Orientations"] == [*referrals, sum(referrals)]
    partner_counts = [{n: sum(s.values()) for n, s in d["partners"].items()} for d in data]
    tables = {
        "themes-visites": ([d["visit_themes"] for d in data], theme_label, (None, True)),
        "themes-orientations": ([d["referral_themes"] for d in data], theme_label, (None, True)),
        "partenaires": (partner_counts, str, (referrals, True)),
        "canaux": ([d["channels"] for d in data], channel_label, (visits, True)),
        # at most one outcome a visit: the visits are a ceiling
        "suites-des-visites": ([d["outcomes"] for d in data], outcome_label, (visits, False)),
    }
    attacked = small_found = 0
    for table in report.tables:
        if table.key not in tables:
            continue
        per_site, label, published = tables[table.key]
        codes = {code for counts in per_site for code in counts}
        truth = {str(label(code)): [s.get(code, 0) for s in per_site] for code in codes}
        attacked += _attack_table(table.rows, truth, published)
        small_found += sum(v in (1, 2) for row in truth.values() for v in row)
    statuses = {
        "  " + status_part_label(code): [d["referrals_by_status"].get(code, 0) for d in data]
        for code in data[0]["referrals_by_status"]
    }
    status_rows = [row for row in report.key_table.rows if str(row[0]) in statuses]
    attacked += _attack_table(status_rows, statuses, (referrals, True))
    assert small_found > 0 and attacked > 0


def _attack_table(rows, truth, published) -> int:  # type: ignore[no-untyped-def]
    """Attack one table; how many small counts (cells and totals) stayed open. `published`:
    (the sites' totals printed in the key figures or None, whether they are the columns' sums
    or only their ceilings)."""
    sites, exact = published
    cells = [[c if isinstance(c, int) else "s" for c in row[1:-1]] for row in rows]
    totals = [c if isinstance(c, int) else "s" for c in (row[-1] for row in rows)]
    true_rows = [truth[str(row[0])] for row in rows]
    grand = sum(sites) if sites is not None and exact else None
    columns = sites if sites is not None else [None] * len(cells[0])
    bounds = narrowed_bounds(cells, totals, columns, grand, columns_exact=exact)
    # and the whole table as one linear system: no small count has a single possible value
    joint = JointAttack()
    joint.table("t", cells, totals, columns, grand, columns_exact=exact)
    truth = {("t", "cell", i, j): v for i, row in enumerate(true_rows) for j, v in enumerate(row)}
    truth.update({("t", "total", i): sum(row) for i, row in enumerate(true_rows)})
    assert joint.given_back(truth, [k for k, v in truth.items() if v in (1, 2)]) == []
    opened = 0
    for (kind, i, *rest), (low, high) in bounds.items():
        value = true_rows[i][rest[0]] if kind == "cell" else sum(true_rows[i])
        if value in (1, 2):
            assert low < high, (kind, rows[i], value)
            opened += 1
    for shown, true in zip(cells, true_rows, strict=True):
        for cell, value in zip(shown, true, strict=True):
            assert cell == value or (cell == "s" and value not in (1, 2)) or cell == "s"
            assert value not in (1, 2) or cell == "s"
    return opened


PROTECTED = ("themes-visites", "themes-orientations", "partenaires", "canaux", "suites-des-visites")


def _published_for(report, key):  # type: ignore[no-untyped-def]
    """The sites' totals a table's columns add up to, as printed in the key figures (exact, or
    a ceiling for what came of the desk visits), or None."""
    key_rows = {str(row[0]).strip(): row[1:-1] for row in report.key_table.rows}
    if key in ("canaux", "suites-des-visites"):
        return key_rows["Visites"], key == "canaux"
    if key in ("partenaires", "chiffres-cles"):
        return key_rows["Orientations"], True
    return None, True


def _rows_of(report, key):  # type: ignore[no-untyped-def]
    if key == "chiffres-cles":
        return [row for row in report.key_table.rows if str(row[0]).startswith("  ")]
    return next(t for t in report.all_tables() if t.key == key).rows


def _attack_months_and_year(months, year, truth_of):  # type: ignore[no-untyped-def]
    """Every protected table of the twelve months and of the year in one system per table,
    with each year's count equal to the sum of its months'; the small counts given back."""
    given_back = []
    for key in (*PROTECTED, "chiffres-cles"):
        joint, truth, small = JointAttack(), {}, []
        reports = [(month, report) for month, report in months] + [("year", year)]
        for name, report in reports:
            rows = _rows_of(report, key)
            sites, exact = _published_for(report, key)
            cells = [[c if isinstance(c, int) else "s" for c in row[1:-1]] for row in rows]
            totals = [c if isinstance(c, int) else "s" for c in (row[-1] for row in rows)]
            grand = sum(sites) if sites is not None and exact else None
            joint.table((key, name), cells, totals, sites, grand, columns_exact=exact)
            for i, row in enumerate(rows):
                values = truth_of(name, key, str(row[0]))
                for j, value in enumerate(values):
                    truth[((key, name), "cell", i, j)] = value
                    small += [((key, name), "cell", i, j)] if value in (1, 2) else []
                truth[((key, name), "total", i)] = sum(values)
                small += [((key, name), "total", i)] if sum(values) in (1, 2) else []
        year_rows = _rows_of(year, key)
        for i, row in enumerate(year_rows):
            label = str(row[0])
            for column in range(len(row) - 1):  # each site's cell, then the total
                parts = []
                for month, report in months:
                    month_rows = [str(r[0]) for r in _rows_of(report, key)]
                    if label not in month_rows:
                        parts.append((None, 0))
                        continue
                    m_i = month_rows.index(label)
                    value = _rows_of(report, key)[m_i][1 + column]
                    kind = ("cell", m_i, column) if column < len(row) - 2 else ("total", m_i)
                    parts.append((((key, month), *kind), value))
                kind = ("cell", i, column) if column < len(row) - 2 else ("total", i)
                joint.link(((key, "year"), *kind), row[1 + column], parts)
        given_back += joint.given_back(truth, small)
    return given_back


def test_the_year_less_the_months_shown_gives_no_month_back(french_ui):
    """A reader with the twelve monthly summaries and the year's: each year's count is the sum
    of its months, so a month's hidden count alone in its cell came back as the year less the
    eleven months shown."""
    import dataclasses
    import random
    from datetime import date

    from app.reports.consolidated import (
        _year_of_site,
        build_consolidated_report,
        build_yearly_report,
    )
    from app.reports.labels import channel_label, outcome_label, status_part_label, theme_label
    from app.reports.periods import Period

    rng = random.Random(2026)
    sites = 3
    packages = [
        dataclasses.replace(_package(site, rng), period=Period.month(2026, month))
        for month in range(1, 13)
        for site in range(sites)
    ]
    year = Period.year(2026)
    made = date(2027, 1, 5)
    months = [
        (month, build_consolidated_report(packages[(month - 1) * sites : month * sites],
                                          Period.month(2026, month), made))
        for month in range(1, 13)
    ]  # fmt: skip
    labels = {
        "themes-visites": ("visit_themes", theme_label),
        "themes-orientations": ("referral_themes", theme_label),
        "canaux": ("channels", channel_label),
        "suites-des-visites": ("outcomes", outcome_label),
        "chiffres-cles": ("referrals_by_status", lambda c: "  " + status_part_label(c)),
    }

    def truth_of(name, key, label):  # type: ignore[no-untyped-def]
        chosen = packages if name == "year" else packages[(name - 1) * sites : name * sites]
        values = [0] * sites
        for package in chosen:
            figures = package.figures
            if key == "partenaires":
                counts = {n: sum(s.values()) for n, s in figures["partners"].items()}
                found = counts.get(label, 0)
            else:
                field, to_label = labels[key]
                found = sum(v for c, v in figures[field].items() if str(to_label(c)) == label)
            values[package.site_id.int - 1] += found
        return values

    # the year as a month would be protected, alone: the attack gives months back
    alone = build_consolidated_report(
        [_year_of_site(packages[site::sites], year) for site in range(sites)], year, made
    )
    assert _attack_months_and_year(months, alone, truth_of)
    # the year protected with its months in mind: nothing comes back
    protected = build_yearly_report(packages, year, made)
    assert _attack_months_and_year(months, protected, truth_of) == []
