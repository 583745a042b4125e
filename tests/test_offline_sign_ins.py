"""The sign-ins kept on a desk, for when its main PC is off (app.desk_sign_ins), on both
engines: only agents who signed in here, only their id, name, role and PIN hash, in a file of
this PC's user only; wrong PINs lock as online and are told to the server; a changed PIN, a
deactivated agent → gone at the next connection. And the status bar's words for what waits."""

import json
import stat
import threading
import uuid

import pytest
from sqlmodel import select

from app.connection_state import ConnectionState
from app.db import read_session, write_session
from app.desk_sign_ins import FILENAME, DeskSignIns, confirm_sign_in
from app.errors import UserError
from app.outbox import Outbox, outbox_path
from app.services import agents as agents_svc
from app.services.auth import SignInRefused, sign_in
from models import Agent, AuditEntry
from models.enums import AuditAction, Role
from tests.conftest import TEST_PIN


def _agent(engine, actor) -> Agent:
    with read_session(engine) as session:
        found = session.get(Agent, actor.agent_id)
        session.expunge(found)
        return found


def _refusals(attempt, times: int) -> list[str]:
    said = []
    for _ in range(times):
        with pytest.raises(SignInRefused) as refused:
            attempt()
        said.append(refused.value.message)
    return said


def test_a_pin_kept_on_the_desk_signs_in_for_the_offline_work_only(
    engine, agent, coordinator, tmp_path
):
    kept = DeskSignIns(tmp_path)
    kept.remember(_agent(engine, agent))

    actor = kept.sign_in(agent.agent_id, TEST_PIN, agent.site_id)

    assert actor.agent_id == agent.agent_id and actor.site_id == agent.site_id
    assert actor.role == Role.VOLUNTEER.value  # whatever their role: till, visits, sheets
    path = tmp_path / FILENAME
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    stored = json.loads(path.read_text(encoding="utf-8"))["agents"]
    assert len(stored) == 1
    assert stored[0]["agent_id"] == agent.agent_id.hex
    assert stored[0]["name"] == "Jean-Édouard N'Diaye" and stored[0]["role"] == Role.AGENT.value
    assert stored[0]["pin_hash"].startswith("$argon2id$")
    assert set(stored[0]) == {
        "agent_id", "name", "role", "pin_hash", "failed_attempts", "locked_until", "unreported",
    }  # fmt: skip
    # the coordinator never signed in on this desk
    with pytest.raises(SignInRefused) as refused:
        kept.sign_in(coordinator.agent_id, TEST_PIN, coordinator.site_id)
    assert refused.value.message == (
        "Seuls les agents déjà connectés sur ce poste peuvent se connecter tant que le poste "
        "principal est éteint."
    )


def test_wrong_pins_on_the_desk_lock_as_online_and_are_told_to_the_server(
    engine, agent, volunteer, tmp_path
):
    kept = DeskSignIns(tmp_path)
    kept.remember(_agent(engine, agent))

    def online() -> None:
        with write_session(engine) as session:
            sign_in(session, volunteer.agent_id, "0000")

    offline = _refusals(lambda: kept.sign_in(agent.agent_id, "0000", agent.site_id), 5)
    assert offline == _refusals(online, 5)
    assert offline[0] == "Code faux. Encore 4 essais avant un court blocage."
    assert offline[-1] == "Trop de codes faux. Patientez une minute, puis réessayez."
    # locked: even the right PIN waits
    with pytest.raises(SignInRefused) as refused:
        kept.sign_in(agent.agent_id, TEST_PIN, agent.site_id)
    assert "Patientez" in refused.value.message

    kept.refresh(engine)  # the next connection: the server learns of them, and locks too
    server_view = _agent(engine, agent)
    assert server_view.failed_attempts == 5 and server_view.locked_until is not None
    with read_session(engine) as session:
        failures = session.exec(
            select(AuditEntry).where(
                AuditEntry.action == AuditAction.LOGIN_FAILED.value,
                AuditEntry.entity_id == str(agent.agent_id),
            )
        ).all()
    assert len(failures) == 5
    assert kept.get(agent.agent_id).unreported == 0
    kept.refresh(engine)  # told once only
    assert _agent(engine, agent).failed_attempts == 5
    with pytest.raises(SignInRefused):
        with write_session(engine) as session:
            sign_in(session, agent.agent_id, TEST_PIN)


