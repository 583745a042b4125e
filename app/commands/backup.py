"""Command line: `backup`, `restore` and `check` of a database, without the window.

A desk's file is copied with SQLite's backup API; a shared database (`--db postgresql://…`, or
the one this PC hosts as the main PC) is backed up with `pg_dump` and verified by a restore
into a scratch database on its server."""

import argparse
import getpass
import os
import sys
from pathlib import Path

from app.commands.common import add_db_argument, db_path_from, db_target_from
from app.errors import UserError
from app.i18n import translate


def _tr(text: str) -> str:
    return translate("BackupCli", text)


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser("backup", help=_tr("make a verified backup of the database"))
    add_db_argument(backup)
    backup.add_argument("--to", type=Path, metavar="DIR", help=_tr("folder for the backup"))
    backup.add_argument(
        "--encrypt",
        action="store_true",
        help=_tr("encrypt with a passphrase (asked, or AIGUILLAGE_BACKUP_PASSPHRASE)"),
    )
    backup.set_defaults(handler=run_backup)

    restore = subparsers.add_parser("restore", help=_tr("replace the database by a backup"))
    add_db_argument(restore)
    restore.add_argument("--from", dest="source", type=Path, required=True, metavar="FILE")
    restore.set_defaults(handler=run_restore)

    check = subparsers.add_parser("check", help=_tr("check a database or a backup file"))
    add_db_argument(check)
    check.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar="FILE",
        help=_tr(
            "backup file to check; a shared database's backup is restored into a scratch "
            "database on the --db server (default: this PC's shared server, else a temporary one)"
        ),
    )
    check.set_defaults(handler=run_check)


def _passphrase(confirm: bool) -> str:
    from app.backup.snapshot import PASSPHRASE_ENV

    value = os.environ.get(PASSPHRASE_ENV, "")
    if value:
        return value
    if not sys.stdin.isatty():
        raise UserError(_tr("Please give the passphrase in AIGUILLAGE_BACKUP_PASSPHRASE."))
    value = getpass.getpass(_tr("Passphrase: "))
    if confirm and getpass.getpass(_tr("Passphrase again: ")) != value:
        raise UserError(_tr("The two passphrases are different."))
    if not value:
        raise UserError(_tr("The passphrase is empty."))
    return value


def _counts_line(info) -> str:  # type: ignore[no-untyped-def]
    from app.backup.contents_words import contents_words

    return contents_words(info.people, info.visits, info.referrals)


def _server_address(args: argparse.Namespace, target):  # type: ignore[no-untyped-def]
    """Where to back up or restore a shared database from this PC: the main PC's own server
    on the loopback, or the address typed with --db; any other desk is told to use the main PC."""
    from app.backup.main_pc import hosted_server_address

    hosted = hosted_server_address(target.url)
    if hosted is not None:
        return hosted
    if getattr(args, "db", None):
        return target.url
    return db_path_from(args)  # says that the main PC keeps the backups


def run_backup(args: argparse.Namespace) -> int:
    from app.backup.snapshot import create_backup
    from app.config import backups_dir
    from app.db import check_sqlite_file

    target = db_target_from(args)
    if target.is_server:
        return _backup_server(args, target)
    db_path = db_path_from(args)
    check_sqlite_file(db_path)
    folder = args.to or backups_dir(db_path)
    passphrase = _passphrase(confirm=True) if args.encrypt else None
    result = create_backup(db_path, folder, passphrase=passphrase)
    print(_tr("Backup made and checked: %1").replace("%1", str(result.backup.path)))
    print(_counts_line(result.backup))
    return 0


def _backup_server(args: argparse.Namespace, target) -> int:  # type: ignore[no-untyped-def]
    from app.backup.main_pc import shared_backups_dir
    from app.backup.server_backup import create_server_backup

    address = _server_address(args, target)
    folder = args.to or shared_backups_dir()
    passphrase = _passphrase(confirm=True) if args.encrypt else None
    result = create_server_backup(address, folder, passphrase=passphrase)
    print(
        _tr("Backup made and verified by a restore into a scratch database: %1").replace(
            "%1", str(result.backup.path)
        )
    )
    print(_counts_line(result.backup))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from app.backup import encryption
    from app.backup.restore import restore_backup

    target = db_target_from(args)
    if target.is_server:
        return _restore_server(args, target)
    db_path = db_path_from(args)
    passphrase = _passphrase(confirm=False) if encryption.is_encrypted(args.source) else None
    aside = restore_backup(db_path, args.source, passphrase=passphrase)
    print(_tr("Backup restored into %1.").replace("%1", str(db_path)))
    if aside is not None:
        print(_tr("The previous database was kept as %1.").replace("%1", str(aside)))
    return 0


