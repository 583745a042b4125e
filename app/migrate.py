"""Alembic migrations, run at start-up; the database is copied aside before any migration.

Alembic itself is imported only when a migration is due: at an ordinary start the revision
stored in the database is compared with the newest one read from the version files.
"""

import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError, ProgrammingError

if TYPE_CHECKING:
    from collections.abc import Callable

    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(?:['\"]([^'\"]+)['\"]|None)", re.MULTILINE)


def alembic_config() -> "Config":
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def quick_head_revision() -> str | None:
    """The newest revision, read from the version files without loading Alembic
    (None if they cannot be read plainly: then Alembic decides)."""
    revisions, parents = set(), set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        revision = _REVISION.search(source)
        if revision is None:
            continue
        revisions.add(revision.group(1))
        down = _DOWN.search(source)
        if down is not None and down.group(1):
            parents.add(down.group(1))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def known_revision(revision: str) -> bool:
    """Whether this version of the app knows the schema `revision` (False: a newer app made
    it)."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except (OperationalError, ProgrammingError):
            return None


def upgrade_to_head(
    engine: Engine, copy_aside: "Callable[[str], object] | None" = None
) -> None:
    """Bring the database to the newest schema, in one transaction; first, `copy_aside(label)`
    puts a copy of it aside (the engine's own way) when a migration is due."""
    current = current_revision(engine)
    if current is not None and current == (quick_head_revision() or head_revision()):
        return
    if current == head_revision():
        return
    if current is not None and not known_revision(current):
        from app.errors import DatabaseError
        from app.i18n import translate

        raise DatabaseError(
            translate(
                "Database",
                "This database was updated by a newer version of Aiguillage: "
                "update Aiguillage on this PC.",
            )
        )
    if copy_aside is not None:
        copy_aside(f"avant-migration-{current or 'initiale'}")
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
