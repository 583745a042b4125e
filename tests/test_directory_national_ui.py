"""Annuaire › « Mettre à jour depuis data·inclusion… » and Réglages › Annuaire."""

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from app.db import read_session, write_session
from app.services.directory_national import save_territory, stored_territory
from bench.national_files import write_pair
from models import Service
from ui.dialogs.national_update import NationalUpdateDialog
from ui.widgets.territory_panel import TerritoryPanel

pytestmark = pytest.mark.usefixtures("french_ui", "sync_tasks")


def _service_count(engine) -> int:
    with read_session(engine) as session:
        return len(session.exec(select(Service)).all())


def test_the_departements_are_chosen_once_in_the_settings(qtbot, coordinator_ctx, shown_messages):
    panel = TerritoryPanel(coordinator_ctx)
    qtbot.addWidget(panel)
    panel.departements.setText("35, 2a")
    panel.zones.setChecked(True)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    with read_session(coordinator_ctx.engine) as session:
        territory = stored_territory(session)
    assert territory.departements == {"35", "2A"} and territory.zones
    panel.departements.setText("35, 123")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert shown_messages[-1] == (
        "error",
        "« 123 » n’est pas un numéro de département (35, 2A, 974…).",
    )


def test_update_shows_a_summary_and_cancel_leaves_the_directory_as_it_was(
    qtbot, coordinator_ctx, tmp_path
):
    made = write_pair(tmp_path / "files", services=3000, structures=1500)
    engine = coordinator_ctx.engine
    with write_session(engine) as session:
        save_territory(session, coordinator_ctx.actor, "35", False)
    before = _service_count(engine)

    dialog = NationalUpdateDialog(coordinator_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.territory_label.text() == "Départements : 35"
    assert not dialog.update_button.isEnabled()  # no file yet
    dialog._chosen([tmp_path / "files"])
    # « Annuler » while it runs: the task stops at its next step
    shown_progress = dialog._progress
    dialog._progress = lambda done, total: (shown_progress(done, total), dialog.reject())
    qtbot.mouseClick(dialog.update_button, Qt.MouseButton.LeftButton)
    assert dialog.result_label.text() == "Annulé : l’annuaire est resté comme avant."
    assert _service_count(engine) == before and dialog.isVisible()

    dialog._progress = shown_progress
    qtbot.mouseClick(dialog.update_button, Qt.MouseButton.LeftButton)
    placed = len(made.placed["35"])
    assert f"Nouveaux : {placed}" in dialog.result_label.text()
    assert "Conflits gardés (modifiés ici) : 0" in dialog.result_label.text()
    assert _service_count(engine) == before + placed


def test_the_place_note_is_typed_in_the_service_form_and_shown(qtbot, coordinator_ctx):
    from tests.directory_helpers import make_directory
    from ui.dialogs.service_form import ServiceFormDialog
    from ui.pages.annuaire import AnnuairePage

    ids = make_directory(coordinator_ctx.engine, coordinator_ctx.actor)
    form = ServiceFormDialog(coordinator_ctx, service_id=ids["food"])
    qtbot.addWidget(form)
    form.note_edit.setPlainText("appeler Mme X avant")
    form.save()
    with read_session(coordinator_ctx.engine) as session:
        assert session.get(Service, ids["food"]).local_note == "appeler Mme X avant"
    page = AnnuairePage(coordinator_ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    row = next(r for r, hit in enumerate(page.hits) if hit.id == ids["food"])
    page.table.selectRow(row)
    assert "Notre note : appeler Mme X avant" in page.details.toPlainText()
