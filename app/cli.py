"""Command line: `aiguillage` opens the window; subcommands work on a database without it.

Each command lives in its own module with a `register(subparsers)` function that adds its
parser and sets `handler`; the modules are listed in COMMAND_MODULES.
"""

import argparse
import importlib
import sys
from pathlib import Path

from app import __version__
from app.config import default_db_path
from app.errors import UserError
from app.i18n import set_language, translate

COMMAND_MODULES = (
    "ui.commands",  # the window and screenshots (the only commands that need Qt)
    "app.commands.backup",
)


def _tr(text: str) -> str:
    return translate("Cli", text)


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="PATH",
        help=_tr("database file (default: the one in your user data folder)"),
    )


def db_path_from(args: argparse.Namespace) -> Path:
    return args.db if getattr(args, "db", None) else default_db_path()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="aiguillage",
        description=_tr("Reception, referrals and orientation sheets for solidarity places."),
    )
    parser.add_argument("--version", action="version", version=f"aiguillage {__version__}")
    parser.add_argument(
        "--lang", choices=("fr", "en"), default=argparse.SUPPRESS, help=_tr("interface language")
    )
    add_db_argument(parser)
    parser.set_defaults(db=None, lang=None)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # Pick the language before building the parser so that --help is translated too.
    if "--lang" in argv and argv.index("--lang") + 1 < len(argv):
        set_language(argv[argv.index("--lang") + 1])
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang:
        set_language(args.lang)
    handler = getattr(args, "handler", None)
    if handler is None:
        handler = importlib.import_module("ui.commands").run_window
    try:
        return int(handler(args) or 0)
    except UserError as error:
        print(_tr("Error: %1").replace("%1", error.message), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
