"""Réglages › Sauvegardes on a shared database, driven like a coordinator would: on the main PC
(a real shared server started by the test, TLS front on 127.0.0.1) it backs up and restores
with pg_dump; a joined desk makes no backup and says that the main PC keeps them."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from app.backup.main_pc import shared_backups_dir
from app.backup.schedule import automatic_backup
from app.backup.server_backup import create_server_backup
from app.cli import main as cli_main
from app.clock import LOCAL_TZ, to_utc
from app.context import DeskContext
from app.db import make_engine, open_database, read_session, write_session
from app.permissions import Actor
from app.sharing import desks
from app.sharing.desk_config import save_desk, saved_url
from models import Agent, Person, Site
from models.enums import Role
from tests import sharing_helpers as helpers
from tests.trust_helpers import add_person
from ui.application import get_application
from ui.widgets.backups_panel import BackupsPanel

pytestmark = [pytest.mark.server, pytest.mark.usefixtures("french_ui", "sync_tasks")]
work_dir, desk_home, shared_place = helpers.work_dir, helpers.desk_home, helpers.shared_place
NOW = datetime(2026, 11, 23, 8, 30, tzinfo=LOCAL_TZ)


def _coordinator_ctx(engine, target) -> DeskContext:  # type: ignore[no-untyped-def]
    with read_session(engine) as session:
        site = session.exec(select(Site)).one()
        agent = session.exec(select(Agent).where(Agent.role == Role.COORDINATOR.value)).one()
        site_id, site_name, agent_id = site.id, site.name, agent.id
    return DeskContext(
        engine=engine,
        target=target,
        site_id=site_id,
        site_name=site_name,
        actor=Actor(agent_id=agent_id, role=Role.COORDINATOR, site_id=site_id),
    )


def _panel(qtbot, ctx) -> BackupsPanel:  # type: ignore[no-untyped-def]
    get_application("fr")
    panel = BackupsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1300, 640)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _people(engine) -> list[str]:  # type: ignore[no-untyped-def]
    with read_session(engine) as session:
        return sorted(p.first_name for p in session.exec(select(Person)).all())


def _row(panel, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [panel.table.item(row, column).text() for column in range(2, 6)]


def test_the_main_pc_backs_up_and_restores_the_shared_database(qtbot, shared_place, shown_messages):
    server, _ = shared_place
    url = saved_url()  # what the main PC's window runs on (its server's loopback)
    engine = make_engine(url)
    ctx = _coordinator_ctx(engine, url)
    try:
        with write_session(engine) as session:
            add_person(session, ctx.site_id, "Amina")
        yesterday = to_utc(datetime.now(LOCAL_TZ) - timedelta(days=1))
        create_server_backup(
            server.direct_url(), shared_backups_dir(), passphrase="lune de miel", now=yesterday
        )
        with write_session(engine) as session:
            add_person(session, ctx.site_id, "Zoé")
        panel = _panel(qtbot, ctx)
        assert "poste principal" in panel.intro.text() and panel.table.isVisible()
        assert panel.table.rowCount() == 1 and _row(panel, 0) == ["1", "0", "0", "oui"]

        qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(panel.encryption_dialog.plain_button, Qt.MouseButton.LeftButton)
        assert panel.status.text() == "Sauvegarde faite et vérifiée.", shown_messages
        assert panel.table.rowCount() == 2 and _row(panel, 0) == ["2", "0", "0", "non"]
        assert panel.folder == shared_backups_dir()

        with write_session(engine) as session:
            add_person(session, ctx.site_id, "Yanis")
        panel.table.selectRow(1)  # yesterday's, encrypted: refused without its passphrase
        qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
        assert shown_messages[-1][0] == "error" and "phrase" in shown_messages[-1][1].lower()
        assert _people(engine) == ["Amina", "Yanis", "Zoé"]
        qtbot.keyClicks(panel.passphrase_edit, "lune de miel")
        qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
        assert "déconnecté un instant" in shown_messages.questions[-1]
        kind, said = shown_messages[-1]
        assert kind == "info", shown_messages
        assert "restaurée : 1 personne, 0 passage, 0 orientation." in said
        assert "avant-restauration-" in said and "Reconnectez-vous" in said
        assert panel.isEnabled() and panel.status.text() == "Sauvegarde restaurée."
        assert _people(engine) == ["Amina"]
        assert panel.table.rowCount() == 2  # the data put aside is not one of the backups
        [aside] = shared_backups_dir().glob("avant-restauration-*.dump")
        assert aside.read_bytes()[:5] == b"PGDMP"

        panel.passphrase_edit.clear()
        panel.table.selectRow(0)  # today's, plain
        qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
        assert shown_messages[-1][0] == "info" and "2 personnes" in shown_messages[-1][1]
        assert _people(engine) == ["Amina", "Zoé"]

        qtbot.keyClicks(panel.passphrase_edit, "lune de miel")  # today's again, encrypted
        qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
        assert panel.table.rowCount() == 2 and _row(panel, 0) == ["2", "0", "0", "oui"]
        assert not list(shared_backups_dir().glob("aiguillage-*.dump"))  # one a day is kept
    finally:
        engine.dispose()


def test_the_daily_backup_is_made_on_the_main_pc_only(
    qtbot, shared_place, desk_home, monkeypatch, capsys
):
    server, _ = shared_place
    main = make_engine(saved_url())
    try:
        first = automatic_backup(main, None, first_of_day=True, now=to_utc(NOW))
        assert first is not None and first.backup.path.parent == shared_backups_dir()
        assert first.backup.path.name == "aiguillage-20261123-083000.dump"
        later = to_utc(NOW + timedelta(hours=3))
        assert automatic_backup(main, None, first_of_day=True, now=later) is None  # done today
        assert automatic_backup(main, None, first_of_day=False, now=later) is None  # closing
        assert cli_main(["backup"]) == 0  # the main PC's command line needs no address
        assert len(list(shared_backups_dir().glob("aiguillage-*.dump"))) == 2
        assert cli_main(["check", str(first.backup.path)]) == 0
        out = capsys.readouterr().out
        assert f"127.0.0.1:{server.server_port}" in out  # checked on this PC's own server
        owner = helpers.owner_engine(server)
        try:
            _login, code = desks.add_desk(owner, "office", "bureau 2", server.fingerprint)
        finally:
            owner.dispose()
    finally:
        main.dispose()

    joined = desks.join("127.0.0.1", server.port, server.fingerprint, code, server.database)
    other_pc = desk_home.parent / "autre-pc"
    save_desk(joined.url, joined.kind, None, other_pc / "Aiguillage")  # as the other PC keeps it
    desk_engine = open_database(joined.url)
    try:
        monkeypatch.setenv("XDG_DATA_HOME", str(other_pc))  # now on the other PC
        next_day = to_utc(NOW + timedelta(days=1))
        assert automatic_backup(desk_engine, None, first_of_day=True, now=next_day) is None
        panel = _panel(qtbot, _coordinator_ctx(desk_engine, joined.url))
        assert "poste principal" in panel.intro.text()
        assert not hasattr(panel, "table")  # nothing to list or restore on this desk
        assert cli_main(["backup"]) == 2  # nor from its command line
        assert "poste principal" in capsys.readouterr().err
    finally:
        desk_engine.dispose()
    assert not (other_pc / "Aiguillage" / "sauvegardes-partagees").exists()
