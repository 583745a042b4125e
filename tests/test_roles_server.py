"""The role table (app.db.role_table) on a real shared server: every cell tried with each kind
of desk's own login (joined by code, through the TLS front), then one test per thing a desk
must never do."""

import uuid

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.db import make_engine, write_session
from app.db.pg_roles import STAMPS_SCHEMA
from app.db.role_table import (
    DELETE,
    INSERT,
    KINDS,
    ROLE_TABLE,
    SECRET_SETTINGS,
    SELECT,
    UPDATE,
    VERBS,
    grants_of,
)
from app.services import referrals, till
from app.services.site_keys import PINNED_KEYS_SETTING, PRIVATE_KEY_SETTING
from app.sharing import desks
from app.sharing.sharing import owner_engine
from models import Setting
from models.enums import ReferralChannel, Role
from tests import sharing_helpers as helpers
from tests.test_desk_kinds import NEED, set_up_place, sign_in
from tests.trust_helpers import add_person

pytestmark = pytest.mark.server
work_dir, desk_home, shared_place = helpers.work_dir, helpers.desk_home, helpers.shared_place


def join(server, kind: str):  # type: ignore[no-untyped-def]
    """A new desk of `kind` joined with its code: (its engine, its address)."""
    owner = owner_engine(server)
    try:
        _login, code = desks.add_desk(owner, kind, f"poste {kind}", server.fingerprint)
    finally:
        owner.dispose()
    joined = desks.join("127.0.0.1", server.port, server.fingerprint, code, server.database)
    return make_engine(joined.url), joined.url


def refused(error: BaseException) -> bool:
    """The server said « permission denied » (a right or a row policy)."""
    return isinstance(getattr(error, "orig", None), psycopg.errors.InsufficientPrivilege)


def attempt(engine, statement: str, params: dict | None = None):  # type: ignore[no-untyped-def]
    """Run one statement in a transaction rolled back afterwards: its rowcount and rows, or the
    error the server gave."""
    with engine.connect() as connection:
        try:
            result = connection.execute(text(statement), params or {})
            rows = result.all() if result.returns_rows else []
            return result.rowcount, rows
        except DBAPIError as error:
            return error
        finally:
            connection.rollback()


def columns_of(engine) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE table_schema = 'public' ORDER BY table_name, ordinal_position"
            )
        )
        found: dict[str, list[str]] = {}
        for table, column in rows:
            found.setdefault(table, []).append(column)
    return found


def cell_statements(table: str, verb: str, column: str) -> str:
    """A statement that needs exactly `verb` on `column` of `table` and touches no row."""
    return {
        SELECT: f'SELECT "{column}" FROM "{table}" LIMIT 1',
        INSERT: f'INSERT INTO "{table}" ("{column}") SELECT NULL WHERE false',
        UPDATE: f'UPDATE "{table}" SET "{column}" = NULL WHERE false',
        DELETE: f'DELETE FROM "{table}" WHERE false',
    }[verb]


def allowed_columns(table: str, kind: str, verb: str, columns: list[str]) -> set[str]:
    grant = grants_of(table, kind).get(verb)
    if grant is None:
        return set()
    if grant.hidden:
        return {c for c in columns if c not in grant.hidden}
    if verb == UPDATE and grant.columns:
        return set(grant.columns)
    return set(columns)


def test_every_cell_of_the_role_table_with_each_kinds_own_login(shared_place):
    server, _ = shared_place
    owner = owner_engine(server)
    tables = columns_of(owner)
    owner.dispose()
    assert set(ROLE_TABLE) == set(tables), "every table of the schema is in the role table"
    wrong = []
    for kind in KINDS:
        engine, _url = join(server, kind)
        try:
            for table, columns in tables.items():
                for verb in VERBS:
                    allowed = allowed_columns(table, kind, verb, columns)
                    tried = columns[:1] if verb == DELETE else columns
                    for column in tried:
                        outcome = attempt(engine, cell_statements(table, verb, column))
                        expected = column in allowed if verb != DELETE else bool(allowed)
                        if isinstance(outcome, DBAPIError):
                            if expected or not refused(outcome):
                                wrong.append((kind, table, verb, column, str(outcome.orig)))
                        elif not expected:
                            wrong.append((kind, table, verb, column, "allowed"))
        finally:
            engine.dispose()
    assert wrong == []


