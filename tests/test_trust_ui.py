"""The trust widgets driven like a person: sign-in, lock and switch, Settings panels, and the
start-up recovery of a damaged database."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTableWidget
from sqlmodel import select

from app.backup.snapshot import create_backup
from app.clock import utcnow
from app.config import backups_dir
from app.db import as_target, read_session, write_session
from models import Agent, AuditEntry, Person
from tests.conftest import TEST_PIN, make_ctx
from tests.trust_helpers import add_person, add_visit
from ui import messages


@pytest.fixture(autouse=True)
def _user_data_folder(monkeypatch, tmp_path):
    """The desk logs to the user data folder: a temporary one here, never this PC's."""
    from app import config

    monkeypatch.setattr(config, "data_dir", lambda: tmp_path / "donnees-utilisateur")


pytestmark = pytest.mark.usefixtures("sync_tasks", "shown_messages")


def _select_agent(qtbot, form, name: str) -> None:
    form.agent_list.setFocus()
    for _ in range(form.agent_list.count()):
        if form.agent_list.currentItem().text() == name:
            return
        qtbot.keyClick(form.agent_list, Qt.Key.Key_Down)
    raise AssertionError(f"{name} not in the list")


def test_signing_in_at_start_with_the_keyboard(qtbot, ctx):
    from ui.application import get_application
    from ui.main_window import MainWindow

    get_application("fr")
    ctx.actor = None
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.lock_now()  # what the desk does at start when nobody is signed in
    assert window.visible_page_keys() == []
    assert window.lock_screen.title.text() == "Bienvenue"
    dialog = window.lock_screen
    names = [dialog.form.agent_list.item(i).text() for i in range(dialog.form.agent_list.count())]
    assert names == sorted(names) and len(names) == 3
    _select_agent(qtbot, dialog.form, "Jean-Édouard N'Diaye")
    qtbot.keyClick(dialog.form.agent_list, Qt.Key.Key_Return)  # goes to the PIN field
    qtbot.keyClicks(dialog.form.pin_edit, "1111")
    qtbot.keyClick(dialog.form.pin_edit, Qt.Key.Key_Return)
    assert ctx.actor is None
    assert "4" in dialog.form.message.text()
    assert dialog.form.pin_edit.text() == ""
    qtbot.keyClicks(dialog.form.pin_edit, TEST_PIN)
    qtbot.keyClick(dialog.form.pin_edit, Qt.Key.Key_Return)
    assert not window.lock_screen.is_locked()
    assert "accueil" in window.visible_page_keys() and window.navigation.count() > 0
    assert ctx.agent_name == "Jean-Édouard N'Diaye" and ctx.actor.role == "agent"
    with read_session(ctx.engine) as session:
        actions = [e.action for e in session.exec(select(AuditEntry))]
    assert actions.count("login-failed") == 1 and actions.count("login") == 1


def _window(qtbot, ctx):
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def _visible_texts(widget) -> str:
    texts = []
    for child in widget.findChildren(QLabel) + widget.findChildren(QLineEdit):
        if child.isVisibleTo(widget.window()) and child.isVisible():
            texts.append(child.text())
    for table in widget.findChildren(QTableWidget):
        if table.isVisible():
            for row in range(table.rowCount()):
                for column in range(table.columnCount()):
                    item = table.item(row, column)
                    texts.append(item.text() if item else "")
    return "\n".join(texts)


def test_lock_hides_everything_and_switch_changes_the_agent(qtbot, coordinator_ctx):
    ctx = coordinator_ctx
    window = _window(qtbot, ctx)
    window.show_page("reglages")
    page = window.page("reglages")
    page.tabs.setCurrentWidget(page.agents_panel)
    assert "Jean-Édouard N'Diaye" in _visible_texts(window.page("reglages"))
    qtbot.mouseClick(window.switch_button, Qt.MouseButton.LeftButton)
    assert window.lock_screen.is_locked()
    assert not window.centralWidget().isVisible()
    assert window.lock_screen.geometry() == window.rect()
    assert _visible_texts(window.page("reglages")) == ""  # nothing behind can be read
    form = window.lock_screen.form
    assert form.agent_list.currentItem().text() == "Hélène Le Gall"  # same agent preselected
    _select_agent(qtbot, form, "Œzlem Bénévole")
    form.pin_edit.setFocus()
    qtbot.keyClicks(form.pin_edit, TEST_PIN)
    qtbot.keyClick(form.pin_edit, Qt.Key.Key_Return)
    assert not window.lock_screen.is_locked()
    assert window.centralWidget().isVisible()
    assert ctx.actor.role == "volunteer"
    assert "reglages" not in window.visible_page_keys()
    assert window.navigation.count() == len(window.visible_page_keys())
    with read_session(ctx.engine) as session:
        actions = [e.action for e in session.exec(select(AuditEntry))]
    assert "logout" in actions and "login" in actions


