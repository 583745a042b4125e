"""Verified backups of the database, their rotation, and restoring one.

A backup is made with SQLite's backup API into a new file, fsynced, then checked with
`PRAGMA integrity_check`; an encrypted backup is decrypted back and compared before it counts.
Files are named `aiguillage-YYYYMMDD-HHMMSS.sqlite` (or `.sqlite.enc`), local time, so that a
folder listing is a history. Rotation keeps 7 daily, 4 weekly and 12 monthly backups.
"""

import contextlib
import hashlib
import os
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app import backup_crypto
from app.clock import LOCAL_TZ, to_local, utcnow
from app.errors import UserError
from app.i18n import translate
from app.permissions import Actor, Permission, require

PREFIX = "aiguillage-"
PLAIN_SUFFIX = ".sqlite"
ENCRYPTED_SUFFIX = ".sqlite.enc"
NAME_PATTERN = re.compile(r"^aiguillage-(\d{8})-(\d{6})(?:-(\d+))?\.sqlite(\.enc)?$")
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
COUNTED_TABLES = ("person", "visit", "referral")
PASSPHRASE_ENV = "AIGUILLAGE_BACKUP_PASSPHRASE"


class BackupError(UserError):
    """A backup or a restore could not be done; the message says why in plain words."""


def _tr(text: str) -> str:
    return translate("Backup", text)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime  # aware, local time of the name
    size: int
    encrypted: bool
    people: int | None = None
    visits: int | None = None
    referrals: int | None = None


@dataclass(frozen=True)
class BackupResult:
    backup: BackupInfo
    warnings: tuple[str, ...] = ()
    second_copy: Path | None = None


# --- small file helpers ----------------------------------------------------------------------


