"""Edit counters on what two desks may change at once: person, referral, service,
organization and setting get a `version` (1 for every existing row), which each save checks
and raises, so a desk never overwrites another's change without knowing.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("person", "referral", "service", "organization", "setting")


def upgrade() -> None:
    # SQLite adds a column with a constant default in place: no copy of the table, so the
    # foreign keys pointing at it stay as they are
    for table in TABLES:
        with op.batch_alter_table(table, recreate="never") as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1"))
            )


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("version")