def test_idle_lock_locks_after_the_set_time(qtbot, coordinator_ctx):
    window = _window(qtbot, coordinator_ctx)
    window.start_idle_lock(5)
    assert window.idle_lock.timer.interval() == 5 * 60_000
    assert window.idle_lock.timer.isActive()
    window.idle_lock.timer.setInterval(50)
    window.idle_lock.timer.start()
    qtbot.waitUntil(window.lock_screen.is_locked, timeout=3000)
    assert not window.centralWidget().isVisible()
    assert not window.idle_lock.timer.isActive()
    qtbot.keyClicks(window.lock_screen.form.pin_edit, TEST_PIN)
    qtbot.keyClick(window.lock_screen.form.pin_edit, Qt.Key.Key_Return)
    assert not window.lock_screen.is_locked()
    assert window.idle_lock.timer.isActive()  # counting again from the unlock
    window.start_idle_lock(0)
    assert not window.idle_lock.timer.isActive()


def test_agents_panel_adds_an_agent_who_can_sign_in(qtbot, coordinator_ctx):
    from app.services.auth import sign_in
    from ui.widgets.agents_panel import AgentsPanel

    panel = AgentsPanel(coordinator_ctx)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.table.rowCount() == 3
    qtbot.keyClicks(panel.name_edit, "Lucie Martin")
    panel.role_combo.setCurrentIndex(panel.role_combo.findData("volunteer"))
    qtbot.keyClicks(panel.pin_edit, "97531")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.table.rowCount() == 4
    assert "Lucie Martin" in _visible_texts(panel)
    with write_session(coordinator_ctx.engine) as session:
        lucie = session.exec(select(Agent).where(Agent.name == "Lucie Martin")).one()
        assert sign_in(session, lucie.id, "97531").role == "volunteer"


def test_agents_panel_says_why_when_input_is_bad(qtbot, coordinator_ctx, shown_messages):
    from ui.widgets.agents_panel import AgentsPanel

    panel = AgentsPanel(coordinator_ctx)
    qtbot.addWidget(panel)
    qtbot.keyClicks(panel.name_edit, "Sans code")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.table.rowCount() == 3
    assert panel.status.text() and shown_messages[-1][0] == "warn"


@pytest.mark.sqlite_file
def test_backups_panel_backs_up_and_restores(qtbot, coordinator_ctx):
    from ui.widgets.backups_panel import BackupsPanel

    ctx = coordinator_ctx
    with write_session(ctx.engine) as session:
        add_person(session, ctx.actor.site_id, "Amina")
    panel = BackupsPanel(ctx)
    qtbot.addWidget(panel)
    assert panel.table.rowCount() == 0 and panel.empty_label.isVisibleTo(panel)
    qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.encryption_dialog.plain_button, Qt.MouseButton.LeftButton)
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 2).text() == "1"
    qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)  # asked once only
    assert panel.encryption_dialog is None and panel.table.rowCount() == 1  # one a day kept
    assert panel.status.text() and panel.backup_button.isEnabled()
    with write_session(ctx.engine) as session:
        add_person(session, ctx.actor.site_id, "Zoé")
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    with read_session(ctx.engine) as session:
        assert [p.first_name for p in session.exec(select(Person))] == ["Amina"]
        assert session.exec(select(AuditEntry).where(AuditEntry.action == "restore")).first()


