"""Each kind of desk works with its own login on a real shared server (TLS front, roles, join
codes, on 127.0.0.1): the till's clicks, undo, weighing, quick referral and its receipt, and
the sending of its outbox of every kind; the reception's anonymous visit kept in its outbox.
A record the real server refuses is set aside on the desk with its reason, the others land,
and the main PC lists it and sends it again once the cause is fixed."""

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlmodel import select

from app.clock import utcnow
from app.connection_state import ConnectionState
from app.db import open_database, read_session, write_session
from app.errors import DatabaseError, UserError
from app.outbox import Outbox
from app.pdf.sheet_layout import build_pdf
from app.pdf.sheets import sheet_content
from app.permissions import Actor
from app.services import auth, referrals, till, till_setup
from app.services.visits import VisitFields
from app.sharing import desks
from app.sharing.sharing import owner_engine
from models import Agent, Donation, Organization, Referral, Service, Site, Visit
from models.enums import ReferralChannel, Role
from tests import sharing_helpers as helpers

pytestmark = pytest.mark.server
work_dir, desk_home, shared_place = helpers.work_dir, helpers.desk_home, helpers.shared_place
SERVICE = "Épicerie solidaire du Port"
NEED = "equipement-et-alimentation"


def sign_in(engine, role: Role) -> Actor:  # type: ignore[no-untyped-def]
    with read_session(engine) as session:
        agent_id = session.exec(select(Agent.id).where(Agent.role == role.value)).first()
    with write_session(engine) as session:
        return auth.sign_in(session, agent_id, helpers.PIN)


def join(server, kind: str):  # type: ignore[no-untyped-def]
    """A new desk of `kind` joined with its code: (its engine, its login)."""
    owner = owner_engine(server)
    try:
        login, code = desks.add_desk(owner, kind, f"poste {kind}", server.fingerprint)
    finally:
        owner.dispose()
    joined = desks.join("127.0.0.1", server.port, server.fingerprint, code, server.database)
    return open_database(joined.url), login


def set_up_place(server) -> tuple:  # type: ignore[no-untyped-def]
    """On the main PC: a service of the directory and the till's buttons. (service id, a
    button id, its kind)."""
    owner = owner_engine(server)
    try:
        with write_session(owner) as session:
            site = session.exec(select(Site)).one()
            coordinator = session.exec(
                select(Agent).where(Agent.role == Role.COORDINATOR.value)
            ).one()
            organization = Organization(name="Association du Port")
            session.add(organization)
            session.flush()
            service = Service(organization_id=organization.id, name=SERVICE, phone="02 99 00 11 22",
                              themes=[f"{NEED}--alimentation"],
                              publics=["tous-publics"])  # fmt: skip
            session.add(service)
            session.flush()
            actor = Actor(agent_id=coordinator.id, role=coordinator.role, site_id=site.id)
            button = till_setup.ensure_default_buttons(session, actor)[0]
            return service.id, button.id, button.kind_code
    finally:
        owner.dispose()


def owner_rows(server, statement) -> list:  # type: ignore[no-untyped-def]
    owner = owner_engine(server)
    try:
        with read_session(owner) as session:
            return list(session.exec(statement))
    finally:
        owner.dispose()