def _restore_server(args: argparse.Namespace, target) -> int:  # type: ignore[no-untyped-def]
    from types import SimpleNamespace

    from app.backup import encryption
    from app.backup.main_pc import shared_backups_dir
    from app.backup.server_restore import restore_server_backup

    address = _server_address(args, target)
    passphrase = _passphrase(confirm=False) if encryption.is_encrypted(args.source) else None
    result = restore_server_backup(
        address, args.source, shared_backups_dir(), passphrase=passphrase
    )
    print(_tr("Backup restored into %1.").replace("%1", target.describe()))
    counts = result.counts
    print(_counts_line(SimpleNamespace(
        people=counts.get("person"), visits=counts.get("visit"), referrals=counts.get("referral")
    )))  # fmt: skip
    if result.aside is not None:
        print(_tr("The previous data was kept as %1.").replace("%1", str(result.aside)))
    for warning in result.warnings:
        print(warning, file=sys.stderr)
    return 0


def _is_shared_backup(path: Path) -> bool:
    from app.backup.files import is_dump_name
    from app.backup.server_dump import kind_of

    return is_dump_name(path) or kind_of(path) == "dump"


def _checking_server(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Where a shared database's backup is restored to be checked: the --db server, else the
    server this PC hosts as the main PC, else None (a temporary server on this PC)."""
    from app.backup.main_pc import backup_address, hosted_server_address
    from app.db.target import as_target
    from app.sharing.desk_config import saved_url

    given = as_target(args.db) if getattr(args, "db", None) else None
    if given is not None and given.is_server:
        return backup_address(given.url)
    try:
        return hosted_server_address(saved_url())
    except (OSError, ValueError):  # this PC's desk record cannot be read: not the main PC
        return None


def _check_shared_backup(args: argparse.Namespace, path: Path) -> int:
    """Restore a shared database's backup into a scratch database and say what it holds."""
    from app.backup import encryption
    from app.backup.server_restore import check_server_backup

    address = _checking_server(args)
    passphrase = _passphrase(confirm=False) if encryption.is_encrypted(path) else None
    info, where = check_server_backup(path, passphrase, address)
    print(_tr("%1 is sound.").replace("%1", str(path)))
    print(_counts_line(info))
    print(_tr("Checked by restoring it into a scratch database on %1.").replace("%1", where))
    return 0


def run_check(args: argparse.Namespace) -> int:
    from app.backup import encryption
    from app.backup.restore import check_backup

    if args.file is not None:
        if not args.file.is_file():
            raise UserError(_tr("There is no file at “%1”.").replace("%1", str(args.file)))
        if _is_shared_backup(args.file):
            return _check_shared_backup(args, args.file)
        passphrase = _passphrase(confirm=False) if encryption.is_encrypted(args.file) else None
        info = check_backup(args.file, passphrase)
        print(_tr("%1 is sound.").replace("%1", str(args.file)))
        print(_counts_line(info))
        return 0
    target = db_target_from(args)
    if target.is_server:
        return _check_server(target)
    path = db_path_from(args)
    if path.is_file() and _is_shared_backup(path):
        return _check_shared_backup(args, path)
    if not path.is_file():
        raise UserError(_tr("There is no file at “%1”.").replace("%1", str(path)))
    passphrase = _passphrase(confirm=False) if encryption.is_encrypted(path) else None
    info = check_backup(path, passphrase)
    print(_tr("%1 is sound.").replace("%1", str(path)))
    print(_counts_line(info))
    return 0


def _check_server(target) -> int:  # type: ignore[no-untyped-def]
    """A shared database: the server answers, its schema is the newest, and what it holds."""
    from types import SimpleNamespace

    from sqlalchemy import func, select

    from app.db import open_database, read_session
    from app.migrate import current_revision, head_revision
    from models import Person, Referral, Visit

    engine = open_database(target, migrate=False)
    try:
        if current_revision(engine) != head_revision():
            raise UserError(
                _tr("%1 answers, but its schema is not the newest: open it once with the app.")
                .replace("%1", target.describe())
            )
        counted = {"people": Person, "visits": Visit, "referrals": Referral}
        with read_session(engine) as session:
            info = SimpleNamespace(
                **{
                    name: session.execute(select(func.count()).select_from(model)).scalar_one()
                    for name, model in counted.items()
                }
            )
    finally:
        engine.dispose()
    print(_tr("%1 is sound.").replace("%1", target.describe()))
    print(_counts_line(info))
    return 0
