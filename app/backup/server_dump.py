"""A shared database's data as a `pg_dump` archive (custom format) and back: the dump taken in
the very snapshot its row counts were read in, the archive restored into a database, and the
check that it is a sound backup of Aiguillage.

The counts are read in a REPEATABLE READ transaction whose snapshot pg_dump then uses
(`pg_export_snapshot` / `--snapshot`): they describe exactly what the archive holds, even while
the desks keep writing.
"""

from __future__ import annotations

from pathlib import Path

from app.backup.files import BackupError, _fsync_path
from app.backup.server_access import (
    ServerAccess,
    scratch_database,
    server_refusal,
    table_counts,
)
from app.i18n import translate
from app.migrate import known_revision


def _tr(text: str) -> str:
    return translate("Backup", text)


DUMP_MAGIC = b"PGDMP"
SQLITE_MAGIC = b"SQLite format 3\x00"
SHARING_SCHEMA = "partage"  # the desks of the place and their join codes (app.db.pg_roles)


def dump_with_counts(access: ServerAccess, target: Path, *only: str) -> dict[str, int]:
    """pg_dump the database into `target` (a new file, fsynced) and return the row counts of
    every table in the same snapshot. `only` limits the dump to those schemas."""
    import psycopg

    with access.connect(autocommit=True) as connection:
        try:
            connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            snapshot = connection.execute("SELECT pg_export_snapshot()").fetchone()[0]
            counts = table_counts(connection)
        except psycopg.Error as error:
            raise server_refusal(error) from error
        arguments = ["--format=custom", f"--snapshot={snapshot}", "--file", str(target)]
        for schema in only:
            arguments += ["--schema", schema]
        access.run("pg_dump", *arguments, writing_to=target.parent)
        connection.execute("COMMIT")
    _fsync_path(target)
    return counts


def kind_of(path: Path) -> str:
    """« dump », « sqlite » or « other », from the first bytes of a plain file."""
    try:
        with path.open("rb") as handle:
            start = handle.read(len(SQLITE_MAGIC))
    except OSError:
        return "other"
    if start.startswith(DUMP_MAGIC):
        return "dump"
    return "sqlite" if start == SQLITE_MAGIC else "other"


def require_dump(path: Path) -> None:
    """BackupError unless the plain file is a pg_dump archive (a desk's file is said so)."""
    kind = kind_of(path)
    if kind == "sqlite":
        raise BackupError(
            _tr(
                "This is a backup of a single desk's file, not of the shared database: restore "
                "it on that desk."
            )
        )
    if kind != "dump":
        raise BackupError(_tr("This file is not an Aiguillage backup."))


def restore_into(access: ServerAccess, dump: Path, *, without_sharing: bool = False) -> None:
    """Restore the archive into `access`'s (empty) database in one transaction: all of it or
    nothing. Owners and rights are those of this login; `without_sharing` leaves the desks'
    list and join codes out (they belong to the server the desks joined, not to the data)."""
    _make_desk_roles(access)
    arguments = ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction"]
    if without_sharing:
        arguments += ["--exclude-schema", SHARING_SCHEMA]
    access.run("pg_restore", *arguments, str(dump))
    if without_sharing:  # pg_restore still makes the schema itself, empty
        with access.connect(autocommit=True) as connection:
            connection.execute(f"DROP SCHEMA IF EXISTS {SHARING_SCHEMA} CASCADE")


def _make_desk_roles(access: ServerAccess) -> None:
    """The roles of the kinds of desk (no login, no rights yet), which the archive of a shared
    database names in its row-security policies: a new server (a replacement main PC, the
    temporary server of a check) never had them."""
    import psycopg

    from app.db.pg_roles import KINDS, group_role

    with access.connect(autocommit=True) as connection:
        for kind in KINDS:
            role = group_role(kind)
            if connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone():
                continue
            try:
                connection.execute(f'CREATE ROLE "{role}" NOLOGIN')
            except psycopg.errors.DuplicateObject:
                pass  # made a moment ago by another restore


def schema_revision(access: ServerAccess) -> str:
    """The restored database's schema revision; BackupError if it is not Aiguillage's or is
    newer than this program knows."""
    import psycopg

    with access.connect() as connection:
        try:
            row = connection.execute("SELECT version_num FROM public.alembic_version").fetchone()
            for table in ("person", "visit", "referral"):
                connection.execute(f"SELECT 1 FROM public.{table} LIMIT 1")
        except psycopg.Error as error:
            raise BackupError(_tr("This file is not an Aiguillage backup.")) from error
    if row is None:
        raise BackupError(_tr("This file is not an Aiguillage backup."))
    if not known_revision(str(row[0])):
        raise BackupError(
            _tr("This backup was made by a newer version of Aiguillage: update this PC first.")
        )
    return str(row[0])


def restored_counts(access: ServerAccess, dump: Path) -> dict[str, int]:
    """Restore the archive into a scratch database beside `access`'s, check it is a backup
    of Aiguillage and return its counts; the scratch database is dropped afterwards."""
    with scratch_database(access) as scratch:
        restore_into(scratch, dump)
        schema_revision(scratch)
        with scratch.connect() as connection:
            return table_counts(connection)


def verify(access: ServerAccess, dump: Path, expected: dict[str, int]) -> None:
    """The archive restored elsewhere on the server holds, table by table, the counts read
    when it was made; BackupError otherwise."""
    found = restored_counts(access, dump)
    if found != expected:
        different = sorted(t for t in set(found) | set(expected) if found.get(t) != expected.get(t))
        from app.logs import log

        log.warning("backup verification: different counts in %s", ", ".join(different))
        raise BackupError(
            _tr("The backup could not be verified: the restored copy does not hold the same rows.")
        )
