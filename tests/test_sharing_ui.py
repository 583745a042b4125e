"""Réglages › Postes and finding the main PC, driven like a coordinator would, on a real shared
server started by the test on 127.0.0.1 (the network beyond the loopback is never used)."""

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from app.context import DeskContext
from app.db import open_database, read_session
from app.permissions import Actor
from app.sharing import desks
from app.sharing.desk_config import saved_url
from app.sharing.discovery import browse
from models import Agent, Site
from tests import sharing_helpers as helpers
from ui.application import get_application
from ui.widgets import desks_panel
from ui.widgets.desks_panel import DesksPanel

work_dir, desk_home, shared_place = helpers.work_dir, helpers.desk_home, helpers.shared_place


@pytest.fixture
def answered(monkeypatch, shown_messages, sync_tasks):
    """Every question answered yes, every message kept; sharing stays on this
    machine's loopback, with a throw-away server that is not installed to start with the PC."""
    monkeypatch.setattr(desks_panel, "SHARE_LISTEN", ["127.0.0.1"])
    monkeypatch.setattr(desks_panel, "DURABLE", False)
    monkeypatch.setattr(desks_panel, "ALWAYS_ON", False)
    return shown_messages


def _coordinator_ctx(engine, target) -> DeskContext:  # type: ignore[no-untyped-def]
    from models.enums import Role

    with read_session(engine) as session:
        site = session.exec(select(Site)).one()
        agent = session.exec(select(Agent).where(Agent.role == Role.COORDINATOR.value)).one()
        site_id, site_name, agent_id = site.id, site.name, agent.id
    return DeskContext(engine=engine, target=target, site_id=site_id, site_name=site_name,
                       actor=Actor(agent_id=agent_id, role=Role.COORDINATOR, site_id=site_id))


def _panel(qtbot, ctx) -> DesksPanel:  # type: ignore[no-untyped-def]
    get_application("fr")
    panel = DesksPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1300, 640)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_a_coordinator_shares_the_desk_and_adds_then_removes_a_till(
    qtbot, work_dir, desk_home, answered
):
    path = work_dir / "poste" / "aiguillage.sqlite"
    path.parent.mkdir()
    helpers.make_place_file(path)
    ctx = _coordinator_ctx(open_database(path), path)
    panel = _panel(qtbot, ctx)
    assert panel.single_box.isVisible() and not panel.main_box.isVisible()
    qtbot.mouseClick(panel.share_button, Qt.MouseButton.LeftButton)
    server = None
    try:
        assert ctx.target.is_server, answered
        server = helpers.SharedServer.load(path.parent / "serveur-partage")
        assert "lignes déplacées" in panel.result_label.text()
        assert "rouvert" in answered.texts[-1]
        assert not path.exists() and list(path.parent.glob("*.partagee-*.sqlite"))
        with read_session(ctx.engine) as session:  # the desk now reads the server
            assert len(session.exec(select(Agent)).all()) == 3
        assert panel.main_box.isVisible() and not panel.single_box.isVisible()
        assert f":{server.port}" in panel.address_label.text()

        helpers.type_name(qtbot, panel.name_edit, "Caisse de la boutique")
        panel.kind_combo.setFocus()
        qtbot.keyClick(panel.kind_combo, Qt.Key.Key_Down)
        qtbot.keyClick(panel.kind_combo, Qt.Key.Key_Down)
        assert panel.kind_combo.currentData() == "till"
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
        code = panel.code_label.text().replace("-", "")
        assert len(code) == 8
        assert f"127.0.0.1:{server.port}" in panel.code_hint.text()
        assert panel.table.rowCount() == 1
        assert [panel.table.item(0, c).text() for c in (0, 1, 3)] == [
            "Caisse de la boutique", "caisse", "en attente de son code"]
        # every column shows its words whole; the name does not take the state's room
        metrics = panel.table.fontMetrics()
        for column in range(4):
            shown = panel.table.item(0, column).text()
            assert panel.table.columnWidth(column) >= metrics.horizontalAdvance(shown), shown
        assert panel.table.columnWidth(0) < panel.table.columnWidth(3)

        joined = desks.join("127.0.0.1", server.port, server.fingerprint, code, server.database)
        assert joined.kind == "till"
        panel.refresh()
        assert panel.table.item(0, 3).text() == "rattaché"

        panel.table.selectRow(0)
        qtbot.mouseClick(panel.revoke_button, Qt.MouseButton.LeftButton)
        assert panel.table.item(0, 3).text() == "retiré"
        from app.errors import DatabaseError

        with pytest.raises(DatabaseError):
            open_database(joined.url)
    finally:
        ctx.engine.dispose()
        if server is not None:
            server.stop()