@pytest.mark.sqlite_file
def test_damaged_database_is_restored_through_the_dialog(
    qtbot, db_path, engine, coordinator, shown_messages
):
    from ui.safe_start import open_or_recover

    with write_session(engine) as session:
        add_person(session, coordinator.site_id, "Amina")
    create_backup(db_path, backups_dir(db_path))
    engine.dispose()
    raw = bytearray(db_path.read_bytes())
    raw[4096 * 2 : 4096 * 6] = b"\xde\xad\xbe\xef" * 4096  # damage pages in the middle
    db_path.write_bytes(bytes(raw))
    for extra in ("-wal", "-shm"):
        db_path.with_name(db_path.name + extra).unlink(missing_ok=True)
    ctx = open_or_recover(db_path)
    asked = shown_messages.questions
    assert ctx is not None and asked and "1" in asked[0]
    with read_session(ctx.engine) as session:
        assert [p.first_name for p in session.exec(select(Person))] == ["Amina"]
    ctx.engine.dispose()
    assert list(db_path.parent.glob("*avant-restauration*"))


def test_damaged_database_without_backup_says_so(qtbot, tmp_path, shown_messages):
    from ui.safe_start import open_or_recover

    path = tmp_path / "aiguillage.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert open_or_recover(path) is None
    assert shown_messages[-1][0] == "error"


def test_a_second_app_on_the_same_database_is_refused(qtbot, db_path):
    from ui.instance_lock import acquire_instance_lock

    first = acquire_instance_lock(db_path)
    assert first is not None
    assert acquire_instance_lock(db_path) is None
    first.unlock()
    again = acquire_instance_lock(db_path)
    assert again is not None
    again.unlock()


def test_privacy_panel_previews_and_anonymises(qtbot, coordinator_ctx):
    from ui.widgets.privacy_panel import PrivacyPanel

    ctx = coordinator_ctx
    long_ago = utcnow() - timedelta(days=900)
    with write_session(ctx.engine) as session:
        person = add_person(session, ctx.actor.site_id, "Amina", when=long_ago)
        add_visit(session, ctx.actor.site_id, person, long_ago)
    panel = PrivacyPanel(ctx)
    qtbot.addWidget(panel)
    assert "1" in panel.preview.text() and panel.run_button.isEnabled()
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    with read_session(ctx.engine) as session:
        assert session.exec(select(Person)).one().first_name == ""
    assert not panel.run_button.isEnabled()


def test_export_and_erase_flows_from_a_person_file(qtbot, coordinator_ctx, tmp_path, monkeypatch):
    from ui.widgets.privacy_panel import erase_person_file, export_person_file

    ctx = coordinator_ctx
    with write_session(ctx.engine) as session:
        person_id = add_person(session, ctx.actor.site_id, "Amina").id
    monkeypatch.setattr(messages, "choose_folder", lambda *_a: tmp_path)
    assert export_person_file(None, ctx, person_id)
    assert (tmp_path / f"dossier-{str(person_id)[:8]}.pdf").stat().st_size > 1000
    assert "Amina" in (tmp_path / f"dossier-{str(person_id)[:8]}.json").read_text("utf-8")
    assert erase_person_file(None, ctx, person_id)
    with read_session(ctx.engine) as session:
        assert session.get(Person, person_id) is None


def test_audit_panel_filters_by_action(qtbot, coordinator_ctx):
    from ui.widgets.audit_log import AuditLogPanel

    ctx = coordinator_ctx
    with write_session(ctx.engine) as session:
        from app.services.auth import sign_in

        sign_in(session, ctx.actor.agent_id, TEST_PIN)
    panel = AuditLogPanel(ctx)
    qtbot.addWidget(panel)
    assert panel.table.rowCount() == 1
    assert "Hélène Le Gall" in panel.table.item(0, 1).text()
    panel.action_combo.setCurrentIndex(panel.action_combo.findData("export"))
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    assert panel.table.rowCount() == 0 and panel.summary.text()


