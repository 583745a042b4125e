"""The weekly national directory of data·inclusion, streamed and applied to one territory."""

import json
import zipfile
from types import SimpleNamespace

import pytest
from sqlmodel import select

from app.cli import main
from app.db import read_session, write_session
from app.errors import UserError
from app.importers.national import (
    Tally,
    Territory,
    departement_of,
    find_pair,
    parse_date,
    service_values,
)
from app.services.directory import save_service
from app.services.directory_national import import_national
from bench.national_files import write_pair
from models import Organization, Service

THIRTY_FIVE = Territory(frozenset({"35"}))


def _services(engine) -> dict[str, SimpleNamespace]:
    with read_session(engine) as session:
        return {
            s.external_id: SimpleNamespace(
                name=s.name, active=s.active, local_note=s.local_note, themes=s.themes
            )
            for s in session.exec(select(Service))
        }


def _import(engine, actor, paths, territory=THIRTY_FIVE, **kwargs):
    with write_session(engine) as session:
        return import_national(session, actor, find_pair(paths), territory, **kwargs)


def test_national_pair_over_50_mb_lands_every_service_of_the_departement_then_a_second_week(
    engine, coordinator, tmp_path
):
    week1 = write_pair(
        tmp_path / "s1", services=40_000, structures=20_000, description=1300, keep_names_of="35"
    )
    assert week1.services.stat().st_size > 50 * 1024 * 1024
    placed = week1.placed["35"]
    summary = _import(engine, coordinator, [week1.services, week1.structures])
    landed = _services(engine)
    assert set(landed) == placed
    assert summary.new == len(placed) and summary.gone == 0
    assert all(service.active for service in landed.values())
    # a note of the place's own, and an edit here, on two services
    noted, edited = sorted(placed)[:2]
    with write_session(engine) as session:
        service = session.exec(select(Service).where(Service.external_id == noted)).one()
        service.local_note = "appeler Mme X avant"
        session.add(service)
        mine = session.exec(select(Service).where(Service.external_id == edited)).one()
        save_service(
            session,
            coordinator,
            mine.organization_id,
            {**_form_values(mine), "name": "Nom choisi ici"},
            service_id=mine.id,
        )

    week2 = write_pair(
        tmp_path / "s2",
        services=40_000,
        structures=20_000,
        description=1300,
        week=2,
        keep_names_of="35",
    )
    summary = _import(engine, coordinator, [tmp_path / "s2"])
    landed = _services(engine)
    renamed = week1.placed["35"] & week2.renamed
    dropped = week1.placed["35"] & week2.dropped
    assert renamed and dropped
    for identifier in renamed - {edited}:
        assert landed[identifier].name.endswith("(nouveau nom)")
        assert landed[identifier].active
    for identifier in dropped:
        assert not landed[identifier].active
    assert summary.gone == len(dropped)
    assert landed[noted].local_note == "appeler Mme X avant"
    assert landed[edited].name == "Nom choisi ici" or edited in dropped
    assert summary.conflicts_kept == (0 if edited in dropped else 1)
    assert set(landed) == placed  # nothing deleted, nothing more


def _form_values(service: Service) -> dict:
    fields = (
        "name description type themes publics publics_details fees fees_details "
        "access_conditions documents_to_bring modes_accueil modes_mobilisation "
        "mobilisation_details address postal_code commune latitude longitude phone email "
        "website contact_name opening_hours opening_hours_details languages wheelchair_access "
        "last_verified_on"
    ).split()
    return {name: getattr(service, name) for name in fields}


def _write(path, records_list, bom=False) -> None:
    text = json.dumps(records_list, ensure_ascii=False)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))


STRUCTURES = [
    {"source": "dora", "id": "dora--s1", "nom": "Épicerie du Pont", "code_insee": "35238",
     "code_postal": "35000", "commune": "Rennes", "courriel": "***"},
    {"source": "dora", "id": "dora--s2", "nom": "Maison des solidarités", "code_insee": "75056"},
    {"source": "soliguide", "id": "soliguide--s9", "nom": "Épicerie du Pont (Soliguide)",
     "code_insee": "35238", "commune": "Rennes"},
    {"source": "dora", "id": "dora--s3", "nom": "Sans services", "code_insee": "35047"},
]  # fmt: skip
SERVICES = [
    {"source": "dora", "structure_id": "dora--s1", "id": "dora--a", "nom": "Aide alimentaire",
     "description": "x" * 200_000, "date_maj": 1762041600000, "commune": "Rennes",
     "thematiques": ["equipement-et-alimentation--alimentation", "theme-de-demain"],
     "courriel": "", "telephone": "", "frais": "code-inconnu"},
    # located in Ille-et-Vilaine by its own code, its structure in Paris
    {"source": "dora", "structure_id": "dora--s2", "id": "dora--b", "nom": "Permanence Redon",
     "code_insee": "35236", "date_maj": "2026-11-02T08:00:00Z"},
    # in Paris, its zone covering Ille-et-Vilaine
    {"source": "dora", "structure_id": "dora--s2", "id": "dora--c", "nom": "Ligne d'écoute",
     "zone_eligibilite": ["35", "56"]},
    {"source": "soliguide", "structure_id": "soliguide--s9", "id": "soliguide--a",
     "nom": "Aide alimentaire", "commune": "Rennes"},
]  # fmt: skip


