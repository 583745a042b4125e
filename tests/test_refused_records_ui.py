"""Réglages › Postes on the main PC shows what a till desk kept and the server refused, with
why; « Exporter… » writes it to a file and « Renvoyer » makes it once the cause is fixed —
real widgets, a real shared server on 127.0.0.1, a real till login."""

import csv

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from app.connection_state import ConnectionState
from app.context import DeskContext
from app.db import open_database, read_session, write_session
from app.outbox import Outbox
from app.permissions import Actor
from app.sharing.desk_config import saved_url
from models import Agent, Referral, Service, Site
from models.enums import Role
from tests import sharing_helpers as helpers
from tests.test_desk_kinds import NEED, join, set_up_place, sign_in
from ui import messages
from ui.application import get_application
from ui.widgets.desks_panel import DesksPanel

pytestmark = [pytest.mark.server, pytest.mark.usefixtures("french_ui", "sync_tasks")]
work_dir, desk_home, shared_place = helpers.work_dir, helpers.desk_home, helpers.shared_place
REASON = "Un service choisi n'est plus dans l'annuaire."


def _main_pc_ctx() -> DeskContext:
    url = saved_url()
    engine = open_database(url)
    with read_session(engine) as session:
        site = session.exec(select(Site)).one()
        coordinator = session.exec(select(Agent).where(Agent.role == Role.COORDINATOR.value)).one()
        site_id, site_name, agent_id = site.id, site.name, coordinator.id
    return DeskContext(engine=engine, target=url, site_id=site_id, site_name=site_name,
                       actor=Actor(agent_id=agent_id, role=Role.COORDINATOR, site_id=site_id))


def test_the_main_pc_shows_a_refused_record_exports_it_and_sends_it_again(
    qtbot, shared_place, tmp_path, shown_messages, monkeypatch
):
    server, _ = shared_place
    service_id, _button_id, _kind = set_up_place(server)
    caisse, _login = join(server, "till")
    outbox = Outbox(tmp_path / "boite.sqlite")
    ctx = _main_pc_ctx()
    try:
        volunteer = sign_in(caisse, Role.VOLUNTEER)
        _, ids = outbox.keep_referrals(volunteer.site_id, volunteer.agent_id, volunteer.role,
                                       [service_id], [NEED], "fr")  # fmt: skip
        with write_session(ctx.engine) as session:
            session.get(Service, service_id).active = False
        assert ConnectionState(caisse, outbox).try_back()

        get_application("fr")
        panel = DesksPanel(ctx)
        qtbot.addWidget(panel)
        panel.resize(1300, 700)
        panel.show()
        qtbot.waitExposed(panel)
        assert panel.table.item(0, 3).text() == "connecté en ce moment — 1 enregistrement refusé"
        assert panel.refused_table.isVisible() and panel.refused_table.rowCount() == 1
        assert [panel.refused_table.item(0, c).text() for c in (0, 1, 3)] == [
            "poste till", "orientation rapide", REASON]

        exported = tmp_path / "refuses.csv"
        monkeypatch.setattr(messages, "save_file", lambda *args: exported)
        qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
        with exported.open(encoding="utf-8-sig", newline="") as read:
            rows = list(csv.reader(read, delimiter=";"))
        assert rows[0][:5] == ["Poste", "Enregistrement", "Fait le", "Refusé le", "Raison"]
        assert rows[1][4] == REASON and rows[1][5] == str(ids[0])

        panel.refused_table.selectRow(0)
        qtbot.mouseClick(panel.resend_button, Qt.MouseButton.LeftButton)  # cause not fixed
        assert shown_messages.texts[-1] == f"Toujours refusé : {REASON}"
        assert panel.refused_table.rowCount() == 1

        with write_session(ctx.engine) as session:
            session.get(Service, service_id).active = True
        panel.refused_table.selectRow(0)
        qtbot.mouseClick(panel.resend_button, Qt.MouseButton.LeftButton)
        assert "L'enregistrement est fait" in shown_messages.texts[-1]
        assert panel.refused_table.rowCount() == 0 and not panel.refused_table.isVisible()
        assert "Rien n'est perdu" in panel.refused_label.text()
        assert panel.table.item(0, 3).text() == "connecté en ce moment"  # nothing more to say
        with read_session(ctx.engine) as session:
            assert session.exec(select(Referral.id)).all() == ids
    finally:
        outbox.close()
        caisse.dispose()
        ctx.engine.dispose()


def test_a_desk_whose_records_wait_long_is_not_shown_as_simply_joined():
    from datetime import timedelta

    from app.clock import to_local, utcnow
    from app.sharing.desks import Desk, DeskOutbox, DeskState
    from ui.widgets.desks_panel import state_words

    get_application("fr")
    since = utcnow() - timedelta(hours=2)
    desk = Desk("poste_caisse_1", "till", "Caisse", since, since, None)
    assert state_words(DeskState(desk, False, DeskOutbox())) == "rattaché"
    assert state_words(DeskState(desk, True, DeskOutbox(2, utcnow()))) == (
        "connecté en ce moment — 2 enregistrements en attente"
    )
    assert state_words(DeskState(desk, False, DeskOutbox(4, since))) == (
        f"rattaché — 4 enregistrements en attente depuis le {to_local(since):%d/%m %H:%M}"
    )
