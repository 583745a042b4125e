"""Appointments of a desk that works « sur rendez-vous »: what they are for (motifs), when
agents receive (weekly opening slots), when they cannot (absences, the place's closures), the
time an agent gives (a session: one person, or a group up to its capacity) and each person's
booking in it, with the trail of what happened to it."""

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint
from sqlmodel import Field, SQLModel

from models.base import counted_by, json_list, utcnow, uuid_pk, version_field
from models.enums import AppointmentStatus, MotifKind


class AppointmentMotif(SQLModel, table=True):
    """What an appointment is for: how long it lasts, how it happens, one person or a group."""

    __tablename__ = "appointment_motif"

    id: uuid.UUID = uuid_pk()
    site_id: uuid.UUID = Field(foreign_key="site.id", index=True)
    name: str = Field(max_length=120)
    duration_minutes: int = 30
    kind: str = Field(default=MotifKind.ON_SITE.value, max_length=20)
    is_group: bool = False
    capacity: int = 1
    # printed on the person's card: what to bring, how to come
    instructions: str = ""
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow)
    version: int = version_field()

    __mapper_args__ = counted_by(version)


class OpeningSlot(SQLModel, table=True):
    """An agent receives every week on this day, between these Paris times, for these motifs
    (none listed: every motif), from `valid_from` until `valid_until` (included) if given."""

    __tablename__ = "opening_slot"

    id: uuid.UUID = uuid_pk()
    site_id: uuid.UUID = Field(foreign_key="site.id", index=True)
    agent_id: uuid.UUID = Field(foreign_key="agent.id", index=True)
    weekday: int  # 0 Monday … 6 Sunday
    start_minute: int  # minutes after midnight, Paris time
    end_minute: int
    motif_ids: list[str] = json_list()
    valid_from: date | None = None
    valid_until: date | None = None
    created_at: datetime = Field(default_factory=utcnow)


class AgentAbsence(SQLModel, table=True):
    """An agent is away [starts_at, ends_at) (UTC): no new appointment with them then."""

    __tablename__ = "agent_absence"

    id: uuid.UUID = uuid_pk()
    agent_id: uuid.UUID = Field(foreign_key="agent.id", index=True)
    starts_at: datetime
    ends_at: datetime
    reason: str = Field(default="", max_length=200)
    created_at: datetime = Field(default_factory=utcnow)


class PlaceClosure(SQLModel, table=True):
    """The whole place is closed these Paris days (included): public holidays, summer."""

    __tablename__ = "place_closure"

    id: uuid.UUID = uuid_pk()
    site_id: uuid.UUID = Field(foreign_key="site.id", index=True)
    starts_on: date
    ends_on: date
    message: str = Field(default="", max_length=300)
    created_at: datetime = Field(default_factory=utcnow)


class AppointmentSession(SQLModel, table=True):
    """Time an agent gives to a motif [starts_at, ends_at): one booking, or a group's bookings
    up to `capacity`. Two sessions of one agent never overlap while held (`released_at` is
    None): the database refuses it (an exclusion constraint on PostgreSQL, a trigger on
    SQLite). `booked` counts the bookings that hold a seat; a session whose last booking is
    cancelled is released and its time is free again."""

    __tablename__ = "appointment_session"
    __table_args__ = (
        CheckConstraint("booked >= 0 AND booked <= capacity", name="seats"),
        CheckConstraint("ends_at > starts_at", name="times"),
    )

    id: uuid.UUID = uuid_pk()
    site_id: uuid.UUID = Field(foreign_key="site.id", index=True)
    agent_id: uuid.UUID = Field(foreign_key="agent.id", index=True)
    motif_id: uuid.UUID = Field(foreign_key="appointment_motif.id", index=True)
    starts_at: datetime = Field(index=True)
    ends_at: datetime
    capacity: int = 1
    booked: int = 0
    released_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)


class Appointment(SQLModel, table=True):
    """One person's booking in a session. Its status moves à venir → vu / absent / excusé /
    annulé par le lieu; a move changes its session. Each change is an AppointmentEvent."""

    id: uuid.UUID = uuid_pk()
    site_id: uuid.UUID = Field(foreign_key="site.id", index=True)
    session_id: uuid.UUID = Field(foreign_key="appointment_session.id", index=True)
    # None once the person's file is erased on request (the booking stays, anonymous, for the
    # figures); a file merged into another takes its bookings with it
    person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id", index=True)
    status: str = Field(default=AppointmentStatus.PLANNED.value, max_length=20)
    booked_by_id: uuid.UUID | None = Field(default=None, foreign_key="agent.id")
    visit_id: uuid.UUID | None = Field(default=None, foreign_key="visit.id")
    created_at: datetime = Field(default_factory=utcnow)
    status_changed_at: datetime = Field(default_factory=utcnow)
    version: int = version_field()

    __mapper_args__ = counted_by(version)


class AppointmentEvent(SQLModel, table=True):
    """What happened to a booking: booked, moved (from which time), a status given. Never
    overwritten: the history of a booking is its events."""

    __tablename__ = "appointment_event"

    id: uuid.UUID = uuid_pk()
    appointment_id: uuid.UUID = Field(foreign_key="appointment.id", index=True)
    occurred_at: datetime = Field(default_factory=utcnow)
    agent_id: uuid.UUID | None = Field(default=None, foreign_key="agent.id")
    kind: str = Field(max_length=20)  # booked, moved, status
    status: str = Field(default="", max_length=20)
    previous_status: str = Field(default="", max_length=20)
    previous_starts_at: datetime | None = None
    starts_at: datetime | None = None
