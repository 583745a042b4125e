"""The weekly national directory: a service keeps a note of this place's own (never touched by
an import), and how it looked at its last import (a fingerprint, until now a setting holding
one entry per service, which the whole country's 140,000 services would make a 10 MB value read
at each import).

Revision ID: 0005
Revises: 0004_appointments
Create Date: 2026-12-07
"""

import hashlib
import json
import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004_appointments"
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
    stored = connection.execute(sa.select(setting.c.value).where(setting.c.key == SETTING)).scalar()
    if isinstance(stored, str):
        stored = json.loads(stored)
    if not isinstance(stored, dict) or not stored:
        return
    service = sa.Table("service", sa.MetaData(), autoload_with=connection)
    rows = []
    for row in connection.execute(sa.select(service)).mappings():
        kept = stored.get(str(uuid.UUID(str(row["id"]))))
        if kept is None:
            continue
        values = {name: _comparable(row[name]) for name in row.keys() if name not in _NOT_COMPARED}
        # the setting's fingerprints counted the edit counter too: one still matching the
        # service is written again without it, so the service stays « not edited here »
        if _hash({**values, "version": row["version"]}) == kept:
            rows.append({"sid": row["id"], "fp": _hash(values)})
    if rows:
        connection.execute(
            service.update()
            .where(service.c.id == sa.bindparam("sid"))
            .values(import_fingerprint=sa.bindparam("fp")),
            rows,
        )


_NOT_COMPARED = {
    "id",
    "organization_id",
    "source",
    "external_id",
    "active",
    "created_at",
    "updated_at",
    "version",
    "local_note",
    "import_fingerprint",
}


def _comparable(value: Any) -> Any:
    """As app/services/imported_services.py compares values, frozen here."""
    if value in (None, "", []):
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, list | tuple):
        return [str(item) for item in value]
    return value


def _hash(values: dict[str, Any]) -> str:
    text = json.dumps(values, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def downgrade() -> None:
    with op.batch_alter_table("service") as batch_op:
        batch_op.drop_column("import_fingerprint")
        batch_op.drop_column("local_note")
