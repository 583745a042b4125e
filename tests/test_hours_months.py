"""Whole-month closures (a summer break) are said in words on screens and sheets."""

import pytest

from app.opening_hours import describe_hours


@pytest.mark.parametrize(
    ("hours", "language", "expected"),
    [
        (
            "Mo-Fr 09:00-17:00; Aug off; PH off",
            "fr",
            "du lundi au vendredi, 9 h – 17 h ; fermé les jours fériés ; fermé en août",
        ),
        (
            "Mo-Fr 09:00-17:00; Jul-Aug off",
            "fr",
            "du lundi au vendredi, 9 h – 17 h ; fermé de juillet à août",
        ),
        ("Mo-Fr 09:00-17:00; Aug off", "en", "Monday to Friday: 9:00 – 17:00; closed in August"),
        ("Mo-Fr 09:00-17:00; Aug off", "es", "de lunes a viernes: 9:00 – 17:00; cerrado en agosto"),
        (
            "Mo-Fr 09:00-17:00; Aug off",
            "uk",
            "понеділок – пʼятниця: 9:00 – 17:00; зачинено: серпень",
        ),
    ],
)
def test_a_month_off_is_said_in_words(hours, language, expected):
    assert describe_hours(hours, language) == expected


def test_a_month_rule_before_the_weekly_hours_is_left_as_written():
    # the later weekly rule wins in OpenStreetMap's syntax: August is not closed
    assert describe_hours("Aug off; Mo-Fr 09:00-17:00", "fr") == "Aug off; Mo-Fr 09:00-17:00"