def test_audit_panel_lists_only_the_agents_of_its_place(qtbot, coordinator_ctx):
    from app.services.agents import hash_pin
    from models import Site
    from ui.widgets.audit_log import AuditLogPanel

    ctx = coordinator_ctx
    with write_session(ctx.engine) as session:
        other = Site(name="Recyclerie voisine")
        session.add(other)
        session.flush()
        session.add(Agent(site_id=other.id, name="Agent d'ailleurs", role="agent",
                          pin_hash=hash_pin("4821")))  # fmt: skip
        mine = sorted(a.name for a in session.exec(select(Agent)) if a.site_id == ctx.actor.site_id)
    panel = AuditLogPanel(ctx)
    qtbot.addWidget(panel)
    shown = [panel.agent_combo.itemText(i) for i in range(1, panel.agent_combo.count())]
    assert shown == mine and "Agent d'ailleurs" not in shown


def test_settings_page_holds_the_tabs_and_accepts_more(qtbot, coordinator_ctx, french_ui):
    from PySide6.QtWidgets import QWidget

    from ui.pages.reglages import ReglagesPage

    page = ReglagesPage(coordinator_ctx)
    qtbot.addWidget(page)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles == ["Lieu", "Caisse", "Agents", "Sauvegardes", "Confidentialité", "Journal",
                      "Annuaire", "Postes"]
    index = page.add_tab(QWidget(), "Autre")
    assert page.tabs.tabText(index) == "Autre"


def test_an_agent_gets_a_refusal_not_the_retention_figures(qtbot, engine, db_path, agent):
    from ui.widgets.privacy_panel import PrivacyPanel

    panel = PrivacyPanel(make_ctx(engine, db_path, agent))
    qtbot.addWidget(panel)
    assert not panel.run_button.isEnabled()
    assert "coordinat" in panel.preview.text().lower()


def test_run_desk_refuses_a_second_window_on_the_same_file(qtbot, db_path, shown_messages):
    from ui.desk import run_desk
    from ui.instance_lock import acquire_instance_lock

    held = acquire_instance_lock(db_path)
    try:
        assert run_desk(db_path) == 1
    finally:
        held.unlock()
    assert shown_messages[-1][0] == "error"
    assert "déjà ouvert" in shown_messages[-1][1]


def test_run_desk_opens_locked_and_stops_cleanly_when_nobody_signs_in(qtbot, db_path, monkeypatch):
    from PySide6.QtWidgets import QApplication

    import ui.desk
    from ui.main_window import MainWindow

    seen = []

    def closed_at_once(app) -> int:  # the event loop: someone closes the window at once
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        seen.append((window.lock_screen.is_locked(), window.visible_page_keys()))
        return 0

    monkeypatch.setattr(QApplication, "exec", closed_at_once)
    assert ui.desk.run_desk(db_path) == 0
    assert seen == [(True, [])]  # nothing but the sign-in until a PIN is typed
    database_file = as_target(db_path).path  # a shared database is backed up on the main PC
    if database_file is not None:
        assert list(backups_dir(database_file).glob("aiguillage-*.sqlite"))  # closing backup


@pytest.mark.sqlite_file
def test_restoring_an_encrypted_backup_with_a_wrong_passphrase_changes_nothing(
    qtbot, coordinator_ctx, shown_messages
):
    from ui.widgets.backups_panel import BackupsPanel

    ctx = coordinator_ctx
    create_backup(ctx.db_path, backups_dir(ctx.db_path), passphrase="la bonne")
    with write_session(ctx.engine) as session:
        add_person(session, ctx.actor.site_id, "Zoé")
    panel = BackupsPanel(ctx)
    qtbot.addWidget(panel)
    panel.table.selectRow(0)
    qtbot.keyClicks(panel.passphrase_edit, "la mauvaise")
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert shown_messages[-1][0] == "error" and "phrase" in shown_messages[-1][1].lower()
    assert panel.isEnabled()
    with read_session(ctx.engine) as session:
        assert [p.first_name for p in session.exec(select(Person))] == ["Zoé"]
    panel.passphrase_edit.clear()
    qtbot.keyClicks(panel.passphrase_edit, "la bonne")
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    with read_session(ctx.engine) as session:
        assert list(session.exec(select(Person))) == []