def test_the_next_connection_forgets_a_changed_pin_and_a_deactivated_agent(
    engine, agent, volunteer, coordinator, tmp_path
):
    kept = DeskSignIns(tmp_path)
    for actor in (agent, volunteer, coordinator):
        kept.remember(_agent(engine, actor))
    with write_session(engine) as session:
        agents_svc.reset_pin(session, coordinator, agent.agent_id, "97531")
        agents_svc.set_agent_active(session, coordinator, volunteer.agent_id, False)
        agents_svc.edit_agent(
            session, coordinator, coordinator.agent_id, "Hélène Le Gall-Morvan", "coordinator"
        )

    kept.refresh(engine)

    assert [e.name for e in kept.entries()] == ["Hélène Le Gall-Morvan"]
    for gone in (agent, volunteer):
        with pytest.raises(SignInRefused):
            kept.sign_in(gone.agent_id, TEST_PIN, gone.site_id)
        with pytest.raises(SignInRefused):
            kept.sign_in(gone.agent_id, "97531", gone.site_id)


def test_the_server_confirms_an_agent_signed_in_away_from_it_or_not(
    engine, agent, volunteer, coordinator, tmp_path
):
    kept = DeskSignIns(tmp_path)
    for actor in (agent, volunteer):
        kept.remember(_agent(engine, actor))
    hashes = {e.agent_id: e.pin_hash for e in kept.entries()}
    with write_session(engine) as session:
        agents_svc.set_agent_active(session, coordinator, volunteer.agent_id, False)

    with write_session(engine) as session:
        confirmed = confirm_sign_in(session, agent.agent_id, hashes[agent.agent_id])
        refused = confirm_sign_in(session, volunteer.agent_id, hashes[volunteer.agent_id])
        unknown = confirm_sign_in(session, uuid.uuid4(), hashes[agent.agent_id])

    assert confirmed is not None and confirmed.role == Role.AGENT.value
    assert refused is None and unknown is None
    with read_session(engine) as session:
        logins = session.exec(
            select(AuditEntry).where(
                AuditEntry.action == AuditAction.LOGIN.value,
                AuditEntry.entity_id == str(agent.agent_id),
            )
        ).all()
    assert len(logins) == 1


def test_a_damaged_file_of_kept_sign_ins_is_taken_as_empty(engine, agent, tmp_path):
    (tmp_path / FILENAME).write_text("{pas du json", encoding="utf-8")
    kept = DeskSignIns(tmp_path)
    assert kept.entries() == []
    with pytest.raises(UserError):
        kept.sign_in(agent.agent_id, TEST_PIN, agent.site_id)
    kept.remember(_agent(engine, agent))
    assert [e.agent_id for e in kept.entries()] == [agent.agent_id]


def test_an_online_sign_in_reads_the_kept_agents_again_in_its_own_work(
    engine, agent, volunteer, coordinator, tmp_path
):
    kept = DeskSignIns(tmp_path)
    for actor in (agent, volunteer):
        kept.remember(_agent(engine, actor))
    with write_session(engine) as session:
        agents_svc.set_agent_active(session, coordinator, volunteer.agent_id, False)

    with write_session(engine) as session:
        sign_in(session, agent.agent_id, TEST_PIN)
        views = kept.server_views(session)
    kept.apply({}, views)

    assert [e.agent_id for e in kept.entries()] == [agent.agent_id]


