"""Person files through the services: search, validation, duplicates, merge, audit."""

import uuid
from datetime import UTC, datetime

import pytest
from sqlmodel import select

from app.db import read_session, write_session
from app.errors import PermissionDenied, UserError
from app.services.people import (
    PersonFields,
    create_person,
    find_duplicates,
    open_person,
    update_person,
)
from app.services.person_history import merge_people, person_timeline
from app.services.person_search import search_people
from models import Person, Visit
from models.enums import AuditAction
from tests.reception_helpers import (
    THEME_CV,
    all_rows,
    audit_actions,
    index_rows,
    make_person,
    make_visit,
)


def names(engine, actor, query: str) -> list[str]:
    with read_session(engine) as session:
        return [p.first_name for p in search_people(session, actor, query)]


@pytest.fixture
def people(engine, agent):
    make_person(engine, agent, "Hélène", "Le Gall", birth_year=1980, phone="06 12 34 56 78")
    make_person(engine, agent, "Moussa", "N'Diaye", commune="Redon")
    make_person(engine, agent, "Jean-Édouard", "Martin")
    make_person(engine, agent, "Œdipe", "Lefèvre")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("helene", ["Hélène"]),
        ("HÉL", ["Hélène"]),
        ("ndiaye", ["Moussa"]),
        ("n'diaye", ["Moussa"]),
        ("diaye", ["Moussa"]),
        ("jean ed", ["Jean-Édouard"]),
        ("jean-edouard", ["Jean-Édouard"]),
        ("0612", ["Hélène"]),
        ("06 12 34", ["Hélène"]),
        ("+33 6 12 34 56 78", ["Hélène"]),
        ("oedipe", ["Œdipe"]),
        ("le gall", ["Hélène"]),
        ("zz", []),
        ("", []),
        ("   ", []),
    ],
)
@pytest.mark.pg_server
def test_search_is_insensitive_to_case_accents_and_punctuation(
    engine, agent, people, query, expected
):
    assert names(engine, agent, query) == expected


@pytest.mark.pg_server
def test_search_survives_text_that_looks_like_sql_or_fts_syntax(engine, agent, people):
    for query in ['"; DROP TABLE person; --', "a* OR b", "NEAR(x y)", "'", '"', "*", "-", "^a"]:
        assert isinstance(names(engine, agent, query), list)
    assert len(all_rows(engine, Person)) == 4


def test_search_is_refused_to_volunteers(engine, volunteer, people):
    with read_session(engine) as session, pytest.raises(PermissionDenied):
        search_people(session, volunteer, "hel")


@pytest.mark.pg_server
def test_index_row_follows_the_person_in_the_same_transaction(engine, agent):
    person = make_person(engine, agent, "Anne", "Durand")
    assert index_rows(engine)[person.id.hex] == "anne durand"
    with write_session(engine) as session:
        update_person(session, agent, person.id, PersonFields("Anne", "Dupont"))
    assert index_rows(engine)[person.id.hex] == "anne dupont"
    assert names(engine, agent, "durand") == []
    with pytest.raises(UserError), write_session(engine) as session:
        update_person(session, agent, person.id, PersonFields("Annie", "Rollback"))
        raise UserError("interrupted")
    assert index_rows(engine)[person.id.hex] == "anne dupont"


@pytest.mark.pg_server
def test_the_like_fallback_finds_the_same_people(engine, agent, people, monkeypatch):
    from app.services import person_search

    monkeypatch.setattr(person_search, "uses_fts", lambda session: False)
    assert names(engine, agent, "helene") == ["Hélène"]
    assert names(engine, agent, "jean ed") == ["Jean-Édouard"]
    assert names(engine, agent, "0612") == ["Hélène"]
    assert names(engine, agent, "diaye") == ["Moussa"]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (PersonFields(""), "prénom"),
        (PersonFields("   "), "prénom"),
        (PersonFields("Ana", birth_year=1899), "1900"),
        (PersonFields("Ana", birth_year=datetime.now(UTC).year + 1), "1900"),
        (PersonFields("Ana", postal_code="3555"), "5 chiffres"),
        (PersonFields("Ana", phone="06 xx"), "chiffres"),
        (PersonFields("Ana", email="ana@"), "adresse"),
        (PersonFields("A" * 101), "100"),
        (PersonFields("Ana\x00"), "invisibles"),
        (PersonFields("Ana", situation=["pas-un-code"]), "situation"),
    ],
)
def test_bad_person_input_gets_a_french_message_and_nothing_is_stored(
    engine, agent, fields, message
):
    with pytest.raises(UserError) as caught, write_session(engine) as session:
        create_person(session, agent, fields)
    assert message in caught.value.message
    assert all_rows(engine, Person) == []
    assert index_rows(engine) == {}


