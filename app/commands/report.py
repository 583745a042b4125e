"""`report monthly|annual` and `export`: the coordinator reports from the command line."""

import argparse
import sys
from pathlib import Path

from app.commands.common import add_db_argument, db_target_from
from app.errors import UserError
from app.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    report = subparsers.add_parser("report", help=translate("Cli", "make a report as a PDF file"))
    kinds = report.add_subparsers(dest="report_kind", metavar="KIND", required=True)
    monthly = kinds.add_parser("monthly", help=translate("Cli", "the referral summary of a month"))
    add_db_argument(monthly)
    monthly.add_argument("--month", required=True, metavar="YYYY-MM")
    monthly.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    monthly.set_defaults(handler=run_monthly)
    annual = kinds.add_parser("annual", help=translate("Cli", "the annual activity report"))
    add_db_argument(annual)
    annual.add_argument("--year", required=True, metavar="YYYY")
    annual.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    annual.set_defaults(handler=run_annual)
    consolidated = kinds.add_parser(
        "consolidated",
        help=translate("Sites", "the summary of several sites from their statistics packages"),
    )
    add_db_argument(consolidated)
    when = consolidated.add_mutually_exclusive_group(required=True)
    when.add_argument("--month", metavar="YYYY-MM")
    when.add_argument(
        "--year",
        metavar="YYYY",
        help=translate("Sites", "a year, from the monthly packages of its months"),
    )
    consolidated.add_argument("--out", required=True, type=Path, metavar="FILE.pdf|.xlsx|.csv")
    consolidated.add_argument("packages", nargs="+", type=Path, metavar="PACKAGE")
    consolidated.add_argument(
        "--accepter-cle",
        dest="accept",
        action="append",
        default=[],
        metavar="EMPREINTE",
        help=translate(
            "Sites", "accept a new site's key, after comparing its fingerprint with the site"
        ),
    )
    consolidated.add_argument(
        "--remplacer-cle",
        dest="replace",
        action="append",
        default=[],
        metavar="EMPREINTE",
        help=translate(
            "Sites", "replace the key accepted for a site by this one (its database was replaced)"
        ),
    )
    consolidated.set_defaults(handler=run_consolidated)

    export = subparsers.add_parser(
        "export", help=translate("Cli", "export the report tables of a period as CSV or XLSX")
    )
    add_db_argument(export)
    export.add_argument("--from", dest="first", required=True, metavar="DATE")
    export.add_argument("--to", dest="last", required=True, metavar="DATE")
    export.add_argument("--format", choices=("csv", "xlsx"), default="csv")
    export.add_argument("--out", required=True, type=Path, metavar="DIR")
    export.set_defaults(handler=run_export)


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The engine and the acting coordinator (the command line acts as the site's coordinator)."""
    from sqlmodel import select

    from app.db import open_database, read_session
    from app.services.sites import actor_for
    from models import Agent
    from models.enums import Role

    target = db_target_from(args)
    if not target.exists():
        raise UserError(
            translate("Cli", "The database “%1” does not exist.").replace("%1", str(target))
        )
    engine = open_database(target)
    with read_session(engine) as session:
        agent = session.exec(
            select(Agent)
            .where(Agent.active, Agent.role == Role.COORDINATOR.value)
            .order_by(Agent.created_at)
        ).first()
        actor = actor_for(agent) if agent is not None else None
    if actor is None:
        raise UserError(
            translate("Cli", "This database has no coordinator yet: run the app once first.")
        )
    return engine, actor


def _pdf_out(path: Path) -> Path:
    if path.suffix.lower() != ".pdf":
        raise UserError(translate("Cli", "The output file must end in .pdf."))
    return path


def run_monthly(args: argparse.Namespace) -> int:
    from app.db import read_session
    from app.reports.monthly import build_monthly_report
    from app.reports.pdf import render_report_pdf
    from app.reports.periods import parse_month

    period = parse_month(args.month)
    out = _pdf_out(args.out)
    engine, actor = _open(args)
    with read_session(engine) as session:
        report = build_monthly_report(session, actor, period)
    render_report_pdf(report, out)
    print(translate("Cli", "Report written: %1").replace("%1", str(out)))
    return 0


def run_annual(args: argparse.Namespace) -> int:
    from app.db import read_session
    from app.reports.annual import build_annual_report
    from app.reports.pdf import render_report_pdf
    from app.reports.periods import parse_year

    period = parse_year(args.year)
    out = _pdf_out(args.out)
    engine, actor = _open(args)
    with read_session(engine) as session:
        report = build_annual_report(session, actor, period.first.year)
    render_report_pdf(report, out)
    print(translate("Cli", "Report written: %1").replace("%1", str(out)))
    return 0


def run_export(args: argparse.Namespace) -> int:
    from app.db import read_session, write_session
    from app.reports.exports import export_report
    from app.reports.monthly import build_monthly_report
    from app.reports.periods import Period, parse_day

    period = Period.custom(parse_day(args.first), parse_day(args.last)).calendar()
    engine, actor = _open(args)
    with read_session(engine) as session:
        report = build_monthly_report(session, actor, period)
    # the write transaction (files and audit entry) stays short: the desk keeps working
    with write_session(engine) as session:
        files = export_report(session, actor, report, args.format, args.out)
    for path in files:
        print(path)
    print(translate("Cli", "%1 file(s) written.").replace("%1", str(len(files))), file=sys.stderr)
    return 0


def run_consolidated(args: argparse.Namespace) -> int:
    """The consolidated summary as a PDF, an XLSX workbook, or CSV files (one per table, in
    the folder of `--out`, named after it)."""
    from app.db import write_session
    from app.reports.consolidated import consolidate_files, set_aside_lines
    from app.reports.exports import table_csv, workbook_bytes
    from app.reports.pdf import render_report_pdf, write_bytes
    from app.reports.periods import parse_month, parse_year

    period = parse_month(args.month) if args.month else parse_year(args.year)
    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".xlsx", ".csv"):
        raise UserError(translate("Sites", "The output file must end in .pdf, .xlsx or .csv."))
    engine, actor = _open(args)
    # one transaction: the keys of new sites are pinned only if every package is accepted
    with write_session(engine) as session:
        report = consolidate_files(
            session, actor, period, list(args.packages), accept=args.accept, replace=args.replace
        )
    for line in set_aside_lines(report):
        print(line, file=sys.stderr)
    written = [out]
    if suffix == ".pdf":
        render_report_pdf(report, out)
    elif suffix == ".xlsx":
        write_bytes(out, workbook_bytes(report))
    else:
        written = []
        for table in report.all_tables():
            path = out.with_name(f"{out.stem}_{table.key}.csv")
            write_bytes(path, table_csv(table))
            written.append(path)
    for path in written:
        print(translate("Cli", "Report written: %1").replace("%1", str(path)))
    return 0
