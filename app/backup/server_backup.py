"""Making a verified backup of a shared database: `pg_dump` (custom format) with the row
counts of every table read in the same snapshot, then the archive restored into a scratch
database on the same server and its counts compared table by table before it counts as a
backup; encrypted like a desk's backups if a passphrase is given, and copied to the second
folder."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import URL

from app.backup.files import (
    DUMP_SUFFIX,
    BackupError,
    _fsync_dir,
    _new_name,
    _record_audit,
    checksum_file,
    counts_file,
    describe_backup,
    write_checksum,
)
from app.backup.server_access import ServerAccess, counted, require_backup_login
from app.backup.server_dump import dump_with_counts, verify
from app.backup.snapshot import BackupResult, _write_encrypted, with_second_copy
from app.clock import utcnow
from app.i18n import translate
from app.permissions import Actor, Permission, require
from app.private_files import make_private, private_folder, write_private


def _tr(text: str) -> str:
    return translate("Backup", text)


def create_server_backup(
    address: URL | str,
    folder: Path,
    *,
    passphrase: str | None = None,
    second_folder: Path | None = None,
    now: datetime | None = None,
    actor: Actor | None = None,
) -> BackupResult:
    """Back up the shared database at `address` into `folder` (and a copy into
    `second_folder`). Nothing is left in the folder unless the backup was verified.

    `actor` is the agent asking from the window (coordinators only); the daily backup and the
    command line pass None. A second-folder problem is a warning, never raised.
    """
    if actor is not None:
        require(actor, Permission.MANAGE_BACKUPS)
    now = now or utcnow()
    access = ServerAccess.of(address)
    require_backup_login(access)
    target = _new_name(folder, now, encrypted=bool(passphrase), base=DUMP_SUFFIX)
    partial = target.with_name(target.name + ".partial")
    try:
        private_folder(folder)
        with tempfile.TemporaryDirectory(prefix=".aiguillage-", dir=folder) as scratch:
            dump = Path(scratch) / "base.dump"
            counts = dump_with_counts(access, dump)
            verify(access, dump, counts)
            meta = dict(counted(counts), made_at=now.isoformat(), tables=counts)
            if passphrase:
                _write_encrypted(dump, partial, passphrase, meta)
            else:
                _write_counts(counts_file(target), meta)
                os.replace(dump, partial)
        make_private(partial)
        write_checksum(partial, target)
        os.replace(partial, target)
        _fsync_dir(folder)
    except OSError as error:
        counts_file(target).unlink(missing_ok=True)
        checksum_file(target).unlink(missing_ok=True)
        raise BackupError(_folder_problem(folder, error)) from error
    except BackupError:
        counts_file(target).unlink(missing_ok=True)
        checksum_file(target).unlink(missing_ok=True)
        raise
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    info = describe_backup(target)
    if actor is not None:
        _record_audit(address, actor, "backup", target.name)
    companions = tuple(p for p in (counts_file(target), checksum_file(target)) if p.exists())
    if passphrase:  # the main PC's kit, encrypted like the backup, for a replacement main PC
        from app.backup.main_pc import write_main_pc_kit
        from app.db.target import as_target

        kit = write_main_pc_kit(as_target(address).url, folder, passphrase)
        companions += (kit,) if kit is not None else ()
    return with_second_copy(info, second_folder, companions)


def _write_counts(path: Path, meta: dict) -> None:
    write_private(path, json.dumps(meta, indent=1, sort_keys=True))


def _folder_problem(folder: Path, error: OSError) -> str:
    import errno

    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return _tr("The folder “%1” is full: free some space, then try again.").replace(
            "%1", str(folder)
        )
    return _tr("The backup could not be written in “%1”.").replace("%1", str(folder))
