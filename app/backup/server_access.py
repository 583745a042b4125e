"""Reaching a shared database's server for its backups: connections and the client programs
(pg_dump, pg_restore), the row counts of every table, scratch databases, and what the server
or the programs refuse, in French.

The password travels in the child program's environment (PGPASSWORD), never on its command
line, and is never written in a message or the log. An address that pins the server's
certificate (`?certificate=…`) is checked first, then libpq checks the connection against it.
"""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.engine import URL

from app.backup.files import BackupError
from app.db import postgres
from app.db.target import as_target
from app.errors import UserError
from app.i18n import translate
from app.logs import log, scrub
from app.private_files import private_output


def _tr(text: str) -> str:
    return translate("Backup", text)


CLIENT_TIMEOUT_S = 6 * 3600  # a very large database on a slow disk, never a hung program
MAINTENANCE_DATABASE = "postgres"


@dataclass(frozen=True)
class ServerAccess:
    """A database on a server: `url` (driver `postgresql`, password included, no pinned
    certificate parameter) and the pinned certificate's file, if any."""

    url: URL
    root_certificate: Path | None = None
    pinned: str | None = None

    @classmethod
    def of(cls, address: URL | str) -> ServerAccess:
        url = as_target(address).url
        if url is None:
            raise BackupError(_tr("This is not the address of a shared database."))
        pinned = url.query.get(postgres.PIN_PARAMETER)
        if isinstance(pinned, tuple):
            pinned = pinned[0]
        certificate = None
        if pinned:
            certificate = _pinned_certificate(url, str(pinned))
            url = url.difference_update_query([postgres.PIN_PARAMETER])
        return cls(url.set(drivername="postgresql"), certificate, str(pinned) if pinned else None)

    @property
    def database(self) -> str:
        return str(self.url.database or "")

    def on(self, database: str) -> ServerAccess:
        """The same server and login, another database."""
        return replace(self, url=self.url.set(database=database))

    def describe(self) -> str:
        return as_target(self.url).describe()

    def address(self) -> URL:
        """The address the app's own engines take (the certificate pinned again, if it was)."""
        url = self.url.set(drivername="postgresql+psycopg")
        if self.pinned:
            url = url.update_query_dict({postgres.PIN_PARAMETER: self.pinned})
        return url

    def _tls(self) -> dict[str, str]:
        if self.root_certificate is None:
            return {}
        return {"sslmode": "verify-ca", "sslrootcert": str(self.root_certificate)}

    def connect(self, *, autocommit: bool = False):  # type: ignore[no-untyped-def]
        """A psycopg connection of its own (no pool, no statement timeout)."""
        import psycopg

        try:
            return psycopg.connect(
                host=self.url.host or "localhost",
                port=int(self.url.port or 5432),
                user=self.url.username,
                password=self.url.password,
                dbname=self.database,
                connect_timeout=postgres.CONNECT_TIMEOUT_S,
                application_name="aiguillage-sauvegarde",
                autocommit=autocommit,
                **self._tls(),
            )
        except psycopg.Error as error:
            raise server_refusal(error) from error

    def run(self, program: str, *args: str, writing_to: Path | None = None) -> None:
        """Run pg_dump or pg_restore on this database; BackupError (French) if it fails.

        `writing_to` is the folder the program writes in: a full disk there is said so."""
        try:
            executable = postgres.client_program(program)
        except FileNotFoundError as error:
            raise BackupError(
                _tr(
                    "The program “%1”, which backs up the shared database, cannot be found. "
                    "Install Aiguillage again."
                ).replace("%1", program)
            ) from error
        environment = postgres.client_environment(self.url)
        if self.root_certificate is not None:
            environment["PGSSLMODE"] = "verify-ca"
            environment["PGSSLROOTCERT"] = str(self.root_certificate)
        command = [str(executable), *args, "--dbname", postgres.libpq_address(self.url)]
        try:
            subprocess.run(
                command, check=True, capture_output=True, text=True, env=environment,
                timeout=CLIENT_TIMEOUT_S, **private_output(),  # what it writes: 0600
            )  # fmt: skip
        except subprocess.CalledProcessError as error:
            raise client_failure(program, error.stderr or "", writing_to) from error
        except (subprocess.TimeoutExpired, OSError) as error:
            log.warning("%s could not run: %s", program, type(error).__name__)
            raise client_failure(program, "", writing_to) from error


_MAY_BACK_UP = """
SELECT r.rolsuper OR coalesce(pg_has_role(d.datdba, 'MEMBER'), r.rolcreatedb)
FROM pg_roles r LEFT JOIN pg_database d ON d.datname = %s
WHERE r.rolname = current_user
"""


def require_backup_login(access: ServerAccess) -> None:
    """BackupError (French) unless this login may read and replace the whole database: the
    server's owner login, or the database's owner on an organisation's own server (for a
    database still to make, a login that may create one). A desk's login may not (a till reads
    no personal column, no desk reads the desks' list)."""
    import psycopg

    try:  # the database itself: a desk's login reaches no other database of the server
        connection = access.connect()
    except UserError:  # a database still to make: asked on the maintenance database
        connection = access.on(MAINTENANCE_DATABASE).connect()
    with connection:
        try:
            row = connection.execute(_MAY_BACK_UP, (access.database,)).fetchone()
        except psycopg.Error as error:
            raise server_refusal(error) from error
    if not row or not row[0]:
        raise BackupError(login_needed(str(access.url.username or "")))


