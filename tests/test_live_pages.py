"""Every page that shows shared data follows the other desks while it is shown: the main PC's
window (the real one, on the place's real shared server) shows a page, another desk — a
process of its own that joined with its one-time code, so with its own login and its own data
folder — makes a change, and the page shows it within 2 s, without being touched."""

import uuid

import pytest
from sqlmodel import select

from app.context import DeskContext
from app.db import read_session, write_session
from app.services.referrals import create_referrals
from app.sharing.sharing import owner_engine
from models import Site
from models.enums import Role
from tests import sharing_helpers as helpers
from tests.live_helpers import finish, go, start_joined_desk
from tests.test_desk_kinds import NEED, SERVICE, set_up_place, sign_in
from ui.application import get_application
from ui.main_window import MainWindow

pytestmark = [pytest.mark.server, pytest.mark.usefixtures("french_ui")]
work_dir, desk_home, shared_place = helpers.work_dir, helpers.desk_home, helpers.shared_place

SEEN_MS = 2000  # a change at another desk is on screen within 2 s
READY_MS = 20_000  # the window's first reading and its listening connection


@pytest.fixture
def place(shared_place):
    """The shared server with a service and the till's buttons: (server, service id, a till
    button id)."""
    server, _ = shared_place
    service_id, button_id, _kind = set_up_place(server)
    return server, service_id, button_id


@pytest.fixture
def main_pc(qtbot, place):
    """The main PC's window, a coordinator signed in, listening to the other desks."""
    server = place[0]
    engine = owner_engine(server)
    coordinator = sign_in(engine, Role.COORDINATOR)
    with read_session(engine) as session:
        site_name = session.exec(select(Site.name)).one()
    ctx = DeskContext(engine=engine, target=engine.url, site_id=coordinator.site_id,
                      site_name=site_name, actor=coordinator)  # fmt: skip
    get_application("fr")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.live.listener.listening.is_set, timeout=READY_MS)
    yield window
    window.live.stop()
    engine.dispose()


def _shown(qtbot, window, key: str):  # type: ignore[no-untyped-def]
    window.show_page(key)
    page = window.page(key)
    qtbot.waitUntil(page.isVisible, timeout=READY_MS)
    return page


def _other_desk(place, tmp_path, kind: str, role: Role, *action: str) -> list[str]:
    """Another desk of `kind` does `action` with its own login; what it said."""
    server = place[0]
    owner = owner_engine(server)
    try:
        actor = sign_in(owner, role)
    finally:
        owner.dispose()
    desk = start_joined_desk(server, kind, tmp_path / f"poste-{kind}", actor, *action)
    go(desk)
    lines = finish(desk)
    assert lines and all(line.startswith("ok") for line in lines), lines
    return lines


def test_the_reception_day_log_and_its_count_follow_a_reception_desk(
    qtbot, place, main_pc, tmp_path
):
    reception = _shown(qtbot, main_pc, "accueil")
    qtbot.waitUntil(lambda: "aucune visite" in reception.counter.text(), timeout=READY_MS)
    _other_desk(place, tmp_path, "reception", Role.AGENT, "anonymous-visit")
    qtbot.waitUntil(lambda: reception.log_model.rowCount() == 1, timeout=SEEN_MS)
    assert "1 visite" in reception.counter.text()


def test_the_till_counters_and_the_weighed_donations_follow_a_till_desk(
    qtbot, place, main_pc, tmp_path
):
    _server, _service, button_id = place
    till_page = _shown(qtbot, main_pc, "caisse")
    qtbot.waitUntil(lambda: button_id in till_page._buttons, timeout=READY_MS)
    assert till_page.button_widget(button_id).count == 0
    _other_desk(place, tmp_path, "till", Role.VOLUNTEER, "clicks", str(button_id), "2", "100")
    qtbot.waitUntil(lambda: till_page.button_widget(button_id).count == 2, timeout=SEEN_MS)
    assert till_page.visits_total.text() == "2 passages en caisse"
    _other_desk(place, tmp_path, "till", Role.VOLUNTEER, "weigh", "mobilier", "2,5")
    qtbot.waitUntil(lambda: "2,5" in till_page.donations_label.text(), timeout=SEEN_MS)


def test_the_till_buttons_follow_a_coordinator_at_an_office_desk(qtbot, place, main_pc,
                                                                tmp_path):  # fmt: skip
    _server, _service, button_id = place
    till_page = _shown(qtbot, main_pc, "caisse")
    qtbot.waitUntil(lambda: button_id in till_page._buttons, timeout=READY_MS)
    _other_desk(place, tmp_path, "office", Role.COORDINATOR, "rename-button", str(button_id),
                "Achat solidaire")  # fmt: skip
    qtbot.waitUntil(lambda: till_page.button_widget(button_id).label == "Achat solidaire",
                    timeout=SEEN_MS)  # fmt: skip


