"""Imports and exports: round trips, previews with line numbers, re-imports that update."""

import io
import json
import shutil
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from app.db import make_engine, read_session, write_session
from app.errors import UserError
from app.exporters.csv_export import export_csv
from app.exporters.datainclusion import export_datainclusion
from app.exporters.hsds import export_hsds
from app.importers.csv_template import read_csv
from app.importers.datainclusion import read_datainclusion
from app.importers.hsds import read_hsds
from app.services.directory_import import apply_import, preview_import
from models import Organization, Service
from tests.directory_helpers import make_directory

FORMATS = {
    "csv": (export_csv, read_csv),
    "datainclusion": (export_datainclusion, read_datainclusion),
    "hsds": (export_hsds, read_hsds),
}


@pytest.fixture
def empty_engine(template_db, tmp_path):
    """A second, empty database (same site and agents) to import into."""
    path = tmp_path / "other.sqlite"
    shutil.copyfile(template_db, path)
    engine = make_engine(path)
    yield engine
    engine.dispose()


def hsds_tables(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name).decode() for name in sorted(archive.namelist())}


@pytest.mark.parametrize("kind", list(FORMATS))
def test_round_trip_export_import_export_gives_the_same_content(
    kind, engine, empty_engine, coordinator
):
    export, read = FORMATS[kind]
    make_directory(engine, coordinator)
    with read_session(engine) as session:
        first = export(session, coordinator)
    preview = read(first, f"annuaire.{kind}")
    assert [row.errors for row in preview.rows] == [[], [], []]
    with write_session(empty_engine) as session:
        result = apply_import(session, coordinator, preview)
    assert (result.created, result.updated) == (3, 0)
    with read_session(empty_engine) as session:
        second = export(session, coordinator)
    if kind == "hsds":
        assert hsds_tables(second) == hsds_tables(first)
    assert second == first
    # importing the same file again updates instead of duplicating
    with write_session(empty_engine) as session:
        again = apply_import(session, coordinator, read(second, "annuaire"))
    assert (again.created, again.updated) == (0, 3)
    with read_session(empty_engine) as session:
        assert len(session.exec(select(Service)).all()) == 3
        assert len(session.exec(select(Organization)).all()) == 2
        food = session.exec(select(Service).where(Service.name == "Épicerie solidaire")).one()
        assert food.opening_hours == "Tu,Th 14:00-18:00; Sa 09:30-12:00; PH off"
        assert food.themes == ["equipement-et-alimentation--alimentation"]


def test_hsds_package_carries_weekly_schedules_and_codes(engine, coordinator):
    make_directory(engine, coordinator)
    with read_session(engine) as session:
        tables = hsds_tables(export_hsds(session, coordinator))
    package = json.loads(tables["datapackage.json"])
    assert package["profile"] == "tabular-data-package"
    assert "service.csv" in tables and "organization.csv" in tables
    assert ",WEEKLY,TU,14:00,18:00," in tables["schedule.csv"]
    assert "equipement-et-alimentation--alimentation" in tables["taxonomy_term.csv"]


def test_hsds_without_our_attributes_reads_hours_from_schedules():
    files = {
        "datapackage.json": '{"name": "autre-annuaire", "resources": []}',
        "organization.csv": "id,name\no1,Maison des solidarités\n",
        "service.csv": "id,organization_id,name,status\ns1,o1,Accueil social,active\n",
        "schedule.csv": (
            "id,service_id,freq,byday,opens_at,closes_at\n"
            'a,s1,WEEKLY,"MO,TU,WE",09:00:00,12:00:00\n'
            "b,s1,WEEKLY,FR,14:00,17:00\n"
        ),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    preview = read_hsds(buffer.getvalue(), "autre.zip")
    assert preview.rows[0].errors == []
    assert preview.rows[0].service["opening_hours"] == "Mo-We 09:00-12:00; Fr 14:00-17:00"
    assert preview.rows[0].service["source"] == "autre-annuaire"


CSV_WITH_TWO_BAD_ROWS = (
    "structure;nom;thematiques;code_postal;horaires;verifie_le\n"
    "Mairie;Aide administrative;Accompagnement aux démarches administratives;35000;"
    "Mo-Fr 09:00-12:00;15/10/2026\n"
    "Mairie;Permanence logement;logement-hebergement;3500;;\n"
    "CCAS;Colis alimentaires;equipement-et-alimentation--alimentation;;Mo-Fr 9h;\n"
    "CCAS;Écrivain public;numerique;;We 14:00-16:00;\n"
)


def test_csv_in_windows_1252_with_two_bad_rows_previews_errors_with_line_numbers(
    engine, coordinator
):
    preview = read_csv(CSV_WITH_TWO_BAD_ROWS.encode("cp1252"), "annuaire.csv")
    assert [row.line for row in preview.rows] == [2, 3, 4, 5]
    assert [row.line for row in preview.error_rows] == [3, 4]
    assert "5 chiffres" in preview.error_rows[0].errors[0]
    assert "Horaires" in preview.error_rows[1].errors[0]
    # a label instead of a code is understood
    assert preview.rows[0].service["themes"] == [
        "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives"
    ]
    with pytest.raises(UserError, match="2 lignes ont des erreurs"):
        with write_session(engine) as session:
            apply_import(session, coordinator, preview)
    with read_session(engine) as session:
        assert session.exec(select(Service)).all() == []
    with write_session(engine) as session:
        result = apply_import(session, coordinator, preview, only_valid=True)
    assert (result.created, result.skipped) == (2, 2)


def test_csv_separator_and_encoding_are_detected(tmp_path):
    comma = "structure,nom,commune\nMairie,Accueil,Saint-Étienne\n"
    path = tmp_path / "annuaire.txt"
    path.write_bytes(comma.encode("utf-8-sig"))
    preview = preview_import(path)
    assert preview.kind == "csv"
    assert preview.rows[0].service["commune"] == "Saint-Étienne"


def test_the_template_file_imports_cleanly():
    from app.resources import resource_path

    preview = preview_import(resource_path("data", "annuaire_modele.csv"))
    assert len(preview.rows) == 1 and preview.rows[0].ok


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("vide.csv", b"", "vide"),
        ("colonnes.csv", b"a;b\n1;2\n", "Il manque les colonnes"),
        ("casse.json", b'{"services": [', "JSON valide"),
        ("autre.json", b'{"foo": 1}', "services"),
        ("casse.zip", b"PK\x03\x04 pas vraiment", "zip"),
    ],
)
def test_broken_files_get_one_clear_message(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UserError, match=message):
        preview_import(path)


