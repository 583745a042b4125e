"""Command line: `aiguillage` with a sub-command works on a database without the window.

Each command lives in its own module with a `register(subparsers)` function that adds its
parser and sets `handler`; the modules are listed in COMMAND_MODULES. The window and the
screenshots (ui.commands) are added by the program's launcher, ui.launcher, which passes them
to `main` with the handler to run when no sub-command is given: app/ never names ui/.
"""

import argparse
import importlib
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError

from app import __version__
from app.commands.common import (
    TranslatedParser,
    add_db_argument,
    database_failure_message,
    db_target_from,
)
from app.errors import UserError
from app.i18n import set_language, translate

COMMAND_MODULES = (
    "app.commands.demo",
    "app.commands.directory",
    "app.commands.sheet",
    "app.commands.agenda",
    "app.commands.report",
    "app.commands.stats",
    "app.commands.backup",
    "app.commands.server",
)

Handler = Callable[[argparse.Namespace], int | None]


def _tr(text: str) -> str:
    return translate("Cli", text)


def build_parser(command_modules: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    parser = TranslatedParser(
        prog="aiguillage",
        description=_tr("Reception, referrals and orientation sheets for solidarity places."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"aiguillage {__version__}",
        help=_tr("show the version number and quit"),
    )
    parser.add_argument(
        "--lang", choices=("fr", "en"), default=argparse.SUPPRESS, help=_tr("interface language")
    )
    add_db_argument(parser)
    parser.set_defaults(db=None, lang=None)
    subparsers = parser.add_subparsers(
        dest="command", metavar=_tr("COMMAND"), title=_tr("commands")
    )
    for module_name in command_modules:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(
    argv: list[str] | None = None,
    command_modules: Sequence[str] = COMMAND_MODULES,
    default_handler: Handler | None = None,
    log_folder: Path | None = None,
) -> int:
    """Run a command; without one, `default_handler` (the window), else the help. The programs
    (ui.launcher, `python -m app`) give `log_folder`, the user data folder: what goes wrong,
    even a native crash, is then written there (app.logs), as for the window."""
    argv = list(sys.argv[1:] if argv is None else argv)
    # Pick the language before building the parser so that --help is translated too.
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            set_language(argv[index + 1])
        elif arg.startswith("--lang="):
            set_language(arg.split("=", 1)[1])
    parser = build_parser(command_modules)
    args = parser.parse_args(argv)
    if args.lang:
        set_language(args.lang)
    handler = getattr(args, "handler", None) or default_handler
    if handler is None:
        parser.print_help()
        return 0
    if log_folder is None:
        return _run(handler, args)
    from app.logs import start_logging, stop_logging

    start_logging(log_folder)
    try:
        return _run(handler, args)
    finally:
        stop_logging()


def _run(handler: Handler, args: argparse.Namespace) -> int:
    try:
        return int(handler(args) or 0)
    except UserError as error:
        print(_tr("Error: %1").replace("%1", error.message), file=sys.stderr)
        return 2
    except (sqlite3.DatabaseError, SQLAlchemyDatabaseError) as error:
        print(database_failure_message(db_target_from(args), error), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