def test_a_till_desk_does_all_its_work_with_its_own_login(shared_place, tmp_path):
    server, _ = shared_place
    service_id, button_id, kind = set_up_place(server)
    caisse, _login = join(server, "till")
    try:
        volunteer = sign_in(caisse, Role.VOLUNTEER)
        # the quick referral online, its receipt drawn from what was chosen, printed
        with write_session(caisse) as session:
            made = referrals.create_referrals(
                session, volunteer, service_ids=[service_id], themes=[NEED],
                channel=ReferralChannel.SHEET.value, language="fr",
            )  # fmt: skip
            referral_ids = [r.id for r in made]
        with read_session(caisse) as session:
            content = sheet_content(session, volunteer.site_id, [service_id], [NEED],
                                    language="fr")  # fmt: skip
        assert [block.name for block in content.blocks] == [SERVICE]
        assert build_pdf(content, "receipt").startswith(b"%PDF")
        with write_session(caisse) as session:
            referrals.mark_sheet_printed(session, volunteer, referral_ids)
        with read_session(caisse) as session:
            said = referrals.referral_outcome(session, volunteer, referral_ids)
        assert said == f"Orientation notée vers {SERVICE} : envoyée."
        # clicks, undo, weighing
        with write_session(caisse) as session:
            clicks = [till.record_click(session, volunteer, button_id).id for _ in range(3)]
        with write_session(caisse) as session:
            assert till.undo_last_click(session, volunteer).id == clicks[-1]
        with write_session(caisse) as session:
            till.record_donation(session, volunteer, "mobilier", "2,5", clicks[0])
        with read_session(caisse) as session:
            counts = {c.kind_code: c.count for c in till.today_counts(session, volunteer)}
            weighed = [(w.category, w.kg) for w in till.today_donations(session, volunteer)]
            summary = till.day_summary(session, volunteer)
        assert counts[kind] == 2 and weighed == [("mobilier", 2.5)]
        assert (summary.total_visits, summary.total_kg, summary.referrals) == (2, 2.5, 1)
        # the outbox of every kind, sent with the till's login
        outbox = Outbox(tmp_path / "boite.sqlite")
        moment = utcnow() - timedelta(minutes=5)
        kept_click = outbox.keep_visit(volunteer.site_id, volunteer.agent_id, kind, moment,
                                       uuid.uuid4(), button_id=button_id)  # fmt: skip
        old_click = outbox.keep_visit(volunteer.site_id, volunteer.agent_id, kind, moment)
        weighing = outbox.keep_donation(volunteer.site_id, volunteer.agent_id, "mobilier", 1.5,
                                        kept_click.id, moment)  # fmt: skip
        _, kept_referrals = outbox.keep_referrals(
            volunteer.site_id, volunteer.agent_id, volunteer.role, [service_id], [NEED],
            "fr", moment,
        )  # fmt: skip
        assert outbox.flush(caisse) == 4
        assert outbox.is_empty() and outbox.set_aside() == []
        outbox.close()
    finally:
        caisse.dispose()
    landed = {row.id: row for row in owner_rows(server, select(Visit.id, Visit.occurred_at))}
    assert set(landed) == {clicks[0], clicks[1], kept_click.id, old_click.id}
    assert landed[kept_click.id].occurred_at == moment
    weights = owner_rows(server, select(Donation.id, Donation.kg, Donation.visit_id))
    assert sorted((w.kg, w.visit_id) for w in weights) == [(1.5, kept_click.id),
                                                           (2.5, clicks[0])]  # fmt: skip
    assert weighing.id in {w.id for w in weights}
    stored = owner_rows(server, select(Referral.id, Referral.status, Referral.themes))
    assert sorted((r.id, r.status, tuple(r.themes)) for r in stored) == sorted(
        [(referral_ids[0], "envoyee", (NEED,)), (kept_referrals[0], "proposee", (NEED,))]
    )


def test_a_reception_desk_sends_a_kept_anonymous_visit_with_its_own_login(shared_place, tmp_path):
    server, _ = shared_place
    accueil, _login = join(server, "reception")
    try:
        agent = sign_in(accueil, Role.AGENT)
        outbox = Outbox(tmp_path / "boite.sqlite")
        fields = VisitFields(themes=["choisir-un-metier--confirmer-son-choix-de-metier"],
                             note="colis", age_band="26-35")
        kept = outbox.keep_anonymous_visit(agent.site_id, agent.agent_id, fields.__dict__)
        assert outbox.flush(accueil) == 1 and outbox.is_empty()
        assert outbox.flush(accueil) == 0
        outbox.close()
    finally:
        accueil.dispose()
    rows = owner_rows(server, select(Visit.id, Visit.note, Visit.person_id, Visit.agent_id))
    assert [tuple(r) for r in rows] == [(kept.id, "colis", None, agent.agent_id)]


