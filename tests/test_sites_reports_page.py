"""The Reports page, for several sites: save this site's package of the month, then make the
consolidated summary from packages, like a coordinator would."""

import json

import pytest
from PySide6.QtCore import Qt

from app.db import read_session
from app.reports.site_package import read_package_file
from app.services.site_keys import pinned_keys
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
