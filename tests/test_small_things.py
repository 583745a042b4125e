"""The small things a new user stumbles on: counts of one in the singular, and the rest."""

import pytest

from app.db import write_session
from app.errors import UserError
from app.i18n import counted, set_language
from app.importers.csv_template import read_csv
from app.services.directory_import import apply_import

CSV_WITH_ONE_BAD_ROW = (
    "structure;nom;thematiques;code_postal;horaires;verifie_le\n"
    "Mairie;Aide administrative;numerique;35000;Mo-Fr 09:00-12:00;15/10/2026\n"
    "Mairie;Permanence logement;logement-hebergement;3500;;\n"
)


def test_one_line_with_errors_is_said_in_the_singular(engine, coordinator):
    preview = read_csv(CSV_WITH_ONE_BAD_ROW.encode("utf-8"), "annuaire.csv")
    assert [row.line for row in preview.error_rows] == [3]
    with pytest.raises(UserError) as raised, write_session(engine) as session:
        apply_import(session, coordinator, preview)
    assert raised.value.message.startswith("1 ligne a des erreurs : corrigez le fichier")


@pytest.mark.parametrize(
    ("language", "count", "expected"),
    [
        ("fr", 0, "0 service"),
        ("fr", 1, "1 service"),
        ("fr", 2, "2 services"),
        ("en", 0, "0 services"),
        ("en", 1, "1 service"),
    ],
)
def test_zero_and_one_take_the_singular_in_french_only_one_in_english(language, count, expected):
    set_language(language)
    assert counted(count, "%1 service", "%1 services") == expected
