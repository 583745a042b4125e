"""Appointment figures of a period, aggregated in SQL: per motif, the bookings whose time falls
in the period by status (booked counts them all), the no-show rate, and the median delay between
booking a person's first appointment and its time.

Definitions (also in the report's methods):
- booked: bookings whose appointment time is in the period, whatever became of them;
- no-show rate: no-shows / (seen + no-shows), the appointments that were due and not cancelled;
- delay to the first appointment: for people whose first booking at the place was made in the
  period, the days between that booking and the appointment's time (median).
"""

import uuid
from dataclasses import dataclass

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session, aliased

from app.db.queries import median_days_between
from app.reports.periods import Period
from models import Appointment, AppointmentMotif, AppointmentSession
from models.enums import AppointmentStatus


@dataclass
class MotifFigures:
    name: str
    booked: int = 0
    seen: int = 0
    no_show: int = 0
    excused: int = 0
    cancelled_by_place: int = 0

    @property
    def no_show_rate(self) -> float | None:
        due = self.seen + self.no_show
        return round(100 * self.no_show / due, 1) if due else None


def site_has_agenda(session: Session, site_id: uuid.UUID) -> bool:
    return session.execute(
        select(AppointmentMotif.id).where(AppointmentMotif.site_id == site_id).limit(1)
    ).first() is not None


def per_motif(session: Session, site_id: uuid.UUID, period: Period) -> list[MotifFigures]:
    """One line per motif that had bookings in the period, most booked first."""
    start, end = period.bounds()
    rows = session.execute(
        select(AppointmentMotif.id, AppointmentMotif.name, Appointment.status, func.count())
        .select_from(Appointment)
        .join(AppointmentSession, AppointmentSession.id == Appointment.session_id)
        .join(AppointmentMotif, AppointmentMotif.id == AppointmentSession.motif_id)
        .where(
            Appointment.site_id == site_id,
            AppointmentSession.starts_at >= start,
            AppointmentSession.starts_at < end,
        )
        .group_by(AppointmentMotif.id, AppointmentMotif.name, Appointment.status)
    ).all()
    found: dict[uuid.UUID, MotifFigures] = {}
    field = {
        AppointmentStatus.SEEN.value: "seen",
        AppointmentStatus.NO_SHOW.value: "no_show",
        AppointmentStatus.EXCUSED.value: "excused",
        AppointmentStatus.CANCELLED_BY_PLACE.value: "cancelled_by_place",
    }
    for motif_id, name, status, count in rows:
        figures = found.setdefault(motif_id, MotifFigures(name))
        figures.booked += count
        if status in field:
            setattr(figures, field[status], getattr(figures, field[status]) + count)
    return sorted(found.values(), key=lambda f: (-f.booked, f.name.casefold()))


def median_days_to_first_appointment(
    session: Session, site_id: uuid.UUID, period: Period
) -> float | None:
    start, end = period.bounds()
    earlier = aliased(Appointment)
    first_booking = ~exists().where(
        and_(earlier.person_id == Appointment.person_id, earlier.site_id == site_id,
             earlier.created_at < Appointment.created_at)
    )  # fmt: skip
    held = select(AppointmentSession.starts_at).where(
        AppointmentSession.id == Appointment.session_id
    ).scalar_subquery()  # fmt: skip
    return median_days_between(
        session, Appointment.created_at, held,
        [Appointment.site_id == site_id, Appointment.created_at >= start,
         Appointment.created_at < end, first_booking],
    )  # fmt: skip


def appointment_tables(session: Session, site_id: uuid.UUID, period: Period) -> list:  # type: ignore[type-arg]
    """The report's tables about appointments; none at a place without an agenda."""
    from app.i18n import translate
    from app.reports.model import Table, one_decimal

    if not site_has_agenda(session, site_id):
        return []
    motifs = per_motif(session, site_id, period)
    rows = [[m.name, m.booked, m.seen, m.no_show, m.excused, m.cancelled_by_place,
             m.no_show_rate] for m in motifs]  # fmt: skip
    if motifs:
        total = MotifFigures(translate("Reports", "Total"))
        for m in motifs:
            total.booked += m.booked
            total.seen += m.seen
            total.no_show += m.no_show
            total.excused += m.excused
            total.cancelled_by_place += m.cancelled_by_place
        rows.append([total.name, total.booked, total.seen, total.no_show, total.excused,
                     total.cancelled_by_place, total.no_show_rate])  # fmt: skip
    delay = one_decimal(median_days_to_first_appointment(session, site_id, period))
    return [
        Table(
            key="rendez-vous-par-motif",
            title=translate("Reports", "Appointments per motif"),
            columns=[
                translate("Reports", "Motif"), translate("Reports", "Booked"),
                translate("Reports", "Seen"), translate("Reports", "No-show"),
                translate("Reports", "Excused"), translate("Reports", "Cancelled by the place"),
                translate("Reports", "No-show rate (%)"),
            ],
            rows=rows,
        ),  # fmt: skip
        Table(
            key="rendez-vous-delai",
            title=translate("Reports", "Delay to the first appointment"),
            columns=[translate("Reports", "Figure"), translate("Reports", "Days")],
            rows=[[translate("Reports", "Median days from booking to the first appointment"),
                   delay]],
        ),  # fmt: skip
    ]


def appointment_methods() -> list[str]:
    from app.i18n import translate

    return [
        translate(
            "Reports",
            "Appointments: those whose time falls in the period, by status. No-show rate: "
            "no-shows divided by appointments seen or missed. Delay to the first appointment: "
            "for people first booked during the period, the days between booking and the "
            "appointment (middle value).",
        )
    ]
