"""Drawing the orientation sheet with ReportLab platypus (imported by render_orientation_sheet).

A4: one header, then one framed block per service with its QR code on the side.
Receipt: an 80 mm wide page whose height is measured from its content, QR codes below the text.
Arabic is shaped, wrapped on the logical text, then each line is put in display order, and
everything is right-aligned.
"""

import io
import re
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.pdf import sheet_labels as words
from app.pdf.fonts import DRAWING, register_fonts
from app.pdf.sheet_content import MM, RECEIPT_WIDTH_MM, ServiceBlock, SheetContent

_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
INK = colors.HexColor("#20313f")
GREY = colors.HexColor("#4a5a66")
RULE = colors.HexColor("#b8c4cc")


class _Writer:
    """Makes paragraphs in the sheet's direction, for a given paper."""

    def __init__(self, language: str, receipt: bool) -> None:
        self.regular, self.bold = register_fonts()
        self.rtl = words.is_rtl(language)
        self.receipt = receipt
        scale = 0.9 if receipt else 1.0
        align = TA_RIGHT if self.rtl else TA_LEFT
        self.styles = {
            "site": ParagraphStyle(
                "site",
                fontName=self.bold,
                fontSize=13 * scale,
                leading=16 * scale,
                alignment=align,
                textColor=INK,
            ),
            "small": ParagraphStyle(
                "small",
                fontName=self.regular,
                fontSize=8.5 * scale,
                leading=11 * scale,
                alignment=align,
                textColor=GREY,
            ),
            "title": ParagraphStyle(
                "title",
                fontName=self.bold,
                fontSize=17 * scale,
                leading=21 * scale,
                alignment=align,
                textColor=INK,
                spaceBefore=6,
                spaceAfter=4,
            ),
            "date": ParagraphStyle(
                "date",
                fontName=self.regular,
                fontSize=10.5 * scale,
                leading=14 * scale,
                alignment=TA_LEFT if self.rtl else TA_RIGHT,
            ),
            "line": ParagraphStyle(
                "line",
                fontName=self.regular,
                fontSize=10.5 * scale,
                leading=14 * scale,
                alignment=align,
            ),
            "service": ParagraphStyle(
                "service",
                fontName=self.bold,
                fontSize=12.5 * scale,
                leading=15.5 * scale,
                alignment=align,
                textColor=INK,
            ),
            "org": ParagraphStyle(
                "org",
                fontName=self.regular,
                fontSize=10 * scale,
                leading=13 * scale,
                alignment=align,
                textColor=GREY,
            ),
            "label": ParagraphStyle(
                "label",
                fontName=self.bold,
                fontSize=8.5 * scale,
                leading=11 * scale,
                alignment=align,
                textColor=GREY,
            ),
            "value": ParagraphStyle(
                "value",
                fontName=self.regular,
                fontSize=9.5 * scale,
                leading=12.5 * scale,
                alignment=align,
            ),
            "caption": ParagraphStyle(
                "caption",
                fontName=self.regular,
                fontSize=7.5 * scale,
                leading=9.5 * scale,
                alignment=TA_CENTER,
                textColor=GREY,
            ),
        }

    def para(self, text: str, style: str, width: float) -> Paragraph:
        """A paragraph; lines with Arabic are wrapped here so each reads right to left."""
        st = self.styles[style]
        lines: list[str] = []
        for chunk in (text or "").split("\n"):
            if not _ARABIC.search(chunk):  # partner data stays as entered, in its own order
                lines.append(escape(chunk))
                continue
            import arabic_reshaper
            from bidi.algorithm import get_display

            shaped = arabic_reshaper.reshape(chunk)
            for line in simpleSplit(shaped, st.fontName, st.fontSize, max(width - 4, 20)):
                lines.append(escape(get_display(line, base_dir="R" if self.rtl else "L")))
        return Paragraph("<br/>".join(lines), st)

    def row(self, cells: list) -> list:
        return list(reversed(cells)) if self.rtl else cells


def _qr(value: str, size: float) -> Drawing:
    widget = QrCodeWidget(value, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def _header(content: SheetContent, w: _Writer, width: float) -> list[Flowable]:
    text = [w.para(content.site_name, "site", width * 0.7)]
    text += [w.para(line, "small", width * 0.7) for line in content.site_lines]
    date_line = f"{words.label(content.language, 'date')} : {content.day}"
    logo = None
    if content.logo_png:
        try:
            reader = ImageReader(io.BytesIO(content.logo_png))
            iw, ih = reader.getSize()
            height = 16 * MM
            logo = Image(io.BytesIO(content.logo_png), width=height * iw / ih, height=height)
        except Exception:  # noqa: BLE001 — a broken logo must never stop the sheet
            logo = None
    flow: list[Flowable] = []
    if w.receipt:
        if logo is not None:
            logo.hAlign = "CENTER"
            flow.append(logo)
        flow += text
        flow.append(w.para(date_line, "small", width))
    else:
        left: list = ([logo] if logo is not None else []) + text
        table = Table(
            [w.row([left, w.para(date_line, "date", width * 0.3)])],
            colWidths=w.row([width * 0.7, width * 0.3]),
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("ALIGN", (0, 0), (-1, -1), "RIGHT" if not w.rtl else "LEFT"),
                ]
            )
        )
        flow.append(table)
    return flow


