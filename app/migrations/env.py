"""Alembic environment: runs on the connection handed over by app.migrate."""

from alembic import context
from sqlmodel import SQLModel

import models

models.load_all()
target_metadata = SQLModel.metadata
connection = context.config.attributes.get("connection")

if connection is None:
    raise RuntimeError("Migrations run through app.migrate.upgrade_to_head().")

context.configure(
    connection=connection,
    target_metadata=target_metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