def test_the_referrals_list_follows_an_office_desk(qtbot, place, main_pc, tmp_path):
    _server, service_id, _button = place
    with write_session(main_pc.ctx.engine) as session:
        (referral,) = create_referrals(session, main_pc.ctx.actor, service_ids=[service_id],
                                       themes=[NEED])  # fmt: skip
        referral_id = referral.id
    page = _shown(qtbot, main_pc, "orientations")
    qtbot.waitUntil(lambda: [row.id for row in page.rows] == [referral_id], timeout=READY_MS)
    assert page.rows[0].status == "proposee"
    _other_desk(place, tmp_path, "office", Role.AGENT, "referral", str(referral_id), "envoyee")
    qtbot.waitUntil(lambda: page.rows[0].status == "envoyee", timeout=SEEN_MS)


def test_the_directory_follows_an_office_desk(qtbot, place, main_pc, tmp_path):
    _server, service_id, _button = place
    page = _shown(qtbot, main_pc, "annuaire")
    qtbot.waitUntil(lambda: [hit.name for hit in page.hits] == [SERVICE], timeout=READY_MS)
    _other_desk(place, tmp_path, "office", Role.COORDINATOR, "service", str(service_id),
                "Épicerie du Port")  # fmt: skip
    qtbot.waitUntil(lambda: [hit.name for hit in page.hits] == ["Épicerie du Port"],
                    timeout=SEEN_MS)  # fmt: skip


def test_the_files_list_and_an_open_file_follow_a_reception_desk(
    qtbot, place, main_pc, tmp_path
):
    page = _shown(qtbot, main_pc, "personnes")
    (line,) = _other_desk(place, tmp_path, "reception", Role.AGENT, "new-person", "Hélène",
                          "Le Gall")  # fmt: skip
    qtbot.waitUntil(lambda: page.list.count() == 1, timeout=SEEN_MS)
    assert "Hélène" in page.list.item(0).text()
    person_id = line.split()[1]
    page.open_person(uuid.UUID(person_id))
    qtbot.waitUntil(lambda: page.file_view.person is not None, timeout=READY_MS)
    _other_desk(place, tmp_path, "office", Role.AGENT, "edit-person", person_id, "0699887766")
    qtbot.waitUntil(lambda: page.file_view._values["phone"].text() == "06 99 88 77 66",
                    timeout=SEEN_MS)  # fmt: skip


def _desks_tab(qtbot, window):  # type: ignore[no-untyped-def]
    from ui.widgets.desks_panel import DesksPanel

    settings = _shown(qtbot, window, "reglages")
    (panel,) = settings.findChildren(DesksPanel)
    settings.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(panel.main_box.isVisible, timeout=READY_MS)
    return panel


def _states(panel) -> list[str]:  # type: ignore[no-untyped-def]
    return [panel.table.item(row, 3).text() for row in range(panel.table.rowCount())]


def test_settings_desks_follow_a_desk_joining_and_reporting_a_refused_record(
    qtbot, place, main_pc, tmp_path, shown_messages
):
    server = place[0]
    panel = _desks_tab(qtbot, main_pc)
    assert panel.table.rowCount() == 0 and panel.refused_table.isHidden()
    owner = owner_engine(server)
    try:
        volunteer = sign_in(owner, Role.VOLUNTEER)
    finally:
        owner.dispose()
    desk = start_joined_desk(server, "till", tmp_path / "poste-caisse", volunteer,
                             "report-refused")  # fmt: skip
    # the till joined and is connected (the main PC's own code made it: no click here)
    qtbot.waitUntil(lambda: _states(panel) == ["connecté en ce moment"], timeout=SEEN_MS)
    go(desk)
    assert finish(desk) == ["ok reported"]
    qtbot.waitUntil(lambda: panel.refused_table.rowCount() == 1, timeout=SEEN_MS)
    assert panel.refused_table.item(0, 3).text() == "Ce bouton de caisse n'existe plus."
    qtbot.waitUntil(
        lambda: _states(panel) == ["rattaché — 1 enregistrement refusé — 1 enregistrement en "
                                   "attente"], timeout=SEEN_MS)  # fmt: skip
    # a desk added here shows its code; once removed, its code is not shown any more
    panel.name_edit.setText("Caisse du fond")
    panel.add_button.click()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2, timeout=SEEN_MS)
    assert panel.code_label.text()
    names = [panel.table.item(row, 0).text() for row in range(2)]
    panel.table.selectRow(names.index("Caisse du fond"))
    panel.revoke_button.click()
    qtbot.waitUntil(lambda: panel.code_label.text() == "", timeout=SEEN_MS)
    assert panel.code_hint.text() == ""
    assert shown_messages.of("warn") == []


def test_nothing_a_desk_sends_the_others_names_anyone(qtbot, place, main_pc, tmp_path):
    """What the other desks hear is a topic and at most an id: never a name or a note."""
    heard: list[str] = []
    main_pc.live.changed.connect(heard.append)
    _other_desk(place, tmp_path, "reception", Role.AGENT, "new-person", "Hélène", "Le Gall")
    qtbot.waitUntil(lambda: any(topic.startswith("person:") for topic in heard),
                    timeout=SEEN_MS)  # fmt: skip
    assert not [topic for topic in heard if "Hélène" in topic or "Gall" in topic]
