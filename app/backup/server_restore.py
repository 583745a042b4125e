"""Reading a shared database's backup back: checking it (restored into a scratch database), and
restoring it in place of the database in one go.

A restore cannot leave a half-restored database: the backup is restored into a new database
(one transaction), checked, brought to the newest schema with the desks' rights, and given the
current list of desks and join codes (they belong to the PCs that joined, not to the data);
then the desks' connections are closed and two renames, in one transaction, put it in place of
the current database, which is kept aside under another name. That one is then written to a
file (`avant-restauration-….dump`) and dropped; if the file cannot be written, it stays on the
server and the result says so. The desks' next request reconnects, to the restored data.
"""

from __future__ import annotations

import contextlib
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import URL

from app.backup.files import (
    BackupError,
    BackupInfo,
    _record_audit,
    counts_file,
    describe_backup,
)
from app.backup.restore import _plain_copy_of
from app.backup.server_access import (
    MAINTENANCE_DATABASE,
    ServerAccess,
    counted,
    create_database,
    drop_database,
    new_database_name,
    require_backup_login,
    server_refusal,
    table_counts,
)
from app.backup.server_dump import (
    SHARING_SCHEMA,
    dump_with_counts,
    require_dump,
    restore_into,
    restored_counts,
    schema_revision,
)
from app.clock import to_local, utcnow
from app.i18n import translate
from app.logs import log
from app.permissions import Actor, Permission, require
from app.private_files import private_folder

SWAP_TRIES = 5


def _tr(text: str) -> str:
    return translate("Backup", text)


@dataclass(frozen=True)
class ServerRestore:
    """What a restore did: the counts now in the database, where the previous data went."""

    counts: dict[str, int]  # people, visits, referrals (by table name)
    tables: dict[str, int]  # every table
    aside: Path | None  # the previous data as a file (None: there was no database before)
    warnings: tuple[str, ...] = ()


def _plain_dump(backup: Path, passphrase: str | None, scratch: Path) -> Path:
    plain = _plain_copy_of(backup, passphrase, scratch)
    require_dump(plain)
    return plain


# --- checking ----------------------------------------------------------------------------------
def check_server_backup(
    backup: Path, passphrase: str | None = None, address: URL | str | None = None
) -> tuple[BackupInfo, str]:
    """Restore a shared database's backup into a scratch database and check it: on the server
    at `address`, else on a temporary server started on this PC. Returns the backup's
    description with the counts found, and where it was checked (said to the person)."""
    with tempfile.TemporaryDirectory(prefix="aiguillage-check-") as scratch:
        dump = _plain_dump(backup, passphrase, Path(scratch))
        if address is not None:
            access = ServerAccess.of(address)
            require_backup_login(access)  # a desk's login is told which one may
            found = restored_counts(access, dump)
            where = access.describe()
        else:
            from app.backup.scratch_server import temporary_server

            with temporary_server() as url:
                found = restored_counts(ServerAccess.of(url), dump)
            where = _tr("a temporary server on this PC")
    recorded = _recorded_tables(backup, passphrase)
    if recorded and recorded != found:
        raise BackupError(
            _tr("This backup does not hold the rows counted when it was made: it is damaged.")
        )
    info = describe_backup(backup)
    shown = counted(found)
    checked = BackupInfo(
        path=info.path, made_at=info.made_at, size=info.size, encrypted=info.encrypted,
        people=shown.get("person"), visits=shown.get("visit"), referrals=shown.get("referral"),
    )  # fmt: skip
    return checked, where


def _recorded_tables(backup: Path, passphrase: str | None) -> dict[str, int]:
    """The per-table counts written when the backup was made (beside it, or in its header)."""
    import json

    from app.backup import encryption

    try:
        if encryption.is_encrypted(backup):
            meta = encryption.header_meta(backup)
        else:
            meta = json.loads(counts_file(backup).read_text(encoding="utf-8"))
        tables = meta.get("tables")
    except (OSError, ValueError, AttributeError, encryption.DecryptionFailed):
        return {}
    if not isinstance(tables, dict):
        return {}
    return {str(k): int(v) for k, v in tables.items() if isinstance(v, int)}


# --- restoring ---------------------------------------------------------------------------------
def restore_server_backup(
    address: URL | str,
    backup: Path,
    aside_folder: Path,
    *,
    passphrase: str | None = None,
    now: datetime | None = None,
    actor: Actor | None = None,
) -> ServerRestore:
    """Replace the shared database's content by a checked backup, in one go; the previous data
    is put aside as a `pg_dump` file in `aside_folder`.

    The desks connected to it are disconnected; their next request reconnects, to the
    restored data. `actor` is the agent asking from the window (coordinators only); the
    command line passes None.
    """
    if actor is not None:
        require(actor, Permission.MANAGE_BACKUPS)
    now = now or utcnow()
    access = ServerAccess.of(address)
    require_backup_login(access)
    try:
        private_folder(aside_folder)
    except OSError as error:
        raise BackupError(
            _tr("The backup could not be written in “%1”.").replace("%1", str(aside_folder))
        ) from error
    existed = _database_exists(access)
    incoming_name = new_database_name(access.database, "restauration")
    previous_name = new_database_name(access.database, "avant_restauration")
    with tempfile.TemporaryDirectory(prefix=".aiguillage-", dir=aside_folder) as scratch:
        dump = _plain_dump(backup, passphrase, Path(scratch))
        incoming = create_database(access, incoming_name)
        in_place = False
        try:
            restore_into(incoming, dump, without_sharing=True)
            schema_revision(incoming)
            if existed:
                _carry_desks(access, incoming, Path(scratch) / "postes.dump")
            _bring_up_to_date(incoming)
            with incoming.connect() as connection:
                tables = table_counts(connection)
            _swap(access, incoming_name, previous_name if existed else None)
            in_place = True
        finally:
            if not in_place:
                with contextlib.suppress(Exception):
                    drop_database(access, incoming_name)
    aside, warnings = None, []
    if existed:
        aside, warning = _write_previous_aside(access, previous_name, aside_folder, now)
        warnings += [warning] if warning else []
    _record_audit(access.address(), actor, "restore", backup.name)
    return ServerRestore(counted(tables), tables, aside, tuple(warnings))