def _fsync_path(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not possible on every system (Windows)
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _os_message(error: OSError) -> str:
    return error.strerror or str(error)


# --- checking a database file ----------------------------------------------------------------


def integrity_problems(path: Path, quick: bool = False) -> list[str]:
    """What SQLite's integrity check reports for the file ([] when it is sound)."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [row[0] for row in connection.execute(f"PRAGMA {pragma}")]
        finally:
            connection.close()
    except sqlite3.Error as error:
        return [str(error)]
    return [] if rows == ["ok"] else rows or ["no answer"]


def _counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            table: int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in COUNTED_TABLES
        }
    finally:
        connection.close()


def _check_database_copy(path: Path) -> dict[str, int]:
    """Integrity check and counts of a plain database file, or BackupError."""
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise BackupError(_tr("This file is not an Aiguillage backup."))
    problems = integrity_problems(path)
    if problems:
        raise BackupError(_tr("This backup is damaged: it cannot be used."))
    try:
        counts = _counts(path)
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise BackupError(_tr("This file is not an Aiguillage backup.")) from error
    return counts


# --- names and listing -----------------------------------------------------------------------


def _made_at_from_name(name: str) -> datetime | None:
    match = NAME_PATTERN.match(name)
    if not match:
        return None
    try:
        naive = datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S")
    except ValueError:
        return None
    return naive.replace(tzinfo=LOCAL_TZ)


def _new_name(folder: Path, moment: datetime, encrypted: bool) -> Path:
    stamp = to_local(moment).strftime("%Y%m%d-%H%M%S")
    suffix = ENCRYPTED_SUFFIX if encrypted else PLAIN_SUFFIX
    candidate = folder / f"{PREFIX}{stamp}{suffix}"
    number = 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{PREFIX}{stamp}-{number}{suffix}"
    return candidate


def describe_backup(path: Path) -> BackupInfo:
    """Date, size and counts of one backup file (counts None if they cannot be read)."""
    made_at = _made_at_from_name(path.name)
    if made_at is None:
        made_at = datetime.fromtimestamp(path.stat().st_mtime, LOCAL_TZ)
    encrypted = backup_crypto.is_encrypted(path)
    counts: dict[str, int] = {}
    try:
        if encrypted:
            meta = backup_crypto.header_meta(path)
            counts = {k: int(meta[k]) for k in COUNTED_TABLES if isinstance(meta.get(k), int)}
        else:
            counts = _counts(path)
    except (sqlite3.Error, backup_crypto.DecryptionFailed, OSError, ValueError):
        counts = {}
    return BackupInfo(
        path=path,
        made_at=made_at,
        size=path.stat().st_size,
        encrypted=encrypted,
        people=counts.get("person"),
        visits=counts.get("visit"),
        referrals=counts.get("referral"),
    )


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups found in a folder, newest first (an absent folder has none)."""
    try:
        names = [p for p in folder.iterdir() if NAME_PATTERN.match(p.name) and p.is_file()]
    except OSError:
        return []
    infos = []
    for path in names:
        try:
            infos.append(describe_backup(path))
        except OSError:
            continue
    return sorted(infos, key=lambda info: (info.made_at, info.path.name), reverse=True)


def latest_good_backup(folder: Path) -> BackupInfo | None:
    """The newest plain backup that passes the integrity check (for start-up recovery)."""
    for info in list_backups(folder):
        if info.encrypted:
            continue
        if not integrity_problems(info.path):
            return info
    return None


def made_today(folder: Path, now: datetime | None = None) -> bool:
    today = to_local(now or utcnow()).date()
    return any(info.made_at.date() == today for info in list_backups(folder))


# --- making a backup -------------------------------------------------------------------------


def _snapshot(db_path: Path, target: Path) -> None:
    """Copy the live database with SQLite's backup API into `target` (a new file), fsynced."""
    source = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
            destination.execute("PRAGMA journal_mode=DELETE")
        finally:
            destination.close()
    finally:
        source.close()
    _fsync_path(target)


def _checked_snapshot(db_path: Path, target: Path, thorough: bool = True) -> dict[str, int]:
    """Snapshot the database into `target` (fsynced), check what was written, and return its
    counts; BackupError if the database cannot be read or is damaged.

    `thorough` runs `PRAGMA integrity_check`; otherwise the much quicker `quick_check` (pages
    and records, not index contents). Any backup gets the full check before it is restored.
    """
    try:
        _snapshot(db_path, target)
    except sqlite3.Error as error:
        raise BackupError(
            _tr("The database could not be read to back it up (%1).").replace("%1", str(error))
        ) from error
    if integrity_problems(target, quick=not thorough):
        raise BackupError(
            _tr("The database is damaged: the backup was not made. Restore a backup.")
        )
    return _counts(target)


def _write_encrypted(snapshot: Path, target: Path, passphrase: str, meta: dict) -> None:
    """Encrypt a checked snapshot into `target`, then decrypt it back to verify it."""
    with target.open("wb") as handle:
        backup_crypto.encrypt_file(snapshot, handle, passphrase, meta)
        handle.flush()
        os.fsync(handle.fileno())
    _verify_encrypted(target, passphrase, _sha256(snapshot))


def _verify_encrypted(path: Path, passphrase: str, expected_sha: str) -> None:
    with tempfile.TemporaryDirectory(prefix="aiguillage-check-") as scratch:
        plain = Path(scratch) / "check.sqlite"
        with plain.open("wb") as handle:
            backup_crypto.decrypt_file(path, handle, passphrase)
        if _sha256(plain) != expected_sha:
            raise BackupError(_tr("The backup could not be verified after writing it."))


def create_backup(
    db_path: Path,
    folder: Path,
    *,
    passphrase: str | None = None,
    second_folder: Path | None = None,
    now: datetime | None = None,
    actor: Actor | None = None,
    thorough: bool = True,
) -> BackupResult:
    """Back up the database into `folder` (and a copy into `second_folder` if given).

    The copy is checked with `PRAGMA integrity_check`, or only `quick_check` when `thorough`
    is False (the backup on closing, so that nobody waits long for the window to go).

    `actor` is the agent asking from the window (checked: coordinators only); the automatic
    backups and the command line pass None. A problem with the second folder is returned as a
    warning, never raised: the main backup is already safe.
    """
    if actor is not None:
        require(actor, Permission.MANAGE_BACKUPS)
    now = now or utcnow()
    if not db_path.exists():
        raise BackupError(
            _tr("There is no database to back up at “%1”.").replace("%1", str(db_path))
        )
    target = _new_name(folder, now, encrypted=bool(passphrase))
    partial = target.with_name(target.name + ".partial")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if passphrase:
            with tempfile.TemporaryDirectory(prefix=".aiguillage-", dir=folder) as scratch:
                snapshot = Path(scratch) / "snapshot.sqlite"
                counts = _checked_snapshot(db_path, snapshot, thorough)
                meta = dict(counts, made_at=now.isoformat())
                _write_encrypted(snapshot, partial, passphrase, meta)
        else:
            # the check runs on the very file written (after fsync), then it is renamed
            _checked_snapshot(db_path, partial, thorough)
        os.replace(partial, target)
        _fsync_dir(folder)
    except OSError as error:
        raise BackupError(
            _tr("The backup could not be written in “%1”: %2.")
            .replace("%1", str(folder))
            .replace("%2", _os_message(error))
        ) from error
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    info = describe_backup(target)
    if actor is not None:
        _record_audit(db_path, actor, "backup", target.name)
    warnings: list[str] = []
    copy = None
    if second_folder is not None and str(second_folder).strip():
        try:
            copy = copy_to_second_folder(target, Path(second_folder))
        except BackupError as error:
            warnings.append(error.message)
    return BackupResult(backup=info, warnings=tuple(warnings), second_copy=copy)


def copy_to_second_folder(backup: Path, folder: Path) -> Path:
    """Copy a backup to a USB stick or a network folder, and read it back to check it."""
    if not folder.is_dir():
        raise BackupError(
            _tr("The second backup folder “%1” is not reachable (USB stick unplugged?).").replace(
                "%1", str(folder)
            )
        )
    target = folder / backup.name
    partial = folder / (backup.name + ".partial")
    try:
        shutil.copyfile(backup, partial)
        _fsync_path(partial)
        # USB sticks lie about syncs: read back what was written.
        if _sha256(partial) != _sha256(backup):
            raise BackupError(
                _tr("The copy in “%1” is not identical to the backup.").replace("%1", str(folder))
            )
        os.replace(partial, target)
        _fsync_dir(folder)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise BackupError(
            _tr("The copy in the second backup folder “%1” failed: %2.")
            .replace("%1", str(folder))
            .replace("%2", _os_message(error))
        ) from error
    return target


# --- rotation --------------------------------------------------------------------------------


def backups_to_keep(moments: list[datetime]) -> set[datetime]:
    """The newest backup of each of the last 7 days, 4 ISO weeks and 12 months that have one."""
    newest_first = sorted(moments, reverse=True)
    keep: set[datetime] = set()

    def period_rule(period_of, count: int) -> None:  # type: ignore[no-untyped-def]
        seen: list[object] = []
        for moment in newest_first:
            period = period_of(to_local(moment).date())
            if period in seen:
                continue
            if len(seen) == count:
                break
            seen.append(period)
            keep.add(moment)

    period_rule(lambda day: day, KEEP_DAILY)
    period_rule(lambda day: day.isocalendar()[:2], KEEP_WEEKLY)
    period_rule(lambda day: (day.year, day.month), KEEP_MONTHLY)
    return keep


def rotate_backups(folder: Path) -> list[Path]:
    """Delete the backups that the 7 daily / 4 weekly / 12 monthly rule does not keep."""
    infos = list_backups(folder)
    keep = backups_to_keep([info.made_at for info in infos])
    removed = []
    kept_moments: set[datetime] = set()
    for info in infos:  # newest first: of two backups with the same second, keep one
        if info.made_at in keep and info.made_at not in kept_moments:
            kept_moments.add(info.made_at)
            continue
        try:
            info.path.unlink()
            removed.append(info.path)
        except OSError:
            continue
    return removed


# --- reading and restoring -------------------------------------------------------------------


def _plain_copy_of(backup: Path, passphrase: str | None, scratch: Path) -> Path:
    """A plain database file from a backup (decrypted if needed), or BackupError."""
    try:
        if backup_crypto.is_encrypted(backup):
            if not passphrase:
                raise BackupError(_tr("This backup is encrypted: please type its passphrase."))
            plain = scratch / "restore.sqlite"
            with plain.open("wb") as handle:
                backup_crypto.decrypt_file(backup, handle, passphrase)
            return plain
        if not backup.is_file():
            raise BackupError(
                _tr("The backup file “%1” cannot be found.").replace("%1", str(backup))
            )
        return backup
    except backup_crypto.DecryptionFailed as error:
        raise BackupError(
            _tr("Wrong passphrase, or the backup is damaged: it cannot be opened.")
        ) from error
    except OSError as error:
        raise BackupError(
            _tr("The backup file “%1” cannot be read: %2.")
            .replace("%1", str(backup))
            .replace("%2", _os_message(error))
        ) from error


def check_backup(backup: Path, passphrase: str | None = None) -> BackupInfo:
    """Open a backup (decrypting it if needed) and run the integrity check; BackupError if bad."""
    with tempfile.TemporaryDirectory(prefix="aiguillage-check-") as scratch:
        plain = _plain_copy_of(backup, passphrase, Path(scratch))
        try:
            counts = _check_database_copy(plain)
        except OSError as error:
            raise BackupError(_tr("This file is not an Aiguillage backup.")) from error
    info = describe_backup(backup)
    return BackupInfo(
        path=info.path,
        made_at=info.made_at,
        size=info.size,
        encrypted=info.encrypted,
        people=counts["person"],
        visits=counts["visit"],
        referrals=counts["referral"],
    )


def _put_current_aside(db_path: Path, now: datetime) -> Path | None:
    """Keep the current database (even a damaged one) next to it before replacing it."""
    if not db_path.exists():
        return None
    stamp = to_local(now).strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.stem}.avant-restauration-{stamp}{db_path.suffix}")
    try:
        _snapshot(db_path, aside)
    except sqlite3.Error:
        with contextlib.suppress(OSError):
            aside.unlink()
        shutil.copyfile(db_path, aside)  # damaged: keep its bytes as they are
        for extra in ("-wal", "-shm"):
            side = Path(str(db_path) + extra)
            if side.exists():
                shutil.copyfile(side, Path(str(aside) + extra))
        _fsync_path(aside)
    return aside


