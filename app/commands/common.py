"""What every command of the command line shares: the translated parser, the --db option,
and the French sentence for a database that refuses. No Qt, no window: app.cli and the
command modules (app.commands.*, ui.commands) build on it."""

import argparse
import sys
from pathlib import Path

from app.commands.argparse_words import translated_argparse
from app.config import default_db_path
from app.db.target import DatabaseTarget, as_target
from app.errors import UserError
from app.i18n import translate


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

    def parse_known_args(self, args=None, namespace=None):  # type: ignore[no-untyped-def]
        with translated_argparse():  # argparse's own messages (« choix invalide »…) too
            return super().parse_known_args(args, namespace)

    def parse_args(self, args=None, namespace=None):  # type: ignore[no-untyped-def]
        with translated_argparse():  # « unrecognized arguments » is said here
            return super().parse_args(args, namespace)

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
        default=argparse.SUPPRESS,
        metavar="PATH|URL",
        help=_tr(
            "database file, or postgresql:// address of a shared database "
            "(default: the file in your user data folder)"
        ),
    )


def db_target_from(args: argparse.Namespace) -> DatabaseTarget:
    """The database the command works on: --db (a file or a server address), else the shared
    database this desk joined (desk.json), else the file in the user data folder."""
    if getattr(args, "db", None):
        return as_target(args.db)
    from app.sharing.desk_config import saved_url

    saved = saved_url()
    return as_target(saved) if saved is not None else as_target(default_db_path())


def db_path_from(args: argparse.Namespace) -> Path:
    """The database file, for what only a file allows (copying it whole)."""
    target = db_target_from(args)
    if target.path is None:
        raise UserError(
            _tr(
                "This command works on a database file. For a shared database, make backups "
                "on the main PC."
            )
        )
    return target.path


def database_failure_message(target: DatabaseTarget | Path, error: Exception) -> str:
    """What to say when the database itself refuses (not ours, damaged, locked...)."""
    detail = str(getattr(error, "orig", None) or error).splitlines()[0]
    return (
        _tr("Error: the database “%1” cannot be used (%2).")
        .replace("%1", str(target))
        .replace("%2", detail)
    )
