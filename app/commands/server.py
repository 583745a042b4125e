"""Command line: `share` (what « Partager » does), `server init|start|stop|status` of the main
PC's shared server, and the desks that join it (`server add-desk|desks|revoke`), without the
window. On the main PC, the server's folder is the one it hosts (desk.json): no --dir needed."""

import argparse
from pathlib import Path

from app.i18n import translate


def _tr(text: str) -> str:
    return translate("ServerCli", text)


def register(subparsers: argparse._SubParsersAction) -> None:
    server = subparsers.add_parser(
        "server", help=_tr("the shared server of the main PC (several desks)")
    )
    actions = server.add_subparsers(dest="server_command", metavar=_tr("ACTION"), required=True)

    def with_dir(name: str, help_text: str, handler, *, required: bool = False  # type: ignore[no-untyped-def]
                 ) -> argparse.ArgumentParser:
        parser = actions.add_parser(name, help=help_text)
        parser.add_argument(
            "--dir", type=Path, required=required, default=None, metavar="DIR",
            help=_tr("the server's folder") if required else
            _tr("the server's folder (default: the one this main PC hosts)"))
        parser.set_defaults(handler=handler)
        return parser

    init = with_dir("init", _tr("set up a new shared server in an empty folder"), run_init,
                    required=True)
    init.add_argument("--port", type=int, default=5433, help=_tr("port the desks connect to"))
    init.add_argument(
        "--listen", action="append", metavar="ADDRESS",
        help=_tr("address to listen on (default: this PC's local network and the loopback)"),
    )
    with_dir("start", _tr("start the shared server"), run_start)
    with_dir("stop", _tr("stop the shared server"), run_stop)
    with_dir("status", _tr("say whether the shared server runs"), run_status)
    with_dir("front", _tr("run the server's TLS front in the foreground"), run_front)
    add = with_dir("add-desk", _tr("add a desk and print its one-time join code"), run_add_desk)
    add.add_argument("--kind", choices=("office", "reception", "till"), required=True)
    add.add_argument("--name", default="", help=_tr("a name for the desk"))
    with_dir("desks", _tr("list the desks"), run_desks)
    join = subparsers.add_parser("join", help=_tr("join this desk to a place's shared database"))
    join.add_argument("address", metavar="HOST:PORT", help=_tr("the main PC's address"))
    join.add_argument("--certificate", required=True, metavar="SHA256",
                      help=_tr("the fingerprint of the main PC's certificate"))
    join.add_argument("--code", required=True, help=_tr("the one-time join code"))
    join.set_defaults(handler=run_join)
    revoke = with_dir("revoke", _tr("revoke a desk: it can no longer connect"), run_revoke)
    revoke.add_argument("login")
    replace = actions.add_parser(
        "replace", help=_tr("make this PC the main PC in place of a broken one, from the last "
                            "backup or the old server's folder"))
    replace.add_argument("--from", dest="source", type=Path, required=True,
                         metavar="BACKUP|OLD_FOLDER",
                         help=_tr("the last backup of the shared database, or the old main "
                                  "PC's server folder"))
    replace.add_argument("--dir", type=Path, default=None, metavar="DIR",
                         help=_tr("the new server's folder (default: serveur-partage in the "
                                  "data folder)"))
    replace.add_argument("--port", type=int, default=None,
                         help=_tr("port the desks connect to (default: the old main PC's)"))
    replace.add_argument(
        "--listen", action="append", metavar="ADDRESS",
        help=_tr("address to listen on (default: this PC's local network and the loopback)"),
    )
    replace.add_argument("--no-autostart", action="store_true",
                         help=_tr("do not start the server with the session"))
    replace.set_defaults(handler=run_replace)
    register_share(subparsers)


def register_share(subparsers: argparse._SubParsersAction) -> None:
    from app.commands.common import add_db_argument

    share = subparsers.add_parser(
        "share", help=_tr("share this database with other desks: this PC becomes the main PC"))
    add_db_argument(share)
    share.add_argument("--dir", type=Path, default=None, metavar="DIR",
                       help=_tr("the server's folder (default: beside the database file)"))
    share.add_argument("--port", type=int, default=None,
                       help=_tr("port the desks connect to (default: 5433 if free)"))
    share.add_argument(
        "--listen", action="append", metavar="ADDRESS",
        help=_tr("address to listen on (default: this PC's local network and the loopback)"),
    )
    share.add_argument("--no-autostart", action="store_true",
                       help=_tr("do not start the server with the session"))
    share.set_defaults(handler=run_share)