def restore_backup(
    db_path: Path,
    backup: Path,
    *,
    passphrase: str | None = None,
    now: datetime | None = None,
    actor: Actor | None = None,
) -> Path | None:
    """Replace the database by a checked backup; returns where the old database was put aside.

    Every engine on `db_path` must be disposed of before, and recreated after. `actor` is the
    agent asking from the window (coordinators only); the command line passes None.
    """
    if actor is not None:
        require(actor, Permission.MANAGE_BACKUPS)
    now = now or utcnow()
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".aiguillage-", dir=db_path.parent) as scratch:
            plain = _plain_copy_of(backup, passphrase, Path(scratch))
            _check_database_copy(plain)
            incoming = Path(scratch) / "incoming.sqlite"
            shutil.copyfile(plain, incoming)
            _fsync_path(incoming)
            aside = _put_current_aside(db_path, now)
            for extra in ("-wal", "-shm", "-journal"):
                with contextlib.suppress(FileNotFoundError):
                    Path(str(db_path) + extra).unlink()
            os.replace(incoming, db_path)
            _fsync_dir(db_path.parent)
    except OSError as error:
        raise BackupError(
            _tr("The backup could not be restored: %1.").replace("%1", _os_message(error))
        ) from error
    _record_audit(db_path, actor, "restore", backup.name)
    return aside


def _record_audit(db_path: Path, actor: Actor | None, action: str, file_name: str) -> None:
    """Write a backup or a restore in the audit of the database (the file name, no data)."""
    from app.db import make_engine, write_session
    from app.services import audit
    from models.enums import AuditAction

    engine = make_engine(db_path)
    try:
        with write_session(engine) as session:
            audit.record(session, actor, AuditAction(action), "backup", file_name[:40])
    finally:
        engine.dispose()