# --- the till ------------------------------------------------------------------------------------
@pytest.fixture
def till_place(shared_place):
    """A place with its directory and buttons, a till desk and another till desk, each with its
    own login and a volunteer signed in: (server, till engine, other till engine, button id,
    service id, volunteer)."""
    server, _ = shared_place
    service_id, button_id, _kind = set_up_place(server)
    caisse, _ = join(server, "till")
    other, _ = join(server, "till")
    try:
        volunteer = sign_in(caisse, Role.VOLUNTEER)
        yield server, caisse, other, button_id, service_id, volunteer
    finally:
        caisse.dispose()
        other.dispose()


def owner_value(server, statement: str, params: dict | None = None):  # type: ignore[no-untyped-def]
    owner = owner_engine(server)
    try:
        with owner.begin() as connection:
            result = connection.execute(text(statement), params or {})
            return result.all() if result.returns_rows else []
    finally:
        owner.dispose()


def test_the_till_deletes_only_its_own_clicks_of_the_last_ten_minutes(till_place):
    server, caisse, other, button_id, _service, volunteer = till_place
    with write_session(caisse) as session:
        own_old, own_recent = (till.record_click(session, volunteer, button_id).id for _ in "ab")
    with write_session(other) as session:
        others = till.record_click(session, volunteer, button_id).id
    delete = "DELETE FROM visit WHERE id = :id"
    assert attempt(caisse, delete, {"id": others})[0] == 0, "another till's click"
    # an older click of this very till: its stamp put 11 minutes back on the main PC
    owner_value(
        server,
        f"UPDATE {STAMPS_SCHEMA}.recorded_row SET recorded_at = now() - interval '11 minutes' "
        "WHERE row_id = :id",
        {"id": own_old},
    )
    assert attempt(caisse, delete, {"id": own_old})[0] == 0, "a click older than 10 minutes"
    assert attempt(caisse, delete, {"id": own_recent})[0] == 1
    kept = {row[0] for row in owner_value(server, "SELECT id FROM visit")}
    assert {own_old, own_recent, others} <= kept


def test_the_till_cannot_delete_any_weighing(till_place):
    server, caisse, other, button_id, _service, volunteer = till_place
    with write_session(other) as session:
        click = till.record_click(session, volunteer, button_id).id
        till.record_donation(session, volunteer, "mobilier", "3", click)
    assert attempt(caisse, "DELETE FROM donation")[0] == 0
    assert owner_value(server, "SELECT count(*) FROM donation") == [(1,)]


def test_the_till_reads_no_person_nor_visit_details(till_place):
    _server, caisse, *_ = till_place
    for column in ("person_id", "gender", "age_band", "commune", "note", "themes"):
        outcome = attempt(caisse, f"SELECT {column} FROM visit")
        assert isinstance(outcome, DBAPIError) and refused(outcome), column
    outcome = attempt(caisse, "SELECT count(*) FROM visit WHERE person_id IS NOT NULL")
    assert isinstance(outcome, DBAPIError) and refused(outcome)
    assert isinstance(attempt(caisse, "SELECT id FROM person"), DBAPIError)


def test_the_till_cannot_record_a_visit_of_a_person(till_place):
    server, caisse, *_ = till_place
    site_id = owner_value(server, "SELECT id FROM site")[0][0]
    owner = owner_engine(server)
    with write_session(owner) as session:
        person_id = add_person(session, site_id).id
    owner.dispose()
    outcome = attempt(
        caisse,
        "INSERT INTO visit (id, site_id, person_id, occurred_at, channel, kind, themes, outcome, "
        "note, age_band, gender, commune, created_at, updated_at) VALUES (:id, :s, :p, now(), "
        "'physique', 'achat', '[]', '', '', '', '', '', now(), now())",
        {"id": uuid.uuid4(), "s": site_id, "p": person_id},
    )
    assert isinstance(outcome, DBAPIError) and refused(outcome)


def test_the_till_reads_no_referral_status_reason(till_place):
    _server, caisse, *_ = till_place
    for column in ("status_reason", "reason", "themes"):
        outcome = attempt(caisse, f"SELECT {column} FROM referral")
        assert isinstance(outcome, DBAPIError) and refused(outcome), column


