"""The Settings panels never overwrite another desk's change: the place's details, the privacy
durations, a till button and the donation categories, each changed at a second desk (its own
engine: its own connections) while this desk's panel shows the older values. The save is
refused with the « Recharger » box, nothing of it is stored, and after reloading the change
made again is saved."""

import threading

import pytest
from PySide6.QtCore import Qt

from app.db import read_session, write_session
from app.errors import EditConflict
from app.services import till_setup
from app.services.settings import change_setting, get_setting, setting_version
from app.services.sites import update_site
from models import Site, TillButton
from tests.live_helpers import other_desk_fixture  # noqa: F401  (fixture)
from tests.till_helpers import make_buttons

pytestmark = pytest.mark.usefixtures("french_ui")

ANSWER_MS = 10_000


def _refused(qtbot, panel):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: getattr(panel, "conflict_box", None) is not None, timeout=ANSWER_MS)
    box = panel.conflict_box
    assert "Un autre poste" in box.text()
    assert box.reload_button.text() == "Recharger"
    return box


def _replace(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def _add_line(qtbot, edit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, text)


def test_place_panel_refuses_to_overwrite_the_other_desks_details(
    qtbot, coordinator_ctx, coordinator, other_desk, shown_messages
):
    from ui.widgets.site_panel import SitePanel

    panel = SitePanel(coordinator_ctx)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: bool(panel.name_edit.text()), timeout=ANSWER_MS)
    with write_session(other_desk) as session:  # the other desk, a moment later
        update_site(session, coordinator, phone="02 99 71 00 00")
    _replace(qtbot, panel.commune_edit, "Redon")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    box = _refused(qtbot, panel)
    assert "téléphone" in box.text()
    with read_session(coordinator_ctx.engine) as session:
        site = session.get(Site, coordinator.site_id)
        assert (site.phone, site.commune) == ("02 99 71 00 00", site.commune)
        assert site.commune != "Redon"
    assert shown_messages.of("info") == []
    qtbot.mouseClick(box.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.phone_edit.text() == "02 99 71 00 00", timeout=ANSWER_MS)
    _replace(qtbot, panel.commune_edit, "Redon")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown_messages.of("info")), timeout=ANSWER_MS)
    with read_session(coordinator_ctx.engine) as session:
        site = session.get(Site, coordinator.site_id)
        assert (site.phone, site.commune) == ("02 99 71 00 00", "Redon")


def test_privacy_durations_are_not_overwritten_and_reload(
    qtbot, coordinator_ctx, coordinator, other_desk, shown_messages
):
    from ui.widgets.privacy_panel import PrivacyPanel

    panel = PrivacyPanel(coordinator_ctx)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.retention_spin.value() == 24, timeout=ANSWER_MS)
    with read_session(other_desk) as session:
        version = setting_version(session, "retention_months") or 0
    with write_session(other_desk) as session:
        change_setting(session, coordinator, "retention_months", 12, version=version)
    panel.lock_spin.setFocus()
    _replace(qtbot, panel.lock_spin.lineEdit(), "15")
    qtbot.mouseClick(panel.save_durations_button, Qt.MouseButton.LeftButton)
    box = _refused(qtbot, panel)
    assert "ce réglage" in box.text()
    with read_session(coordinator_ctx.engine) as session:
        assert get_setting(session, "retention_months") == 12  # not put back to 24
        assert get_setting(session, "lock_after_minutes") == 5  # and this desk's not saved
    qtbot.mouseClick(box.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.retention_spin.value() == 12, timeout=ANSWER_MS)
    _replace(qtbot, panel.lock_spin.lineEdit(), "15")
    qtbot.mouseClick(panel.save_durations_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Durées enregistrées." in shown_messages.texts, timeout=ANSWER_MS)
    with read_session(coordinator_ctx.engine) as session:
        assert get_setting(session, "retention_months") == 12
        assert get_setting(session, "lock_after_minutes") == 15


def test_till_button_and_categories_are_not_overwritten(
    qtbot, coordinator_ctx, coordinator, other_desk
):
    from ui.widgets.till_buttons_editor import TillButtonsEditor

    first = make_buttons(coordinator_ctx.engine, coordinator)[0]
    editor = TillButtonsEditor(coordinator_ctx)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.list.count() == 5, timeout=ANSWER_MS)
    editor.list.setCurrentRow(0)
    assert editor.current_id() == first.id
    with write_session(other_desk) as session:
        till_setup.update_till_button(session, coordinator, first.id, label="Vente")
        till_setup.set_donation_categories(session, coordinator, ["textile", "vaisselle"])
    _replace(qtbot, editor.colour_edit, "#1565c0")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    box = _refused(qtbot, editor)
    assert "texte" in box.text()
    with read_session(coordinator_ctx.engine) as session:
        stored = session.get(TillButton, first.id)
        assert (stored.label, stored.colour) == ("Vente", first.colour)
    editor.conflict_box = None
    _add_line(qtbot, editor.categories_edit, "livres")
    qtbot.mouseClick(editor.categories_save, Qt.MouseButton.LeftButton)
    _refused(qtbot, editor)
    with read_session(coordinator_ctx.engine) as session:
        assert till_setup.donation_categories(session) == ["textile", "vaisselle"]
    qtbot.mouseClick(editor.conflict_box.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.label_edit.text() == "Vente", timeout=ANSWER_MS)
    assert editor.categories_edit.toPlainText() == "textile\nvaisselle"
    _replace(qtbot, editor.colour_edit, "#1565c0")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.colour_edit.text() == "#1565c0", timeout=ANSWER_MS)
    _add_line(qtbot, editor.categories_edit, "livres")
    qtbot.mouseClick(editor.categories_save, Qt.MouseButton.LeftButton)
    with read_session(coordinator_ctx.engine) as session:
        stored = session.get(TillButton, first.id)
        assert (stored.label, stored.colour) == ("Vente", "#1565c0")
        assert till_setup.donation_categories(session) == ["textile", "vaisselle", "livres"]