def _refuse_writes(folder) -> None:
    """The kept file can be read but no longer written (as an antivirus holding it, or a
    read-only folder; a folder where the new file goes refuses it even to root)."""
    (folder / FILENAME).with_suffix(".nouveau").mkdir()


def test_a_kept_file_that_cannot_be_written_never_stops_a_sign_in(
    engine, agent, volunteer, tmp_path
):
    kept = DeskSignIns(tmp_path)
    kept.remember(_agent(engine, agent))
    _refuse_writes(tmp_path)

    kept.remember(_agent(engine, volunteer))  # the sign-in goes ahead; only the copy is old
    assert [e.agent_id for e in kept.entries()] == [agent.agent_id]
    with pytest.raises(SignInRefused) as refused:
        kept.sign_in(agent.agent_id, "0000", agent.site_id)
    assert refused.value.message == "Code faux. Encore 4 essais avant un court blocage."
    assert kept.sign_in(agent.agent_id, TEST_PIN, agent.site_id).agent_id == agent.agent_id
    kept.refresh(engine)
    assert [e.agent_id for e in kept.entries()] == [agent.agent_id]


def test_the_way_back_is_online_whatever_befalls_a_refresh(engine, agent, tmp_path):
    kept = DeskSignIns(tmp_path)
    kept.remember(_agent(engine, agent))
    _refuse_writes(tmp_path)

    def unexpected(_engine) -> None:
        raise OSError(28, "No space left on device")

    outbox = Outbox(outbox_path(tmp_path))
    state = ConnectionState(engine, outbox, [unexpected, kept.refresh])
    state.lost()
    assert state.try_back()
    assert state.online and state.attempts == 0
    outbox.close()


def test_two_refreshes_at_once_tell_the_server_each_wrong_pin_once(engine, agent, tmp_path):
    kept = DeskSignIns(tmp_path)
    kept.remember(_agent(engine, agent))
    _refusals(lambda: kept.sign_in(agent.agent_id, "0000", agent.site_id), 2)
    start = threading.Barrier(2)

    def refresh() -> None:
        start.wait()
        kept.refresh(engine)

    both = [threading.Thread(target=refresh) for _ in range(2)]
    for thread in both:
        thread.start()
    for thread in both:
        thread.join()

    assert _agent(engine, agent).failed_attempts == 2
    with read_session(engine) as session:
        failures = session.exec(
            select(AuditEntry).where(
                AuditEntry.action == AuditAction.LOGIN_FAILED.value,
                AuditEntry.entity_id == str(agent.agent_id),
            )
        ).all()
    assert len(failures) == 2
    assert kept.get(agent.agent_id).unreported == 0


def test_the_status_bar_counts_every_kind_of_waiting_entry(tmp_path):
    outbox = Outbox(outbox_path(tmp_path))
    site, someone = uuid.uuid4(), uuid.uuid4()
    state = ConnectionState(None, outbox)
    state.lost()
    assert state.sentence() == "Poste principal injoignable — ce poste continue de fonctionner"
    for _ in range(11):
        outbox.keep_visit(site, someone, "adulte")
    assert state.sentence() == "Poste principal injoignable — 11 passages en attente"
    visit = outbox.keep_visit(site, someone, "adulte")
    outbox.keep_donation(site, someone, "Textile", 2.5, visit.id)
    outbox.keep_anonymous_visit(site, someone, {"channel": "walk-in"})
    outbox.keep_referrals(site, someone, "volunteer", [uuid.uuid4()], [], "fr")
    assert state.sentence() == "Poste principal injoignable — 15 enregistrements en attente"
    assert state.details() == (
        "En attente sur ce poste : 13 passages, 1 pesée, 1 orientation. Tout sera envoyé dès "
        "que le poste principal répondra."
    )
    state.online, state.sending = True, True
    assert state.sentence() == "Poste principal de retour — envoi de 15 enregistrements…"
    outbox.close()
