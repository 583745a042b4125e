"""The demo dataset: what `write_demo` stores, read back through SQL and through the ORM."""

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from opening_hours import OpeningHours
from sqlmodel import select

from app import taxonomy
from app.cli import main
from app.clock import LOCAL_TZ, to_local
from app.db import make_engine, open_database, read_session, write_session
from app.demo import SIZES, write_demo
from app.errors import UserError
from app.search_terms import person_terms
from models import (
    AuditEntry,
    Donation,
    Organization,
    Person,
    Referral,
    ReferralEvent,
    Service,
    ServiceClosure,
    Visit,
)
from models.enums import (
    CLOSED_REFERRAL_STATUSES,
    OPEN_REFERRAL_STATUSES,
    Channel,
    ReferralStatus,
    RefusalReason,
    VisitKind,
    VisitOutcome,
)

NOW = datetime(2026, 3, 10, 15, 30, tzinfo=UTC)  # a Tuesday afternoon
TODAY = NOW.astimezone(LOCAL_TZ).date()


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    """The small demo database of seed 42, and the counts write_demo returned."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    return path, write_demo(path, "small", seed=42, now=NOW)


@pytest.fixture(scope="module")
def demo_db(demo) -> Path:
    return demo[0]


@pytest.fixture(scope="module")
def sql(demo_db):
    connection = sqlite3.connect(demo_db)
    yield connection
    connection.close()


def _codes(group) -> set[str]:  # type: ignore[no-untyped-def]
    return {code.value for code in group()}


def test_counts_match_the_small_size(sql):
    expected = SIZES["small"]
    counted = {
        table: sql.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("person", "person_search", "visit", "referral", "service", "site", "agent")
    }
    assert counted == {
        "person": expected.people,
        "person_search": expected.people,
        "visit": expected.visits,
        "referral": expected.referrals,
        "service": expected.services,
        "site": 1,
        "agent": 7,
    }
    assert sql.execute("SELECT count(*) FROM donation").fetchone()[0] > 100
    assert sql.execute("SELECT count(*) FROM service_closure").fetchone()[0] >= 3
    buttons = sql.execute("SELECT label, kind_code FROM till_button ORDER BY position").fetchall()
    assert [kind for _, kind in buttons] == [
        "achat",
        "depot",
        "information",
        "atelier",
        "benevolat",
    ]
    assert "Dépôt d'objets" in [label for label, _ in buttons]


def test_counts_returned_are_those_stored(demo, sql):
    counts = demo[1]
    assert counts["visit"] == SIZES["small"].visits
    for table, count in counts.items():
        assert sql.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == count


def test_every_referral_status_with_a_consistent_history(demo_db):
    engine = make_engine(demo_db)
    with read_session(engine) as session:
        referrals = [r.model_copy() for r in session.exec(select(Referral))]
        events: dict = {}
        for event in session.exec(select(ReferralEvent)):
            events.setdefault(event.referral_id, []).append(event.model_copy())
    engine.dispose()
    assert {r.status for r in referrals} == {s.value for s in ReferralStatus}
    reasons = {r.value for r in RefusalReason}
    for referral in referrals:
        history = sorted(events[referral.id], key=lambda e: e.occurred_at)
        assert history[0].status == ReferralStatus.PROPOSED.value
        assert history[0].occurred_at == referral.created_at
        assert history[-1].status == referral.status
        assert history[-1].occurred_at == referral.status_changed_at
        assert referral.status_changed_at <= NOW
        assert referral.status_reason == history[-1].reason
        if referral.status in (ReferralStatus.REFUSED, ReferralStatus.UNSUCCESSFUL):
            assert referral.status_reason in reasons
        else:
            assert referral.status_reason == ""
        if referral.status in OPEN_REFERRAL_STATUSES:
            assert referral.follow_up_on is not None
        assert referral.status in OPEN_REFERRAL_STATUSES + CLOSED_REFERRAL_STATUSES


def test_follow_ups_due_today_and_late_and_visits_today(sql):
    today = TODAY.isoformat()
    open_codes = tuple(s.value for s in OPEN_REFERRAL_STATUSES)
    marks = ",".join("?" * len(open_codes))
    due = sql.execute(
        f"SELECT count(*) FROM referral WHERE follow_up_on = ? AND status IN ({marks})",
        (today, *open_codes),
    ).fetchone()[0]
    late = sql.execute(
        f"SELECT count(*) FROM referral WHERE follow_up_on < ? AND status IN ({marks})",
        (today, *open_codes),
    ).fetchone()[0]
    assert due >= 1 and late >= 1
    engine = make_engine(sql.execute("PRAGMA database_list").fetchone()[2])
    with read_session(engine) as session:
        times = [v.occurred_at for v in session.exec(select(Visit))]
    engine.dispose()
    days = [to_local(t).date() for t in times]
    today_visits = [d for d in days if d == TODAY]
    assert len(today_visits) >= 5
    assert max(times) <= NOW
    assert min(times) >= NOW - timedelta(days=740)
    assert not [d for d in days if d.weekday() == 6 and d != TODAY]
    august = sum(1 for d in days if d.month == 8)
    october = sum(1 for d in days if d.month == 10)
    assert august < october


def test_names_with_accents_apostrophes_and_hyphens(sql):
    names = sql.execute("SELECT first_name, last_name FROM person").fetchall()
    full = [f"{first} {last}" for first, last in names]
    assert any("'" in name for name in full)
    assert any("-" in first for first, _ in names)
    assert any(not name.isascii() for name in full)
    assert any(" " in last for _, last in names)


def test_every_service_has_opening_hours_that_parse(sql):
    hours = [row[0] for row in sql.execute("SELECT opening_hours FROM service")]
    assert hours and all(hours)
    for text in hours:
        OpeningHours(text)


def test_every_code_is_a_valid_data_inclusion_code(demo_db):
    themes = _codes(taxonomy.themes)
    publics = _codes(taxonomy.publics)
    engine = make_engine(demo_db)
    with read_session(engine) as session:
        for service in session.exec(select(Service)):
            assert service.themes and set(service.themes) <= themes
            assert service.publics and set(service.publics) <= publics
            assert service.type in _codes(taxonomy.service_types)
            assert service.fees in _codes(taxonomy.fees)
            assert set(service.modes_accueil) <= _codes(taxonomy.modes_accueil)
            assert set(service.modes_mobilisation) <= _codes(taxonomy.modes_mobilisation)
        for person in session.exec(select(Person)):
            assert set(person.situation) <= publics
        for visit in session.exec(select(Visit)):
            assert set(visit.themes) <= themes
            assert visit.channel in {c.value for c in Channel}
            if visit.kind == VisitKind.RECEPTION.value:
                assert visit.themes
                assert visit.outcome in {o.value for o in VisitOutcome}
        for referral in session.exec(select(Referral)):
            assert referral.themes and set(referral.themes) <= themes
    engine.dispose()


def test_languages_closures_and_unverified_services(sql):
    languages = {row[0] for row in sql.execute("SELECT DISTINCT preferred_language FROM person")}
    assert {"fr", "en", "es", "uk", "ar"} <= languages
    today = TODAY.isoformat()
    current = sql.execute(
        "SELECT count(*) FROM service_closure WHERE starts_on <= ? AND ends_on >= ?", (today, today)
    ).fetchone()[0]
    coming = sql.execute(
        "SELECT count(*) FROM service_closure WHERE starts_on > ?", (today,)
    ).fetchone()[0]
    assert current >= 1 and coming >= 1
    year_ago = (TODAY - timedelta(days=365)).isoformat()
    stale = sql.execute(
        "SELECT count(*) FROM service WHERE last_verified_on < ?", (year_ago,)
    ).fetchone()[0]
    assert stale >= 1


def test_search_index_row_for_every_person(demo_db, sql):
    rows = sql.execute(
        "SELECT p.id, p.first_name, p.last_name, p.phone, p.search_text, s.terms "
        "FROM person p LEFT JOIN person_search s ON s.person_id = p.id"
    ).fetchall()
    assert len(rows) == SIZES["small"].people
    for _, first, last, phone, search_text, terms in rows:
        assert terms == person_terms(first, last, phone)
        assert search_text == terms
    engine = make_engine(demo_db)
    with read_session(engine) as session:
        person = session.exec(select(Person).where(Person.last_name == "N'Diaye")).first()
        person_id = person.id.hex if person else None
    engine.dispose()
    assert person_id is not None
    found = sql.execute(
        "SELECT person_id FROM person_search WHERE person_search MATCH ?", ("ndiaye",)
    ).fetchall()
    assert (person_id,) in found


def test_database_integrity(sql):
    assert sql.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert sql.execute("PRAGMA foreign_key_check").fetchall() == []
    assert sql.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_same_seed_same_data_other_seed_other_data(tmp_path, sql):
    def content(connection: sqlite3.Connection) -> list:
        people = connection.execute(
            "SELECT id, first_name, last_name, birth_year, commune, phone, email, situation, "
            "privacy_notice_given_on, search_text, created_at, last_activity_at "
            "FROM person ORDER BY id"
        ).fetchall()
        visits = connection.execute(
            "SELECT id, person_id, occurred_at, kind, themes, outcome, note, age_band "
            "FROM visit ORDER BY id"
        ).fetchall()
        referrals = connection.execute(
            "SELECT id, service_id, status, status_changed_at, follow_up_on FROM referral "
            "ORDER BY id"
        ).fetchall()
        services = connection.execute("SELECT * FROM service ORDER BY id").fetchall()
        return [people, visits, referrals, services]

    again = tmp_path / "again.sqlite"
    write_demo(again, "small", seed=42, now=NOW)
    other = tmp_path / "other.sqlite"
    write_demo(other, "small", seed=43, now=NOW)
    with sqlite3.connect(again) as a, sqlite3.connect(other) as b:
        assert content(a) == content(sql)
        assert content(b)[0] != content(sql)[0]


def test_refuses_to_overwrite_a_database_with_data(demo_db, sql):
    before = sql.execute("SELECT count(*) FROM person").fetchone()[0]
    with pytest.raises(UserError, match="contient déjà des données"):
        write_demo(demo_db, "small", seed=1, now=NOW)
    assert sql.execute("SELECT count(*) FROM person").fetchone()[0] == before


def test_refuses_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("pas une base", encoding="utf-8")
    with pytest.raises(UserError):
        write_demo(path, "small", now=NOW)
    assert path.read_text(encoding="utf-8") == "pas une base"


def test_cli_fills_an_empty_database_then_refuses_with_exit_code_2(tmp_path, capsys):
    path = tmp_path / "cli.sqlite"
    open_database(path).dispose()  # migrated but empty: accepted
    assert main(["demo", "--db", str(path), "--size", "small", "--seed", "5"]) == 0
    assert "1234" in capsys.readouterr().out
    connection = sqlite3.connect(path)
    people = connection.execute("SELECT count(*) FROM person").fetchone()[0]
    connection.close()
    assert people == SIZES["small"].people
    assert main(["demo", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert "contient déjà des données" in err and "Traceback" not in err


def test_cli_needs_a_database_path(capsys):
    assert main(["demo"]) == 2
    assert "--db" in capsys.readouterr().err


MODELS = (
    AuditEntry,
    Person,
    Visit,
    Referral,
    ReferralEvent,
    Service,
    ServiceClosure,
    Organization,
    Donation,
)


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_rows_are_stored_exactly_as_the_orm_stores_them(demo_db, tmp_path, model):
    """A demo row read by the ORM and written back by the ORM gives the same stored values."""
    import shutil

    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(demo_db, copy)
    engine = make_engine(copy)
    columns = [c.name for c in model.__table__.columns]
    with read_session(engine) as session:
        original = session.exec(select(model).order_by(model.id)).first()
        assert original is not None
        original_id = original.id.hex
        for column in columns:
            value = getattr(original, column)
            if isinstance(value, datetime):
                assert value.tzinfo is not None and value.utcoffset() == timedelta(0)
        if model is Person:
            assert isinstance(original.situation, list)
            assert session.get(Person, original.id) is not None
        values = {c: getattr(original, c) for c in columns if c != "id"}
    with write_session(engine) as session:
        twin = model(**values)
        session.add(twin)
        session.flush()
        twin_id = twin.id.hex
    engine.dispose()
    table = model.__tablename__
    listed = ", ".join(columns)
    with sqlite3.connect(copy) as connection:
        demo_row = connection.execute(
            f"SELECT {listed} FROM {table} WHERE id = ?", (original_id,)
        ).fetchone()
        orm_row = connection.execute(
            f"SELECT {listed} FROM {table} WHERE id = ?", (twin_id,)
        ).fetchone()
    assert columns[0] == "id"
    assert [(v, type(v)) for v in demo_row[1:]] == [(v, type(v)) for v in orm_row[1:]]
