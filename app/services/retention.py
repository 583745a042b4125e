"""Retention: personal data is not kept longer than needed (CNIL référentiel, action sociale).

Person files with no activity for `retention_months` (24 by default) are anonymised: names,
contact details and notes removed, the search row deleted; what counts for statistics stays
(visits with their anonymous snapshot, themes, referrals and their statuses). Visit notes,
referral reasons and referral event notes older than the same period are emptied.
"""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, and_, exists, func, or_, text, update
from sqlmodel import Session, col, select

from app.clock import utcnow
from app.errors import UserError
from app.i18n import translate
from app.permissions import Actor, Permission, require
from app.retention_dates import months_before
from app.services import audit
from app.services.settings import change_setting, get_setting
from models import Appointment, Person, Referral, ReferralEvent, Visit
from models.enums import AppointmentStatus, AuditAction


def _tr(text: str) -> str:
    return translate("Retention", text)


@dataclass(frozen=True)
class RetentionCounts:
    """How many records the retention changes (or changed)."""

    people: int = 0
    visit_notes: int = 0
    referral_reasons: int = 0
    event_notes: int = 0

    @property
    def total(self) -> int:
        return self.people + self.visit_notes + self.referral_reasons + self.event_notes


def retention_cutoff(session: Session, now: datetime | None = None) -> datetime:
    months = int(get_setting(session, "retention_months"))
    return months_before(now or utcnow(), months)


PLANNED = AppointmentStatus.PLANNED.value


def _inactive_people(cutoff: datetime):  # type: ignore[no-untyped-def]
    """People not anonymised yet whose last contact is older than the cutoff."""
    recent_visit = exists().where(
        and_(Visit.person_id == Person.id, col(Visit.occurred_at) >= cutoff)
    )
    recent_referral = exists().where(
        and_(Referral.person_id == Person.id, col(Referral.created_at) >= cutoff)
    )
    # a booking made since the cutoff, or one still to come, is a contact too
    recent_appointment = exists().where(
        and_(
            Appointment.person_id == Person.id,
            or_(col(Appointment.created_at) >= cutoff, Appointment.status == PLANNED),
        )
    )
    return and_(
        col(Person.anonymised_at).is_(None),
        col(Person.last_activity_at) < cutoff,
        ~recent_visit,
        ~recent_referral,
        ~recent_appointment,
    )


def _old_visit_notes(cutoff: datetime):  # type: ignore[no-untyped-def]
    return and_(col(Visit.occurred_at) < cutoff, Visit.note != "")


def _old_referral_reasons(cutoff: datetime):  # type: ignore[no-untyped-def]
    return and_(col(Referral.created_at) < cutoff, Referral.reason != "")


def _old_event_notes(cutoff: datetime):  # type: ignore[no-untyped-def]
    return and_(col(ReferralEvent.occurred_at) < cutoff, ReferralEvent.note != "")


def _count(session: Session, model, condition) -> int:  # type: ignore[no-untyped-def]
    return int(session.exec(select(func.count()).select_from(model).where(condition)).one())


def _counts(session: Session, cutoff: datetime) -> RetentionCounts:
    return RetentionCounts(
        people=_count(session, Person, _inactive_people(cutoff)),
        visit_notes=_count(session, Visit, _old_visit_notes(cutoff)),
        referral_reasons=_count(session, Referral, _old_referral_reasons(cutoff)),
        event_notes=_count(session, ReferralEvent, _old_event_notes(cutoff)),
    )


def preview_retention(
    session: Session, actor: Actor, now: datetime | None = None
) -> RetentionCounts:
    """How many records the next run would change (nothing is changed)."""
    require(actor, Permission.MANAGE_PRIVACY)
    return _counts(session, retention_cutoff(session, now))


def anonymise_person_row(session: Session, person: Person, now: datetime) -> None:
    """Remove what identifies a person; keep what statistics need. Also used by erasure."""
    person.first_name = ""
    person.last_name = ""
    person.phone = ""
    person.email = ""
    person.search_text = ""
    person.privacy_notice_given_on = None
    person.anonymised_at = now
    person.updated_at = now
    session.add(person)
    session.execute(
        update(Visit).where(col(Visit.person_id) == person.id).values(note="", updated_at=now)
    )
    session.execute(update(Referral).where(col(Referral.person_id) == person.id).values(reason=""))
    referral_ids = select(Referral.id).where(col(Referral.person_id) == person.id)
    session.execute(
        update(ReferralEvent)
        .where(col(ReferralEvent.referral_id).in_(referral_ids))
        .values(note="")
    )
    remove_search_row(session, person)


