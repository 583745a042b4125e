"""`aiguillage agenda`: a day's appointments to PDF, or (`--rappels`) the people to call back
about their appointments in two days, with their phone numbers."""

import argparse
from datetime import date, timedelta
from pathlib import Path

from app.commands.common import add_db_argument, db_target_from
from app.errors import UserError
from app.i18n import translate


def _tr(text: str) -> str:
    return translate("AgendaCommand", text)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "agenda", help=_tr("print a day's appointments, or the people to call back, to PDF")
    )
    add_db_argument(parser)
    parser.add_argument("--day", default=None, metavar="YYYY-MM-DD",
                        help=_tr("the day (default: today)"))  # fmt: skip
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    parser.add_argument(
        "--rappels", action="store_true",
        help=_tr("the appointments two days after the day, with phone numbers, to call back"),
    )  # fmt: skip
    parser.set_defaults(handler=write_agenda)


def _day(value: str | None) -> date:
    from app.clock import local_today

    if not value:
        return local_today()
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise UserError(
            _tr("“%1” is not a date: write it as 2027-01-04.").replace("%1", value)
        ) from None


def write_agenda(args: argparse.Namespace) -> int:
    from sqlmodel import select

    from app.db import open_database, read_session
    from app.pdf.agenda_list import build_agenda_pdf
    from app.services import appointments
    from app.services.sites import actor_for, current_site
    from models import Agent
    from models.enums import Role

    day = _day(args.day)
    target = db_target_from(args)
    if not target.exists():
        raise UserError(_tr("There is no database at “%1”.").replace("%1", str(target)))
    engine = open_database(target)
    try:
        with read_session(engine) as session:
            site = current_site(session)
            coordinator = session.exec(
                select(Agent).where(Agent.active, Agent.role == Role.COORDINATOR.value)
                .order_by(Agent.created_at)
            ).first()  # fmt: skip
            if site is None or coordinator is None:
                raise UserError(_tr("This database has no place yet: open the app once first."))
            actor = actor_for(coordinator)
            shown = day + timedelta(days=2) if args.rappels else day
            if args.rappels:
                rows = appointments.due_in(session, actor, shown)
            else:
                rows = appointments.agenda(session, actor, day, with_cancelled=True)
            site_name = site.name
    finally:
        engine.dispose()
    pdf = build_agenda_pdf(site_name, shown, rows, args.rappels)
    try:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_bytes(pdf)
    except OSError as error:
        raise UserError(
            _tr("The file “%1” cannot be written (%2).")
            .replace("%1", str(args.out)).replace("%2", error.strerror or str(error))
        ) from error  # fmt: skip
    print(_tr("%1 appointments written to %2").replace("%1", str(len(rows)))
          .replace("%2", str(args.out)))  # fmt: skip
    return 0
