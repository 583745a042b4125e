"""`stats export|sites|forget`: the statistics package of a month, and the sites whose key this
database knows. Packages travel by file (USB stick, e-mail); nothing needs the internet."""

import argparse
import uuid
from pathlib import Path

from app.commands.common import add_db_argument
from app.errors import UserError
from app.i18n import translate


def _tr(text: str) -> str:
    return translate("Sites", text)


def register(subparsers: argparse._SubParsersAction) -> None:
    stats = subparsers.add_parser("stats", help=_tr("statistics packages exchanged between sites"))
    actions = stats.add_subparsers(dest="stats_action", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export", help=_tr("write this site's signed statistics package of a month")
    )
    add_db_argument(export)
    export.add_argument("--month", required=True, metavar="YYYY-MM")
    export.add_argument("--out", required=True, type=Path, metavar="FILE")
    export.set_defaults(handler=run_export)
    sites = actions.add_parser("sites", help=_tr("list the sites whose key is accepted here"))
    add_db_argument(sites)
    sites.set_defaults(handler=run_sites)
    forget = actions.add_parser(
        "forget", help=_tr("forget a site's accepted key (its next key must be accepted again)")
    )
    add_db_argument(forget)
    forget.add_argument("site_id", metavar="SITE_ID")
    forget.set_defaults(handler=run_forget)


def run_export(args: argparse.Namespace) -> int:
    from app.commands.report import _open
    from app.db import write_session
    from app.reports.pdf import write_bytes
    from app.reports.periods import parse_month
    from app.reports.site_package import build_package, read_package
    from app.services.site_keys import key_fingerprint

    period = parse_month(args.month)
    engine, actor = _open(args)
    with write_session(engine) as session:
        data = build_package(session, actor, period)
        write_bytes(args.out, data)
    print(_tr("Statistics package written: %1").replace("%1", str(args.out)))
    print(
        _tr("Fingerprint of this site's key, to read to the coordinator: %1").replace(
            "%1", key_fingerprint(read_package(data).public_key)
        )
    )
    return 0


def run_sites(args: argparse.Namespace) -> int:
    from app.commands.report import _open
    from app.db import read_session
    from app.services.site_keys import key_fingerprint, pinned_keys

    engine, _ = _open(args)
    with read_session(engine) as session:
        pins = pinned_keys(session)
    if not pins:
        print(
            _tr(
                "No site key is accepted yet: each is accepted at a consolidation "
                "(--accepter-cle)."
            )
        )
    for site_id, pin in sorted(pins.items(), key=lambda item: item[1].get("name", "")):
        print(
            f"{site_id}  {pin.get('name', '')}  {pin.get('pinned_on', '')}  "
            f"{key_fingerprint(str(pin.get('public_key', '')))}"
        )
    return 0


def run_forget(args: argparse.Namespace) -> int:
    from app.commands.report import _open
    from app.db import write_session
    from app.services.site_keys import forget_site

    try:
        site_id = uuid.UUID(args.site_id)
    except ValueError as error:
        raise UserError(
            _tr("“%1” is not a site identifier.").replace("%1", args.site_id)
        ) from error
    engine, actor = _open(args)
    with write_session(engine) as session:
        forget_site(session, actor, site_id)
    print(_tr("The site's key is forgotten: its next key must be accepted again."))
    return 0
