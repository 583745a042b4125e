"""The Reports page, for several sites: save this site's package of the month, then make the
consolidated summary from packages, like a coordinator would."""

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from app.db import read_session
from app.reports.site_package import read_package_file
from app.services.site_keys import key_fingerprint, pinned_keys
from tests.sites_helpers import MONTH, make_site
from ui import messages
from ui.pages.rapports import RapportsPage

pytestmark = pytest.mark.usefixtures("french_ui", "sync_tasks")


def _page(qtbot, ctx) -> RapportsPage:  # type: ignore[no-untyped-def]
    page = RapportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.year_spin.setValue(2026)
    page.month_combo.setCurrentIndex(1)  # février
    return page


def _click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_coordinator_saves_the_package_then_consolidates_two_sites(
    qtbot, coordinator_ctx, engine, tmp_path, monkeypatch, shown_messages
):
    page = _page(qtbot, coordinator_ctx)
    bar = page.site_reports
    ours = tmp_path / "notre-paquet.json"
    monkeypatch.setattr(messages, "save_file", lambda *args: ours)
    qtbot.mouseClick(bar.package_button, Qt.MouseButton.LeftButton)
    assert shown_messages.of("error") == []
    assert "Paquet statistique de février 2026 enregistré" in page.status_label.text()
    package = read_package_file(ours)
    assert package.period.slug() == MONTH and package.site_name == coordinator_ctx.site_name

    other = make_site(tmp_path, 7, "Recyclerie de Pipriac")
    theirs = tmp_path / "leur-paquet.json"
    from app.cli import main

    assert (
        main(["stats", "export", "--db", str(other), "--month", MONTH, "--out", str(theirs)]) == 0
    )
    # a changed package first: refused in French, nothing shown, nothing pinned
    document = json.loads(theirs.read_text("utf-8"))
    document["package"]["figures"]["visits"] += 1
    changed = tmp_path / "modifie.json"
    changed.write_text(json.dumps(document), "utf-8")
    monkeypatch.setattr(messages, "open_files", lambda *args: [ours, changed])
    qtbot.mouseClick(bar.consolidate_button, Qt.MouseButton.LeftButton)
    errors = shown_messages.of("error")
    assert len(errors) == 1 and "a été modifié après que le site l’a signé" in errors[0]
    assert page.report is None and page.generate_button.isEnabled()
    with read_session(engine) as session:
        assert pinned_keys(session) == {}

    monkeypatch.setattr(messages, "open_files", lambda *args: [ours, theirs])
    qtbot.mouseClick(bar.consolidate_button, Qt.MouseButton.LeftButton)
    # two keys never seen here: each shown with its fingerprint, nothing trusted yet
    dialog = bar.keys_dialog
    assert dialog.isVisible() and page.report is None
    prints = [key_fingerprint(read_package_file(path).public_key) for path in (ours, theirs)]
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert all(fingerprint in shown for fingerprint in prints)
    assert "« Recyclerie de Pipriac » est un nouveau site" in shown
    # ours accepted, theirs set aside: only ours is counted
    qtbot.mouseClick(dialog.findChild(QPushButton, "acceptKey0"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.findChild(QPushButton, "refuseKey1"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    assert page.report.key_table.columns[1:] == [coordinator_ctx.site_name, "Total"]
    assert "Pas compté, clé pas encore acceptée : « Recyclerie de Pipriac »" in (
        page.status_label.text()
    )
    with read_session(engine) as session:
        assert [pin["name"] for pin in pinned_keys(session).values()] == [
            coordinator_ctx.site_name
        ]
    # again: only the new site is asked about, and accepted this time
    qtbot.mouseClick(bar.consolidate_button, Qt.MouseButton.LeftButton)
    dialog = bar.keys_dialog
    assert len(dialog.checks) == 1 and dialog.checks[0].fingerprint == prints[1]
    qtbot.mouseClick(dialog.findChild(QPushButton, "acceptKey0"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    assert len(shown_messages.of("error")) == 1
    assert page.report.kind == "consolidated" and page.page_count() >= 3
    assert page.report.key_table.columns[1:] == [
        coordinator_ctx.site_name,
        "Recyclerie de Pipriac",
        "Total",
    ]
    assert page.status_label.text().startswith("Synthèse consolidée des orientations — février")
    assert page.save_button.isEnabled()
    with read_session(engine) as session:
        assert len(pinned_keys(session)) == 2
    # it exports like any report
    monkeypatch.setattr(messages, "choose_folder", lambda *args: tmp_path / "tableaux")
    qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "tableaux" / "synthese-consolidee_2026-02.xlsx").is_file()


def test_a_site_signing_with_another_key_is_refused_or_its_key_replaced_by_a_click(
    qtbot, coordinator_ctx, engine, tmp_path, monkeypatch, shown_messages
):
    from app.cli import main

    page = _page(qtbot, coordinator_ctx)
    bar = page.site_reports
    name = "Recyclerie de Pipriac"
    old, new = tmp_path / "ancienne", tmp_path / "nouvelle"
    packages = []
    for folder, seed in ((old, 7), (new, 8)):  # the site's database, then the one replacing it
        folder.mkdir()
        out = folder / "paquet.json"
        database = make_site(folder, seed, name)
        assert main(["stats", "export", "--db", str(database), "--month", MONTH, "--out",
                     str(out)]) == 0  # fmt: skip
        packages.append(out)
    prints = [key_fingerprint(read_package_file(path).public_key) for path in packages]
    monkeypatch.setattr(messages, "open_files", lambda *args: packages[:1])
    qtbot.mouseClick(bar.consolidate_button, Qt.MouseButton.LeftButton)
    _click(qtbot, bar.keys_dialog.findChild(QPushButton, "acceptKey0"))
    _click(qtbot, bar.keys_dialog.continue_button)
    assert page.report.key_table.columns[1:] == [name, "Total"]
    page.report = None

    monkeypatch.setattr(messages, "open_files", lambda *args: packages[1:])
    qtbot.mouseClick(bar.consolidate_button, Qt.MouseButton.LeftButton)
    dialog = bar.keys_dialog
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert f"« {name} » signe avec une autre clé" in shown
    assert prints[0] in shown and prints[1] in shown
    assert dialog.findChild(QPushButton, "acceptKey0").text() == "Remplacer la clé"
    # refused: said with both fingerprints, nothing counted, the old key kept
    qtbot.mouseClick(dialog.findChild(QPushButton, "refuseKey0"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    errors = shown_messages.of("error")
    assert len(errors) == 1 and prints[0] in errors[0] and prints[1] in errors[0]
    assert page.report is None
    with read_session(engine) as session:
        assert [key_fingerprint(pin["public_key"]) for pin in pinned_keys(session).values()] == [
            prints[0]
        ]
    # replaced by a click: counted, and the new key is the one kept
    qtbot.mouseClick(bar.consolidate_button, Qt.MouseButton.LeftButton)
    _click(qtbot, bar.keys_dialog.findChild(QPushButton, "acceptKey0"))
    _click(qtbot, bar.keys_dialog.continue_button)
    assert page.report.key_table.columns[1:] == [name, "Total"]
    with read_session(engine) as session:
        assert [key_fingerprint(pin["public_key"]) for pin in pinned_keys(session).values()] == [
            prints[1]
        ]


def test_packages_are_made_month_by_month_and_agents_do_not_consolidate(
    qtbot, coordinator_ctx, ctx, shown_messages
):
    page = _page(qtbot, coordinator_ctx)
    page.period_combo.setCurrentIndex(page.period_combo.findData("quarter"))
    qtbot.mouseClick(page.site_reports.package_button, Qt.MouseButton.LeftButton)
    assert shown_messages.of("warn") == [
        "Choisissez « Un mois » comme période : les paquets se font mois par mois."
    ]
    agents = _page(qtbot, ctx)
    assert not agents.site_reports.consolidate_button.isVisibleTo(agents)


def test_a_year_is_consolidated_from_the_packages_of_its_months(
    qtbot, coordinator_ctx, tmp_path, monkeypatch, shown_messages
):
    from app.cli import main

    page = _page(qtbot, coordinator_ctx)
    bar = page.site_reports
    database = make_site(tmp_path, 7, "Recyclerie de Pipriac")
    files = []
    for month in ("2026-01", "2026-02"):
        out = tmp_path / f"paquet-{month}.json"
        assert main(["stats", "export", "--db", str(database), "--month", month, "--out",
                     str(out)]) == 0  # fmt: skip
        files.append(out)
    page.period_combo.setCurrentIndex(page.period_combo.findData("year"))
    monkeypatch.setattr(messages, "open_files", lambda *args: files)
    _click(qtbot, bar.consolidate_button)
    dialog = bar.keys_dialog
    assert len(dialog.checks) == 1  # one key, asked about once for its two packages
    _click(qtbot, dialog.findChild(QPushButton, "acceptKey0"))
    _click(qtbot, dialog.continue_button)
    assert shown_messages.of("error") == []
    assert page.report.period.kind == "year"
    assert page.status_label.text().startswith("Synthèse consolidée des orientations — année 2026")
    months = [read_package_file(path).figures["visits"] for path in files]
    visits = {str(row[0]): row[1:] for row in page.report.key_table.rows}["Visites"]
    assert visits == [sum(months), sum(months)]