def test_the_till_marks_only_its_own_receipts_sent(till_place):
    server, caisse, other, _button, service_id, volunteer = till_place
    made = {}
    for name, engine in (("mine", caisse), ("other", other)):
        with write_session(engine) as session:
            made[name] = referrals.create_referrals(
                session, volunteer, service_ids=[service_id], themes=[NEED],
                channel=ReferralChannel.SHEET.value, language="fr",
            )[0].id  # fmt: skip
    statement = "UPDATE referral SET status = 'envoyee', version = version + 1 WHERE id = :id"
    assert attempt(caisse, statement, {"id": made["other"]})[0] == 0
    assert attempt(caisse, statement, {"id": made["mine"]})[0] == 1
    with write_session(caisse) as session:
        referrals.mark_sheet_printed(session, volunteer, [made["mine"]])
    statuses = dict(owner_value(server, "SELECT id, status FROM referral"))
    assert statuses == {made["mine"]: "envoyee", made["other"]: "proposee"}


def test_no_desk_writes_the_audit_log_but_through_the_server_which_names_it(till_place):
    server, caisse, _other, button_id, _service, volunteer = till_place
    outcome = attempt(
        caisse,
        "INSERT INTO audit_entry (id, occurred_at, agent_id, action, entity, entity_id, "
        "desk_login) VALUES (:id, now(), :agent, 'login', '', '', 'aiguillage')",
        {"id": uuid.uuid4(), "agent": volunteer.agent_id},
    )
    assert isinstance(outcome, DBAPIError) and refused(outcome)
    with write_session(caisse) as session:
        till.record_click(session, volunteer, button_id)
    with write_session(caisse) as session:
        till.undo_last_click(session, volunteer)
    with caisse.connect() as connection:
        login = connection.execute(text("SELECT session_user")).scalar()
    written = owner_value(
        server, "SELECT desk_login FROM audit_entry WHERE action = 'visit-deleted'"
    )
    assert written == [(login,)]


# --- the reception -------------------------------------------------------------------------------
def test_the_reception_neither_reads_nor_writes_the_statistics_keys(shared_place):
    server, _ = shared_place
    owner = owner_engine(server)
    with write_session(owner) as session:
        for key in SECRET_SETTINGS:
            session.add(Setting(key=key, value={"secret": "clé"}))
    owner.dispose()
    assert set(SECRET_SETTINGS) == {PRIVATE_KEY_SETTING, PINNED_KEYS_SETTING}
    accueil, _ = join(server, "reception")
    try:
        for key in SECRET_SETTINGS:
            read = attempt(accueil, "SELECT value FROM setting WHERE key = :k", {"k": key})
            assert read[1] == [], key
            changed = attempt(accueil, "UPDATE setting SET value = '{}' WHERE key = :k", {"k": key})
            assert changed[0] == 0, key
            outcome = attempt(accueil, "DELETE FROM setting WHERE key = :k", {"k": key})
            assert isinstance(outcome, DBAPIError) and refused(outcome)
        outcome = attempt(
            accueil,
            "INSERT INTO setting (key, value, updated_at, version) "
            "VALUES (:k, '{}', now(), 1) ON CONFLICT DO NOTHING",
            {"k": "pinned_site_keys"},
        )
        assert isinstance(outcome, DBAPIError) and refused(outcome)
    finally:
        accueil.dispose()
    values = dict(owner_value(server, "SELECT key, value FROM setting"))
    assert all(values[key] == {"secret": "clé"} for key in SECRET_SETTINGS)


# --- every desk ----------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", KINDS)
def test_a_desk_login_reaches_no_other_database(shared_place, kind):
    server, _ = shared_place
    _engine, url = join(server, kind)
    _engine.dispose()
    for database in ("postgres", "template1"):
        elsewhere = make_engine(url.set(database=database))
        try:
            with pytest.raises(DBAPIError) as caught:
                with elsewhere.connect() as connection:
                    connection.execute(text("SELECT 1"))
            assert refused(caught.value) or "CONNECT" in str(caught.value)
        finally:
            elsewhere.dispose()


@pytest.mark.parametrize("kind", KINDS)
def test_a_desk_login_creates_nothing(shared_place, kind):
    server, _ = shared_place
    engine, _url = join(server, kind)
    try:
        for statement in (
            "CREATE TABLE public.extra (id integer)",
            "CREATE TEMPORARY TABLE extra (id integer)",
            "CREATE SCHEMA extra",
            f"CREATE TABLE {STAMPS_SCHEMA}.extra (id integer)",
            "CREATE TABLE partage.extra (id integer)",
        ):
            outcome = attempt(engine, statement)
            assert isinstance(outcome, DBAPIError) and refused(outcome), statement
    finally:
        engine.dispose()