def test_an_old_postgresql_is_refused_in_french(qtbot, work_dir, desk_home, answered, monkeypatch):
    from app.sharing import sharing

    path = work_dir / "aiguillage.sqlite"
    helpers.make_place_file(path)
    ctx = _coordinator_ctx(open_database(path), path)
    panel = _panel(qtbot, ctx)
    server = helpers.SharedServer.init(work_dir / "serveur", helpers.free_port(), ["127.0.0.1"],
                                       durable=False)
    try:
        monkeypatch.setattr(sharing, "MINIMUM_VERSION", 990000)  # as if it were version 13
        url = server.direct_url().set(drivername="postgresql").render_as_string(
            hide_password=False)
        panel.url_edit.setText(url)
        panel.url_edit.setFocus()
        qtbot.keyClick(panel.url_edit, Qt.Key.Key_Return)
        assert "version 14" in answered.texts[-1]
        assert path.exists() and not ctx.target.is_server
        helpers.type_name(qtbot, panel.url_edit, "serveur:5432")
        qtbot.keyClick(panel.url_edit, Qt.Key.Key_Return)
        assert "postgresql://" in answered.texts[-1]
    finally:
        ctx.engine.dispose()
        server.stop()


def test_the_data_moves_to_an_own_postgresql(qtbot, work_dir, desk_home, answered):
    import psycopg

    path = work_dir / "aiguillage.sqlite"
    helpers.make_place_file(path)
    ctx = _coordinator_ctx(open_database(path), path)
    panel = _panel(qtbot, ctx)
    local = helpers.LocalServer(work_dir / "pg", helpers.free_port(), "motdepasse-long-ici")
    local.init(listen="127.0.0.1", durable=False)
    local.start()
    try:
        admin = local.url("postgres").set(drivername="postgresql")
        with psycopg.connect(admin.render_as_string(hide_password=False),
                             autocommit=True) as connection:
            connection.execute("CREATE DATABASE lieu")
        typed = local.url("lieu").set(drivername="postgresql").render_as_string(
            hide_password=False)
        helpers.type_name(qtbot, panel.url_edit, typed)
        qtbot.mouseClick(panel.own_button, Qt.MouseButton.LeftButton)
        assert ctx.target.is_server, answered
        assert saved_url(desk_home).database == "lieu"
        with read_session(ctx.engine) as session:
            assert len(session.exec(select(Agent)).all()) == 3
        assert panel.joined_label.isVisible()  # no main PC here: IT staff manage the server
    finally:
        ctx.engine.dispose()
        local.stop()


def test_a_new_desk_finds_the_main_pc_on_the_network(shared_place):
    server, _ = shared_place
    found = browse(4, interfaces=["127.0.0.1"])
    mine = [m for m in found if m.port == server.port]
    assert mine and mine[0].place == "Recyclerie du Pays de Redon"
    assert mine[0].fingerprint == server.fingerprint and mine[0].host == "127.0.0.1"


def test_the_desks_panel_says_where_desks_are_managed_on_a_joined_desk(
    qtbot, shared_place, desk_home
):
    server, _ = shared_place
    engine = helpers.owner_engine(server)
    try:
        _login, code = desks.add_desk(engine, "reception", "accueil", server.fingerprint)
    finally:
        engine.dispose()
    joined = desks.join("127.0.0.1", server.port, server.fingerprint, code, server.database)
    desk_engine = open_database(joined.url)
    try:
        from app.sharing.desk_config import save_desk

        save_desk(joined.url, joined.kind, None, desk_home)  # as the reception PC keeps it
        panel = _panel(qtbot, _coordinator_ctx(desk_engine, joined.url))
        assert panel.joined_label.isVisible() and not panel.main_box.isVisible()
        assert "poste principal" in panel.joined_label.text()
    finally:
        desk_engine.dispose()


