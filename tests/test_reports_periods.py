"""Report periods: what a coordinator may type, and the periods compared with each other."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import UserError
from app.reports.periods import Period, parse_day, parse_month, parse_year


@given(st.one_of(st.text(max_size=20), st.from_regex(r"\A\d{4}-\d{1,2}\Z")))
def test_any_typed_month_gives_a_month_or_a_clear_message(text):
    try:
        period = parse_month(text)
    except UserError as error:
        assert "n’est pas un mois" in error.message
    else:
        assert period.kind == "month" and period.first.day == 1
        assert (period.last + timedelta(days=1)).day == 1


@given(st.text(max_size=20))
def test_any_typed_year_or_date_gives_a_value_or_a_clear_message(text):
    for parse, words in ((parse_year, "n’est pas une année"), (parse_day, "n’est pas une date")):
        try:
            parse(text)
        except UserError as error:
            assert words in error.message


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2150, 12, 31)))
def test_a_month_its_previous_one_and_the_year_before_touch_and_match(day):
    period = Period.month(day.year, day.month)
    assert period.first <= day <= period.last
    assert period.previous().last + timedelta(days=1) == period.first
    assert period.year_before().first == period.first.replace(year=day.year - 1)
    assert parse_month(period.slug()) == period
    start, end = period.bounds()
    assert start < end and timedelta(days=27) < end - start < timedelta(days=32)


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
    st.integers(min_value=0, max_value=800),
)
def test_months_of_a_period_cover_every_day_once(first, length):
    period = Period.custom(first, first + timedelta(days=length))
    days = [day for month in period.months() for day in month.day_list()]
    assert days == period.day_list()


def test_custom_dates_that_are_a_calendar_period_are_compared_like_one():
    assert Period.custom(date(2026, 10, 1), date(2026, 10, 31)).calendar().kind == "month"
    assert Period.custom(date(2026, 7, 1), date(2026, 9, 30)).calendar().kind == "quarter"
    assert Period.custom(date(2026, 1, 1), date(2026, 12, 31)).calendar().kind == "year"
    odd = Period.custom(date(2026, 10, 2), date(2026, 10, 31)).calendar()
    assert odd.kind == "custom"
    assert odd.previous() == Period(date(2026, 9, 2), date(2026, 10, 1))


def test_labels_are_french():
    assert Period.month(2026, 10).label() == "octobre 2026"
    assert Period.quarter(2026, 3).label() == "3ᵉ trimestre 2026"
    assert Period.year(2026).label() == "année 2026"
    assert Period.custom(date(2026, 10, 2), date(2026, 10, 9)).label() == (
        "du 02/10/2026 au 09/10/2026"
    )
    assert parse_day("31/10/2026") == parse_day("2026-10-31") == date(2026, 10, 31)
    with pytest.raises(UserError, match="entre 1901 et 2199"):
        Period.custom(parse_day("0001-01-01"), date(2026, 1, 1))
    with pytest.raises(UserError, match="dix ans"):
        Period.custom(date(2000, 1, 1), date(2020, 1, 1))


@pytest.mark.parametrize(
    ("today", "proposed"),
    [
        (date(2026, 12, 7), Period.month(2026, 11)),
        (date(2026, 12, 10), Period.month(2026, 11)),
        (date(2026, 12, 11), Period.month(2026, 12)),
        (date(2027, 1, 3), Period.month(2026, 12)),
        (date(2026, 12, 31), Period.month(2026, 12)),
    ],
)
def test_the_reports_page_proposes_the_month_that_is_due_and_says_why(
    today, proposed, french_ui
):
    from app.reports.periods import proposed_month

    period, why = proposed_month(today)
    assert period == proposed
    assert why.startswith(proposed.label().capitalize() + " est proposé")
