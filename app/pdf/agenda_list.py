"""A day's appointments on paper: the day's list (time, agent, motif, person, status) or the
« à rappeler » list (the appointments in two days, with the phone numbers to call)."""

import io
from datetime import date

from app.clock import to_local
from app.i18n import counted, current_language, translate
from app.pdf.sheet_content import MM
from app.services.appointments import AgendaRow


def _tr(text: str) -> str:
    return translate("Agenda", text)


def status_words(status: str) -> str:
    """A booking's status in words."""
    words = {
        "a-venir": _tr("to come"),
        "vu": _tr("seen"),
        "absent": _tr("no-show"),
        "excuse": _tr("excused"),
        "annule-par-le-lieu": _tr("cancelled by the place"),
    }
    return words.get(status, status)


def _day_words(day: date) -> str:
    """« lundi 4 janvier 2027 » in the interface's language (French or English)."""
    from app.pdf.appointment_card_words import day_in_words

    return day_in_words(day, current_language())


def build_agenda_pdf(site_name: str, day: date, rows: list[AgendaRow], recalls: bool) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from app.pdf.fonts import DRAWING, register_fonts

    with DRAWING:
        regular, bold = register_fonts()
        title = ParagraphStyle("t", fontName=bold, fontSize=15, leading=19)
        small = ParagraphStyle("s", fontName=regular, fontSize=9, leading=11.5)
        cell = ParagraphStyle("c", fontName=regular, fontSize=9.5, leading=12)
        heading = _tr("To call back: appointments of %1") if recalls else _tr("Appointments of %1")
        story = [
            Paragraph(site_name, small),
            Paragraph(heading.replace("%1", _day_words(day)), title),
            Spacer(1, 6),
        ]
        if recalls:
            story.append(Paragraph(_tr("Call each person to remind them of the time."), small))
            header = [_tr("Time"), _tr("Person"), _tr("Phone"), _tr("Motif"), _tr("Agent"),
                      _tr("Called")]  # fmt: skip
            widths = [16 * MM, 42 * MM, 32 * MM, 40 * MM, 30 * MM, 16 * MM]
        else:
            header = [_tr("Time"), _tr("Agent"), _tr("Motif"), _tr("Person"), _tr("Status")]
            widths = [16 * MM, 34 * MM, 46 * MM, 50 * MM, 30 * MM]
        table = [header]
        for row in rows:
            when = to_local(row.starts_at).strftime("%H:%M")
            person = row.person_name or _tr("(name hidden)")
            if recalls:
                phone = row.phone or _tr("no number")
                values = [when, person, phone, row.motif_name, row.agent_name, "☐"]
            else:
                values = [when, row.agent_name, row.motif_name, person, status_words(row.status)]
            table.append([Paragraph(str(v), cell) for v in values])
        if not rows:
            story.append(Spacer(1, 10))
            story.append(Paragraph(_tr("No appointment this day."), cell))
        else:
            grid = Table(table, colWidths=widths, repeatRows=1)
            grid.setStyle(TableStyle([
                ("FONT", (0, 0), (-1, 0), bold, 9.5),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#20313f")),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#b8c4cc")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))  # fmt: skip
            story += [Spacer(1, 6), grid]
            total = counted(len(rows), _tr("%1 appointment."), _tr("%1 appointments."))
            story += [Spacer(1, 8), Paragraph(total, small)]
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer, pagesize=A4, leftMargin=14 * MM, rightMargin=14 * MM,
                          topMargin=14 * MM, bottomMargin=14 * MM,
                          title=heading.replace("%1", day.isoformat())).build(story)  # fmt: skip
        return buffer.getvalue()