def _database_exists(access: ServerAccess) -> bool:
    with access.on(MAINTENANCE_DATABASE).connect(autocommit=True) as connection:
        found = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", (access.database,)
        ).fetchone()
    return found is not None


def _carry_desks(access: ServerAccess, incoming: ServerAccess, file: Path) -> None:
    """The current desks, their rights and join codes into the restored database (when the
    database is shared), with their owners and grants as they are."""
    with access.connect(autocommit=True) as connection:
        shared = connection.execute(
            "SELECT 1 FROM pg_namespace WHERE nspname = %s", (SHARING_SCHEMA,)
        ).fetchone()
    if not shared:
        return
    dump_with_counts(access, file, SHARING_SCHEMA)
    incoming.run("pg_restore", "--exit-on-error", "--single-transaction", str(file))


def _bring_up_to_date(incoming: ServerAccess) -> None:
    """The newest schema (an older backup is migrated) and each kind of desk's rights."""
    from app.db import open_database

    engine = open_database(incoming.address())
    engine.dispose()


def _swap(access: ServerAccess, incoming: str, previous: str | None) -> None:
    """Put `incoming` in place of the database in one transaction; the current one becomes
    `previous` (None: there is none). No new connection gets in meanwhile, and the open ones
    are closed (their desks reconnect)."""
    import psycopg
    from psycopg import sql

    live = access.database
    name = sql.Identifier
    with access.on(MAINTENANCE_DATABASE).connect(autocommit=True) as connection:
        try:
            if previous is None:
                connection.execute(
                    sql.SQL("ALTER DATABASE {} RENAME TO {}").format(name(incoming), name(live))
                )
                return
            connection.execute(
                sql.SQL("ALTER DATABASE {} WITH ALLOW_CONNECTIONS false").format(name(live))
            )
        except psycopg.Error as error:
            raise server_refusal(error) from error
        try:
            for attempt in range(SWAP_TRIES):
                connection.execute(
                    "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity "
                    "WHERE datname = %s AND pid <> pg_backend_pid()",
                    (live,),
                )
                try:
                    with connection.transaction():
                        connection.execute(
                            sql.SQL("ALTER DATABASE {} RENAME TO {}").format(
                                name(live), name(previous)
                            )
                        )
                        connection.execute(
                            sql.SQL("ALTER DATABASE {} RENAME TO {}").format(
                                name(incoming), name(live)
                            )
                        )
                    break
                except psycopg.errors.ObjectInUse:
                    time.sleep(0.2 * (attempt + 1))
            else:
                raise BackupError(
                    _tr(
                        "Another program keeps the shared database open: nothing was replaced. "
                        "Close it, then try again."
                    )
                )
        except BaseException:
            with contextlib.suppress(psycopg.Error):
                connection.execute(
                    sql.SQL("ALTER DATABASE {} WITH ALLOW_CONNECTIONS true").format(name(live))
                )
            raise
        connection.execute(
            sql.SQL("ALTER DATABASE {} WITH ALLOW_CONNECTIONS true").format(name(previous))
        )


def _write_previous_aside(
    access: ServerAccess, previous: str, folder: Path, now: datetime
) -> tuple[Path | None, str | None]:
    """The previous data, now under another name, as a file; then its database is dropped.
    If the file cannot be written, the database stays on the server (a warning says which)."""
    stamp = to_local(now).strftime("%Y%m%d-%H%M%S")
    target = folder / f"avant-restauration-{stamp}.dump"
    number = 1
    while target.exists():
        number += 1
        target = folder / f"avant-restauration-{stamp}-{number}.dump"
    try:
        dump_with_counts(access.on(previous), target)
    except (BackupError, OSError) as error:
        target.unlink(missing_ok=True)
        detail = getattr(error, "message", "") or str(getattr(error, "strerror", "") or "")
        log.warning("previous data kept on the server as a database")
        return None, (
            _tr(
                "The previous data could not be written to a file (%1). It is kept on the "
                "server as the database “%2”."
            )
            .replace("%1", detail)
            .replace("%2", previous)
        )
    try:
        drop_database(access, previous)
    except Exception as error:  # noqa: BLE001 — the file holds it; dropping can wait
        log.warning("previous database left on the server: %s", type(error).__name__)
    return target, None
