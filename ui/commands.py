"""Commands that need Qt: opening the window, and rendering pages to PNG."""

import argparse
import sys
from pathlib import Path

from app.commands.common import add_db_argument, db_target_from
from app.i18n import translate


def _tr(text: str) -> str:
    return translate("Cli", text)


def register(subparsers: argparse._SubParsersAction) -> None:
    run = subparsers.add_parser("run", help=_tr("open the window (the default)"))
    add_db_argument(run)
    run.set_defaults(handler=run_window)

    shot = subparsers.add_parser("screenshot", help=_tr("render one page to a PNG file, offscreen"))
    add_db_argument(shot)
    shot.add_argument("--page", required=True, help=_tr("page name, e.g. accueil"))
    shot.add_argument(
        "--out", required=True, type=Path, metavar="FILE.png", help=_tr("the PNG file to write")
    )
    shot.add_argument(
        "--size", default="1280x800", metavar="WxH", help=_tr("window size (default: 1280x800)")
    )
    shot.add_argument(
        "--lang", choices=("fr", "en"), default=argparse.SUPPRESS, help=_tr("interface language")
    )
    shot.set_defaults(handler=screenshot)


def _language(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or "fr"


def window_can_open() -> bool:
    """False, after saying what to install, when the system lacks a library Qt's window needs."""
    from app.system_check import window_libraries_message

    message = window_libraries_message()
    if message:
        print(message, file=sys.stderr)
        return False
    return True


def run_window(args: argparse.Namespace) -> int:
    if not window_can_open():
        return 1
    from ui.desk import run_desk

    # without --lang, the desk uses the language chosen in its settings
    return run_desk(db_target_from(args), getattr(args, "lang", None))


def screenshot(args: argparse.Namespace) -> int:
    from ui.screenshot import render_page_to_png

    try:
        width, height = (int(part) for part in args.size.lower().split("x"))
    except ValueError:
        print(_tr("Error: the size must look like 1280x800."), file=sys.stderr)
        return 2
    if not window_can_open():
        return 1
    render_page_to_png(db_target_from(args), args.page, args.out, (width, height), _language(args))
    return 0
