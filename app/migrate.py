"""Alembic migrations, run at start-up; the database file is copied aside before any migration."""

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from app.clock import to_local, utcnow

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type='table'"
        ).scalar()
    return bool(rows)


def copy_aside(path: Path, label: str) -> Path:
    """Copy the database with SQLite's backup API next to it; returns the copy's path."""
    stamp = to_local(utcnow()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix or '.sqlite'}")
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target


def upgrade_to_head(engine: Engine, path: Path | None = None) -> None:
    """Bring the database to the newest schema; copy it aside first if it holds data."""
    current = current_revision(engine)
    if current == head_revision():
        return
    if path is not None and path.exists() and _has_tables(engine):
        copy_aside(path, f"avant-migration-{current or 'initiale'}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
