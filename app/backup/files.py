"""Backup files: their names, where they are listed, and checking a database file.

Files are named `aiguillage-YYYYMMDD-HHMMSS.sqlite` (or `.sqlite.enc`), local time, so that a
folder listing is a history; a shared database's backups are `pg_dump` archives named the same
way with `.dump` (or `.dump.enc`), their counts written beside them (`.dump.json`) or in the
encrypted header. Every backup has its SHA-256 beside it (`.sha256`, as `sha256sum` writes it),
checked before a backup is checked or restored. Making one is app.backup.snapshot
(app.backup.server_backup for a shared database); encrypting, .encryption; which to keep,
.rotation; putting one back, .restore (.server_restore).
"""

import contextlib
import hashlib
import json
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.backup import encryption
from app.clock import LOCAL_TZ, to_local, utcnow
from app.errors import UserError
from app.i18n import translate
from app.permissions import Actor

PREFIX = "aiguillage-"


PLAIN_SUFFIX = ".sqlite"


ENCRYPTED_SUFFIX = ".sqlite.enc"


DUMP_SUFFIX = ".dump"  # a shared database's backup: pg_dump's custom format


NAME_PATTERN = re.compile(r"^aiguillage-(\d{8})-(\d{6})(?:-(\d+))?\.(?:sqlite|dump)(\.enc)?$")


COUNTS_SUFFIX = ".json"  # beside a plain dump: its counts, for the list


COUNTED_TABLES = ("person", "visit", "referral")


CHECKSUM_SUFFIX = ".sha256"  # beside every backup: the SHA-256 of the whole file (sha256sum)


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


def _made_at_from_name(name: str) -> datetime | None:
    match = NAME_PATTERN.match(name)
    if not match:
        return None
    try:
        naive = datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S")
    except ValueError:
        return None
    return naive.replace(tzinfo=LOCAL_TZ)


def _new_name(folder: Path, moment: datetime, encrypted: bool, base: str = PLAIN_SUFFIX) -> Path:
    stamp = to_local(moment).strftime("%Y%m%d-%H%M%S")
    suffix = base + ".enc" if encrypted else base
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
    encrypted = encryption.is_encrypted(path)
    counts: dict[str, int] = {}
    try:
        if encrypted:
            meta = encryption.header_meta(path)
        elif is_dump_name(path):
            meta = json.loads(counts_file(path).read_text(encoding="utf-8"))
        else:
            meta = _counts(path)
        counts = {k: int(meta[k]) for k in COUNTED_TABLES if isinstance(meta.get(k), int)}
    except (sqlite3.Error, encryption.DecryptionFailed, OSError, ValueError, AttributeError):
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


def is_dump_name(path: Path) -> bool:
    """A shared database's backup, by its name (`.dump` or `.dump.enc`)."""
    return path.name.endswith((DUMP_SUFFIX, DUMP_SUFFIX + ".enc"))


def counts_file(backup: Path) -> Path:
    """Where a plain dump's counts are written: beside it."""
    return backup.with_name(backup.name + COUNTS_SUFFIX)


def checksum_file(backup: Path) -> Path:
    """Where a backup's checksum is written: beside it, as `sha256sum` writes it."""
    return backup.with_name(backup.name + CHECKSUM_SUFFIX)


def write_checksum(written: Path, backup: Path) -> Path:
    """The checksum of `written` (the backup before it takes its name `backup`), beside the
    backup, 0600; returns its path."""
    from app.private_files import write_private

    path = checksum_file(backup)
    write_private(path, f"{_sha256(written)}  {backup.name}\n")
    return path


def verify_checksum(backup: Path) -> None:
    """BackupError when the backup's bytes are no longer those it was made with (one byte
    edited or damaged, even inside a part that would still restore). A backup made before
    checksums were written has none: it is checked by its contents only."""
    path = checksum_file(backup)
    try:
        kept = path.read_text(encoding="ascii").split()[0].lower()
    except FileNotFoundError:
        return
    except (OSError, ValueError, IndexError) as error:
        raise BackupError(
            _tr("The checksum of this backup cannot be read: it is not used.")
        ) from error
    try:
        found = _sha256(backup)
    except OSError as error:
        raise BackupError(
            _tr("The backup file “%1” cannot be read: %2.")
            .replace("%1", str(backup))
            .replace("%2", _os_message(error))
        ) from error
    if found != kept:
        raise BackupError(
            _tr(
                "This backup was changed or damaged since it was made (its checksum differs): "
                "it is not used. Take another backup."
            )
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
        if info.encrypted or is_dump_name(info.path):
            continue
        if not integrity_problems(info.path):
            return info
    return None


def made_today(folder: Path, now: datetime | None = None) -> bool:
    today = to_local(now or utcnow()).date()
    return any(info.made_at.date() == today for info in list_backups(folder))


def _record_audit(db_path, actor: Actor | None, action: str, file_name: str) -> None:  # type: ignore[no-untyped-def]
    """Write a backup or a restore in the audit of the database (a file path or a server
    address): the file name, no data."""
    from app.db import make_engine, write_session
    from app.services import audit
    from models.enums import AuditAction

    engine = make_engine(db_path)
    try:
        with write_session(engine) as session:
            audit.record(session, actor, AuditAction(action), "backup", file_name[:40])
    finally:
        engine.dispose()