@pytest.mark.server
def test_two_desks_giving_a_default_setting_its_first_value_at_once(
    engine, coordinator, other_desk
):
    """Both desks read the setting at its default; the second insert waits for the first
    desk's commit, then is refused as a conflict (not a crash, nothing half-written)."""
    outcome: list[object] = []
    with write_session(engine) as session:
        change_setting(session, coordinator, "referral_follow_up_days", 7, version=0)
        session.flush()

        def second_desk() -> None:
            try:
                with write_session(other_desk) as other:
                    change_setting(other, coordinator, "referral_follow_up_days", 14, version=0)
                outcome.append("saved")
            except EditConflict as refused:
                outcome.append(refused)

        racing = threading.Thread(target=second_desk)
        racing.start()
        racing.join(1.0)  # still waiting on the first desk's row
        assert outcome == []
    racing.join(30)
    assert len(outcome) == 1 and isinstance(outcome[0], EditConflict)
    assert "Un autre poste" in outcome[0].message
    with read_session(engine) as session:
        assert get_setting(session, "referral_follow_up_days") == 7


@pytest.mark.sqlite_file  # a desk of a shared database has no folder row: the main PC backs up
def test_the_second_backup_folder_is_not_overwritten_and_reloads(
    qtbot, coordinator_ctx, coordinator, other_desk, shown_messages, monkeypatch, tmp_path
):
    from ui import messages
    from ui.widgets.backups_panel import BackupsPanel

    panel = BackupsPanel(coordinator_ctx)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.folder_label.text() == "aucun", timeout=ANSWER_MS)
    with write_session(other_desk) as session:  # the other desk, a moment later
        change_setting(session, coordinator, "backup_folder", str(tmp_path / "cle-usb"))
    monkeypatch.setattr(messages, "choose_folder", lambda *_args: tmp_path / "disque")
    qtbot.mouseClick(panel.folder_button, Qt.MouseButton.LeftButton)
    box = _refused(qtbot, panel)
    with read_session(coordinator_ctx.engine) as session:
        assert get_setting(session, "backup_folder") == str(tmp_path / "cle-usb")
    qtbot.mouseClick(box.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.folder_label.text().endswith("cle-usb"), timeout=ANSWER_MS)
    qtbot.mouseClick(panel.folder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.folder_label.text().endswith("disque"), timeout=ANSWER_MS)
    with read_session(coordinator_ctx.engine) as session:
        assert get_setting(session, "backup_folder") == str(tmp_path / "disque")
