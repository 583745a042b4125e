"""Command line: `aiguillage` opens the window; subcommands work on a database without it.

Each command lives in its own module with a `register(subparsers)` function that adds its
parser and sets `handler`; the modules are listed in COMMAND_MODULES.
"""

import argparse
import importlib
import sqlite3
import sys
from pathlib import Path

from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError

from app import __version__
from app.config import default_db_path
from app.errors import UserError
from app.i18n import set_language, translate

COMMAND_MODULES = (
    "ui.commands",  # the window and screenshots (the only commands that need Qt)
    "app.commands.demo",
    "app.commands.directory",
    "app.commands.sheet",
    "app.commands.report",
    "app.commands.backup",
)


def _tr(text: str) -> str:
    return translate("Cli", text)


class TranslatedHelpFormatter(argparse.HelpFormatter):
    """argparse's help layout, with our own (translated) "usage:" heading.

    argparse formats a parent's usage with an empty prefix to name its sub-commands
    (« aiguillage directory import »): only a missing prefix gets the heading, else every
    level of sub-command would repeat it."""

    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        if prefix is None:
            prefix = _tr("usage: ")
        return super().add_usage(usage, actions, groups, prefix)


class TranslatedParser(argparse.ArgumentParser):
    """An ArgumentParser whose own texts (help option, headings, errors) are translated."""

    def __init__(self, *args, add_help: bool = True, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("formatter_class", TranslatedHelpFormatter)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = _tr("positional arguments")
        self._optionals.title = _tr("options")
        if add_help:
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help=_tr("show this help and quit"),
            )

    def error(self, message: str):  # type: ignore[no-untyped-def]
        self.print_usage(sys.stderr)
        print(_tr("Error: %1").replace("%1", message), file=sys.stderr)
        print(
            _tr("Type “%1 --help” to see what you can do.").replace("%1", self.prog),
            file=sys.stderr,
        )
        raise SystemExit(2)


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


def database_failure_message(path: Path, error: Exception) -> str:
    """What to say when SQLite itself refuses the file (not ours, damaged, locked...)."""
    detail = str(getattr(error, "orig", None) or error).splitlines()[0]
    return (
        _tr("Error: the database “%1” cannot be used (%2).")
        .replace("%1", str(path))
        .replace("%2", detail)
    )


def build_parser() -> argparse.ArgumentParser:
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
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # Pick the language before building the parser so that --help is translated too.
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            set_language(argv[index + 1])
        elif arg.startswith("--lang="):
            set_language(arg.split("=", 1)[1])
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
    except (sqlite3.DatabaseError, SQLAlchemyDatabaseError) as error:
        print(database_failure_message(db_path_from(args), error), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
