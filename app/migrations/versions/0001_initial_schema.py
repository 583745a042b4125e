"""Initial schema: the whole domain model, and the person search index.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("agent_id", sa.Uuid(), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_action"), ["action"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_audit_entry_occurred_at"), ["occurred_at"], unique=False
        )

    op.create_table(
        "organization",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("siret", sa.String(length=14), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("postal_code", sa.String(length=10), nullable=False),
        sa.Column("commune", sa.String(length=120), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("website", sa.String(length=500), nullable=False),
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.Column("external_id", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organization")),
    )
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organization_name"), ["name"], unique=False)

    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "site",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("postal_code", sa.String(length=10), nullable=False),
        sa.Column("commune", sa.String(length=120), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("logo_png", sa.LargeBinary(), nullable=True),
        sa.Column("default_channel", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site")),
    )
    op.create_table(
        "agent",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("pin_hash", sa.String(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_agent_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agent")),
    )
    with op.batch_alter_table("agent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agent_site_id"), ["site_id"], unique=False)

    op.create_table(
        "person",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=True),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("postal_code", sa.String(length=10), nullable=False),
        sa.Column("commune", sa.String(length=120), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("preferred_language", sa.String(length=10), nullable=False),
        sa.Column("situation", sa.JSON(), nullable=False),
        sa.Column("privacy_notice_given_on", sa.Date(), nullable=True),
        sa.Column("search_text", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_activity_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("anonymised_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("merged_into_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["merged_into_id"], ["person.id"], name=op.f("fk_person_merged_into_id_person")
        ),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_person_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_last_activity_at"), ["last_activity_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_person_search_text"), ["search_text"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_site_id"), ["site_id"], unique=False)

    op.create_table(
        "service",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("organization_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("type", sa.String(length=60), nullable=False),
        sa.Column("themes", sa.JSON(), nullable=False),
        sa.Column("publics", sa.JSON(), nullable=False),
        sa.Column("publics_details", sa.String(), nullable=False),
        sa.Column("fees", sa.String(length=40), nullable=False),
        sa.Column("fees_details", sa.String(), nullable=False),
        sa.Column("access_conditions", sa.String(), nullable=False),
        sa.Column("documents_to_bring", sa.JSON(), nullable=False),
        sa.Column("modes_accueil", sa.JSON(), nullable=False),
        sa.Column("modes_mobilisation", sa.JSON(), nullable=False),
        sa.Column("mobilisation_details", sa.String(), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("postal_code", sa.String(length=10), nullable=False),
        sa.Column("commune", sa.String(length=120), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("website", sa.String(length=500), nullable=False),
        sa.Column("contact_name", sa.String(length=200), nullable=False),
        sa.Column("opening_hours", sa.String(length=1000), nullable=False),
        sa.Column("opening_hours_details", sa.String(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("wheelchair_access", sa.Boolean(), nullable=True),
        sa.Column("last_verified_on", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.Column("external_id", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_service_organization_id_organization"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service")),
    )
    with op.batch_alter_table("service", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_service_active"), ["active"], unique=False)
        batch_op.create_index(batch_op.f("ix_service_commune"), ["commune"], unique=False)
        batch_op.create_index(batch_op.f("ix_service_external_id"), ["external_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_service_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "till_button",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("label", sa.String(length=60), nullable=False),
        sa.Column("kind_code", sa.String(length=40), nullable=False),
        sa.Column("colour", sa.String(length=20), nullable=False),
        sa.Column("icon", sa.String(length=60), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_till_button_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_till_button")),
    )
    with op.batch_alter_table("till_button", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_till_button_site_id"), ["site_id"], unique=False)

    op.create_table(
        "service_closure",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("service_id", sa.Uuid(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("message", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["service_id"], ["service.id"], name=op.f("fk_service_closure_service_id_service")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_closure")),
    )
    with op.batch_alter_table("service_closure", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_service_closure_service_id"), ["service_id"], unique=False
        )

    op.create_table(
        "visit",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("agent_id", sa.Uuid(), nullable=True),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("channel", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("themes", sa.JSON(), nullable=False),
        sa.Column("outcome", sa.String(length=40), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("age_band", sa.String(length=20), nullable=False),
        sa.Column("gender", sa.String(length=20), nullable=False),
        sa.Column("commune", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["agent_id"], ["agent.id"], name=op.f("fk_visit_agent_id_agent")),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_visit_person_id_person")
        ),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_visit_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit")),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_occurred_at"), ["occurred_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_site_id"), ["site_id"], unique=False)

    op.create_table(
        "donation",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("agent_id", sa.Uuid(), nullable=True),
        sa.Column("visit_id", sa.Uuid(), nullable=True),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("category", sa.String(length=60), nullable=False),
        sa.Column("kg", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agent_id"], ["agent.id"], name=op.f("fk_donation_agent_id_agent")
        ),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_donation_site_id_site")),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_donation_visit_id_visit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_donation")),
    )
    with op.batch_alter_table("donation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_donation_occurred_at"), ["occurred_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_donation_site_id"), ["site_id"], unique=False)

    op.create_table(
        "referral",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("agent_id", sa.Uuid(), nullable=True),
        sa.Column("visit_id", sa.Uuid(), nullable=True),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("service_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("themes", sa.JSON(), nullable=False),
        sa.Column("reason", sa.String(length=600), nullable=False),
        sa.Column("channel", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("status_reason", sa.String(length=60), nullable=False),
        sa.Column("status_changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("sheet_printed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["agent_id"], ["agent.id"], name=op.f("fk_referral_agent_id_agent")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_referral_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["service_id"], ["service.id"], name=op.f("fk_referral_service_id_service")
        ),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_referral_site_id_site")),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_referral_visit_id_visit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral")),
    )
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referral_created_at"), ["created_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_referral_follow_up_on"), ["follow_up_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_referral_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_referral_service_id"), ["service_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_referral_site_id"), ["site_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_referral_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_referral_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "referral_event",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("referral_id", sa.Uuid(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("agent_id", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.String(length=60), nullable=False),
        sa.Column("note", sa.String(length=600), nullable=False),
        sa.ForeignKeyConstraint(
            ["agent_id"], ["agent.id"], name=op.f("fk_referral_event_agent_id_agent")
        ),
        sa.ForeignKeyConstraint(
            ["referral_id"], ["referral.id"], name=op.f("fk_referral_event_referral_id_referral")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_event")),
    )
    with op.batch_alter_table("referral_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_referral_event_referral_id"), ["referral_id"], unique=False
        )

    _create_person_search_index()


def _create_person_search_index() -> None:
    """Full-text index of people's names and phone digits (FTS5; a plain table if absent)."""
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        try:
            op.execute(
                "CREATE VIRTUAL TABLE person_search USING fts5("
                "person_id UNINDEXED, terms, "
                "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
            )
            return
        except Exception:  # SQLite built without FTS5: the search falls back to LIKE
            pass
    op.create_table(
        "person_search",
        sa.Column("person_id", sa.String(length=36), primary_key=True),
        sa.Column("terms", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("person_search")
    with op.batch_alter_table("referral_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_event_referral_id"))

    op.drop_table("referral_event")
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_visit_id"))
        batch_op.drop_index(batch_op.f("ix_referral_status"))
        batch_op.drop_index(batch_op.f("ix_referral_site_id"))
        batch_op.drop_index(batch_op.f("ix_referral_service_id"))
        batch_op.drop_index(batch_op.f("ix_referral_person_id"))
        batch_op.drop_index(batch_op.f("ix_referral_follow_up_on"))
        batch_op.drop_index(batch_op.f("ix_referral_created_at"))

    op.drop_table("referral")
    with op.batch_alter_table("donation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_donation_site_id"))
        batch_op.drop_index(batch_op.f("ix_donation_occurred_at"))

    op.drop_table("donation")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_site_id"))
        batch_op.drop_index(batch_op.f("ix_visit_person_id"))
        batch_op.drop_index(batch_op.f("ix_visit_occurred_at"))

    op.drop_table("visit")
    with op.batch_alter_table("service_closure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_closure_service_id"))

    op.drop_table("service_closure")
    with op.batch_alter_table("till_button", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_till_button_site_id"))

    op.drop_table("till_button")
    with op.batch_alter_table("service", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_organization_id"))
        batch_op.drop_index(batch_op.f("ix_service_external_id"))
        batch_op.drop_index(batch_op.f("ix_service_commune"))
        batch_op.drop_index(batch_op.f("ix_service_active"))

    op.drop_table("service")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_site_id"))
        batch_op.drop_index(batch_op.f("ix_person_search_text"))
        batch_op.drop_index(batch_op.f("ix_person_last_activity_at"))

    op.drop_table("person")
    with op.batch_alter_table("agent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agent_site_id"))

    op.drop_table("agent")
    op.drop_table("site")
    op.drop_table("setting")
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organization_name"))

    op.drop_table("organization")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_occurred_at"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_action"))

    op.drop_table("audit_entry")
