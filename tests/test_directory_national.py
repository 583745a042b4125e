"""The weekly national directory of data·inclusion, streamed and applied to one territory."""

import json
from types import SimpleNamespace
import zipfile

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
    records,
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
