"""Imports and exports: round trips, previews with line numbers, re-imports that update."""

import io
import json
import zipfile
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from app.clock import LOCAL_TZ
from app.db import make_engine, read_session, write_session
from app.errors import UserError
from app.exporters.csv_export import export_csv
from app.exporters.datainclusion import export_datainclusion
from app.exporters.hsds import export_hsds
from app.importers.csv_template import read_csv
from app.importers.datainclusion import read_datainclusion
from app.importers.hsds import read_hsds
from app.opening_hours import is_open_now
from app.services.directory_import import apply_import, preview_import
from models import Organization, Service
from tests.directory_helpers import make_directory

FORMATS = {
    "csv": (export_csv, read_csv),
    "datainclusion": (export_datainclusion, read_datainclusion),
    "hsds": (export_hsds, read_hsds),
}


@pytest.fixture
def empty_engine(template_copy):
    """A second, empty database (same site and agents) to import into."""
    engine = make_engine(template_copy("other"))
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
    assert "services.csv" in tables and "organizations.csv" in tables
    assert ",WEEKLY,TU,14:00,18:00," in tables["schedules.csv"]
    assert "equipement-et-alimentation--alimentation" in tables["taxonomy_terms.csv"]
    assert "FR-SIRET,SIRET,12345678901234" in tables["organization_identifiers.csv"]


# resource → file, as the published HSDS 3.0 datapackage.json names them
PUBLISHED_PATHS = {
    "organization": "organizations.csv",
    "organization_identifier": "organization_identifiers.csv",
    "service": "services.csv",
    "location": "locations.csv",
    "address": "addresss.csv",
    "service_at_location": "service_at_location.csv",
    "phone": "phones.csv",
    "contact": "contacts.csv",
    "schedule": "schedules.csv",
    "language": "languages.csv",
    "required_document": "required_documents.csv",
    "taxonomy": "taxonomies.csv",
    "taxonomy_term": "taxonomy_terms.csv",
    "attribute": "attributes.csv",
}


def test_hsds_export_names_its_files_as_the_published_datapackage(engine, coordinator):
    make_directory(engine, coordinator)
    with read_session(engine) as session:
        tables = hsds_tables(export_hsds(session, coordinator))
    package = json.loads(tables["datapackage.json"])
    paths = {resource["name"]: resource["path"] for resource in package["resources"]}
    assert paths == PUBLISHED_PATHS
    assert set(tables) == {"datapackage.json", *PUBLISHED_PATHS.values()}
    for resource in package["resources"]:
        header = tables[resource["path"]].split("\r\n", 1)[0].split(",")
        assert header == [field["name"] for field in resource["schema"]["fields"]]
    assert "tax_id" not in tables["organizations.csv"]  # HSDS 2 had it, 3.0 has identifiers


