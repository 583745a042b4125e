"""The one PDF engine of the reports (ReportLab platypus, embedded DejaVu fonts, built-in charts).
Imported only when a PDF is made."""

import itertools
from io import BytesIO
from pathlib import Path

from app.i18n import translate
from app.pdf.fonts import register_fonts
from app.reports.model import Report, Table, format_cell, rows_for_paper

SITES_PER_BLOCK = 8  # site columns in one printed table, beside the first column and the total
FULL_NAMES_UP_TO = 5  # more sites than this: short labels S1, S2… and a legend


def _short_site_labels(sites: list[str], width: float, bold: str) -> list[str] | None:
    """S1, S2… when the sites' names would not stand whole in their columns' headers (a word
    wider than its column is cut mid-word by the table), else None: the names themselves."""
    from reportlab.lib.units import cm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    labels = [f"S{number}" for number in range(1, len(sites) + 1)]
    if len(sites) > FULL_NAMES_UP_TO:
        return labels
    narrowest = (width - 7.5 * cm) / (len(sites) + 1) - 8  # the key figures' columns, padding
    size = 7.5 if len(sites) < 5 else 6.5
    if any(stringWidth(word, bold, size) > narrowest for name in sites for word in name.split()):
        return labels
    return None


def render_report_pdf(report: Report, out: Path | None = None) -> bytes:
    """Lay out the report on A4 pages; writes `out` when given and returns the PDF bytes."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (
        CondPageBreak,
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
    )
    from reportlab.platypus import Table as PdfTable

    from app.reports.charts import draw_chart

    regular, bold = register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=9, leading=12)
    small = ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5)
    cell = ParagraphStyle("cell", parent=body, fontSize=8, leading=9.5)
    indented = ParagraphStyle("indented", parent=cell, leftIndent=10)
    head = ParagraphStyle("head", parent=cell, fontName=bold, fontSize=7.5, leading=9)
    head_right = ParagraphStyle("headRight", parent=head, alignment=TA_RIGHT)
    head_right_small = ParagraphStyle("headRightSmall", parent=head_right, fontSize=6.5, leading=8)
    title = ParagraphStyle("title", parent=body, fontName=bold, fontSize=17, leading=21)
    subtitle = ParagraphStyle("subtitle", parent=body, fontSize=11, leading=15)
    section = ParagraphStyle(
        "section",
        parent=body,
        fontName=bold,
        fontSize=11.5,
        leading=15,
        spaceBefore=10,
        spaceAfter=4,
    )
    width = A4[0] - 3 * cm

    def escape(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def pdf_table(table: Table, first_width: float) -> PdfTable:
        columns = len(table.columns) - 1
        header_style = head_right if columns < 6 else head_right_small
        other_width = (width - first_width) / columns if columns else 0
        header = [Paragraph(escape(table.columns[0]), head)] + [
            Paragraph(escape(name), header_style) for name in table.columns[1:]
        ]
        rows = [header]
        others_label = translate("Reports", "%1 others (each one in the CSV and XLSX exports)")
        for row in rows_for_paper(table, others_label):
            rows.append(
                [
                    Paragraph(
                        escape(format_cell(row[0]).strip()),
                        indented if str(row[0]).startswith(" ") else cell,
                    )
                ]
                + [format_cell(value) for value in row[1:]]
            )
        if len(rows) == 1:
            rows.append(
                [Paragraph(escape(translate("Reports", "Nothing in this period.")), cell)]
                + [""] * columns
            )
        flowable = PdfTable(rows, colWidths=[first_width] + [other_width] * columns, repeatRows=1)
        flowable.setStyle(
            [
                ("FONT", (0, 0), (-1, -1), regular, 8),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8f5e9")),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#2e7d32")),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f6f6")]),
                ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.HexColor("#bbbbbb")),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
        return flowable

    sites = report.site_columns
    short = _short_site_labels(sites, width, bold) if sites else None

    def site_blocks(table: Table) -> list[Table]:
        """A table of many sites cut into blocks of a few sites (labels S1, S2…), each with
        the table's first column and the total; other tables as they are."""
        if short is None or table.columns[1:-1] != sites:
            return [table]
        count = -(-len(sites) // SITES_PER_BLOCK)
        size = -(-len(sites) // count)
        blocks = []
        for start in range(0, len(sites), size):
            stop = min(start + size, len(sites))
            blocks.append(
                Table(
                    key=table.key,
                    title=table.title,
                    columns=[table.columns[0], *short[start:stop], table.columns[-1]],
                    rows=[[row[0], *row[1 + start : 1 + stop], row[-1]] for row in table.rows],
                    pdf_limit=table.pdf_limit,
                )
            )
        return blocks

    def legend() -> list:
        """Which site each short label stands for, two sites a line."""
        if short is None:
            return []
        pairs = list(zip(short, sites, strict=True))
        half = -(-len(pairs) // 2)
        rows = []
        for left, right in itertools.zip_longest(pairs[:half], pairs[half:]):
            line = [Paragraph(escape(left[0]), head), Paragraph(escape(left[1]), cell)]
            line += (
                [Paragraph(escape(right[0]), head), Paragraph(escape(right[1]), cell)]
                if right
                else ["", ""]
            )
            rows.append(line)
        flowable = PdfTable(rows, colWidths=[1.1 * cm, width / 2 - 1.1 * cm] * 2)
        flowable.setStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#dddddd")),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
        return [Paragraph(escape(translate("Reports", "Sites")), section), flowable]

    def tables_of(table: Table, first_width: float) -> list:
        blocks = site_blocks(table)
        if len(blocks) == 1:
            return [pdf_table(table, first_width)]
        # a block of a few sites is kept on one page when it fits there
        flowables: list = [KeepTogether([pdf_table(blocks[0], first_width)])]
        for block in blocks[1:]:
            flowables += [Spacer(1, 6), KeepTogether([pdf_table(block, first_width)])]
        return flowables

    story: list = [
        Paragraph(escape(report.title), title),
        Paragraph(escape(f"{report.site_name} — {report.period.label()}"), subtitle),
        Paragraph(
            escape(
                translate("Reports", "Made on %1. Figures without any personal data.").replace(
                    "%1", report.generated_on.strftime("%d/%m/%Y")
                )
            ),
            small,
        ),
        Spacer(1, 8),
        *legend(),
        Paragraph(escape(report.key_table.title), section),
        *tables_of(report.key_table, 7.5 * cm),
    ]
    for chart in report.charts:
        block: list = []
        if chart.labels and any(any(series) for series in chart.series):
            block.append(draw_chart(chart, width, regular, bold))
        else:
            block += [
                Paragraph(escape(chart.title), section),
                Paragraph(escape(translate("Reports", "Nothing in this period.")), body),
            ]
        story += [Spacer(1, 10), KeepTogether(block)]
    for table in (table for table in report.tables if table.in_pdf):
        columns = len(site_blocks(table)[0].columns) - 1
        first = 4.2 * cm if columns >= 6 else max(7.5 * cm, width - columns * 2.8 * cm)
        story += [
            CondPageBreak(4 * cm),
            Paragraph(escape(table.title), section),
            *tables_of(table, first),
        ]
        if table.note:
            story.append(Paragraph(escape(table.note), small))
    story += [
        CondPageBreak(5 * cm),
        Paragraph(escape(translate("Reports", "Methods")), section),
    ]
    story += [Paragraph(escape(line), small) for line in report.methods]

    footer_text = f"{report.site_name} — {report.title} — {report.period.label()}"
    page_word = translate("Reports", "Page %1")

    def on_page(canvas, document) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(regular, 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(1.5 * cm, 1 * cm, footer_text[:110])
        canvas.drawRightString(
            A4[0] - 1.5 * cm, 1 * cm, page_word.replace("%1", str(document.page))
        )
        canvas.restoreState()

    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=1.5 * cm,
        rightMargin=1.5 * cm,
        topMargin=1.4 * cm,
        bottomMargin=1.6 * cm,
        title=f"{report.title} — {report.period.label()}",
        author=report.site_name,
        subject=translate("Reports", "Activity report"),
        creator="Aiguillage",
    )
    document.build(story, onFirstPage=on_page, onLaterPages=on_page)
    data = buffer.getvalue()
    if out is not None:
        write_bytes(out, data)
    return data


def write_bytes(out: Path, data: bytes) -> None:
    """Write a file through a temporary neighbour, so a failure never leaves half a file."""
    from app.errors import UserError

    out = Path(out)
    temporary = out.with_name(out.name + ".part")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
        temporary.replace(out)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise UserError(
            translate("Reports", "The file “%1” cannot be written (%2).")
            .replace("%1", str(out))
            .replace("%2", error.strerror or str(error))
        ) from error