def _intro(content: SheetContent, w: _Writer, width: float) -> list[Flowable]:
    lab = words.LABELS[content.language]
    flow: list[Flowable] = [w.para(lab["title"], "title", width)]
    if content.first_name:
        flow.append(w.para(f"{lab['for']} : {content.first_name}", "line", width))
    if content.about:
        flow.append(w.para(f"{lab['about']} : {content.about}", "line", width))
    flow.append(Spacer(1, 4))
    return flow


def _fields_table(block: ServiceBlock, w: _Writer, width: float) -> Table:
    if w.receipt:  # stacked: the label above its value
        rows = []
        for name, value in block.fields:
            rows.append([[w.para(name, "label", width), w.para(value, "value", width)]])
        widths = [width]
    else:
        label_w = width * 0.3
        rows = [
            w.row([w.para(name, "label", label_w), w.para(value, "value", width - label_w)])
            for name, value in block.fields
        ]
        widths = w.row([label_w, width - label_w])
    table = Table(rows, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4 if not w.receipt else 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def _service(block: ServiceBlock, w: _Writer, width: float) -> list[Flowable]:
    if w.receipt:
        qr_size = 32 * MM
        qr = Table(
            [[_qr(block.qr_value, qr_size)], [w.para(block.qr_caption, "caption", width)]],
            colWidths=[width],
        )
        qr.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER")]))
        return [
            _rule(width),
            w.para(block.name, "service", width),
            w.para(block.organization, "org", width),
            Spacer(1, 3),
            _fields_table(block, w, width),
            Spacer(1, 3),
        ] + ([qr] if block.qr_value else [])
    qr_w = 34 * MM if block.qr_value else 0
    text_w = width - qr_w - 8
    text = [
        w.para(block.name, "service", text_w),
        w.para(block.organization, "org", text_w),
        Spacer(1, 4),
        _fields_table(block, w, text_w),
    ]
    if block.qr_value:
        qr_cell = [_qr(block.qr_value, 30 * MM), w.para(block.qr_caption, "caption", qr_w)]
        table = Table([w.row([text, qr_cell])], colWidths=w.row([text_w + 8, qr_w]))
    else:  # neither phone nor address: nothing to scan
        table = Table([[text]], colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.8, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [Spacer(1, 6), table]


def _rule(width: float) -> Table:
    table = Table([[""]], colWidths=[width], rowHeights=[4])
    table.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), 0.8, RULE)]))
    return table


def _story(content: SheetContent, w: _Writer, width: float) -> list[Flowable]:
    story = _header(content, w, width) + _intro(content, w, width)
    for block in content.blocks:
        story += _service(block, w, width)
    story += [Spacer(1, 8), w.para(words.label(content.language, "privacy"), "small", width)]
    return story


def _measure(story: list[Flowable], width: float) -> float:
    total = 0.0
    for flowable in story:
        _, height = flowable.wrap(width, 10_000 * MM)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def build_pdf(content: SheetContent, paper: str) -> bytes:
    """The sheet's PDF; one at a time in the process (app.pdf.fonts.DRAWING), as the desk
    draws them on background threads."""
    with DRAWING:
        return _build_pdf(content, paper)


def _build_pdf(content: SheetContent, paper: str) -> bytes:
    from reportlab.lib.pagesizes import A4

    receipt = paper == "receipt"
    writer = _Writer(content.language, receipt)
    margin = 4 * MM if receipt else 16 * MM
    page_w = RECEIPT_WIDTH_MM * MM if receipt else A4[0]
    width = page_w - 2 * margin
    story = _story(content, writer, width)
    if receipt:  # one long page, as tall as its content
        page_h = _measure(story, width) + 2 * margin + 12 * MM
        story = _story(content, writer, width)  # fresh flowables for the real build
    else:
        page_h = A4[1]
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(page_w, page_h),
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=words.label(content.language, "title"),
        author=content.site_name,
        lang=content.language,
    )
    frame = Frame(
        margin,
        margin,
        width,
        page_h - 2 * margin,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="sheet", frames=[frame])])
    doc.build(story)
    return buffer.getvalue()
