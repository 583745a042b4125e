"""The weekly national directory: a service keeps a note of this place's own (never touched by
an import), and how it looked at its last import (a fingerprint, until now a setting holding
one entry per service, which the whole country's 140,000 services would make a 10 MB value read
at each import).

Revision ID: 0004_directory_national
Revises: 0003
Create Date: 2026-12-07
"""

import json
import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_directory_national"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SETTING = "directory_imports"


def upgrade() -> None:
    with op.batch_alter_table("service", recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column("local_note", sa.String(), nullable=False, server_default=sa.text("''"))
        )
        batch_op.add_column(
            sa.Column(
                "import_fingerprint",
                sa.String(length=40),
                nullable=False,
                server_default=sa.text("''"),
            )
        )
    connection = op.get_bind()
    setting = sa.table("setting", sa.column("key", sa.String), sa.column("value", sa.JSON))
    service = sa.table(
        "service", sa.column("id", sa.Uuid), sa.column("import_fingerprint", sa.String)
    )
    stored = connection.execute(sa.select(setting.c.value).where(setting.c.key == SETTING)).scalar()
    if isinstance(stored, str):
        stored = json.loads(stored)
    if isinstance(stored, dict) and stored:
        rows = []
        for key, value in stored.items():
            try:
                rows.append({"sid": uuid.UUID(str(key)), "fp": str(value)[:40]})
            except ValueError:
                continue
        if rows:
            connection.execute(
                service.update()
                .where(service.c.id == sa.bindparam("sid"))
                .values(import_fingerprint=sa.bindparam("fp")),
                rows,
            )


def downgrade() -> None:
    with op.batch_alter_table("service") as batch_op:
        batch_op.drop_column("import_fingerprint")
        batch_op.drop_column("local_note")