def test_emoji_right_to_left_and_sql_looking_names_are_stored_as_typed(engine, agent):
    typed = [("😀 Zoé", "Ça-va"), ("محمد", "العلي"), ("Robert'); DROP TABLE person;--", "x")]
    for first, last in typed:
        make_person(engine, agent, first, last)
    stored = {(p.first_name, p.last_name) for p in all_rows(engine, Person)}
    assert stored == set(typed)
    assert names(engine, agent, "محمد") == ["محمد"]
    assert names(engine, agent, "robert") == ["Robert'); DROP TABLE person;--"]


def test_duplicates_same_name_and_year_same_phone_or_three_of_four(engine, agent):
    helene = make_person(engine, agent, "Hélène", "Le Gall", birth_year=1980)
    phone = make_person(engine, agent, "Paul", "Roux", phone="0699887766")
    three = make_person(engine, agent, "Moussa", "Diallo", birth_year=1990, commune="Redon")
    make_person(engine, agent, "Moussa", "Traoré", birth_year=1971)

    def dupes(fields: PersonFields) -> list[uuid.UUID]:
        with read_session(engine) as session:
            return [p.id for p in find_duplicates(session, agent, fields)]

    assert dupes(PersonFields("helene", "LE-GALL", birth_year=1980)) == [helene.id]
    assert dupes(PersonFields("Pauline", phone="+33 6 99 88 77 66")) == [phone.id]
    assert dupes(PersonFields("Moussa", "", birth_year=1990, commune="REDON")) == [three.id]
    assert dupes(PersonFields("Moussa", "Diallo", birth_year=2001)) == []
    assert dupes(PersonFields("Hélène", "Le Gall", birth_year=1981)) == []


def test_opening_a_file_is_audited_with_ids_only(engine, agent):
    person = make_person(engine, agent, "Anne", "Durand")
    with write_session(engine) as session:
        open_person(session, agent, person.id)
    assert (AuditAction.PERSON_OPENED.value, str(person.id)) in audit_actions(engine)


@pytest.mark.pg_server
def test_merge_moves_visits_and_removes_the_other_file(engine, agent):
    keep = make_person(engine, agent, "Anne", "Durand")
    other = make_person(engine, agent, "Anne", "Durant", phone="0611223344", birth_year=1975)
    make_visit(engine, agent, keep.id, [THEME_CV])
    make_visit(engine, agent, other.id, [THEME_CV])
    make_visit(engine, agent, other.id)
    with write_session(engine) as session:
        merge_people(session, agent, keep.id, other.id)
    people = {p.id: p for p in all_rows(engine, Person)}
    assert [p.id for p in people.values() if p.merged_into_id is None] == [keep.id]
    assert people[keep.id].phone == "0611223344" and people[keep.id].birth_year == 1975
    pointer = people[other.id]  # only where it went: nothing that names the person
    assert pointer.merged_into_id == keep.id
    assert (pointer.first_name, pointer.last_name, pointer.phone, pointer.birth_year) == (
        "", "", "", None,
    )
    assert {v.person_id for v in all_rows(engine, Visit)} == {keep.id}
    assert other.id.hex not in index_rows(engine)
    assert (AuditAction.PERSON_MERGED.value, str(other.id)) in audit_actions(engine)
    with read_session(engine) as session:
        assert len(person_timeline(session, agent, keep.id)) == 3


def test_merge_refuses_the_same_file_and_volunteers(engine, agent, volunteer):
    person = make_person(engine, agent, "Anne")
    with pytest.raises(UserError), write_session(engine) as session:
        merge_people(session, agent, person.id, person.id)
    other = make_person(engine, agent, "Anna")
    with pytest.raises(PermissionDenied), write_session(engine) as session:
        merge_people(session, volunteer, person.id, other.id)
    assert len(all_rows(engine, Person)) == 2