@pytest.fixture
def new_pc_wizard(qtbot, work_dir, monkeypatch, sync_tasks):
    """The first-run wizard of a new PC, on the empty file a first start makes."""
    from ui.dialogs import join_place
    from ui.dialogs.first_run import FirstRunWizard

    monkeypatch.setattr(join_place, "BROWSE_INTERFACES", ["127.0.0.1"])
    monkeypatch.setattr(join_place, "BROWSE_SECONDS", 2.0)
    get_application("fr")
    path = work_dir / "nouveau-pc" / "aiguillage.sqlite"
    path.parent.mkdir()
    ctx = DeskContext(engine=open_database(path), target=path)
    wizard = FirstRunWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    yield wizard, ctx
    ctx.engine.dispose()


def _to_join_page(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(wizard.place_page.join_choice, Qt.MouseButton.LeftButton)
    assert not wizard.place_page.name_edit.isEnabled()
    qtbot.keyClick(wizard.place_page.join_choice, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.join_page


def test_a_new_pc_joins_with_a_typed_address_and_its_code(
    qtbot, shared_place, desk_home, new_pc_wizard
):
    from app.sharing.desk_config import SECRET

    server, _ = shared_place
    wizard, ctx = new_pc_wizard
    engine = helpers.owner_engine(server)
    try:
        login, code = desks.add_desk(engine, "reception", "Accueil", server.fingerprint)
    finally:
        engine.dispose()
    (desk_home / "desk.json").unlink()  # this PC is not the main PC: it has not joined yet
    _to_join_page(qtbot, wizard)
    page = wizard.join_page
    found = [page.places.item(i).text() for i in range(page.places.count())]
    assert f"Recyclerie du Pays de Redon — 127.0.0.1:{server.port}" in found
    page.places.clearSelection()
    helpers.type_name(qtbot, page.address_edit, "127.0.0.1:1")  # nothing listens there
    helpers.type_name(qtbot, page.code_edit, code)
    qtbot.keyClick(page.code_edit, Qt.Key.Key_Return)
    assert wizard.currentPage() is page and "ne répond pas" in page.error_label.text()

    helpers.type_name(qtbot, page.address_edit, f"127.0.0.1:{server.port}")
    wrong = code[:-1] + ("A" if code[-1] != "A" else "B")
    helpers.type_name(qtbot, page.code_edit, wrong.lower())
    qtbot.keyClick(page.code_edit, Qt.Key.Key_Return)
    assert "ce code ne fonctionne pas" in page.error_label.text().lower()
    assert not wizard.result() and not ctx.target.is_server

    helpers.type_name(qtbot, page.code_edit, f"{code[:4]}-{code[4:]}")
    qtbot.keyClick(page.code_edit, Qt.Key.Key_Return)
    assert wizard.result() == wizard.DialogCode.Accepted, page.error_label.text()
    assert ctx.target.is_server and ctx.site_name == "Recyclerie du Pays de Redon"
    assert ctx.actor is None  # whoever arrives signs in with a PIN on the lock screen
    assert saved_url(desk_home).username == login
    assert oct((desk_home / SECRET).stat().st_mode & 0o777) == "0o600"
    with read_session(ctx.engine) as session:
        assert len(session.exec(select(Agent)).all()) == 3


def test_a_search_that_ends_after_the_wizard_closed_is_dropped(qtbot, ctx, monkeypatch):
    """A desk that joined before the network search ended crashed (« Internal C++ object
    (QPushButton) already deleted »)."""
    from PySide6.QtWidgets import QWizard

    from ui import tasks
    from ui.dialogs import join_place

    assert not tasks.SYNCHRONOUS  # the search runs in the pool, as at a desk
    monkeypatch.setattr(join_place, "BROWSE_SECONDS", 0.5)
    monkeypatch.setattr(join_place, "BROWSE_INTERFACES", ["127.0.0.1"])
    finished: list[object] = []
    monkeypatch.setattr(join_place.JoinPlacePage, "_show_found",
                        _recording(join_place.JoinPlacePage._show_found, finished))  # fmt: skip
    wizard = QWizard()
    page = join_place.JoinPlacePage(ctx)
    wizard.addPage(page)
    wizard.show()
    page.search()
    wizard.deleteLater()  # the desk joined and the wizard closed
    qtbot.waitUntil(lambda: bool(finished), timeout=15_000)


def _recording(method, calls):  # type: ignore[no-untyped-def]
    def recorded(self, found):  # type: ignore[no-untyped-def]
        calls.append(found)
        return method(self, found)

    return recorded
