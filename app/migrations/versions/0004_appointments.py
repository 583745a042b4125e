"""Appointments: motifs, agents' weekly opening slots and absences, the place's closures,
sessions (an agent's time, one person or a group) and bookings with their events.

Two held sessions of one agent never overlap, whatever desks book at the same instant: on
PostgreSQL an exclusion constraint (btree_gist, a tstzrange per session), on SQLite a trigger
that refuses the insert or change inside the writing transaction.

Revision ID: 0004_appointments
Revises: 0003
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_appointments"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NO_OVERLAP = "ex_appointment_session_agent_time"
# the word a refusal carries on SQLite (app.db.queries.is_overlap_refusal reads it)
OVERLAP_WORD = "appointment_session_overlap"
_OVERLAP_CHECK = """
    WHEN NEW.released_at IS NULL AND EXISTS (
        SELECT 1 FROM appointment_session AS other
        WHERE other.agent_id = NEW.agent_id AND other.id != NEW.id
          AND other.released_at IS NULL
          AND other.starts_at < NEW.ends_at AND NEW.starts_at < other.ends_at)
    BEGIN SELECT RAISE(ABORT, '{word}'); END
"""


# Where btree_gist is missing: a trigger that takes a lock per agent for the rest of the
# transaction, then looks for an overlapping held session; a second desk booking the same
# agent waits for the first's commit, then sees its session (each statement of the function
# reads what is committed) and is refused with the exclusion's own SQLSTATE.
OVERLAP_TRIGGER_SQL = (
    """
    CREATE OR REPLACE FUNCTION appointment_session_no_overlap() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF NEW.released_at IS NOT NULL THEN
            RETURN NEW;
        END IF;
        PERFORM pg_advisory_xact_lock(hashtextextended('appointment_session:'
                                                        || NEW.agent_id::text, 0));
        IF EXISTS (
            SELECT 1 FROM appointment_session AS other
            WHERE other.agent_id = NEW.agent_id AND other.id <> NEW.id
              AND other.released_at IS NULL
              AND other.starts_at < NEW.ends_at AND NEW.starts_at < other.ends_at
        ) THEN
            RAISE EXCEPTION 'appointment_session_overlap' USING ERRCODE = '23P01';
        END IF;
        RETURN NEW;
    END $$
    """,
    "DROP TRIGGER IF EXISTS appointment_session_no_overlap ON appointment_session",
    "CREATE TRIGGER appointment_session_no_overlap BEFORE INSERT OR UPDATE OF agent_id, "
    "starts_at, ends_at, released_at ON appointment_session "
    "FOR EACH ROW EXECUTE FUNCTION appointment_session_no_overlap()",
)


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}")
    )


def _created_at() -> sa.Column:
    return sa.Column("created_at", sa.DateTime(timezone=True), nullable=False)


def upgrade() -> None:
    op.create_table(
        "appointment_motif",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("is_group", sa.Boolean(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("instructions", sa.String(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        _created_at(),
        sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1")),
        _fk("appointment_motif", "site_id", "site"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment_motif")),
    )
    op.create_index(op.f("ix_appointment_motif_site_id"), "appointment_motif", ["site_id"])

    op.create_table(
        "opening_slot",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("agent_id", sa.Uuid(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=False),
        sa.Column("end_minute", sa.Integer(), nullable=False),
        sa.Column("motif_ids", sa.JSON(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        _created_at(),
        _fk("opening_slot", "agent_id", "agent"),
        _fk("opening_slot", "site_id", "site"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opening_slot")),
    )
    op.create_index(op.f("ix_opening_slot_agent_id"), "opening_slot", ["agent_id"])
    op.create_index(op.f("ix_opening_slot_site_id"), "opening_slot", ["site_id"])

    op.create_table(
        "agent_absence",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("agent_id", sa.Uuid(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        _created_at(),
        _fk("agent_absence", "agent_id", "agent"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agent_absence")),
    )
    op.create_index(op.f("ix_agent_absence_agent_id"), "agent_absence", ["agent_id"])

    op.create_table(
        "place_closure",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("message", sa.String(length=300), nullable=False),
        _created_at(),
        _fk("place_closure", "site_id", "site"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_place_closure")),
    )
    op.create_index(op.f("ix_place_closure_site_id"), "place_closure", ["site_id"])

    op.create_table(
        "appointment_session",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("agent_id", sa.Uuid(), nullable=False),
        sa.Column("motif_id", sa.Uuid(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("booked", sa.Integer(), nullable=False),
        sa.Column("released_at", sa.DateTime(timezone=True), nullable=True),
        _created_at(),
        sa.CheckConstraint(
            "booked >= 0 AND booked <= capacity", name=op.f("ck_appointment_session_seats")
        ),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_appointment_session_times")),
        _fk("appointment_session", "agent_id", "agent"),
        _fk("appointment_session", "motif_id", "appointment_motif"),
        _fk("appointment_session", "site_id", "site"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment_session")),
    )
    for column in ("agent_id", "motif_id", "site_id", "starts_at"):
        op.create_index(op.f(f"ix_appointment_session_{column}"), "appointment_session", [column])

    op.create_table(
        "appointment",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("booked_by_id", sa.Uuid(), nullable=True),
        sa.Column("visit_id", sa.Uuid(), nullable=True),
        _created_at(),
        sa.Column("status_changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1")),
        _fk("appointment", "booked_by_id", "agent"),
        _fk("appointment", "person_id", "person"),
        _fk("appointment", "session_id", "appointment_session"),
        _fk("appointment", "site_id", "site"),
        _fk("appointment", "visit_id", "visit"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment")),
    )
    for column in ("person_id", "session_id", "site_id"):
        op.create_index(op.f(f"ix_appointment_{column}"), "appointment", [column])

    op.create_table(
        "appointment_event",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("appointment_id", sa.Uuid(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("agent_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("previous_status", sa.String(length=20), nullable=False),
        sa.Column("previous_starts_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=True),
        _fk("appointment_event", "agent_id", "agent"),
        _fk("appointment_event", "appointment_id", "appointment"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment_event")),
    )
    op.create_index(
        op.f("ix_appointment_event_appointment_id"), "appointment_event", ["appointment_id"]
    )

    if op.get_bind().dialect.name == "postgresql":
        available = op.get_bind().exec_driver_sql(
            "SELECT 1 FROM pg_available_extensions WHERE name = 'btree_gist'"
        ).first()
        if available:
            op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
            op.execute(
                f"ALTER TABLE appointment_session ADD CONSTRAINT {NO_OVERLAP} EXCLUDE USING gist "
                "(agent_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&) "
                "WHERE (released_at IS NULL)"
            )
        else:  # a server without the contrib extensions (an organisation's own, say)
            for statement in OVERLAP_TRIGGER_SQL:
                op.execute(statement)
    else:
        check = _OVERLAP_CHECK.format(word=OVERLAP_WORD)
        op.execute(
            "CREATE TRIGGER appointment_session_no_overlap_insert "
            f"BEFORE INSERT ON appointment_session {check}"
        )
        op.execute(
            "CREATE TRIGGER appointment_session_no_overlap_update "
            "BEFORE UPDATE OF agent_id, starts_at, ends_at, released_at "
            f"ON appointment_session {check}"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS appointment_session_no_overlap ON appointment_session")
        op.execute("DROP FUNCTION IF EXISTS appointment_session_no_overlap()")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS appointment_session_no_overlap_insert")
        op.execute("DROP TRIGGER IF EXISTS appointment_session_no_overlap_update")
    for table in (
        "appointment_event",
        "appointment",
        "appointment_session",
        "place_closure",
        "agent_absence",
        "opening_slot",
        "appointment_motif",
    ):
        op.drop_table(table)
