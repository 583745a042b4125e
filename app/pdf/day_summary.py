"""The till's day summary (bilan du jour) as a PDF: an 80 mm receipt or an A4 page.

render_day_summary(summary, "receipt" | "a4") -> PDF bytes
"""

from io import BytesIO

from app.clock import to_local
from app.i18n import translate
from app.services.till import DaySummary, format_kg

RECEIPT = "receipt"
A4 = "a4"
FORMATS = (RECEIPT, A4)


def _weekday(index: int) -> str:
    names = (
        translate("DaySummaryPdf", "Monday"),
        translate("DaySummaryPdf", "Tuesday"),
        translate("DaySummaryPdf", "Wednesday"),
        translate("DaySummaryPdf", "Thursday"),
        translate("DaySummaryPdf", "Friday"),
        translate("DaySummaryPdf", "Saturday"),
        translate("DaySummaryPdf", "Sunday"),
    )
    return names[index]


def day_title(summary: DaySummary) -> str:
    """« samedi 21/11/2026 »: the day of the summary, as people say it."""
    return f"{_weekday(summary.day.weekday())} {summary.day:%d/%m/%Y}"


def summary_rows(summary: DaySummary) -> dict[str, list[tuple[str, str]]]:
    """The figures of the summary as text rows, shared by the screen and the paper."""
    visits = [(b.label, str(b.count)) for b in summary.buttons]
    visits.append((translate("DaySummaryPdf", "Total visits"), str(summary.total_visits)))
    donations = [(w.category, f"{format_kg(w.kg)} kg") for w in summary.donations]
    donations.append(
        (translate("DaySummaryPdf", "Total weighed"), f"{format_kg(summary.total_kg)} kg")
    )
    referrals = [(translate("DaySummaryPdf", "Referrals made"), str(summary.referrals))]
    return {"visits": visits, "donations": donations, "referrals": referrals}


def render_day_summary(summary: DaySummary, page_format: str = RECEIPT) -> bytes:
    """The summary as PDF bytes, fonts embedded."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4 as A4_SIZE
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from app.pdf.fonts import register_fonts

    regular, bold = register_fonts()
    receipt = page_format == RECEIPT
    base_size = 9 if receipt else 11
    title_style = ParagraphStyle(
        "title", fontName=bold, fontSize=base_size + 5, leading=base_size + 8
    )
    heading_style = ParagraphStyle(
        "heading", fontName=bold, fontSize=base_size + 1, leading=base_size + 4, spaceBefore=6
    )
    small_style = ParagraphStyle(
        "small", fontName=regular, fontSize=base_size - 1, leading=base_size + 2
    )
    cell_style = ParagraphStyle("cell", fontName=regular, fontSize=base_size, leading=base_size + 3)

    width = (80 - 8) * mm if receipt else A4_SIZE[0] - 40 * mm
    rows = summary_rows(summary)

    def table(pairs: list[tuple[str, str]]) -> Table:
        data = [[Paragraph(_escape(label), cell_style), value] for label, value in pairs]
        result = Table(data, colWidths=[width * 0.68, width * 0.32])
        result.setStyle(
            TableStyle(
                [
                    ("FONT", (1, 0), (1, -1), regular, base_size),
                    ("FONT", (1, -1), (1, -1), bold, base_size),
                    ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
                    ("LEFTPADDING", (0, 0), (-1, -1), 1),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 1),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ]
            )
        )
        return result

    printed = to_local(summary.generated_at)
    story = [
        Paragraph(_escape(summary.site_name), heading_style),
        Paragraph(_escape(translate("DaySummaryPdf", "Till summary")), title_style),
        Paragraph(_escape(day_title(summary)), heading_style),
        Spacer(1, 4),
        Paragraph(_escape(translate("DaySummaryPdf", "Visits per button")), heading_style),
        table(rows["visits"]),
        Paragraph(_escape(translate("DaySummaryPdf", "Donations weighed")), heading_style),
    ]
    if summary.donations:
        story.append(table(rows["donations"]))
    else:
        story.append(
            Paragraph(_escape(translate("DaySummaryPdf", "No donation weighed.")), cell_style)
        )
    story += [
        Paragraph(_escape(translate("DaySummaryPdf", "Referrals")), heading_style),
        table(rows["referrals"]),
        Spacer(1, 8),
        Paragraph(
            _escape(
                translate("DaySummaryPdf", "Printed on %1 at %2")
                .replace("%1", f"{printed:%d/%m/%Y}")
                .replace("%2", f"{printed:%H:%M}")
            ),
            small_style,
        ),
    ]

    buffer = BytesIO()
    if receipt:
        margin = 4 * mm
        height = sum(f.wrap(width, 10_000)[1] + f.getSpaceBefore() for f in story)
        page_size = (80 * mm, height + 2 * margin + 10 * mm)
        margins = {"leftMargin": margin, "rightMargin": margin, "topMargin": margin}
        margins["bottomMargin"] = margin
    else:
        page_size = A4_SIZE
        margins = {m: 20 * mm for m in ("leftMargin", "rightMargin", "topMargin", "bottomMargin")}
    document = SimpleDocTemplate(
        buffer,
        pagesize=page_size,
        title=translate("DaySummaryPdf", "Till summary") + " " + day_title(summary),
        author=summary.site_name,
        **margins,
    )
    document.build(story)
    return buffer.getvalue()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