def _import_never_partial(engine, coordinator, data: bytes, name: str) -> None:
    """Reading gives a clean preview or one clear message; writing is all or nothing."""
    read = {"csv": read_csv, "json": read_datainclusion, "zip": read_hsds}[name]
    try:
        preview = read(data, name)
    except UserError as error:
        assert error.message
        return
    for row in preview.rows:
        assert all(isinstance(message, str) and message for message in row.errors)
    before = _keys(engine)
    try:
        with write_session(engine) as session:
            apply_import(session, coordinator, preview)
    except UserError:
        assert _keys(engine) == before
        return
    imported = {(r.service["source"], r.service["external_id"]) for r in preview.rows}
    assert _keys(engine) == before | imported


def _keys(engine) -> set[tuple[str, str]]:
    with read_session(engine) as session:
        return {(s.source, s.external_id) for s in session.exec(select(Service))}


csv_cells = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(st.lists(csv_cells, min_size=1, max_size=8), max_size=5),
    header=st.sampled_from(
        ["structure;nom;code_postal;horaires", "structure,nom,thematiques", "x"]
    ),
    encoding=st.sampled_from(["utf-8", "cp1252", "utf-16"]),
)
def test_random_csv_is_a_clear_error_or_a_clean_preview(
    engine, coordinator, rows, header, encoding
):
    separator = ";" if ";" in header else ","
    text = header + "\n" + "\n".join(separator.join(cells) for cells in rows)
    data = text.encode(encoding, errors="replace")
    _import_never_partial(engine, coordinator, data, "csv")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | csv_cells,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(csv_cells, children, max_size=3)
    ),
    max_leaves=10,
)
service_like = st.fixed_dictionaries(
    {"source": st.just("s"), "id": csv_cells, "structure_id": st.just("o"), "nom": csv_cells},
    optional={
        "thematiques": json_values,
        "horaires_accueil": json_values,
        "code_postal": json_values,
        "latitude": json_values,
        "date_maj": json_values,
    },
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    document=st.one_of(
        json_values,
        st.fixed_dictionaries(
            {
                "structures": st.just([{"source": "s", "id": "o", "nom": "Structure"}]),
                "services": st.lists(service_like | json_values, max_size=4),
            }
        ),
    )
)
def test_random_json_is_a_clear_error_or_a_clean_preview(engine, coordinator, document):
    data = json.dumps(document).encode()
    _import_never_partial(engine, coordinator, data, "json")


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    files=st.dictionaries(
        st.sampled_from(
            ["datapackage.json", "service.csv", "organization.csv", "schedule.csv", "x.csv"]
        ),
        st.binary(max_size=60) | csv_cells.map(str.encode),
        max_size=5,
    ),
    truncate=st.booleans(),
)
def test_random_zip_is_a_clear_error_or_a_clean_preview(engine, coordinator, files, truncate):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    data = buffer.getvalue()
    if truncate:
        data = data[: len(data) // 2]
    _import_never_partial(engine, coordinator, data, "zip")


def test_datainclusion_dump_in_two_files_is_read_together(engine, coordinator, tmp_path):
    make_directory(engine, coordinator)
    with read_session(engine) as session:
        document = json.loads(export_datainclusion(session, coordinator))
    (tmp_path / "structures.json").write_text(json.dumps(document["structures"]), "utf-8")
    services = tmp_path / "services.json"
    services.write_text(json.dumps(document["services"]), "utf-8")
    preview = preview_import(services)
    assert preview.kind == "datainclusion"
    assert [row.errors for row in preview.rows] == [[], [], []]
    assert {row.organization["name"] for row in preview.rows} == {
        "Épicerie solidaire Le Panier",
        "Mission locale",
    }
