"""Whatever is typed in a search box or a person form: a French message or a stored file,
never a crash, never a half-written database."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.db import read_session, write_session
from app.errors import UserError
from app.services.people import PersonFields, create_person
from app.services.person_search import search_people
from models import Person
from tests.reception_helpers import all_rows, index_rows, make_person

FUNCTION_FIXTURES = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FUNCTION_FIXTURES
@given(query=st.text(max_size=40))
def test_any_typed_query_returns_a_list(engine, agent, query):
    if not index_rows(engine):
        make_person(engine, agent, "Hélène", "Le Gall")
    with read_session(engine) as session:
        found = search_people(session, agent, query)
    assert isinstance(found, list) and len(found) <= 20


@FUNCTION_FIXTURES
@given(
    first=st.text(max_size=120),
    last=st.text(max_size=120),
    year=st.one_of(st.none(), st.integers(min_value=-10, max_value=3000)),
    phone=st.text(max_size=45),
)
def test_any_person_form_is_stored_with_its_index_or_refused_whole(
    engine, agent, first, last, year, phone
):
    before = len(all_rows(engine, Person))
    try:
        with write_session(engine) as session:
            person = create_person(session, agent, PersonFields(first, last, year, phone=phone))
    except UserError as error:
        assert error.message
        assert len(all_rows(engine, Person)) == before
        return
    assert person.first_name == first.strip()
    assert index_rows(engine)[person.id.hex] == person.search_text
