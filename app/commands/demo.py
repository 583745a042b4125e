"""`aiguillage demo --db PATH --size small|large`: a new database filled with fictional data."""

import argparse
import time

from app.commands.common import add_db_argument
from app.errors import UserError
from app.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo",
        help=translate("Demo", "write a fictional demo dataset into a new database file"),
        description=translate(
            "Demo",
            "Writes a fictional dataset into a new database file: a Point Accueil Emploi of "
            "the Redon area, its partner directory, people, visits, referrals, till visits and "
            "donations over 24 months. Every agent of the demo has the PIN 1234 (the "
            "coordinator is Hélène Le Gall). An existing database with data is never touched.",
        ),
    )
    add_db_argument(parser)
    parser.add_argument(
        "--size",
        choices=("small", "large"),
        default="small",
        help=translate(
            "Demo", "small: 300 people, 5,000 visits; large: 20,000 people, 500,000 visits"
        ),
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=42,
        help=translate("Demo", "the same seed always gives the same data"),
    )
    parser.set_defaults(handler=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    from app.demo import write_demo

    if not getattr(args, "db", None):
        raise UserError(translate("Demo", "Please give the new database file with --db PATH."))
    started = time.monotonic()
    counts = write_demo(args.db, size=args.size, seed=args.seed)
    seconds = time.monotonic() - started
    print(
        translate("Demo", "Demo database written to %1 in %2 s.")
        .replace("%1", str(args.db))
        .replace("%2", f"{seconds:.1f}")
    )
    for table, count in counts.items():
        print(f"  {table}: {count}")
    print(translate("Demo", "Sign in with the PIN 1234."))
    return 0
