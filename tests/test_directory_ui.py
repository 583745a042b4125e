"""The Directory page and its dialogs, driven like a person at the counter."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlmodel import select

from app.clock import LOCAL_TZ
from app.db import read_session
from models import Service
from tests.directory_helpers import make_directory
from ui import messages
from ui.dialogs.hours_editor import HoursEditorDialog
from ui.dialogs.service_form import ServiceFormDialog
from ui.pages.annuaire import AnnuairePage

MONDAY_TEN = datetime(2026, 11, 23, 10, 0, tzinfo=LOCAL_TZ)


pytestmark = pytest.mark.usefixtures("french_ui", "sync_tasks")


def make_page(qtbot, ctx) -> AnnuairePage:
    page = AnnuairePage(ctx)
    page.clock = lambda: MONDAY_TEN
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    return page


def shown_names(page: AnnuairePage) -> list[str]:
    return [page.model.text(row, 0) for row in range(page.model.rowCount())]


def fill_hours_like_a_person(qtbot, dialog: HoursEditorDialog) -> None:
    """Monday to Friday 08:30–12:30 and 14:00–17:00, closed on public holidays."""
    monday = dialog.rows[0]
    qtbot.keyClick(monday.open_box, Qt.Key.Key_Space)
    qtbot.keyClick(monday.lunch_box, Qt.Key.Key_Space)
    for edit, typed in zip(monday.edits, ("0830", "1230", "1400", "1700"), strict=True):
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, typed)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.holidays_box, Qt.Key.Key_Space)


def test_create_a_service_and_set_its_hours_with_the_editor(qtbot, coordinator_ctx, monkeypatch):
    page = make_page(qtbot, coordinator_ctx)
    assert page.stack.currentIndex() == 0  # empty state first
    seen_in_editor: list[str] = []

    def drive_hours_editor(dialog: HoursEditorDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        fill_hours_like_a_person(qtbot, dialog)
        seen_in_editor.append(dialog.feedback.text())
        assert dialog.text_edit.text() == "Mo-Fr 08:30-12:30,14:00-17:00; PH off"
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    def drive_service_form(dialog: ServiceFormDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.organization_combo.lineEdit(), "Maison France Services")
        qtbot.keyClicks(dialog.name_edit, "Aide administrative")
        qtbot.keyClicks(dialog.theme_filter, "services en ligne")
        visible = [
            dialog.theme_list.item(i)
            for i in range(dialog.theme_list.count())
            if not dialog.theme_list.item(i).isHidden()
        ]
        assert len(visible) == 1
        dialog.theme_list.setCurrentItem(visible[0])
        qtbot.keyClick(dialog.theme_list, Qt.Key.Key_Space)
        qtbot.mouseClick(dialog.hours_button, Qt.MouseButton.LeftButton)
        assert "du lundi au vendredi" in dialog.hours_label.text()
        dialog.tabs.setCurrentIndex(2)
        qtbot.keyClicks(dialog.commune_edit, "Redon")
        qtbot.keyClicks(dialog.postal_code_edit, "35600")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(HoursEditorDialog, "exec", drive_hours_editor)
    monkeypatch.setattr(ServiceFormDialog, "exec", drive_service_form)
    empty_new = page.findChild(type(page.new_button), "emptyNew")
    qtbot.mouseClick(empty_new, Qt.MouseButton.LeftButton)

    assert seen_in_editor == [
        "✓ du lundi au vendredi, 8 h 30 – 12 h 30 et 14 h – 17 h ; fermé les jours fériés"
    ]
    with read_session(coordinator_ctx.engine) as session:
        service = session.exec(select(Service)).one()
        assert service.name == "Aide administrative"
        assert service.opening_hours == "Mo-Fr 08:30-12:30,14:00-17:00; PH off"
        assert service.themes == ["numerique--acceder-a-des-services-en-ligne"]
        assert service.commune == "Redon"
    assert page.stack.currentIndex() == 1
    assert shown_names(page) == ["Aide administrative"]
    assert page.model.text(0, 4) == "Ouvert — ferme à 12 h 30"


def test_the_hours_editor_says_what_is_wrong_in_french(qtbot):
    dialog = HoursEditorDialog("")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.text_edit, "Mo-Fr 9h-12h")
    assert "Horaires non compris au caractère 7" in dialog.feedback.text()
    assert not dialog.ok_button.isEnabled()
    dialog.text_edit.clear()
    qtbot.keyClicks(dialog.text_edit, "Mo,We 09:00-12:00")
    assert dialog.feedback.text() == "✓ lundi et mercredi, 9 h – 12 h"
    assert dialog.ok_button.isEnabled()
    assert dialog.rows[0].open_box.isChecked() and not dialog.rows[1].open_box.isChecked()


def test_service_form_keeps_what_was_typed_when_a_value_is_refused(qtbot, coordinator_ctx):
    dialog = ServiceFormDialog(coordinator_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.organization_combo.lineEdit(), "CCAS")
    qtbot.keyClicks(dialog.name_edit, "Colis")
    qtbot.keyClicks(dialog.email_edit, "pas un courriel")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "courriel" in dialog.error_label.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.name_edit.text() == "Colis"
    with read_session(coordinator_ctx.engine) as session:
        assert session.exec(select(Service)).all() == []


def test_filter_by_theme_and_open_now(qtbot, coordinator_ctx, coordinator, engine):
    make_directory(engine, coordinator)
    page = make_page(qtbot, coordinator_ctx)
    assert shown_names(page) == [
        "Accompagnement des jeunes",
        "Écoute de nuit",
        "Épicerie solidaire",
    ]
    page.theme_combo.setFocus()
    index = page.theme_combo.findData("equipement-et-alimentation")
    page.theme_combo.setCurrentIndex(index)
    assert shown_names(page) == ["Épicerie solidaire"]
    page.theme_combo.setCurrentIndex(0)
    qtbot.keyClick(page.open_now_box, Qt.Key.Key_Space)
    assert shown_names(page) == ["Accompagnement des jeunes", "Écoute de nuit"]
    qtbot.keyClicks(page.search_edit, "ecoute")
    assert shown_names(page) == ["Écoute de nuit"]
    assert page.model.text(0, 4) == "Ouvert 24 h/24"
    assert page.count_label.text() == "1 service"


def test_volunteers_see_the_directory_without_edit_buttons(
    qtbot, volunteer_ctx, coordinator, engine
):
    make_directory(engine, coordinator)
    page = make_page(qtbot, volunteer_ctx)
    assert page.model.rowCount() == 3
    assert not page.new_button.isVisible()
    assert not page.import_button.isVisible()
    page.table.selectRow(0)
    assert "Mission locale" in page.details.toPlainText()


def test_import_a_csv_with_two_bad_rows_and_see_the_errors(
    qtbot, coordinator_ctx, tmp_path, monkeypatch, shown_messages
):
    from tests.test_directory_exchange import CSV_WITH_TWO_BAD_ROWS
    from ui.dialogs.import_preview import ImportPreviewDialog

    path = tmp_path / "annuaire.csv"
    path.write_bytes(CSV_WITH_TWO_BAD_ROWS.encode("cp1252"))
    monkeypatch.setattr(messages, "open_file", lambda *args: path)
    seen: dict = {}

    def drive_preview(dialog: ImportPreviewDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        seen["summary"] = dialog.summary.text()
        seen["rows"] = [
            (dialog.table.item(r, 0).text(), dialog.table.item(r, 2).text())
            for r in range(dialog.table.rowCount())
        ]
        seen["enabled_before"] = dialog.import_button.isEnabled()
        qtbot.keyClick(dialog.only_valid_box, Qt.Key.Key_Space)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ImportPreviewDialog, "exec", drive_preview)
    page = make_page(qtbot, coordinator_ctx)
    qtbot.mouseClick(
        page.findChild(type(page.new_button), "emptyImport"), Qt.MouseButton.LeftButton
    )

    assert "2 services prêts à importer, 2 lignes avec des erreurs" in seen["summary"]
    assert seen["rows"][0][0] == "3" and "5 chiffres" in seen["rows"][0][1]
    assert seen["rows"][1][0] == "4" and "Horaires" in seen["rows"][1][1]
    assert seen["rows"][2:] == [("2", "OK"), ("5", "OK")]
    assert seen["enabled_before"] is False
    assert shown_messages == [("info", "2 services ajoutés, 0 mis à jour.")]
    assert shown_names(page) == ["Aide administrative", "Écrivain public"]


def test_import_a_foreign_hsds_package_shows_warnings_and_imports(
    qtbot, coordinator_ctx, tmp_path, monkeypatch, shown_messages
):
    from tests.test_directory_exchange import OTHER_TOOL, _zip
    from ui.dialogs.import_preview import ImportPreviewDialog

    path = tmp_path / "camden.zip"
    path.write_bytes(_zip(OTHER_TOOL))
    monkeypatch.setattr(messages, "open_file", lambda *args: path)
    seen: dict = {}

    def drive_preview(dialog: ImportPreviewDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        seen["summary"] = dialog.summary.text()
        seen["check"] = dialog.table.item(0, 2).text()
        seen["enabled"] = dialog.import_button.isEnabled()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ImportPreviewDialog, "exec", drive_preview)
    page = make_page(qtbot, coordinator_ctx)
    qtbot.mouseClick(
        page.findChild(type(page.new_button), "emptyImport"), Qt.MouseButton.LeftButton
    )

    assert "1 service prêt à importer, 0 ligne avec des erreurs" in seen["summary"]
    assert "1 a un avertissement" in seen["summary"]
    assert seen["check"].startswith("OK, avec un avertissement : ")
    assert "« NW1 9LR » n'est pas français" in seen["check"]
    assert seen["enabled"] is True
    assert shown_names(page) == ["Food parcels"]


def test_a_closure_changes_the_state_shown(
    qtbot, coordinator_ctx, coordinator, engine, monkeypatch
):
    from ui.dialogs.closures import ClosuresDialog

    make_directory(engine, coordinator)
    page = make_page(qtbot, coordinator_ctx)
    qtbot.keyClicks(page.search_edit, "nuit")
    assert page.model.text(0, 4) == "Ouvert 24 h/24"
    page.table.selectRow(0)

    def drive_closures(dialog: ClosuresDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.starts_edit.setDate(date(2026, 11, 20))
        dialog.ends_edit.setDate(date(2026, 11, 30))
        qtbot.keyClicks(dialog.message_edit, "travaux")
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        assert dialog.list.count() == 1
        return 0

    monkeypatch.setattr(ClosuresDialog, "exec", drive_closures)
    qtbot.mouseClick(page.closures_button, Qt.MouseButton.LeftButton)
    assert page.model.text(0, 4) == ("Fermé exceptionnellement jusqu'au 30 novembre (travaux)")
    assert "Fermé exceptionnellement" in page.details.toPlainText()


def test_organisation_details_are_edited_from_the_service_form(qtbot, coordinator_ctx, monkeypatch):
    from ui.dialogs.organization_form import OrganizationFormDialog

    def drive_organization(dialog: OrganizationFormDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.edits["name"].text() == "CCAS de Redon"
        qtbot.keyClicks(dialog.edits["postal_code"], "35600")
        qtbot.keyClicks(dialog.edits["siret"], "123")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert "14 chiffres" in dialog.error_label.text()
        dialog.edits["siret"].clear()
        qtbot.keyClicks(dialog.edits["phone"], "02 99 71 00 00")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(OrganizationFormDialog, "exec", drive_organization)
    form = ServiceFormDialog(coordinator_ctx)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.organization_combo.lineEdit(), "CCAS de Redon")
    qtbot.mouseClick(form.organization_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.name_edit, "Colis alimentaires")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    from models import Organization

    with read_session(coordinator_ctx.engine) as session:
        organization = session.exec(select(Organization)).one()
        service = session.exec(select(Service)).one()
        assert (organization.postal_code, organization.phone) == ("35600", "02 99 71 00 00")
        assert service.organization_id == organization.id


def test_hours_editor_works_with_the_keyboard_alone(qtbot):
    dialog = HoursEditorDialog("")
    qtbot.addWidget(dialog)
    dialog.show()
    monday = dialog.rows[0]
    monday.open_box.setFocus()
    qtbot.keyClick(monday.open_box, Qt.Key.Key_Space)
    qtbot.keyClick(monday.open_box, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is monday.edits[0]
    qtbot.keyClick(monday.edits[0], Qt.Key.Key_Home)
    qtbot.keyClicks(monday.edits[0], "0800")
    for _ in range(2):  # the lunch break box, then "closes" (lunch times are disabled)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is monday.edits[3]
    qtbot.keyClick(monday.edits[3], Qt.Key.Key_Home)
    qtbot.keyClicks(monday.edits[3], "1200")
    assert dialog.text_edit.text() == "Mo 08:00-12:00"
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.hours() == "Mo 08:00-12:00"
