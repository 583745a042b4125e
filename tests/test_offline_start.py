"""A desk switched on while its main PC is already off (a Saturday at the recyclerie): it opens
from its directory copy, says the main PC cannot be reached, lets the agents who once signed in
here sign in with their PIN for the offline work, keeps the till's clicks, and sends them with
their time and agent once the main PC answers; then the server confirms the agent, or the desk
locks with one sentence. A real PostgreSQL server of the test's own is stopped and started."""

import stat
from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import text
from sqlmodel import select

from app.clock import local_today
from app.config import data_dir
from app.context import DeskContext
from app.db import read_session, write_session
from app.desk_sign_ins import FILENAME
from app.services import agents as agents_svc
from app.services import till_setup
from app.services.settings import get_setting, put_setting
from models import AuditEntry, Visit
from models.enums import AuditAction, Role
from tests import offline_helpers
from ui.connection import connection_of
from ui.desk import open_desk_in
from ui.main_window import KEY_ROLE, MainWindow

pytestmark = [pytest.mark.server, pytest.mark.usefixtures("french_ui", "sync_tasks", "no_warnings")]
own_server, place = offline_helpers.own_server, offline_helpers.place
MORGANE_PIN = "1357"


@pytest.fixture
def desk_folder(tmp_path, monkeypatch):
    """This PC's user data folder (the desk's outbox, directory copy and kept sign-ins)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "donnees"))
    return data_dir()


@pytest.fixture
def agents(place):
    """Morgane, an agent who signs in on the desk; Yannick, who never does."""
    engine, ctx = place
    with write_session(engine) as session:
        morgane = agents_svc.create_agent(
            session, ctx.actor, "Morgane Le Floch", Role.AGENT.value, MORGANE_PIN
        )
        yannick = agents_svc.create_agent(
            session, ctx.actor, "Yannick Le Bihan", Role.VOLUNTEER.value, "8642"
        )
        till_setup.ensure_default_buttons(session, ctx.actor)
    return morgane.id, yannick.id


def start_desk(qtbot, server) -> MainWindow:
    """The desk started as at the counter: a painted window, then the database behind it."""
    ctx = DeskContext(engine=None, target=offline_helpers.address(server), language="fr")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    assert open_desk_in(window, ctx) is None
    return window


def sign_in(qtbot, window: MainWindow, name: str, pin: str) -> None:
    form = window.lock_screen.form
    names = [form.agent_list.item(row).text() for row in range(form.agent_list.count())]
    form.agent_list.setCurrentRow(names.index(name))
    qtbot.keyClicks(form.pin_edit, pin)
    qtbot.keyClick(form.pin_edit, Qt.Key.Key_Return)


def listed(window: MainWindow) -> list[str]:
    form = window.lock_screen.form
    return [form.agent_list.item(row).text() for row in range(form.agent_list.count())]


def pages(window: MainWindow) -> list[str]:
    return [window.navigation.item(r).data(KEY_ROLE) for r in range(window.navigation.count())]


def close_desk(window: MainWindow) -> None:
    connection_of(window.ctx).close()
    if window.live.listener is not None:
        window.live.listener._stop.set()
    window.ctx.engine.dispose()


def first_day_online(qtbot, server, name: str | None = None) -> None:
    """The desk opened once with the main PC on (its directory copy made); `name` signs in."""
    window = start_desk(qtbot, server)
    connection = connection_of(window.ctx)
    qtbot.waitUntil(lambda: connection.copy.exists(), timeout=30_000)
    if name is not None:
        assert "Yannick Le Bihan" in listed(window)
        sign_in(qtbot, window, name, MORGANE_PIN)
        assert not window.lock_screen.is_locked()
    close_desk(window)


def test_a_till_started_with_the_main_pc_off_counts_and_sends_with_its_agent(
    qtbot, own_server, place, agents, desk_folder
):
    engine, ctx = place
    morgane, _yannick = agents
    with write_session(engine) as session:  # the place weighs its own kinds of things
        till_setup.set_donation_categories(session, ctx.actor, ["textile", "vélos", "livres"])
    first_day_online(qtbot, own_server, "Morgane Le Floch")
    kept_file = desk_folder / FILENAME
    assert stat.S_IMODE(kept_file.stat().st_mode) == 0o600
    assert "Yannick" not in kept_file.read_text(encoding="utf-8")

    # Saturday: the office PC is off, the till PC is switched on
    engine.dispose()
    own_server.stop("immediate")
    window = start_desk(qtbot, own_server)
    connection = connection_of(window.ctx)
    status = window.findChild(QLabel, "statusConnection")
    assert window.lock_screen.is_locked() and not connection.online
    assert status.text() == "Poste principal injoignable — ce poste continue de fonctionner"
    assert window.windowTitle() == "Aiguillage — Recyclerie du Pays de Redon"
    # only the agent who signed in here is offered; the others wait for the main PC
    assert listed(window) == ["Morgane Le Floch"]
    assert window.lock_screen.form.prompt.text().startswith("Le poste principal est injoignable")

    sign_in(qtbot, window, "Morgane Le Floch", "0000")
    assert window.lock_screen.is_locked()
    assert window.lock_screen.form.message.text() == (
        "Code faux. Encore 4 essais avant un court blocage."
    )
    sign_in(qtbot, window, "Morgane Le Floch", MORGANE_PIN)
    assert not window.lock_screen.is_locked()
    # the offline work only, whatever her role
    assert pages(window) == ["accueil", "caisse", "rendez_vous", "annuaire"]  # the agenda greyed
    assert window.current_page_key() == "caisse"
    page = window.page("caisse")
    assert len(page.button_widgets()) == 5
    shown = [b.text() for b in page.weighing.category_group.buttons()]
    assert shown == ["textile", "vélos", "livres"]  # from the copy, not the usual list
    first, second = page.button_widgets()[:2]
    for button in (first, first, second):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "Enregistré" in page.toast.message.text()
    assert status.text() == "Poste principal injoignable — 3 passages en attente"
    kept = {e.id: e.occurred_at for e in connection.outbox.entries()}
    assert len(kept) == 3

    # the main PC is switched on: nobody touches anything
    own_server.start()
    qtbot.waitUntil(
        lambda: connection.online and connection.outbox.is_empty()
        and connection.unconfirmed is None,
        timeout=60_000,
    )  # fmt: skip
    with read_session(engine) as session:
        stored = {v.id: (v.agent_id, v.occurred_at, v.kind) for v in session.exec(select(Visit))}
        logins = session.exec(
            select(AuditEntry).where(
                AuditEntry.action == AuditAction.LOGIN.value, AuditEntry.agent_id == morgane
            )
        ).all()
    assert set(stored) == set(kept)  # every click, once
    for visit_id, (agent_id, moment, _kind) in stored.items():
        assert agent_id == morgane and moment == kept[visit_id]
    assert Counter(kind for _, _, kind in stored.values()) == Counter(
        {first.kind: 2, second.kind: 1}
    )
    assert len(logins) == 2  # the first day, then the session confirmed by the main PC
    # confirmed: her own pages come back, the desk works online
    qtbot.waitUntil(lambda: "personnes" in pages(window), timeout=10_000)
    assert window.ctx.actor.role == Role.AGENT.value
    assert status.isHidden()
    close_desk(window)


def test_nobody_signed_in_here_yet_the_desk_says_what_to_do(qtbot, own_server, place, agents,
                                                              desk_folder):  # fmt: skip
    engine, _ctx = place
    first_day_online(qtbot, own_server)
    engine.dispose()
    own_server.stop("immediate")

    window = start_desk(qtbot, own_server)

    form = window.lock_screen.form
    assert window.lock_screen.is_locked()
    assert form.prompt.text() == (
        "Le poste principal est injoignable et personne ne s'est encore connecté sur ce poste : "
        "allumez le poste principal, ou connectez-vous ici une fois quand il est allumé."
    )
    assert form.agent_list.isHidden() and form.pin_edit.isHidden()
    assert pages(window) == []
    close_desk(window)


def test_an_agent_deactivated_meanwhile_is_forgotten_and_the_desk_locks(
    qtbot, own_server, place, agents, desk_folder
):
    engine, ctx = place
    morgane, _yannick = agents
    first_day_online(qtbot, own_server, "Morgane Le Floch")
    engine.dispose()
    own_server.stop("immediate")
    window = start_desk(qtbot, own_server)
    connection = connection_of(window.ctx)
    sign_in(qtbot, window, "Morgane Le Floch", MORGANE_PIN)
    page = window.page("caisse")
    qtbot.mouseClick(page.button_widgets()[0], Qt.MouseButton.LeftButton)
    assert connection.outbox.count() == 1

    # the main PC comes back, and the coordinator has deactivated Morgane there
    own_server.start()
    engine.dispose()
    with write_session(engine) as session:
        agents_svc.set_agent_active(session, ctx.actor, morgane, False)

    qtbot.waitUntil(lambda: connection.online and connection.outbox.is_empty(), timeout=60_000)
    qtbot.waitUntil(lambda: window.lock_screen.is_locked(), timeout=10_000)
    assert window.lock_screen.hint.text() == (
        "Le poste principal ne reconnaît plus ce code ou cet agent : connectez-vous de nouveau."
    )
    assert window.ctx.actor is None and pages(window) == []
    assert connection.sign_ins.get(morgane) is None
    assert "Morgane" not in (desk_folder / FILENAME).read_text(encoding="utf-8")
    # what she did while she still could is there, with her name on it
    with read_session(engine) as session:
        assert [v.agent_id for v in session.exec(select(Visit))] == [morgane]
    # the list is the server's again: Yannick can sign in now that it answers
    assert "Yannick Le Bihan" in listed(window) and "Morgane Le Floch" not in listed(window)
    close_desk(window)


def test_a_kept_file_that_cannot_be_written_never_stops_a_sign_in(
    qtbot, own_server, place, agents, desk_folder
):
    engine, _ctx = place
    first_day_online(qtbot, own_server, "Morgane Le Floch")
    # the kept file can be read but not written any more (antivirus, read-only folder)
    (desk_folder / FILENAME).with_suffix(".nouveau").mkdir()
    window = start_desk(qtbot, own_server)
    sign_in(qtbot, window, "Morgane Le Floch", MORGANE_PIN)
    qtbot.waitUntil(lambda: not window.lock_screen.is_locked(), timeout=10_000)
    assert "personnes" in pages(window)
    close_desk(window)

    engine.dispose()
    own_server.stop("immediate")
    window = start_desk(qtbot, own_server)
    sign_in(qtbot, window, "Morgane Le Floch", "0000")
    assert window.lock_screen.form.message.text() == (
        "Code faux. Encore 4 essais avant un court blocage."
    )
    sign_in(qtbot, window, "Morgane Le Floch", MORGANE_PIN)
    assert not window.lock_screen.is_locked()
    assert pages(window) == ["accueil", "caisse", "rendez_vous", "annuaire"]  # the agenda greyed
    close_desk(window)


def test_an_agent_deactivated_at_another_desk_is_forgotten_at_the_next_sign_in_here(
    qtbot, own_server, place, agents, desk_folder
):
    engine, ctx = place
    morgane, yannick = agents
    window = start_desk(qtbot, own_server)
    connection = connection_of(window.ctx)
    sign_in(qtbot, window, "Yannick Le Bihan", "8642")
    qtbot.waitUntil(lambda: not window.lock_screen.is_locked(), timeout=10_000)
    window.lock_now()
    assert connection.sign_ins.get(yannick) is not None

    # weeks later, the desk never lost its main PC: the coordinator deactivates Yannick there
    with write_session(engine) as session:
        agents_svc.set_agent_active(session, ctx.actor, yannick, False)
    sign_in(qtbot, window, "Morgane Le Floch", MORGANE_PIN)
    qtbot.waitUntil(lambda: not window.lock_screen.is_locked(), timeout=10_000)

    assert connection.online
    assert [e.agent_id for e in connection.sign_ins.entries()] == [morgane]
    assert "Yannick" not in (desk_folder / FILENAME).read_text(encoding="utf-8")
    close_desk(window)


def _last_daily_run(engine) -> str | None:
    with read_session(engine) as session:
        return get_setting(session, "retention_last_run_on")


def test_a_desk_started_away_runs_its_daily_jobs_once_the_main_pc_answers(
    qtbot, own_server, place, agents, desk_folder
):
    engine, _ctx = place
    first_day_online(qtbot, own_server)
    with write_session(engine) as session:  # the last daily jobs ran days ago
        put_setting(session, "retention_last_run_on", "2026-01-05")
    engine.dispose()
    own_server.stop("immediate")
    window = start_desk(qtbot, own_server)
    connection = connection_of(window.ctx)
    assert not connection.online

    own_server.start()
    qtbot.waitUntil(lambda: connection.online, timeout=60_000)
    qtbot.waitUntil(lambda: _last_daily_run(engine) == local_today().isoformat(), timeout=30_000)
    close_desk(window)


def test_a_desk_started_away_says_when_a_newer_version_updated_the_main_pc(
    qtbot, own_server, place, agents, desk_folder, no_warnings
):
    engine, _ctx = place
    first_day_online(qtbot, own_server)
    with write_session(engine) as session:  # the main PC was updated meanwhile
        put_setting(session, "retention_last_run_on", "2026-01-05")
        session.exec(text("UPDATE alembic_version SET version_num = 'f0e1d2c3b4a5'"))
    engine.dispose()
    own_server.stop("immediate")
    window = start_desk(qtbot, own_server)
    connection = connection_of(window.ctx)
    no_warnings.failing = ()  # the warning is what this test expects

    own_server.start()
    qtbot.waitUntil(lambda: connection.online and bool(no_warnings), timeout=60_000)
    assert no_warnings == [(
        "warn",
        "Cette base a été mise à jour par une version plus récente d'Aiguillage : mettez "
        "Aiguillage à jour sur ce poste.",
    )]  # fmt: skip
    assert _last_daily_run(engine) == "2026-01-05"  # nothing run on a schema it does not know
    close_desk(window)


def _donations(page) -> str:
    return page.donations_label.text().replace("&nbsp;", " ")


def _weigh(qtbot, page, drop_off, category: str, kg: str) -> None:
    qtbot.mouseClick(drop_off, Qt.MouseButton.LeftButton)
    assert page.weighing.isVisible()
    qtbot.mouseClick(page.weighing.category_button(category), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.weighing.kg_edit, kg)
    qtbot.keyClick(page.weighing.kg_edit, Qt.Key.Key_Return)


def test_a_till_restarted_with_the_main_pc_off_shows_its_last_counts_and_what_waits(
    qtbot, own_server, place, agents, desk_folder
):
    engine, ctx = place
    with write_session(engine) as session:
        till_setup.set_donation_categories(session, ctx.actor, ["textile", "vélos"])
    # a morning online: 2 purchases, 1 drop-off of 4 kg of textile
    window = start_desk(qtbot, own_server)
    connection = connection_of(window.ctx)
    qtbot.waitUntil(lambda: connection.copy.exists(), timeout=30_000)
    sign_in(qtbot, window, "Morgane Le Floch", MORGANE_PIN)
    page = window.page("caisse")
    qtbot.waitUntil(lambda: len(page.button_widgets()) == 5, timeout=30_000)
    purchase, drop_off, information = page.button_widgets()[:3]
    qtbot.mouseClick(purchase, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(purchase, Qt.MouseButton.LeftButton)
    _weigh(qtbot, page, drop_off, "textile", "4")
    tally = {purchase.button_id: 2, drop_off.button_id: 1, information.button_id: 0}
    assert {b.button_id: b.count for b in page.button_widgets()[:3]} == tally
    close_desk(window)

    # the office PC goes off, the till PC is restarted
    engine.dispose()
    own_server.stop("immediate")
    window = start_desk(qtbot, own_server)
    connection = connection_of(window.ctx)
    sign_in(qtbot, window, "Morgane Le Floch", MORGANE_PIN)
    page = window.page("caisse")
    purchase, drop_off, information = page.button_widgets()[:3]
    # what it last knew, not 0
    assert {b.button_id: b.count for b in page.button_widgets()[:3]} == tally
    assert page.visits_total.text() == "3 passages en caisse"
    assert "textile" in _donations(page) and "4 kg" in _donations(page)
    assert purchase.waiting_label.isHidden()
    counts_file = desk_folder / "compteurs-du-jour.json"  # kept on the desk, for it alone
    assert stat.S_IMODE(counts_file.stat().st_mode) == 0o600

    # a click and a weighing kept on the desk: counted, and said as waiting
    qtbot.mouseClick(purchase, Qt.MouseButton.LeftButton)
    assert "Enregistré" in page.toast.message.text()
    assert purchase.count == 3
    assert not purchase.waiting_label.isHidden()
    assert purchase.waiting_label.text() == "dont 1 en attente"
    _weigh(qtbot, page, drop_off, "vélos", "12")
    assert drop_off.count == 2 and drop_off.waiting_label.text() == "dont 1 en attente"
    assert page.visits_total.text() == "5 passages en caisse\ndont 2 en attente d'envoi"
    shown = _donations(page)
    assert "vélos" in shown and "12 kg" in shown and "16 kg" in shown
    assert "dont 12 kg en attente d'envoi" in shown
    assert connection.outbox.count() == 2
    close_desk(window)

    # restarted again, still without the main PC: nothing counted twice
    window = start_desk(qtbot, own_server)
    connection = connection_of(window.ctx)
    sign_in(qtbot, window, "Morgane Le Floch", MORGANE_PIN)
    page = window.page("caisse")
    purchase, drop_off, information = page.button_widgets()[:3]
    assert (purchase.count, drop_off.count, information.count) == (3, 2, 0)
    assert page.visits_total.text() == "5 passages en caisse\ndont 2 en attente d'envoi"
    assert "16 kg" in _donations(page)

    # the main PC is back: what waited lands, the counts are the server's, nothing waits
    own_server.start()
    qtbot.waitUntil(
        lambda: connection.online and connection.outbox.is_empty()
        and connection.unconfirmed is None,
        timeout=60_000,
    )  # fmt: skip
    qtbot.waitUntil(lambda: purchase.waiting_label.isHidden(), timeout=10_000)
    assert (purchase.count, drop_off.count, information.count) == (3, 2, 0)
    assert page.visits_total.text() == "5 passages en caisse"
    assert "16 kg" in _donations(page) and "attente" not in _donations(page)
    close_desk(window)
