"""The printable directory for the counter's binder: services grouped by theme, A4, with the
embedded DejaVu fonts so accents and every script print right."""

import io
from datetime import date

from sqlmodel import Session

from app import taxonomy
from app.clock import local_today
from app.exporters.common import Entry, directory_entries
from app.i18n import translate
from app.opening_hours import describe_hours
from app.permissions import Actor
from app.search_terms import fold


def _group(entries: list[Entry]) -> list[tuple[str, list[Entry]]]:
    """Entries by theme category (a service with several categories appears in each)."""
    groups: dict[str, list[Entry]] = {}
    for entry in entries:
        categories = sorted({t.split("--", 1)[0] for t in entry.service.themes})
        for category in categories or [""]:
            groups.setdefault(category, []).append(entry)
    other = translate("Directory", "Other services")
    named = [
        (taxonomy.label(code) if code else other, sorted(items, key=lambda e: fold(e.service.name)))
        for code, items in groups.items()
    ]
    named.sort(key=lambda pair: (pair[0] == other, fold(pair[0])))
    return named


def export_directory_pdf(
    session: Session, actor: Actor, site_name: str = "", today: date | None = None
) -> bytes:
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer

    from app.pdf.fonts import register_fonts

    regular, bold = register_fonts()
    today = today or local_today()
    entries = directory_entries(session, actor)
    title_style = ParagraphStyle("title", fontName=bold, fontSize=18, leading=22, spaceAfter=4)
    subtitle_style = ParagraphStyle("subtitle", fontName=regular, fontSize=9, leading=12)
    theme_style = ParagraphStyle(
        "theme",
        fontName=bold,
        fontSize=13,
        leading=16,
        spaceBefore=10,
        spaceAfter=4,
        keepWithNext=True,
        textColor=colors.HexColor("#1d4e89"),
    )
    name_style = ParagraphStyle("name", fontName=bold, fontSize=10.5, leading=13)
    body_style = ParagraphStyle("body", fontName=regular, fontSize=9, leading=11.5, leftIndent=4)

    def line(label: str, value: str) -> Paragraph:
        return Paragraph(f"<font name='{bold}'>{escape(label)}</font> {escape(value)}", body_style)

    title = translate("Directory", "Partner directory")
    story = [
        Paragraph(escape(title + (f" — {site_name}" if site_name else "")), title_style),
        Paragraph(
            escape(
                translate("Directory", "Printed on %1 · %2 services")
                .replace("%1", today.strftime("%d/%m/%Y"))
                .replace("%2", str(len(entries)))
            ),
            subtitle_style,
        ),
    ]
    if not entries:
        story.append(Spacer(1, 8 * mm))
        story.append(
            Paragraph(escape(translate("Directory", "The directory is empty.")), body_style)
        )
    for theme, items in _group(entries):
        story.append(Paragraph(escape(theme), theme_style))
        for entry in items:
            service, org = entry.service, entry.organization
            block = [Paragraph(escape(f"{service.name} — {org.name}"), name_style)]
            if service.description:
                block.append(Paragraph(escape(service.description), body_style))
            address = ", ".join(
                part
                for part in (service.address, f"{service.postal_code} {service.commune}".strip())
                if part
            )
            if address:
                block.append(line(translate("Directory", "Address:"), address))
            contact = " · ".join(p for p in (service.phone, service.email) if p)
            if contact:
                block.append(line(translate("Directory", "Contact:"), contact))
            if service.opening_hours:
                hours = describe_hours(service.opening_hours)
                if service.opening_hours_details:
                    hours += f" ({service.opening_hours_details})"
                block.append(line(translate("Directory", "Hours:"), hours))
            if service.access_conditions:
                block.append(line(translate("Directory", "Conditions:"), service.access_conditions))
            if service.documents_to_bring:
                block.append(
                    line(translate("Directory", "To bring:"), ", ".join(service.documents_to_bring))
                )
            if service.fees:
                fees = taxonomy.label(service.fees)
                if service.fees_details:
                    fees += f" ({service.fees_details})"
                block.append(line(translate("Directory", "Fees:"), fees))
            block.append(Spacer(1, 3 * mm))
            story.append(KeepTogether(block))

    def footer(canvas, document) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.drawRightString(
            A4[0] - 15 * mm,
            10 * mm,
            translate("Directory", "Page %1").replace("%1", str(document.page)),
        )
        canvas.restoreState()

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=18 * mm,
        title=title,
        author="Aiguillage",
    )
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
