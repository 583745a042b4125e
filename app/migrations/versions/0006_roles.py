"""Which login wrote each audit entry: on a shared server, entries are written by the server
function `partage.aiguillage_audit`, which stamps the desk's own login (session_user); a
single desk's file and older entries have none ("").

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_entry", recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column("desk_login", sa.String(length=63), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("audit_entry") as batch_op:
        batch_op.drop_column("desk_login")