def _zip(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer.getvalue()


# A package as another country's HSDS tool writes it: the published file names (with the
# datapackage in a sub-folder layout), a company number, a British postcode, schedules with
# months, dates, a fortnight and a text only.
OTHER_TOOL = {
    "datapackage.json": json.dumps(
        {
            "name": "camden-directory",
            "profile": "tabular-data-package",
            "resources": [
                {"name": "organization", "path": "data/organizations.csv"},
                {"name": "organization_identifier", "path": "data/organization_identifiers.csv"},
                {"name": "service", "path": "data/services.csv"},
                {"name": "location", "path": "data/locations.csv"},
                {"name": "address", "path": "data/addresses.csv"},
                {"name": "service_at_location", "path": "data/service_at_location.csv"},
                {"name": "phone", "path": "data/phones.csv"},
                {"name": "schedule", "path": "data/schedules.csv"},
            ],
        }
    ),
    "data/organizations.csv": (
        "id,name,alternate_name,description,email,website\n"
        "o1,Camden Food Bank,,Emergency food parcels,help@example.org,https://example.org\n"
    ),
    "data/organization_identifiers.csv": (
        "id,organization_id,identifier_scheme,identifier_type,identifier\n"
        "i1,o1,GB-COH,Company number,1234567\n"
    ),
    "data/services.csv": (
        "id,organization_id,program_id,name,description,url,email,status,assured_date\n"
        "s1,o1,,Food parcels,Three days of food,,,active,2026-09-01\n"
    ),
    "data/locations.csv": (
        "id,location_type,url,organization_id,name,latitude,longitude\n"
        "l1,physical,,o1,Hall,51.5390,-0.1426\n"
    ),
    "data/addresses.csv": (
        "id,location_id,attention,address_1,address_2,city,region,state_province,"
        "postal_code,country,address_type\n"
        "a1,l1,,12 Camden Road,,London,,England,NW1 9LR,GB,physical\n"
    ),
    "data/service_at_location.csv": "id,service_id,location_id,description\nsal1,s1,l1,\n",
    "data/phones.csv": (
        "id,location_id,service_id,organization_id,number\np1,l1,,,+44 20 7000 0000\n"
    ),
    "data/schedules.csv": (
        "id,service_id,location_id,service_at_location_id,valid_from,valid_to,freq,interval,"
        "byday,bymonthday,description,opens_at,closes_at\n"
        'h1,s1,,,,,WEEKLY,,"MO,TU,WE",,,09:00Z,12:00Z\n'
        "h2,,,sal1,,,MONTHLY,,-1FR,,,14:00:00,16:00:00\n"
        "h3,s1,,,2026-12-01,2026-12-24,WEEKLY,1,SA,,,10:00,13:00\n"
        "h4,s1,,,,,WEEKLY,2,TH,,,17:00,19:00\n"
        "h5,s1,,,,,,,,,Closed on bank holidays,,\n"
    ),
}


def test_a_package_from_another_hsds_tool_is_read_with_warnings_not_errors(engine, coordinator):
    preview = read_hsds(_zip(OTHER_TOOL), "camden.zip")
    (row,) = preview.rows
    assert row.errors == []
    assert preview.warning_rows == [row]
    warnings = " ".join(row.warnings)
    assert "Le code postal « NW1 9LR » n'est pas français : gardé tel quel." in warnings
    assert "« GB-COH 1234567 » n'est pas un SIRET : gardé dans la description." in warnings
    assert "ils sont gardés dans les notes" in warnings
    assert row.organization["siret"] == ""
    assert row.organization["description"] == "Emergency food parcels\nIdentifiant : GB-COH 1234567"
    service = row.service
    assert service["postal_code"] == "NW1 9LR" and service["commune"] == "London"
    assert service["phone"] == "+44 20 7000 0000"  # the phone of its place
    assert service["longitude"] == -0.1426
    hours = service["opening_hours"]
    assert hours == "Mo-We 09:00-12:00, 2026 Dec 1-2026 Dec 24 Sa 10:00-13:00, Fr[-1] 14:00-16:00"
    for moment, open_then in (
        (datetime(2026, 11, 25, 10, 0), True),  # a Wednesday morning
        (datetime(2026, 11, 27, 15, 0), True),  # the last Friday of the month
        (datetime(2026, 11, 20, 15, 0), False),  # another Friday
        (datetime(2026, 12, 5, 11, 0), True),  # a Saturday of December
        (datetime(2026, 11, 28, 11, 0), False),  # a Saturday before
    ):
        assert is_open_now(hours, [], moment.replace(tzinfo=LOCAL_TZ)) is open_then, moment
    notes = service["opening_hours_details"].split("\n")
    assert notes == ["jeudi, 17 h – 19 h, toutes les 2 semaines", "Closed on bank holidays"]
    assert service["source"] == "camden-directory"
    with write_session(engine) as session:
        result = apply_import(session, coordinator, preview)
    assert result.created == 1
    with read_session(engine) as session:
        stored = session.exec(select(Service)).one()
        organization = session.get(Organization, stored.organization_id)
        assert (stored.postal_code, organization.name) == ("NW1 9LR", "Camden Food Bank")


def test_hours_that_cannot_be_said_leave_the_opening_hours_empty():
    files = dict(OTHER_TOOL)
    files["data/schedules.csv"] = (
        "id,service_id,freq,interval,byday,bymonthday,valid_to,opens_at,closes_at\n"
        "h1,s1,MONTHLY,,,15,,09:00,12:00\n"
        "h2,s1,WEEKLY,,MO,,2026-06-30,09:00,12:00\n"
    )
    (row,) = read_hsds(_zip(files), "camden.zip").rows
    assert row.ok and row.service["opening_hours"] == ""
    assert row.service["opening_hours_details"].split("\n") == [
        "09:00-12:00, les jours 15 du mois",
        "lundi, 9 h – 12 h, du … au 2026-06-30",
    ]


def test_our_older_exports_with_singular_file_names_still_import():
    files = {
        "datapackage.json": json.dumps(
            {
                "name": "aiguillage-annuaire",
                "resources": [
                    {"name": "organization", "path": "organization.csv"},
                    {"name": "service", "path": "service.csv"},
                ],
            }
        ),
        "organization.csv": "id,name,description,email,website,tax_id\no1,CCAS,,,,12345678901234\n",
        "service.csv": "id,organization_id,name,status\ns1,o1,Aide alimentaire,active\n",
        "phone.csv": "id,service_id,organization_id,number\np1,s1,,02 99 00 00 00\n",
    }
    (row,) = read_hsds(_zip(files), "ancien.zip").rows
    assert row.ok and row.warnings == []
    assert row.organization["siret"] == "12345678901234"
    assert row.service["phone"] == "02 99 00 00 00"


def test_an_imported_foreign_postal_code_survives_an_edit_but_a_typo_does_not(engine, coordinator):
    from app.services.directory import save_organization, save_service

    with write_session(engine) as session:
        apply_import(session, coordinator, read_hsds(_zip(OTHER_TOOL), "camden.zip"))
    with write_session(engine) as session:
        service = session.exec(select(Service)).one()
        save_service(
            session,
            coordinator,
            service.organization_id,
            {"name": "Food parcels (Camden)", "postal_code": "NW1 9LR"},
            service.id,
        )
        with pytest.raises(UserError, match="5 chiffres"):
            save_organization(session, coordinator, {"name": "CCAS", "postal_code": "NW1 9LR"})
    with read_session(engine) as session:
        assert session.exec(select(Service.name)).one() == "Food parcels (Camden)"


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


def test_hsds_example_latitude_100_is_dropped_with_a_warning_and_the_service_kept():
    """HSDS 3.0's own example gives its location a latitude of 100: the coordinate is left out,
    said in a warning, the location's address and its service imported."""
    files = dict(OTHER_TOOL)
    files["data/locations.csv"] = (
        "id,location_type,url,organization_id,name,latitude,longitude\n"
        "l1,physical,,o1,Hall,100,abc\n"
    )
    files["data/services.csv"] = (
        "id,organization_id,program_id,name,description,url,email,status,assured_date\n"
        "s1,o1,,Food parcels,Three days of food,,not-an-email,active,2026-13-45\n"
    )
    (row,) = read_hsds(_zip(files), "exemple.zip").rows
    assert row.ok, row.errors
    assert row.service["latitude"] is None and row.service["longitude"] is None
    assert row.service["email"] == "" and row.service["last_verified_on"] is None
    assert row.service["address"] == "12 Camden Road" and row.service["commune"] == "London"
    said = " ".join(row.warnings)
    assert "« 100 »" in said and "« abc »" in said and "« not-an-email »" in said