def test_one_record_refused_by_the_server_is_set_aside_and_dealt_with_on_the_main_pc(
    shared_place, tmp_path
):
    """50 kept records on a till, one a quick referral to a service taken out of the directory
    meanwhile: 49 land, that one waits aside with its reason, the desk says so, the main PC
    lists it, sends it again once the service is back, and the desk forgets it."""
    server, _ = shared_place
    service_id, button_id, kind = set_up_place(server)
    caisse, login = join(server, "till")
    outbox = Outbox(tmp_path / "boite.sqlite")
    try:
        volunteer = sign_in(caisse, Role.VOLUNTEER)
        start = utcnow() - timedelta(minutes=30)
        tally = []
        for n in range(49):
            moment = start + timedelta(seconds=n)
            if n == 20:
                _, refused_ids = outbox.keep_referrals(
                    volunteer.site_id, volunteer.agent_id, volunteer.role, [service_id],
                    [NEED], "fr", moment,
                )  # fmt: skip
            tally.append(outbox.keep_visit(volunteer.site_id, volunteer.agent_id, kind, moment,
                                           button_id=button_id).id)  # fmt: skip
        assert outbox.count(None) == 50
        owner = owner_engine(server)
        with write_session(owner) as session:
            session.get(Service, service_id).active = False
        state = ConnectionState(caisse, outbox)
        assert state.try_back() is True
        assert outbox.is_empty() and not state.keeps_locally()
        [aside] = outbox.set_aside()
        assert aside.id == refused_ids[0]
        assert aside.reason == "Un service choisi n'est plus dans l'annuaire."
        assert state.sentence() == (
            "1 enregistrement refusé : Un service choisi n'est plus dans l'annuaire."
        )
        landed = owner_rows(server, select(Visit.id).where(Visit.kind == kind))
        assert sorted(landed) == sorted(tally)
        # the main PC sees it, per desk, with its reason
        with owner.connect() as connection:
            states = {s.desk.login: s for s in desks.desks_with_outboxes(connection)}
        mine = states[login].outbox
        assert mine.waiting == 0
        assert [(r.entry_id, r.what, r.reason) for r in mine.refused] == [
            (refused_ids[0], "referral", "Un service choisi n'est plus dans l'annuaire.")
        ]
        # sent again before the cause is fixed: still refused, nothing changes
        with pytest.raises(UserError, match="Toujours refusé"):
            with write_session(owner) as session:
                desks.resend_refused(session, login, refused_ids[0])
        with write_session(owner) as session:
            session.get(Service, service_id).active = True
        with write_session(owner) as session:
            desks.resend_refused(session, login, refused_ids[0])
        made = owner_rows(server, select(Referral.id, Referral.agent_id, Referral.created_at))
        assert [(r.id, r.agent_id, r.created_at) for r in made] == [
            (refused_ids[0], volunteer.agent_id, start + timedelta(seconds=20))
        ]
        with pytest.raises(UserError):  # once only
            with write_session(owner) as session:
                desks.resend_refused(session, login, refused_ids[0])
        # the desk's next send hears that it was dealt with
        assert outbox.report(caisse) is True
        assert outbox.set_aside() == [] and state.sentence() == ""
        with owner.connect() as connection:
            states = {s.desk.login: s for s in desks.desks_with_outboxes(connection)}
        assert states[login].outbox.refused == []
        owner.dispose()
        # the desk's login writes its report only through the function, in its own name
        with pytest.raises(DatabaseError):
            with write_session(caisse) as session:
                session.execute(text("SELECT count(*) FROM partage.refused_entry")).all()
    finally:
        outbox.close()
        caisse.dispose()


def test_an_already_shared_server_gets_the_outbox_report_when_grants_are_given_again(
    shared_place, tmp_path
):
    """A server shared before desks reported their outboxes: the report's table and function
    come with the grants given again after a migration."""
    from app.db import pg_roles

    server, _ = shared_place
    owner = owner_engine(server)
    try:
        with owner.begin() as connection:
            connection.execute(text(
                "DROP FUNCTION partage.aiguillage_outbox_report(integer, timestamptz, jsonb)"))
            connection.execute(text("DROP TABLE partage.refused_entry, partage.desk_outbox"))
        pg_roles.grant_if_shared(owner)
        with owner.connect() as connection:
            assert desks.desks_with_outboxes(connection) == []
    finally:
        owner.dispose()
    caisse, login = join(server, "till")
    outbox = Outbox(tmp_path / "boite.sqlite")
    try:
        assert outbox.report(caisse) is True
    finally:
        outbox.close()
        caisse.dispose()
    rows = owner_rows(server, text("SELECT login, waiting FROM partage.desk_outbox"))
    assert [tuple(r) for r in rows] == [(login, 0)]


