"""`aiguillage sheet`: print a referral's orientation sheet to a PDF file, without the window."""

import argparse
import uuid
from pathlib import Path

from app.commands.common import add_db_argument, db_target_from
from app.errors import UserError
from app.i18n import translate

FORMATS = ("a4", "receipt")
LANGUAGES = ("fr", "en", "es", "uk", "ar")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "sheet", help=translate("SheetCommand", "write the orientation sheet of a referral to PDF")
    )
    add_db_argument(parser)
    parser.add_argument(
        "--referral",
        required=True,
        action="append",
        metavar="ID",
        help=translate("SheetCommand", "referral id (repeat for several services on one sheet)"),
    )
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="a4",
        help=translate("SheetCommand", "paper: A4, or an 80 mm receipt"),
    )
    parser.add_argument(
        "--lang",
        dest="sheet_lang",
        choices=LANGUAGES,
        default=None,
        help=translate("SheetCommand", "sheet language (default: the referral's)"),
    )
    parser.set_defaults(handler=write_sheet)


def _referral_ids(values: list[str]) -> list[uuid.UUID]:
    ids = []
    for value in values:
        try:
            ids.append(uuid.UUID(value.strip()))
        except ValueError:
            raise UserError(
                translate("SheetCommand", "“%1” is not a referral id.").replace("%1", value)
            ) from None
    return ids


def write_sheet(args: argparse.Namespace) -> int:
    from app.db import open_database, read_session
    from app.pdf.sheets import render_orientation_sheet

    ids = _referral_ids(args.referral)
    target = db_target_from(args)
    if not target.exists():
        raise UserError(
            translate("SheetCommand", "There is no database at “%1”.").replace("%1", str(target))
        )
    engine = open_database(target)
    try:
        with read_session(engine) as session:
            pdf = render_orientation_sheet(
                session, ids, paper=args.format, language=args.sheet_lang
            )
    finally:
        engine.dispose()
    try:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_bytes(pdf)
    except OSError as error:
        raise UserError(
            translate("SheetCommand", "The file “%1” cannot be written (%2).")
            .replace("%1", str(args.out))
            .replace("%2", error.strerror or str(error))
        ) from error
    print(translate("SheetCommand", "Sheet written to %1").replace("%1", str(args.out)))
    return 0
