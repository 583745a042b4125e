"""A network of many sites reads well on paper: a site's name is never cut mid-word in a table's
header (« Accue / il Em / ploi »). With many sites the tables carry short labels S1, S2… in
blocks of a few sites, and a legend gives each site's whole name."""

import io
import random
import re
import uuid
from datetime import date

import pytest
from pypdf import PdfReader

from app.reports.consolidated import build_consolidated_report
from app.reports.labels import STATUS_ORDER
from app.reports.pdf import render_report_pdf
from app.reports.periods import Period
from app.reports.site_package import SitePackage

pytestmark = pytest.mark.usefixtures("french_ui")

PLACES = [
    "Redon", "Pipriac", "Guémené-Penfao", "Bain-de-Bretagne", "Messac", "Guipry", "Sixt-sur-Aff",
    "Maure-de-Bretagne", "Lohéac", "Carentoir", "Malestroit", "Questembert", "Sérent",
    "Saint-Nicolas-de-Redon", "Plessé", "Blain", "Nozay", "Derval", "Châteaubriant", "Pouancé",
    "Martigné-Ferchaud", "Retiers", "Janzé", "Vitré", "Fougères", "Combourg", "Montfort",
    "Plélan-le-Grand", "Mauron", "Ploërmel",
]  # fmt: skip
KINDS = ["Accueil Emploi", "Recyclerie", "Espace social et culturel", "Épicerie solidaire"]
MONTH = Period.month(2026, 2)


def _names(count: int) -> list[str]:
    return [f"{KINDS[index % len(KINDS)]} de {PLACES[index]}" for index in range(count)]


def _package(index: int, name: str, rng: random.Random) -> SitePackage:
    counts = [0, 1, 2, 3, 5, 8, 13, 40, 120, 1500]
    statuses = {status: rng.choice(counts) for status in STATUS_ORDER}
    channels = {code: rng.choice(counts) for code in ("telephone", "accueil-spontane")}
    visits = sum(channels.values())
    figures = {
        "visits": visits, "unique_people": visits, "anonymous_visits": 0, "new_people": 0,
        "referrals_by_status": statuses, "median_days_to_outcome": None,
        "follow_ups_overdue": 0,
        "visits_per_day": {day.isoformat(): 0 for day in MONTH.day_list()},
        "till_kinds": {}, "donations": {},
        "visit_themes": {"famille--garde-denfants": rng.choice(counts),
                         "sante--acces-aux-soins": rng.choice(counts)},
        "referral_themes": {"sante--acces-aux-soins": rng.choice(counts)},
        "channels": channels,
        "outcomes": {"information-donnee": visits},
        "partners": {"Mission Locale": {"realisee": sum(statuses.values())}},
    }  # fmt: skip
    return SitePackage(
        uuid.UUID(int=index + 1), name, MONTH, date(2026, 3, 2), "cle", figures, f"{index}.json"
    )


def _lines(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [line for page in reader.pages for line in page.extract_text().splitlines()]


@pytest.mark.parametrize("count", [2, 12, 30])
def test_every_site_name_is_printed_whole_and_never_cut_mid_word(count, tmp_path):
    rng = random.Random(count)
    names = _names(count)
    report = build_consolidated_report(
        [_package(i, name, rng) for i, name in enumerate(names)], MONTH, date(2026, 3, 10)
    )
    pdf = render_report_pdf(report, tmp_path / f"{count}-sites.pdf")
    lines = _lines(pdf)
    text = " ".join(" ".join(lines).split())
    for name in names:
        assert name in text, name  # whole somewhere: a header, or the legend
    # no line of the PDF holds a piece of a site's word: « Accue » then « il Em » then « ploi »
    words = {word for name in names for word in re.split(r"[\s]+", name)}
    pieces = {word[:cut] for word in words for cut in range(3, len(word))}
    pieces |= {word[cut:] for word in words for cut in range(1, len(word) - 2)}
    for line in lines:
        for token in line.split():
            assert token not in pieces - words, (token, line)
    if count > 5:
        # short labels in blocks of at most 8 sites, and a legend line for each site
        assert "Sites" in lines
        stripped = [line.strip() for line in lines]
        for number, name in enumerate(names, start=1):
            legend = stripped.index(f"S{number}")
            assert " ".join(stripped[legend + 1 : legend + 4]).startswith(name)
        headers: list[list[str]] = []  # a header: one short label a line, then « Total »
        run: list[str] = []
        for line in stripped:
            if re.fullmatch(r"S\d+", line):
                run.append(line)
                continue
            if line == "Total" and run and (not headers or headers[-1] != run):
                headers.append(run)  # a header repeated on the next page is the same block
            run = []
        assert headers and max(map(len, headers)) <= 8
        blocks = -(-count // 8)  # the key figures: every site once, in blocks, in order
        assert [label for header in headers[:blocks] for label in header] == [
            f"S{number}" for number in range(1, count + 1)
        ]