def test_the_till_keeps_nothing_it_cannot_read(shared_place):
    """The till's role still cannot read a referral's reason or themes, nor change them or a
    till button: the new rights are only those printing a receipt needs."""
    server, _ = shared_place
    caisse, _login = join(server, "till")
    try:
        for statement in ("SELECT reason FROM referral", "SELECT themes FROM referral",
                          "UPDATE referral SET reason = ''",
                          "UPDATE till_button SET active = false"):  # fmt: skip
            with pytest.raises(DatabaseError):
                with write_session(caisse) as session:
                    session.execute(text(statement))
    finally:
        caisse.dispose()


def test_a_desk_reports_only_in_its_own_name_and_only_records_of_its_kind_are_sent_again(
    shared_place,
):
    """The report is stamped with the login of the session, whatever the desk says; a till
    that reports a reception visit (its kind never keeps one) does not get it made on the main
    PC by « Renvoyer »."""
    from app.db import pg_roles

    server, _ = shared_place
    caisse, login = join(server, "till")
    accueil, other = join(server, "reception")
    forged = {
        "id": uuid.uuid4().hex, "what": "reception", "site_id": uuid.uuid4().hex,
        "agent_id": None, "occurred_at": utcnow().isoformat(), "login": other,
        "body": {"fields": {"note": "écrit par un autre"}}, "reason": "inventé",
    }  # fmt: skip
    try:
        waiting_since = utcnow() - timedelta(hours=1)
        assert pg_roles.report_outbox(caisse, 3, waiting_since, [forged]) == []
    finally:
        caisse.dispose()
        accueil.dispose()
    owner = owner_engine(server)
    try:
        with owner.connect() as connection:
            states = {s.desk.login: s.outbox for s in desks.desks_with_outboxes(connection)}
        assert states[login].waiting == 3 and len(states[login].refused) == 1
        assert states[login].oldest_waiting == waiting_since
        assert states[login].waits_long(utcnow()) and not states[other].waits_long(utcnow())
        assert states[other].waiting == 0 and states[other].refused == []
        with pytest.raises(UserError, match="Ce genre de poste ne peut pas"):
            with write_session(owner) as session:
                desks.resend_refused(session, login, uuid.UUID(forged["id"]))
    finally:
        owner.dispose()


def test_only_the_main_pc_and_office_desks_run_the_daily_jobs(shared_place, monkeypatch, work_dir):
    """A reception or till login may not run the retention: every start of those desks said
    « Sauvegarde — Ce poste n'a pas le droit de faire cette modification »."""
    from app.context import DeskContext
    from app.services.retention import run_daily_retention
    from app.sharing.desk_config import save_desk, saved_url
    from ui.safe_start import runs_the_daily_jobs

    server, _checks = shared_place
    main_pc = saved_url()
    main_engine = open_database(main_pc)
    try:
        assert runs_the_daily_jobs(DeskContext(engine=main_engine, target=main_pc))
    finally:
        main_engine.dispose()
    for kind, expected in (("till", False), ("reception", False), ("office", True)):
        monkeypatch.setenv("XDG_DATA_HOME", str(work_dir / f"poste-{kind}"))
        engine, _login = join(server, kind)
        try:
            save_desk(engine.url, kind)
            ctx = DeskContext(engine=engine, target=engine.url)
            assert runs_the_daily_jobs(ctx) is expected, kind
            if kind == "till":  # why: its login is refused the retention's writes
                with pytest.raises(DatabaseError):
                    run_daily_retention(engine)
        finally:
            engine.dispose()
