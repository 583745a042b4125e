"""Directory, people and visits for the referral tests, written straight with the models."""

import uuid
from datetime import date

import pytest

from app.db import write_session
from models import Organization, Person, Service, ServiceClosure, Visit

EMPLOYMENT_THEME = "trouver-un-emploi--faire-des-candidatures-spontanees"
MOBILITY_THEME = "mobilite--financer-ma-mobilite"


def add_service(
    engine,
    *,
    name: str = "Atelier CV et candidatures",
    organization: str = "Mission Locale du Pays de Redon",
    themes: tuple[str, ...] = (EMPLOYMENT_THEME,),
    opening_hours: str = "Mo-Fr 09:00-12:00,14:00-17:00; PH off",
    publics: tuple[str, ...] = ("tous-publics",),
    phone: str = "02 99 71 00 00",
    active: bool = True,
    closures: tuple[tuple[date, date, str], ...] = (),
    **fields,
) -> uuid.UUID:
    with write_session(engine) as session:
        org = Organization(
            name=organization, address="4 rue de la Gare", postal_code="35600", commune="Redon"
        )
        session.add(org)
        session.flush()
        service = Service(
            organization_id=org.id,
            name=name,
            themes=list(themes),
            publics=list(publics),
            opening_hours=opening_hours,
            phone=phone,
            active=active,
            **fields,
        )
        session.add(service)
        session.flush()
        for starts_on, ends_on, message in closures:
            session.add(
                ServiceClosure(
                    service_id=service.id, starts_on=starts_on, ends_on=ends_on, message=message
                )
            )
        return service.id


def full_service_fields() -> dict:
    """Every field the sheet must print, with accents and punctuation."""
    return {
        "name": "Permanence emploi « Cap Boulot »",
        "organization": "Association Élan & Œuvre",
        "address": "12 rue de l'Abbaye",
        "postal_code": "35600",
        "commune": "Redon",
        "phone": "02 99 72 34 56",
        "email": "contact@elan-oeuvre.fr",
        "fees": "gratuit",
        "fees_details": "Adhésion 2 €",
        "access_conditions": "Habiter le Pays de Redon",
        "documents_to_bring": ["Pièce d'identité", "Curriculum vitæ"],
        "modes_mobilisation": ["se-presenter", "telephoner"],
        "mobilisation_details": "Sans rendez-vous le mardi",
        "last_verified_on": date(2026, 9, 15),
        "opening_hours": "Mo-Fr 09:00-12:00; PH off",
    }


def add_person(engine, *, first_name: str = "Hélène", **fields) -> uuid.UUID:
    with write_session(engine) as session:
        person = Person(
            first_name=first_name, last_name=fields.pop("last_name", "Le Gall"), **fields
        )
        session.add(person)
        session.flush()
        return person.id


def add_visit(engine, site_id, *, person_id=None, themes=(EMPLOYMENT_THEME,)) -> uuid.UUID:
    with write_session(engine) as session:
        visit = Visit(site_id=site_id, person_id=person_id, themes=list(themes))
        session.add(visit)
        session.flush()
        return visit.id


# --- widgets ---------------------------------------------------------------------------------
@pytest.fixture(name="printed_to")
def printed_to_fixture(monkeypatch, tmp_path, sync_tasks, shown_messages):
    """The print dialog is replaced by a PDF printer writing to a file (one input: OK); gives
    the file, the parents the dialog was asked for, and the messages shown."""
    from PySide6.QtPrintSupport import QPrinter

    from ui.dialogs import sheet_preview

    target = tmp_path / "printer.pdf"
    calls = []

    def fake_ask_printer(parent):
        calls.append(parent)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return printer

    monkeypatch.setattr(sheet_preview, "ask_printer", fake_ask_printer)
    return target, calls, shown_messages