def test_privacy_panel_saves_durations_and_applies_the_lock_delay(qtbot, coordinator_ctx):
    from app.services.settings import get_setting

    ctx = coordinator_ctx
    window = _window(qtbot, ctx)
    window.start_idle_lock(5)
    window.show_page("reglages")
    page = window.page("reglages")
    page.tabs.setCurrentWidget(page.privacy_panel)
    panel = page.privacy_panel
    assert panel.retention_spin.value() == 24
    panel.retention_spin.selectAll()
    qtbot.keyClicks(panel.retention_spin, "18")
    panel.lock_spin.selectAll()
    qtbot.keyClicks(panel.lock_spin, "3")
    qtbot.mouseClick(panel.save_durations_button, Qt.MouseButton.LeftButton)
    with read_session(ctx.engine) as session:
        assert get_setting(session, "retention_months") == 18
        assert get_setting(session, "lock_after_minutes") == 3
        changed = session.exec(select(AuditEntry).where(AuditEntry.action == "settings-changed"))
        assert sorted(e.entity_id for e in changed) == ["lock_after_minutes", "retention_months"]
    assert window.idle_lock.timer.interval() == 3 * 60_000
    assert "18" in panel.rule.text()


@pytest.mark.sqlite_file
def test_the_first_backup_offers_encryption_with_a_paper_for_the_passphrase(
    qtbot, coordinator_ctx, french_ui, tmp_path, monkeypatch
):
    from pypdf import PdfReader

    from app.backup import encryption
    from app.backup.files import list_backups
    from app.backup.passphrase import choice_file
    from app.backup.schedule import automatic_backup
    from tests.foundation_helpers import type_text
    from ui.widgets.backups_panel import BackupsPanel

    ctx = coordinator_ctx
    with write_session(ctx.engine) as session:
        add_person(session, ctx.actor.site_id, "Amina")
    panel = BackupsPanel(ctx)
    qtbot.addWidget(panel)
    qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
    dialog = panel.encryption_dialog
    assert dialog is not None and dialog.isVisible() and panel.table.rowCount() == 0
    assert not dialog.encrypt_button.isEnabled()  # the paper comes first

    qtbot.keyClicks(dialog.first, "court")
    qtbot.mouseClick(dialog.sheet_button, Qt.MouseButton.LeftButton)
    assert "au moins 12 caractères" in dialog.error_label.text()
    phrase = "Lune de miel à Redon"
    dialog.first.clear()
    type_text(qtbot, dialog.first, phrase)
    type_text(qtbot, dialog.second, phrase + "s")
    qtbot.mouseClick(dialog.sheet_button, Qt.MouseButton.LeftButton)
    assert "différentes" in dialog.error_label.text()
    qtbot.keyClick(dialog.second, Qt.Key.Key_Backspace)
    sheet = tmp_path / "phrase.pdf"
    monkeypatch.setattr(messages, "save_file", lambda *_args: sheet)
    qtbot.mouseClick(dialog.sheet_button, Qt.MouseButton.LeftButton)
    assert sheet.stat().st_mode & 0o077 == 0
    words = " ".join(page.extract_text() for page in PdfReader(sheet).pages)
    assert phrase in words and "Phrase de passe des sauvegardes" in words
    assert ctx.site_name in words and "sous clé" in words
    assert dialog.encrypt_button.isEnabled()
    qtbot.mouseClick(dialog.encrypt_button, Qt.MouseButton.LeftButton)

    assert panel.encryption_dialog is None and panel.table.rowCount() == 1
    assert panel.table.item(0, 5).text() == "oui"
    folder = backups_dir(ctx.db_path)
    assert choice_file(folder).stat().st_mode & 0o077 == 0
    panel.status.clear()
    qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)  # not asked again
    assert panel.encryption_dialog is None
    assert panel.status.text() == "Sauvegarde faite et vérifiée."
    assert all(encryption.is_encrypted(info.path) for info in list_backups(folder))
    later = automatic_backup(ctx.engine, ctx.db_path, first_of_day=False)
    assert later is not None and later.backup.encrypted  # (rotation keeps one a day)
    assert all(info_row == "oui" for info_row in
               (panel.table.item(row, 5).text() for row in range(panel.table.rowCount())))
