"""A place that works « sur rendez-vous », for the appointment tests: two motifs (an
individual one, a group workshop), the agent's Monday and Tuesday mornings, a pinned « now »."""

from dataclasses import dataclass
from datetime import UTC, date, datetime

from app.db import write_session
from app.services import agenda_setup
from app.services.appointments import local_moment

MONDAY = date(2027, 1, 4)
TUESDAY = date(2027, 1, 5)
NOW = datetime(2027, 1, 3, 17, 0, tzinfo=UTC)  # the Sunday before


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return local_moment(day, hour * 60 + minute)


@dataclass
class Agenda:
    interview: object  # 30 min, one person
    long_interview: object  # 45 min, one person
    workshop: object  # group of 3, 60 min
    agent_id: object


def set_up_agenda(engine, coordinator, agent) -> Agenda:  # type: ignore[no-untyped-def]
    with write_session(engine) as session:
        interview = agenda_setup.create_motif(
            session, coordinator, "Premier entretien", 30,
            instructions="Apportez votre pièce d'identité et votre CV.",
        )  # fmt: skip
        long_interview = agenda_setup.create_motif(session, coordinator, "Bilan", 45)
        workshop = agenda_setup.create_motif(
            session, coordinator, "Atelier CV", 60, is_group=True, capacity=3
        )
        for weekday in (0, 1):
            agenda_setup.add_opening_slot(session, coordinator, agent.agent_id, weekday,
                                          "9:00", "12h")  # fmt: skip
        session.expunge_all()
    return Agenda(interview, long_interview, workshop, agent.agent_id)
