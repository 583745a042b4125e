"""A person's whole file as a readable PDF, for them to take away (right of access)."""

import re
from pathlib import Path
from typing import Any

from app.i18n import translate
from app.taxonomy import label, theme_label


def _tr(text: str) -> str:
    return translate("PersonFilePdf", text)


def _field_labels() -> dict[str, str]:
    return {
        "first_name": _tr("First name"),
        "last_name": _tr("Last name"),
        "birth_year": _tr("Year of birth"),
        "postal_code": _tr("Postal code"),
        "commune": _tr("Town"),
        "phone": _tr("Phone"),
        "email": _tr("E-mail"),
        "preferred_language": _tr("Language"),
        "situation": _tr("Situation"),
        "privacy_notice_given_on": _tr("Privacy notice given on"),
        "created_at": _tr("File created on"),
        "updated_at": _tr("Last change"),
        "last_activity_at": _tr("Last contact"),
    }


_ISO_MOMENT = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})\S*)?$")


def _text(value: Any) -> str:
    """A stored value as a person reads it: dates as 21/11/2026 14:05, lists as labels."""
    if value is None or value == "":
        return "—"
    if isinstance(value, list):
        return ", ".join(label(str(v)) for v in value) or "—"
    match = _ISO_MOMENT.match(str(value))
    if match:
        year, month, day, hour, minute = match.groups()
        return f"{day}/{month}/{year}" + (f" {hour}:{minute}" if hour else "")
    return str(value)


def render_person_file_pdf(data: dict[str, Any], path: Path) -> Path:
    """Write the file collected by `person_rights.collect_person_file` as an A4 PDF."""
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from app.pdf.fonts import register_fonts

    regular, bold = register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=13)
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=11)
    title = ParagraphStyle("title", parent=body, fontName=bold, fontSize=16, leading=20)
    heading = ParagraphStyle("heading", parent=body, fontName=bold, fontSize=12, leading=16)

    def para(value: Any, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(_text(value)), style)

    def table(rows: list[list[Any]], widths: list[float], header: bool = True) -> Table:
        grid = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#b0bec5")),
        ]
        if header:
            style.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#20313f")))
        grid.setStyle(TableStyle(style))
        return grid

    person = data["person"]
    story: list[Any] = [
        Paragraph(escape(_tr("Your file at %1").replace("%1", data.get("site") or "")), title),
        Spacer(1, 2 * mm),
        para(
            _tr("Everything we keep about you, as of %1.").replace("%1", _text(data["exported_at"]))
        ),
        Spacer(1, 5 * mm),
        Paragraph(escape(_tr("Your details")), heading),
    ]
    rows = [[para(name, small), para(person.get(key))] for key, name in _field_labels().items()]
    story.append(table(rows, [55 * mm, 115 * mm], header=False))

    story += [Spacer(1, 5 * mm), Paragraph(escape(_tr("Your visits")), heading)]
    if data["visits"]:
        rows = [[para(_tr("Date"), small), para(_tr("Topics"), small), para(_tr("Note"), small)]]
        for visit in data["visits"]:
            themes = ", ".join(theme_label(t) for t in visit["themes"])
            rows.append([para(visit["occurred_at"]), para(themes), para(visit["note"])])
        story.append(table(rows, [35 * mm, 70 * mm, 65 * mm]))
    else:
        story.append(para(_tr("No visit recorded.")))

    story += [Spacer(1, 5 * mm), Paragraph(escape(_tr("Your referrals")), heading)]
    if data["referrals"]:
        rows = [[para(_tr("Date"), small), para(_tr("Service"), small), para(_tr("Reason"), small)]]
        for referral in data["referrals"]:
            rows.append(
                [para(referral["created_at"]), para(referral["service"]), para(referral["reason"])]
            )
        story.append(table(rows, [35 * mm, 70 * mm, 65 * mm]))
    else:
        story.append(para(_tr("No referral recorded.")))

    story += [
        Spacer(1, 8 * mm),
        para(
            _tr(
                "You may ask us to correct or erase this file at any time. Without contact for "
                "two years, it is anonymised automatically."
            ),
            small,
        ),
    ]
    document = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=_tr("Personal file"),
    )
    document.build(story)
    return path