def _load(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from app.sharing.hosting import server_folder_or_default
    from app.sharing.server import SharedServer

    return SharedServer.load(server_folder_or_default(args.dir))


def _print_where(server) -> None:  # type: ignore[no-untyped-def]
    """What a desk needs to join: the main PC's address(es) and its certificate's fingerprint.
    Never a password."""
    from app.sharing.sharing import desks_addresses

    print(_tr("Shared server ready in %1.").replace("%1", str(server.folder)))
    for address in desks_addresses(server):
        print(_tr("Address for the desks: %1").replace("%1", address))
    print(_tr("Certificate fingerprint (SHA-256): %1").replace("%1", server.fingerprint))
    print(_tr("Add a desk with “aiguillage server add-desk --kind office|reception|till”; "
              "it prints the desk's one-time code."))


def run_init(args: argparse.Namespace) -> int:
    from app.sharing.server import SharedServer

    server = SharedServer.init(args.dir, args.port, args.listen)
    _print_where(server)
    return 0


def run_share(args: argparse.Namespace) -> int:
    """What « Partager » does: this desk's file into a new server beside it, checked, the file
    kept aside, this desk switched over, the server started with the session."""
    from app.commands.common import db_path_from
    from app.config import default_db_path
    from app.errors import UserError
    from app.sharing.always_on import install_start_with_session
    from app.sharing.hosting import hosted_folder
    from app.sharing.sharing import choose_port, share_this_database

    if getattr(args, "db", None) is None and hosted_folder() is not None:
        raise UserError(_tr("This PC is already the main PC of a place: its database is "
                            "shared."))
    path = db_path_from(args) if getattr(args, "db", None) else default_db_path()
    if not path.exists():
        raise UserError(_tr("There is no database file “%1” to share.").replace("%1", str(path)))
    folder = args.dir or path.parent / "serveur-partage"
    server, checks = share_this_database(path, folder, args.port or choose_port(), args.listen)
    rows = sum(check.rows for check in checks)
    print(_tr("%1 rows moved in %2 tables, and checked. The file is kept aside, read-only.")
          .replace("%1", str(rows)).replace("%2", str(len(checks))))
    _print_where(server)
    if not args.no_autostart:
        started = install_start_with_session(server.folder)
        if started.where:
            print(_tr("The server starts with the session: %1").replace("%1", started.where))
    return 0


def run_start(args: argparse.Namespace) -> int:
    _load(args).start()
    print(_tr("The shared server runs."))
    return 0


def run_stop(args: argparse.Namespace) -> int:
    _load(args).stop()
    print(_tr("The shared server is stopped."))
    return 0


def run_status(args: argparse.Namespace) -> int:
    server = _load(args)
    if server.is_running():
        print(_tr("The shared server runs on port %1.").replace("%1", str(server.port)))
        return 0
    print(_tr("The shared server is stopped."))
    return 3


def run_front(args: argparse.Namespace) -> int:
    _load(args).run_front()
    return 0


def run_add_desk(args: argparse.Namespace) -> int:
    from app.sharing.desks import add_desk
    from app.sharing.sharing import owner_engine

    server = _load(args)
    engine = owner_engine(server)
    try:
        login, code = add_desk(engine, args.kind, args.name, server.fingerprint)
    finally:
        engine.dispose()
    print(_tr("Desk %1 added. Its one-time join code:").replace("%1", login))
    print(code)
    return 0


def run_desks(args: argparse.Namespace) -> int:
    from app.sharing.desks import list_desks
    from app.sharing.sharing import owner_engine

    engine = owner_engine(_load(args))
    try:
        for desk in list_desks(engine):
            state = (_tr("revoked") if desk.revoked_at else
                     _tr("joined") if desk.joined_at else _tr("waiting for its code"))
            print(f"{desk.login}\t{desk.kind}\t{desk.name}\t{state}")
    finally:
        engine.dispose()
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    from app.sharing.desks import revoke_desk
    from app.sharing.sharing import owner_engine

    engine = owner_engine(_load(args))
    try:
        revoke_desk(engine, args.login)
    finally:
        engine.dispose()
    print(_tr("Desk %1 revoked: it can no longer connect.").replace("%1", args.login))
    return 0


def run_join(args: argparse.Namespace) -> int:
    from app.sharing.desk_config import save_desk
    from app.sharing.desks import join
    from app.sharing.server import DATABASE

    host, _, port = args.address.rpartition(":")
    joined = join(host or args.address, int(port or 5433), args.certificate, args.code, DATABASE)
    path = save_desk(joined.url, joined.kind)
    print(_tr("This desk joined the place (%1). Its address is kept in %2.")
          .replace("%1", joined.kind).replace("%2", str(path)))
    return 0


def run_replace(args: argparse.Namespace) -> int:
    """A new main PC from the old one's server folder or its last backup (the passphrase of an
    encrypted backup in AIGUILLAGE_BACKUP_PASSPHRASE, or asked)."""
    import os

    from app.backup.encryption import is_encrypted
    from app.backup.snapshot import PASSPHRASE_ENV
    from app.config import data_dir
    from app.sharing.replace import (
        become_main_pc,
        from_backup,
        from_server_folder,
        is_server_folder,
    )

    folder = args.dir or data_dir() / "serveur-partage"
    if is_server_folder(args.source):
        replaced = from_server_folder(args.source, folder)
    else:
        passphrase = None
        if args.source.is_file() and is_encrypted(args.source):
            from app.commands.backup import _passphrase

            passphrase = os.environ.get(PASSPHRASE_ENV) or _passphrase(confirm=False)
        replaced = from_backup(args.source, folder, passphrase=passphrase, port=args.port,
                               listen=args.listen)
    where = become_main_pc(replaced.server, autostart=not args.no_autostart)
    print(_tr("This PC is now the main PC of the place."))
    _print_where(replaced.server)
    if replaced.new_codes:
        print(_tr("The certificate is new: each desk joins again with a new code (server "
                  "add-desk, or Settings › Desks)."))
    else:
        print(_tr("Desks that connect again without a new code: %1, once this PC answers at "
                  "the old main PC's address (give it the same address on the place's network).")
              .replace("%1", str(replaced.desks_back)))
    if where:
        print(_tr("The server starts with the session: %1").replace("%1", where))
    return 0