def remove_search_row(session: Session, person: Person) -> None:
    session.execute(text("DELETE FROM person_search WHERE person_id = :id"), {"id": person.id.hex})


def _apply(session: Session, actor: Actor | None, now: datetime) -> RetentionCounts:
    cutoff = retention_cutoff(session, now)
    counts = _counts(session, cutoff)
    people = list(session.exec(select(Person).where(_inactive_people(cutoff))))
    for person in people:
        anonymise_person_row(session, person, now)
        audit.record(session, actor, AuditAction.PERSON_ANONYMISED, "person", person.id)
    session.execute(update(Visit).where(_old_visit_notes(cutoff)).values(note="", updated_at=now))
    session.execute(update(Referral).where(_old_referral_reasons(cutoff)).values(reason=""))
    session.execute(update(ReferralEvent).where(_old_event_notes(cutoff)).values(note=""))
    audit.record(session, actor, AuditAction.RETENTION_RUN, "retention", str(counts.total))
    return counts


def run_retention(session: Session, actor: Actor, now: datetime | None = None) -> RetentionCounts:
    """A coordinator applies the retention now; returns what was changed."""
    require(actor, Permission.MANAGE_PRIVACY)
    return _apply(session, actor, now or utcnow())


def run_daily_retention(engine: Engine, now: datetime | None = None) -> RetentionCounts:
    """The daily job (no agent): retention, then the purge of old audit entries.

    Runs at most once per Paris day; the day of the last run is kept in a setting.
    """
    from app.clock import local_today
    from app.db import write_session
    from app.services.settings import put_setting

    now = now or utcnow()
    today = local_today(now).isoformat()
    with write_session(engine) as session:
        if get_setting(session, "retention_last_run_on") == today:
            return RetentionCounts()
        counts = RetentionCounts()
        if _counts(session, retention_cutoff(session, now)).total:
            counts = _apply(session, None, now)
        audit.purge_old_entries(session, int(get_setting(session, "audit_retention_months")), now)
        put_setting(session, "retention_last_run_on", today)
        return counts


RETENTION_MONTHS_RANGE = (3, 24)  # CNIL: at most two years after the last contact
AUDIT_MONTHS_RANGE = (6, 12)  # access logs are kept 6 to 12 months
LOCK_MINUTES_RANGE = (1, 60)


def _in_range(value: int, bounds: tuple[int, int], message: str) -> int:
    if not isinstance(value, int) or not bounds[0] <= value <= bounds[1]:
        raise UserError(message.replace("%1", str(bounds[0])).replace("%2", str(bounds[1])))
    return value


def set_privacy_durations(
    session: Session, actor: Actor, retention_months: int, audit_months: int, lock_minutes: int
) -> None:
    """A coordinator sets how long files and the log are kept, and the idle lock delay."""
    require(actor, Permission.MANAGE_SETTINGS)
    require(actor, Permission.MANAGE_PRIVACY)
    values = {
        "retention_months": _in_range(
            retention_months,
            RETENTION_MONTHS_RANGE,
            _tr("Person files are kept between %1 and %2 months."),
        ),
        "audit_retention_months": _in_range(
            audit_months, AUDIT_MONTHS_RANGE, _tr("The log is kept between %1 and %2 months.")
        ),
        "lock_after_minutes": _in_range(
            lock_minutes, LOCK_MINUTES_RANGE, _tr("The desk locks after %1 to %2 minutes.")
        ),
    }
    for key, value in values.items():
        if get_setting(session, key) != value:
            change_setting(session, actor, key, value)


def purge_audit(session: Session, actor: Actor, now: datetime | None = None) -> int:
    """A coordinator removes audit entries older than the `audit_retention_months` setting."""
    require(actor, Permission.VIEW_AUDIT)
    return audit.purge_old_entries(
        session, int(get_setting(session, "audit_retention_months")), now
    )
