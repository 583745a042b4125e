"""Opening hours: validation in French, words in five languages, state with closures."""

from datetime import date, datetime
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.clock import LOCAL_TZ
from app.errors import UserError
from app.opening_hours import (
    OpeningState,
    describe_hours,
    next_opening,
    opening_state,
    validate_hours,
)

DESK = "Mo-Fr 08:30-12:30,14:00-17:00; PH off"


def paris(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=LOCAL_TZ)


def closure(start: date, end: date, message: str = "") -> SimpleNamespace:
    return SimpleNamespace(starts_on=start, ends_on=end, message=message)


def test_validate_normalises_and_allows_unknown_hours():
    assert validate_hours("  Mo-Fr 08:30-12:30 ;  Sa 09:00-12:00 ") == (
        "Mo-Fr 08:30-12:30; Sa 09:00-12:00"
    )
    assert validate_hours("") == ""


@pytest.mark.parametrize(
    ("text", "where", "hint"),
    [
        ("Mo-Fr 8:30-12", "caractère 12", "une heure comme 08:30"),
        ("Mo-Fx 08:00-12:00", "caractère 4", "un jour comme Mo"),
        ("lundi 9h-12h", "caractère 1", "n'est pas compris"),
    ],
)
def test_validate_points_at_the_problem_in_french(text, where, hint):
    with pytest.raises(UserError) as raised:
        validate_hours(text)
    assert where in raised.value.message
    assert hint in raised.value.message
    assert "Exemple : Mo-Fr" in raised.value.message


def test_describe_in_words_in_each_language():
    assert describe_hours(DESK) == (
        "du lundi au vendredi, 8 h 30 – 12 h 30 et 14 h – 17 h ; fermé les jours fériés"
    )
    assert describe_hours(DESK, "en") == (
        "Monday to Friday: 8:30 – 12:30 and 14:00 – 17:00; closed on public holidays"
    )
    assert describe_hours(DESK, "es").startswith("de lunes a viernes: 8:30 – 12:30 y 14:00")
    assert "пʼятниця" in describe_hours(DESK, "uk")
    assert "الجمعة" in describe_hours(DESK, "ar")
    assert describe_hours("Mo,We,Fr 09:00-12:00; Tu 14:00-18:00") == (
        "lundi, mercredi et vendredi, 9 h – 12 h ; mardi, 14 h – 18 h"
    )
    assert describe_hours("Mo-We 09:00-12:00; PH off") == (
        "du lundi au mercredi, 9 h – 12 h ; fermé les jours fériés"
    )
    assert describe_hours("Mo-Fr 09:00-17:00; PH 10:00-12:00") == (
        "du lundi au vendredi, 9 h – 17 h ; jours fériés : 10 h – 12 h"
    )
    assert describe_hours("") == "horaires non renseignés"
    assert describe_hours("24/7") == "ouvert 24 h/24, 7 j/7"
    # seasons are kept as written rather than guessed
    assert describe_hours("Jan-Jun Mo 10:00-12:00") == "Jan-Jun Mo 10:00-12:00"


def test_state_open_closed_and_next_opening():
    monday_ten = paris(2026, 11, 23, 10, 0)
    assert opening_state(DESK, [], monday_ten) == OpeningState(
        True, "Ouvert — ferme à 12 h 30", paris(2026, 11, 23, 12, 30)
    )
    assert opening_state(DESK, [], paris(2026, 11, 23, 13, 0)).text == "Fermé — ouvre à 14 h"
    saturday = paris(2026, 11, 21, 13, 0)
    assert opening_state(DESK, [], saturday).text == "Fermé — ouvre lundi à 8 h 30"
    assert opening_state(DESK, [], paris(2026, 11, 20, 18, 0)).text == (
        "Fermé — ouvre lundi à 8 h 30"
    )
    assert opening_state(DESK, [], paris(2026, 11, 22, 18, 0)).text == (
        "Fermé — ouvre demain à 8 h 30"
    )
    assert opening_state(DESK, [], monday_ten, "en").text == "Open — closes at 12:30"
    # Christmas Day is a public holiday: the next opening is on the 28th
    assert next_opening(DESK, [], paris(2026, 12, 24, 18, 0)) == paris(2026, 12, 28, 8, 30)
    assert next_opening(DESK, [], monday_ten) == monday_ten
    assert opening_state("", [], monday_ten).text == "Horaires non renseignés"


def test_a_closure_changes_the_state():
    works = [closure(date(2026, 12, 20), date(2027, 1, 3), "travaux")]
    state = opening_state(DESK, works, paris(2026, 12, 22, 10, 0))
    assert not state.is_open
    assert state.text == "Fermé exceptionnellement jusqu'au 3 janvier (travaux)"
    assert state.next_change == paris(2027, 1, 4, 8, 30)
    # the day before the closure, an open service closes at midnight at the latest
    before = opening_state("24/7", works, paris(2026, 12, 19, 10, 0))
    assert before.is_open and before.next_change == paris(2026, 12, 20, 0, 0)
    assert opening_state(DESK, works, paris(2026, 12, 18, 16, 0)).text == ("Ouvert — ferme à 17 h")


hours_alphabet = st.sampled_from(list('MoTuWeThFrSaSuPH0123456789:-,; /+offclosed"|[]'))


@settings(max_examples=300, deadline=None)
@given(st.text(hours_alphabet, max_size=40) | st.text(max_size=40))
def test_any_hours_string_is_either_valid_or_a_clear_error(text):
    try:
        normalised = validate_hours(text)
    except UserError as error:
        assert error.message.startswith(("Horaires", "Les horaires"))
        return
    assert validate_hours(normalised) == normalised
    moment = paris(2026, 11, 23, 10, 0)
    assert isinstance(describe_hours(normalised), str)
    state = opening_state(normalised, [], moment)
    assert state.text
    opening = next_opening(normalised, [], moment)
    assert opening is None or opening >= moment