def login_needed(login: str) -> str:
    return _tr(
        "The login “%1” is a desk's: it may not back up or restore the whole database. Only the "
        "server's owner login may, and only on the main PC: make the backup there "
        "(“aiguillage backup”, without --db)."
    ).replace("%1", login)


def _pinned_certificate(url: URL, pinned: str) -> Path:
    from app.config import data_dir
    from app.db.pg_tls import check_pinned

    try:
        return check_pinned(
            url.host or "localhost", int(url.port or 5432), pinned, data_dir() / "certificats"
        )
    except OSError as error:
        raise BackupError(_unreachable()) from error


def _unreachable() -> str:
    return _tr(
        "The database server cannot be reached. Check that the main PC is on and connected to "
        "the network."
    )


def server_refusal(error: Exception) -> UserError:
    """A psycopg error said in French, the way the desks say it."""
    from sqlalchemy import exc as sa_exc

    wrapped = sa_exc.OperationalError(None, None, error)
    message = postgres.translate_error(wrapped, opening=True)
    if message is not None:
        return message
    code = getattr(error, "sqlstate", None)
    log.warning("backup: the server refused (%s)", code)
    if code == "42501":
        return BackupError(_not_allowed())
    return BackupError(
        _tr("The database server refused the backup work (code %1).").replace(
            "%1", str(code or "?")
        )
    )


def _not_allowed() -> str:
    return _tr(
        "This login may not read, create or replace the whole database: make the backups of "
        "the shared database on the main PC."
    )


def client_failure(program: str, stderr: str, writing_to: Path | None) -> BackupError:
    """What pg_dump or pg_restore said, in a French sentence; the detail goes to the log."""
    detail = stderr.lower()
    log.warning("%s failed: %s", program, scrub(stderr.strip().replace("\n", " | ")))
    if "no space left" in detail or "disk full" in detail:
        if writing_to is not None:
            return BackupError(
                _tr("The folder “%1” is full: free some space, then try again.").replace(
                    "%1", str(writing_to)
                )
            )
        return BackupError(
            _tr("The server's disk is full: nothing was replaced. Free some space on the main PC.")
        )
    if "password authentication failed" in detail or "no password supplied" in detail:
        return BackupError(_tr("The database server refused the login of this address."))
    if "connection to server" in detail or "could not connect" in detail:
        return BackupError(_unreachable())
    if "permission denied" in detail or "must be owner" in detail:
        return BackupError(_not_allowed())
    if program == "pg_restore":
        return BackupError(_tr("This backup is damaged: it cannot be used."))
    if writing_to is not None and "could not" in detail and ("write" in detail or "open" in detail):
        return BackupError(
            _tr("The backup could not be written in “%1”.").replace("%1", str(writing_to))
        )
    return BackupError(
        _tr("The shared database could not be backed up (%1 stopped with an error).").replace(
            "%1", program
        )
    )


# --- what the database holds -------------------------------------------------------------------
_TABLES = """
SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND n.nspname <> 'information_schema'
  AND n.nspname NOT LIKE 'pg\\_%'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1, 2
"""


def table_counts(connection) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Rows of every table of the database, as `schema.table` → count, seen by the
    connection's current transaction (its snapshot, under REPEATABLE READ)."""
    from psycopg import sql

    counts: dict[str, int] = {}
    for schema, table in connection.execute(_TABLES).fetchall():
        query = sql.SQL("SELECT count(*) FROM {}.{}").format(
            sql.Identifier(schema), sql.Identifier(table)
        )
        counts[f"{schema}.{table}"] = int(connection.execute(query).fetchone()[0])
    return counts


def counted(counts: dict[str, int]) -> dict[str, int]:
    """The counts the list shows (people, visits, referrals), by their table names."""
    return {
        table: counts[f"public.{table}"]
        for table in ("person", "visit", "referral")
        if f"public.{table}" in counts
    }


# --- scratch and new databases -----------------------------------------------------------------
def new_database_name(base: str, purpose: str) -> str:
    suffix = f"_{purpose}_{uuid.uuid4().hex[:8]}"
    return base[: 63 - len(suffix)] + suffix


def create_database(access: ServerAccess, name: str) -> ServerAccess:
    """A new, empty database on the same server, owned by this login."""
    import psycopg
    from psycopg import sql

    with access.on(MAINTENANCE_DATABASE).connect(autocommit=True) as connection:
        try:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            # no desk login reaches a copy (the rights come with the shared database's grants)
            connection.execute(
                sql.SQL("REVOKE CONNECT, TEMPORARY ON DATABASE {} FROM PUBLIC").format(
                    sql.Identifier(name)
                )
            )
        except psycopg.Error as error:
            raise server_refusal(error) from error
    return access.on(name)


def drop_database(access: ServerAccess, name: str) -> None:
    """Drop a database of ours (a scratch one, or one put aside), whoever is on it."""
    from psycopg import sql

    with access.on(MAINTENANCE_DATABASE).connect(autocommit=True) as connection:
        connection.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


@contextmanager
def scratch_database(access: ServerAccess, purpose: str = "verif") -> Iterator[ServerAccess]:
    """A throw-away database beside `access`'s, dropped afterwards whatever happens."""
    name = new_database_name(access.database or "aiguillage", purpose)
    scratch = create_database(access, name)
    try:
        yield scratch
    finally:
        try:
            drop_database(access, name)
        except Exception as error:  # noqa: BLE001 — the check's own answer matters more
            log.warning("scratch database left on the server: %s", type(error).__name__)
