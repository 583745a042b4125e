"""`aiguillage directory import|export|national-numbers` on a database, without the window."""

import argparse
import sys
from pathlib import Path

from app.commands.common import add_db_argument, db_target_from
from app.exporters import FORMATS
from app.i18n import counted, translate
from app.permissions import Actor
from models.enums import Role


def register(subparsers: argparse._SubParsersAction) -> None:
    directory = subparsers.add_parser(
        "directory", help=translate("Directory", "import or export the partner directory")
    )
    actions = directory.add_subparsers(dest="directory_command", metavar="ACTION", required=True)

    importing = actions.add_parser(
        "import",
        help=translate("Directory", "import a CSV, data·inclusion JSON or HSDS zip file"),
    )
    add_db_argument(importing)
    importing.add_argument(
        "file",
        type=Path,
        nargs="+",
        metavar="FILE",
        help=translate(
            "Directory",
            "one file; or data·inclusion's national pair (services and structures, or the "
            "folder or zip holding them)",
        ),
    )
    importing.add_argument(
        "--departement",
        action="append",
        default=[],
        metavar="CODE",
        help=translate(
            "Directory", "national pair: keep only this département (35, 2A, 974…); repeatable"
        ),
    )
    importing.add_argument(
        "--avec-zone",
        action="store_true",
        help=translate(
            "Directory",
            "national pair: also the services whose eligibility zone covers the département",
        ),
    )
    importing.add_argument(
        "--only-valid",
        action="store_true",
        help=translate("Directory", "import the valid lines even if some have errors"),
    )
    importing.set_defaults(handler=run_import)

    exporting = actions.add_parser("export", help=translate("Directory", "export the directory"))
    add_db_argument(exporting)
    exporting.add_argument("--format", required=True, choices=FORMATS)
    exporting.add_argument("--out", required=True, type=Path, metavar="FILE")
    exporting.set_defaults(handler=run_export)

    numbers = actions.add_parser(
        "national-numbers", help=translate("Directory", "add the national helplines")
    )
    add_db_argument(numbers)
    numbers.set_defaults(handler=run_national_numbers)


def _command_actor(engine) -> tuple[Actor, str]:  # type: ignore[no-untyped-def]
    """The command line acts as the site's coordinator."""
    from app.db import read_session
    from app.errors import UserError
    from app.services.sites import current_site

    with read_session(engine) as session:
        site = current_site(session)
        if site is None:
            raise UserError(
                translate("Directory", "This database has no site yet: open the app once first.")
            )
        return Actor(agent_id=None, role=Role.COORDINATOR.value, site_id=site.id), site.name


def run_import(args: argparse.Namespace) -> int:
    from app.db import open_database, write_session
    from app.services.directory_import import apply_import, preview_import

    national = len(args.file) > 1 or args.departement or args.file[0].is_dir()
    if national:
        return run_national_import(args)
    engine = open_database(db_target_from(args))
    actor, _ = _command_actor(engine)
    preview = preview_import(args.file[0])
    for row in preview.error_rows + preview.warning_rows:
        label = (
            translate("Directory", "Line %1: %2")
            if row.errors
            else translate("Directory", "Line %1 (warning): %2")
        )
        for message in row.errors or row.warnings:
            print(label.replace("%1", str(row.line)).replace("%2", message), file=sys.stderr)
    with write_session(engine) as session:
        result = apply_import(session, actor, preview, only_valid=args.only_valid)
    added = counted(
        result.created,
        translate("Directory", "%1 service added"),
        translate("Directory", "%1 services added"),
    )
    left_out = counted(
        result.skipped,
        translate("Directory", "%1 line left out"),
        translate("Directory", "%1 lines left out"),
    )
    print(
        translate("Directory", "%1, %2 updated, %3.")
        .replace("%2", str(result.updated))
        .replace("%1", added)
        .replace("%3", left_out)
    )
    return 0


def run_national_import(args: argparse.Namespace) -> int:
    """The national pair, applied without asking: conflicts with local edits are kept."""
    from app.db import open_database, write_session
    from app.importers.national import Territory, find_pair, normalise_departement
    from app.services.directory_national import import_national, summary_lines

    territory = Territory(
        frozenset(normalise_departement(code) for code in args.departement), args.avec_zone
    )
    pair = find_pair(list(args.file))
    engine = open_database(db_target_from(args))
    actor, _ = _command_actor(engine)
    with write_session(engine) as session:
        summary = import_national(session, actor, pair, territory)
    for message in summary.tally.errors:
        print(message, file=sys.stderr)
    for line in summary_lines(summary):
        print(line)
    return 0


def run_export(args: argparse.Namespace) -> int:
    from app.db import open_database
    from app.errors import UserError

    engine = open_database(db_target_from(args))
    actor, site_name = _command_actor(engine)
    from app.exporters import export_directory

    data = export_directory(engine, actor, args.format, site_name)
    try:
        args.out.write_bytes(data)
    except OSError as error:
        raise UserError(
            translate("Directory", "The file « %1 » cannot be written (%2).")
            .replace("%1", str(args.out))
            .replace("%2", error.strerror or str(error))
        ) from error
    print(translate("Directory", "Directory written to %1.").replace("%1", str(args.out)))
    return 0


def run_national_numbers(args: argparse.Namespace) -> int:
    from app.db import open_database, write_session
    from app.services.directory import add_national_numbers

    engine = open_database(db_target_from(args))
    actor, _ = _command_actor(engine)
    with write_session(engine) as session:
        count = add_national_numbers(session, actor)
    print(translate("Directory", "%1 national numbers added.").replace("%1", str(count)))
    return 0