def test_volunteers_cannot_create_people(engine, volunteer):
    with pytest.raises(PermissionDenied), write_session(engine) as session:
        create_person(session, volunteer, PersonFields("Anne"))
    with read_session(engine) as session:
        assert session.exec(select(Person)).all() == []


@pytest.mark.pg_server
@pytest.mark.parametrize("walk_from", [0, 10_000])
def test_both_search_paths_find_the_same_people(engine, agent, people, monkeypatch, walk_from):
    from app.services import person_search

    monkeypatch.setattr(person_search, "RECENCY_WALK_FROM", walk_from)
    assert names(engine, agent, "helene") == ["Hélène"]
    assert names(engine, agent, "jean ed") == ["Jean-Édouard"]
    assert names(engine, agent, "0612") == ["Hélène"]
    assert names(engine, agent, "l") == ["Œdipe", "Hélène"]


@pytest.mark.pg_server
def test_search_lists_the_most_recent_files_first(engine, agent):
    from datetime import timedelta

    from app.services.visits import VisitFields, log_visit

    older = make_person(engine, agent, "Marie", "Ancienne")
    newer = make_person(engine, agent, "Marie", "Nouvelle")
    with write_session(engine) as session:
        log_visit(
            session, agent, VisitFields(), older.id, now=datetime.now(UTC) + timedelta(hours=1)
        )
    with read_session(engine) as session:
        found = [p.id for p in search_people(session, agent, "marie")]
    assert found == [older.id, newer.id]


@pytest.mark.pg_server
def test_a_visit_for_a_merged_file_lands_on_the_kept_file(engine, agent):
    """A desk still showing the merged-away file logs a visit: it goes to the kept file."""
    from app.services.visits import VisitFields, log_visit

    keep = make_person(engine, agent, "Anne")
    gone = make_person(engine, agent, "Anna")
    with write_session(engine) as session:
        merge_people(session, agent, keep.id, gone.id)
    with write_session(engine) as session:
        log_visit(session, agent, VisitFields(), gone.id)
    assert [v.person_id for v in all_rows(engine, Visit)] == [keep.id]


def test_a_visit_for_an_erased_file_is_refused(engine, agent, coordinator):
    from app.services.person_rights import erase_person
    from app.services.visits import VisitFields, log_visit

    keep = make_person(engine, agent, "Anne")
    gone = make_person(engine, agent, "Anna")
    with write_session(engine) as session:
        merge_people(session, agent, keep.id, gone.id)
    with write_session(engine) as session:
        erase_person(session, coordinator, keep.id)
    with pytest.raises(UserError), write_session(engine) as session:
        log_visit(session, agent, VisitFields(), gone.id)
    assert all_rows(engine, Visit) == [] and all_rows(engine, Person) == []


@pytest.mark.pg_server
def test_a_pasted_page_in_the_search_box_costs_what_a_short_search_costs(engine, agent, people):
    """5,000 words pasted in the box: the server is asked about a few words only (it took
    7.4 s on PostgreSQL when every word went into the query)."""
    from sqlalchemy import event

    from app.search_terms import MAX_SEARCH_WORDS

    sent: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:  # noqa: ANN001
        values = parameters.values() if isinstance(parameters, dict) else parameters or ()
        sent.extend(str(value) for value in values)

    pasted = "helene " + " ".join(f"mot{n}" for n in range(5000))
    event.listen(engine, "before_cursor_execute", record)
    try:
        assert names(engine, agent, pasted) == []
        assert names(engine, agent, "helene le " + "gall " * 3000) == ["Hélène"]
    finally:
        event.remove(engine, "before_cursor_execute", record)
    # every word the query carries, on either engine (FTS5 match string or LIKE patterns)
    assert sum(len(value) for value in sent) < 60 * MAX_SEARCH_WORDS * 2


def test_search_words_are_capped_for_every_search_box():
    from app.search_terms import (
        MAX_SEARCH_WORDS,
        MAX_WORD_LENGTH,
        query_words,
        search_words,
    )

    many = " ".join(f"mot{n}" for n in range(5000))
    assert search_words(many) == [f"mot{n}" for n in range(MAX_SEARCH_WORDS)]
    assert search_words("a" * 10_000) == ["a" * MAX_WORD_LENGTH]
    assert len(query_words("0" * 10_000)[0]) == MAX_WORD_LENGTH
    assert search_words("Hélène hélène HELENE") == ["helene"]
