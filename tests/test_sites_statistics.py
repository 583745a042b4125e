"""Two sites export their month as signed statistics packages; a coordinator consolidates them.
Each total must be the sum of the sites' own monthly summaries; people never leave their site."""

import base64
import io
import json
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlmodel import select

from app.cli import main
from app.db import open_database, read_session, write_session
from app.errors import UserError
from app.reports.consolidated import (
    build_consolidated_report,
    consolidate,
    consolidate_files,
)
from app.reports.disclosure import HIDDEN
from app.reports.monthly import build_monthly_report
from app.reports.periods import Period, parse_month
from app.reports.site_package import canonical, read_package, read_package_file
from app.services.settings import get_setting
from app.services.site_keys import (
    PRIVATE_KEY_SETTING,
    key_fingerprint,
    pinned_keys,
)
from models import Person
from tests.sites_helpers import MONTH, coordinator_of, make_site

NAMES = ("Accueil de Redon", "Recyclerie de Pipriac")


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    """Two demo sites (seeds 42 and 7) and their packages of February 2026, exported from the
    command line."""
    folder = tmp_path_factory.mktemp("sites")
    paths = [make_site(folder, 42, NAMES[0]), make_site(folder, 7, NAMES[1])]
    packages = []
    for index, path in enumerate(paths):
        out = folder / f"paquet-{index}.json"
        args = ["stats", "export", "--db", str(path), "--month", MONTH, "--out", str(out)]
        assert main(args) == 0
        packages.append(out)
    return paths, packages


def _monthly(path):  # type: ignore[no-untyped-def]
    engine = open_database(path)
    try:
        with read_session(engine) as session:
            return build_monthly_report(session, coordinator_of(engine), parse_month(MONTH))
    finally:
        engine.dispose()


