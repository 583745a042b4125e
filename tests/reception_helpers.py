"""Helpers for the reception and people tests: making people and visits quickly."""

from sqlmodel import select

from app.db import read_session, write_session
from app.services.people import PersonFields, create_person
from app.services.visits import VisitFields, log_visit
from models import AuditEntry, Person, Visit

THEME_CV = "preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation"
THEME_HOUSING = "logement-hebergement--louer-un-logement"


def make_person(engine, actor, first_name: str, last_name: str = "", **extra) -> Person:
    with write_session(engine) as session:
        return create_person(session, actor, PersonFields(first_name, last_name, **extra))


def make_visit(engine, actor, person_id=None, themes=None, **extra) -> Visit:
    with write_session(engine) as session:
        return log_visit(session, actor, VisitFields(themes=list(themes or []), **extra), person_id)


def all_rows(engine, model) -> list:
    with read_session(engine) as session:
        rows = list(session.exec(select(model)))
        session.expunge_all()
        return rows


def audit_actions(engine) -> list[tuple[str, str]]:
    return [(entry.action, entry.entity_id) for entry in all_rows(engine, AuditEntry)]


def index_rows(engine) -> dict[str, str]:
    with engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT person_id, terms FROM person_search").all()
    return {row[0]: row[1] for row in rows}


__all__ = ["Person", "Visit"]