def test_real_files_quirks_are_read_with_counts_and_the_service_kept(engine, coordinator, tmp_path):
    _write(tmp_path / "services.json", SERVICES, bom=True)
    _write(tmp_path / "structures.json", STRUCTURES, bom=True)
    summary = _import(engine, coordinator, [tmp_path])
    landed = _services(engine)
    assert set(landed) == {"dora--a", "dora--b", "soliguide--a"}
    assert landed["dora--a"].themes == ["equipement-et-alimentation--alimentation"]
    assert summary.unknown_codes == 2 and summary.tally.unknown_codes["theme-de-demain"] == 1
    assert summary.without_services == 1
    assert summary.possible_duplicates == ["Aide alimentaire (Rennes)"]
    with read_session(engine) as session:
        service = session.exec(select(Service).where(Service.external_id == "dora--a")).one()
        assert len(service.description) == 200_000
        assert str(service.last_verified_on) == "2025-11-02"
        # same place, two sources: two services, never merged
        assert (
            len(session.exec(select(Service).where(Service.name == "Aide alimentaire")).all()) == 2
        )
        paris = session.exec(select(Organization).where(Organization.external_id == "dora--s2"))
        assert paris.one().name == "Maison des solidarités"
        pont = session.exec(select(Organization).where(Organization.external_id == "dora--s1"))
        assert pont.one().email == ""  # blanked: left empty
    with_zone = _import(engine, coordinator, [tmp_path], Territory(frozenset({"35"}), True))
    assert with_zone.new == 1 and "dora--c" in _services(engine)


def test_json_nested_100000_levels_is_a_french_message_and_nothing_written(
    engine, coordinator, tmp_path
):
    _write(tmp_path / "structures.json", STRUCTURES)
    for nested in ("[" * 100_000 + "]" * 100_000, '[{"a": ' * 100_000):
        (tmp_path / "services.json").write_text(nested)
        with pytest.raises(UserError) as error:
            _import(engine, coordinator, [tmp_path])
        assert "imbriquées trop profondément" in error.value.message
    # brackets inside texts, a text cut between two reads: not nesting
    texts = [{**SERVICES[0], "description": "[" * 300 + '\\"' + "{" * (1 << 20)}]
    _write(tmp_path / "services.json", texts)
    assert _import(engine, coordinator, [tmp_path]).new == 1
    (tmp_path / "services.json").write_text('[{"id": "x", "nom": "y"')
    with pytest.raises(UserError) as error:
        _import(engine, coordinator, [tmp_path])
    assert "JSON valide" in error.value.message
    assert set(_services(engine)) == {"dora--a"}


def test_cancel_leaves_the_directory_as_it_was(engine, coordinator, tmp_path):
    _write(tmp_path / "services.json", SERVICES)
    _write(tmp_path / "structures.json", STRUCTURES)

    class Cancelled(Exception):
        pass

    def cancel(done, total):
        if done > total // 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        _import(engine, coordinator, [tmp_path], progress=cancel)
    with read_session(engine) as session:
        assert session.exec(select(Organization).where(Organization.source == "dora")).all() == []
    assert _services(engine) == {}


def test_pair_from_a_zip_or_csv_and_refused_formats(engine, coordinator, tmp_path):
    made = write_pair(tmp_path / "csv", services=3000, structures=1500, csv_format=True)
    archive = tmp_path / "publication.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.write(made.services, "export/services.csv")
        out.write(made.structures, "export/structures.csv")
    summary = _import(engine, coordinator, [archive])
    assert set(_services(engine)) == made.placed["35"] and summary.new == len(made.placed["35"])
    (tmp_path / "services.parquet").write_bytes(b"PAR1")
    with pytest.raises(UserError) as error:
        find_pair([tmp_path / "services.parquet", made.structures])
    assert "JSON" in error.value.message
    with pytest.raises(UserError):
        find_pair([made.services])


def test_where_a_record_is():
    assert departement_of({"code_insee": "2A004"}) == "2A"
    assert departement_of({"code_insee": "97411"}) == "974"
    assert departement_of({"code_postal": "20200"}) == "2B"
    assert departement_of({"code_insee": "", "code_postal": "35000"}) == "35"
    assert parse_date(1762041600000).isoformat() == "2025-11-02"
    assert parse_date("2025-11-02T08:00:00+01:00").isoformat() == "2025-11-02"
    tally = Tally()
    values = service_values(
        {"id": "x", "nom": "S", "horaires_accueil": "lundi matin", "latitude": 100}, tally
    )
    assert values["opening_hours"] == "" and "lundi matin" in values["opening_hours_details"]
    assert values["latitude"] is None and tally.bad_coordinates == 1


def test_cli_imports_the_national_pair_for_a_departement(db_path, tmp_path, capsys):
    _write(tmp_path / "services.json", SERVICES)
    _write(tmp_path / "structures.json", STRUCTURES)
    arguments = ["directory", "import", "--db", str(db_path), "--departement", "35"]
    paths = [str(tmp_path / "services.json"), str(tmp_path / "structures.json")]
    assert main([*arguments, *paths]) == 0
    out = capsys.readouterr().out
    assert "Nouveaux : 3" in out and "Conflits gardés" in out
    assert main([*arguments[:-1], "36x", *paths]) == 2
    assert "département" in capsys.readouterr().err