def _column(report, key: str, column: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    table = next(t for t in report.all_tables() if t.key == key)
    return {str(row[0]): row[column] for row in table.rows}


def _shown_or_hidden(shown, values) -> bool:  # type: ignore[no-untyped-def]
    return all(cell in (value, HIDDEN) for cell, value in zip(shown, values, strict=True))


def _fingerprints(paths) -> list[str]:  # type: ignore[no-untyped-def]
    """The fingerprints the coordinator compared on the phone with each site."""
    return [key_fingerprint(read_package_file(path).public_key) for path in paths]


def _pdf_text(path) -> str:  # type: ignore[no-untyped-def]
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_each_total_is_the_sum_of_the_sites_own_monthly_figures(
    sites, engine, db_path, coordinator, tmp_path
):
    paths, packages = sites
    own = [_monthly(path) for path in paths]
    with write_session(engine) as session:
        report = consolidate_files(
            session, coordinator, parse_month(MONTH), packages, accept=_fingerprints(packages)
        )
    key = next(t for t in report.all_tables() if t.key == "chiffres-cles")
    assert key.columns[1:] == [*NAMES, "Total"]
    site_keys = [_column(monthly, "chiffres-cles", 1) for monthly in own]
    for row in key.rows:
        label = str(row[0])
        mine = [figures[label] for figures in site_keys]
        if label.startswith("Délai médian"):
            assert row[1:3] == mine and row[3] is None
        elif label.startswith("Taux"):
            assert _shown_or_hidden(row[1:3], mine)
        elif label.startswith("  "):  # a referral status: shown exact, or hidden
            assert row[3] in (sum(mine), HIDDEN), label
            assert _shown_or_hidden(row[1:3], mine)
            assert all(value not in (1, 2) for value in row[1:4])
        else:
            assert row[3] == sum(mine), label  # exact total
            assert row[1:3] == mine
    assert site_keys[0]["Visites"] > 0 and site_keys[1]["Visites"] > 0
    assert _column(report, "chiffres-cles", 3)["Visites"] == sum(
        figures["Visites"] for figures in site_keys
    )
    # themes of the visits and of the referrals, partners, channels: total = sum of the sites
    pairs = (
        ("themes-visites", "themes", 1),
        ("themes-orientations", "themes", 2),
        ("partenaires", "partenaires-statuts", -1),
        ("canaux", "canaux", 1),
        ("suites-des-visites", "suites-des-visites", 1),
    )
    for consolidated_key, monthly_key, column in pairs:
        totals = _column(report, consolidated_key, -1)
        expected: dict[str, int] = {}
        for monthly in own:
            for label, value in _column(monthly, monthly_key, column).items():
                if value:
                    expected[label] = expected.get(label, 0) + int(value)  # type: ignore[arg-type]
        # every total shown is exact; a hidden one hides a small count or what gives it back
        assert {k for k, v in totals.items() if v} == set(expected), consolidated_key
        for label, total in totals.items():
            assert total in (expected.get(label, 0), HIDDEN), (consolidated_key, label)
        assert sum(expected.values()) > 0
        for row in next(t for t in report.tables if t.key == consolidated_key).rows:
            assert all(cell not in (1, 2) for cell in row[1:])  # small counts are hidden
    # the PDF and the workbook of the command line carry the same report
    out = tmp_path / "consolidee.pdf"
    args = ["report", "consolidated", "--db", str(db_path), "--month", MONTH]
    engine.dispose()
    assert main([*args, "--out", str(out), *map(str, packages)]) == 0
    text = _pdf_text(out)
    assert "Synthèse consolidée des orientations" in text and "février 2026" in text
    assert all(name in text for name in NAMES) and "empreinte de la clé" in text
    xlsx = tmp_path / "consolidee.xlsx"
    assert main([*args, "--out", str(xlsx), *map(str, packages)]) == 0
    sheet = load_workbook(xlsx, read_only=True)["Chiffres clés"]
    rows = {row[0]: row for row in sheet.iter_rows(values_only=True)}
    assert rows["Visites"][3] == sum(figures["Visites"] for figures in site_keys)
    assert main([*args, "--out", str(tmp_path / "c.csv"), *map(str, packages)]) == 0
    csv_text = (tmp_path / "c_chiffres-cles.csv").read_text("utf-8-sig")
    assert csv_text.startswith("Indicateur;Accueil de Redon;Recyclerie de Pipriac;Total")


def test_a_package_holds_counts_and_the_public_key_only(sites):
    paths, packages = sites
    text = packages[0].read_text("utf-8")
    engine = open_database(paths[0])
    try:
        with read_session(engine) as session:
            people = session.exec(select(Person.first_name, Person.last_name)).all()
            private = get_setting(session, PRIVATE_KEY_SETTING)["private_key"]
    finally:
        engine.dispose()
    assert len(people) > 50
    for first, last in people:
        assert f"{first} {last}" not in text and f'"{last}"' not in text
    assert private not in text
    document = json.loads(text)
    assert document["package"]["site"]["name"] == NAMES[0]
    assert document["package"]["month"] == MONTH and document["package"]["version"] == 1
    assert set(document["package"]) == {
        "format", "version", "month", "site", "made_on", "public_key", "figures"
    }  # fmt: skip
    package = read_package_file(packages[0])
    assert package.site_name == NAMES[0] and package.figures["visits"] > 0


def _resign(path, change, key=None):  # type: ignore[no-untyped-def]
    """The package of `path` changed by `change`; signed again with `key` (another site key)
    when one is given, else left with its old signature."""
    from cryptography.hazmat.primitives import serialization

    document = json.loads(path.read_text("utf-8"))
    change(document["package"])
    if key is not None:
        raw = key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        document["package"]["public_key"] = base64.b64encode(raw).decode()
        document["signature"] = base64.b64encode(key.sign(canonical(document["package"]))).decode()
    return json.dumps(document).encode()


def _set_visits(package) -> None:  # type: ignore[no-untyped-def]
    package["figures"]["visits"] += 100


def test_a_tampered_package_is_refused_and_nothing_is_pinned(
    sites, engine, db_path, coordinator, tmp_path, capsys
):
    _, packages = sites
    tampered = tmp_path / "trafique.json"
    tampered.write_bytes(_resign(packages[0], _set_visits))
    with pytest.raises(UserError, match="a été modifié après que le site l’a signé"):
        read_package_file(tampered)
    args = ["report", "consolidated", "--db", str(db_path), "--month", MONTH]
    args += ["--out", str(tmp_path / "x.pdf"), str(packages[1]), str(tampered)]
    engine.dispose()
    assert main(args) == 2
    assert "trafique.json" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
    with read_session(engine) as session:
        assert pinned_keys(session) == {}  # the good package was not pinned either


def test_a_package_of_another_month_or_version_is_refused(sites, engine, coordinator, tmp_path):
    _, packages = sites
    with write_session(engine) as session, pytest.raises(UserError) as refused:
        consolidate_files(session, coordinator, parse_month("2026-01"), packages[:1])
    assert "porte sur février 2026, pas sur janvier 2026" in refused.value.message

    def version_2(package) -> None:  # type: ignore[no-untyped-def]
        package["version"] = 2

    with pytest.raises(UserError, match="version que cet Aiguillage ne connaît pas"):
        read_package(_resign(packages[0], version_2), "v2.json")
    for data in (b"", b"not json", b'{"package": {"format": "autre"}}', b"[1, 2]"):
        with pytest.raises(UserError, match="n’est pas un paquet statistique"):
            read_package(data, "x.json")
    # signed, but not the shape of a package: refused the same way, never a traceback

    def broken(package) -> None:  # type: ignore[no-untyped-def]
        package["figures"]["partners"] = {"France Travail": {"done": "beaucoup"}}

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    with pytest.raises(UserError, match="n’est pas un paquet statistique"):
        read_package(_resign(packages[0], broken, Ed25519PrivateKey.generate()), "x.json")
    with write_session(engine) as session, pytest.raises(UserError, match="un seul paquet"):
        consolidate_files(session, coordinator, parse_month(MONTH), [packages[0], packages[0]])


def test_a_new_site_key_is_set_aside_until_the_coordinator_accepts_its_fingerprint(
    sites, engine, db_path, coordinator, tmp_path, capsys
):
    _, packages = sites
    period = parse_month(MONTH)
    prints = _fingerprints(packages)
    assert all(len(fp) == 19 and fp.count(" ") == 3 for fp in prints)  # « 1A2B 3C4D … »
    # nobody accepted either key: nothing is counted, nothing is recorded
    with write_session(engine) as session, pytest.raises(UserError) as refused:
        consolidate_files(session, coordinator, period, packages)
    assert "Aucun paquet ne peut encore être compté" in refused.value.message
    with read_session(engine) as session:
        assert pinned_keys(session) == {}
    # the first site's key accepted: the second site's package is set aside, not counted
    with write_session(engine) as session:
        report = consolidate_files(session, coordinator, period, packages, accept=prints[:1])
    assert report.key_table.columns[1:] == [NAMES[0], "Total"]
    assert report.waiting_keys == [(NAMES[1], prints[1])]
    listed = {str(row[0]): row[2] for row in report.tables[-1].rows}
    assert listed[f"{NAMES[1]} — {prints[1]}"] == "Mis de côté : clé pas encore acceptée"
    assert listed[f"{NAMES[0]} — {prints[0]}"] == "Compté"
    with read_session(engine) as session:
        assert {pin["name"] for pin in pinned_keys(session).values()} == {NAMES[0]}
    engine.dispose()
    # the command line says which package waits, and how to accept its key
    args = ["report", "consolidated", "--db", str(db_path), "--month", MONTH]
    out = tmp_path / "c.pdf"
    assert main([*args, "--out", str(out), *map(str, packages)]) == 0
    said = capsys.readouterr().err
    assert f"Le paquet de « {NAMES[1]} » est mis de côté" in said and prints[1] in said
    assert NAMES[1] not in " ".join(
        p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages[:1]
    )
    # a fingerprint that signs none of the packages: refused in French, nothing recorded
    assert main([*args, "--out", str(out), "--accepter-cle", "0000 1111", str(packages[1])]) == 2
    assert "Aucun paquet donné n’est signé avec la clé 00001111" in capsys.readouterr().err
    # typed without spaces, in small letters: accepted, and both sites are counted
    typed = prints[1].replace(" ", "").lower()
    assert main([*args, "--out", str(out), "--accepter-cle", typed, *map(str, packages)]) == 0
    assert "mis de côté" not in capsys.readouterr().err
    with read_session(engine) as session:
        assert {pin["name"] for pin in pinned_keys(session).values()} == set(NAMES)
    with write_session(engine) as session:  # known keys need no acceptance again
        report = consolidate_files(session, coordinator, period, packages)
    assert report.key_table.columns[1:] == [*NAMES, "Total"] and report.waiting_keys == []


def test_a_second_key_under_a_known_site_name_is_refused_until_it_replaces_the_first(
    sites, engine, db_path, coordinator, tmp_path, capsys
):
    import uuid

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    _, packages = sites
    period = parse_month(MONTH)
    prints = _fingerprints(packages)
    with write_session(engine) as session:
        consolidate_files(session, coordinator, period, packages, accept=prints)
    first = read_package_file(packages[0])

    def new_database(package) -> None:  # type: ignore[no-untyped-def]
        package["site"]["id"] = str(uuid.uuid4())  # a new database given the same name

    # the same site signing with another key, and another database under the same name
    impostor = tmp_path / "autre-cle.json"
    impostor.write_bytes(_resign(packages[0], _set_visits, Ed25519PrivateKey.generate()))
    namesake = tmp_path / "homonyme.json"
    namesake.write_bytes(_resign(packages[0], new_database, Ed25519PrivateKey.generate()))
    for path in (impostor, namesake):
        new_print = _fingerprints([path])[0]
        # refused even when « accepted » as a new key: it is not new, it replaces one
        with write_session(engine) as session, pytest.raises(UserError) as refused:
            consolidate_files(
                session, coordinator, period, [path, packages[1]], accept=[new_print]
            )
        message = refused.value.message
        assert f"« {NAMES[0]} »" in message and "est refusé" in message
        assert new_print in message and prints[0] in message  # both fingerprints, to compare
    with read_session(engine) as session:
        assert pinned_keys(session)[str(first.site_id)]["public_key"] == first.public_key
    engine.dispose()
    # the coordinator replaces the key explicitly, from the command line
    args = ["report", "consolidated", "--db", str(db_path), "--month", MONTH]
    args += ["--out", str(tmp_path / "c.pdf")]
    new_print = _fingerprints([namesake])[0]
    assert main([*args, "--remplacer-cle", new_print, str(namesake), str(packages[1])]) == 0
    with read_session(engine) as session:
        pins = pinned_keys(session)
    assert str(first.site_id) not in pins
    assert [pin["name"] for pin in pins.values()].count(NAMES[0]) == 1
    # now the old key is the stranger
    assert main([*args, str(packages[0]), str(packages[1])]) == 2
    said = capsys.readouterr().err
    assert prints[0] in said and new_print in said
    # forgetting a site from the command line: its next key must be accepted again
    assert main(["stats", "sites", "--db", str(db_path)]) == 0
    assert new_print in capsys.readouterr().out
    site_of_namesake = read_package_file(namesake).site_id
    assert main(["stats", "forget", "--db", str(db_path), str(site_of_namesake)]) == 0
    with read_session(engine) as session:
        assert {pin["name"] for pin in pinned_keys(session).values()} == {NAMES[1]}


def test_small_counts_and_what_would_give_them_back_are_hidden(sites, engine, coordinator):
    _, packages = sites
    base = [read_package_file(path) for path in packages]
    themes = ["numerique--utiliser-le-numerique", "sante--acces-aux-soins"]
    changed = []
    for package, counts in zip(base, ({themes[0]: 1, themes[1]: 7}, {themes[0]: 2}), strict=True):
        figures = dict(package.figures)
        figures["visit_themes"] = counts
        figures["channels"] = {"telephone": 2, "accueil-spontane": 3}
        figures["partners"] = {"CCAS": {"done": 1}, "Mission Locale": {"done": 5}}
        figures["referrals_by_status"] = {"done": 6}  # the key figures say 6 referrals a site
        changed.append(type(package)(**{**package.__dict__, "figures": figures}))
    report = build_consolidated_report(changed, parse_month(MONTH), date(2026, 3, 10))
    themes_table = next(t for t in report.tables if t.key == "themes-visites")
    rows = {str(row[0]): row[1:] for row in themes_table.rows}
    # 1 and 2 hidden; their total, 3, says nothing of how it splits
    assert [HIDDEN, HIDDEN, 3] in rows.values() and [7, 0, 7] in rows.values()
    channels = {str(row[0]): row[1:] for row in next(
        t for t in report.tables if t.key == "canaux").rows}  # fmt: skip
    assert channels["Téléphone"][:2] == [HIDDEN, HIDDEN]
    partners = {str(row[0]): row[1:] for row in next(
        t for t in report.tables if t.key == "partenaires").rows}  # fmt: skip
    # CCAS's 2 would come back as the grand total less Mission Locale's 10: that total is hidden
    assert partners["CCAS"] == [HIDDEN, HIDDEN, HIDDEN]
    assert HIDDEN in partners["Mission Locale"]
    assert "« s »" in themes_table.note
    with pytest.raises(UserError, match="au moins un paquet"):
        with write_session(engine) as session:
            consolidate(session, coordinator, parse_month(MONTH), [])


def test_a_year_adds_up_the_months_and_hides_what_a_month_hid(
    sites, engine, db_path, coordinator, tmp_path, capsys
):
    paths, february = sites
    january = []
    for index, path in enumerate(paths):
        out = tmp_path / f"janvier-{index}.json"
        assert main(["stats", "export", "--db", str(path), "--month", "2026-01", "--out",
                     str(out)]) == 0  # fmt: skip
        january.append(out)
    prints = _fingerprints(february)
    both = [*january, *february]
    with write_session(engine) as session:
        year = consolidate_files(session, coordinator, Period.year(2026), both, accept=prints)
        months = [
            consolidate_files(session, coordinator, parse_month(month), files)
            for month, files in (("2026-01", january), ("2026-02", february))
        ]
    assert year.period.label() == "année 2026" and year.key_table.columns[1:] == [*NAMES, "Total"]
    visits = [_column(report, "chiffres-cles", 3)["Visites"] for report in months]
    assert _column(year, "chiffres-cles", 3)["Visites"] == sum(visits)
    # a count hidden in a month is hidden in the year too: the year less the other month
    # would give it back
    for key in ("partenaires", "canaux", "suites-des-visites", "chiffres-cles"):
        year_rows = {str(row[0]): row for row in next(
            t for t in year.all_tables() if t.key == key).rows}  # fmt: skip
        for report in months:
            for row in next(t for t in report.all_tables() if t.key == key).rows:
                for column, value in enumerate(row[1:], start=1):
                    if value == HIDDEN and str(row[0]) in year_rows:
                        assert year_rows[str(row[0])][column] == HIDDEN, (key, row[0], column)
    # refused in French: a month of another year, the same site's month twice
    with write_session(engine) as session, pytest.raises(UserError) as refused:
        consolidate_files(session, coordinator, Period.year(2025), both)
    assert "porte sur janvier 2026, hors de l’année 2025 : il est refusé" in refused.value.message
    with write_session(engine) as session, pytest.raises(UserError, match="un seul paquet"):
        consolidate_files(session, coordinator, Period.year(2026),
                          [*both, february[0]])  # fmt: skip
    engine.dispose()
    out = tmp_path / "annee.pdf"
    args = ["report", "consolidated", "--db", str(db_path), "--year", "2026", "--out", str(out)]
    assert main([*args, *map(str, both)]) == 0
    assert "Synthèse consolidée des orientations" in _pdf_text(out) and "2026" in _pdf_text(out)
    with pytest.raises(SystemExit):
        main([*args, "--month", MONTH, *map(str, both)])
    assert "impossible avec l’argument --year" in capsys.readouterr().err
