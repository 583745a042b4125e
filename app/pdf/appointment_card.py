"""The card a person takes away after booking: when (the date in words), where, how to come,
what to bring, the phone number to cancel, and a QR code holding the appointment as an
iCalendar VEVENT (no name inside: a lost card tells a finder nothing about the person).
A4 or an 80 mm ticket, in the person's language among the sheet's five (fr, en, es, uk, ar).
"""

import io
import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from xml.sax.saxutils import escape

from sqlmodel import Session

from app.clock import to_local, utcnow
from app.errors import UserError
from app.i18n import translate
from app.pdf import appointment_card_words as words
from app.pdf.sheet_content import MM, RECEIPT_WIDTH_MM
from app.pdf.sheet_labels import is_rtl, sheet_language
from app.permissions import Actor, Permission, require
from app.services.appointments import aware
from models import Agent, Appointment, AppointmentMotif, AppointmentSession, Person, Site

PAPERS = ("a4", "receipt")
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")


def _tr(text: str) -> str:
    return translate("Appointments", text)


@dataclass(frozen=True)
class CardContent:
    appointment_id: uuid.UUID
    language: str
    site_name: str
    address: str
    phone: str
    person_name: str
    agent_name: str
    motif: str
    kind: str
    instructions: str
    starts_at: datetime  # UTC
    ends_at: datetime


def gather_card(
    session: Session, actor: Actor, appointment_id: uuid.UUID, language: str | None = None
) -> CardContent:
    """What the card prints, in `language` (else the person's preferred one)."""
    require(actor, Permission.BOOK_APPOINTMENTS)
    appointment = session.get(Appointment, appointment_id)
    if appointment is None or appointment.site_id != actor.site_id:
        raise UserError(_tr("This appointment no longer exists."))
    held = session.get(AppointmentSession, appointment.session_id)
    motif = session.get(AppointmentMotif, held.motif_id)
    person = session.get(Person, appointment.person_id)
    site = session.get(Site, appointment.site_id)
    agent = session.get(Agent, held.agent_id)
    town = f"{site.postal_code} {site.commune}".strip()
    address = ", ".join(part for part in (site.address, town) if part)
    return CardContent(
        appointment.id, sheet_language(language or person.preferred_language), site.name,
        address, site.phone, f"{person.first_name} {person.last_name}".strip(),
        agent.name if agent else "", motif.name, motif.kind, motif.instructions,
        aware(held.starts_at), aware(held.ends_at),
    )  # fmt: skip


def _ical_text(value: str) -> str:
    return (
        value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    )


def vevent(card: CardContent, now: datetime | None = None) -> str:
    """The appointment as an iCalendar VEVENT (RFC 5545), times in UTC."""
    stamp = "%Y%m%dT%H%M%SZ"
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Aiguillage//Rendez-vous//FR",
        "BEGIN:VEVENT", f"UID:{card.appointment_id}@aiguillage",
        f"DTSTAMP:{(now or utcnow()).strftime(stamp)}",
        f"DTSTART:{card.starts_at.strftime(stamp)}", f"DTEND:{card.ends_at.strftime(stamp)}",
        f"SUMMARY:{_ical_text(f'{card.motif} — {card.site_name}')}",
    ]  # fmt: skip
    if card.kind == "sur-place" and card.address:
        lines.append(f"LOCATION:{_ical_text(card.address)}")
    if card.phone:
        lines.append(f"DESCRIPTION:{_ical_text(card.phone)}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def render_card(
    session: Session,
    actor: Actor,
    appointment_id: uuid.UUID,
    paper: str = "a4",
    language: str | None = None,
) -> bytes:
    if paper not in PAPERS:
        raise UserError(_tr("Unknown paper format: choose A4 or ticket."))
    return build_card(gather_card(session, actor, appointment_id, language), paper)


def build_card(card: CardContent, paper: str = "a4") -> bytes:
    from app.pdf.fonts import DRAWING

    with DRAWING:
        return _build(card, paper)


def _build(card: CardContent, paper: str) -> bytes:
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.utils import simpleSplit
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    from app.pdf.fonts import register_fonts

    regular, bold = register_fonts()
    receipt = paper == "receipt"
    language = card.language
    rtl = is_rtl(language)
    scale = 0.85 if receipt else 1.0
    align = TA_RIGHT if rtl else TA_LEFT
    ink = colors.HexColor("#20313f")

    def style(name: str, size: float, font: str = regular, **extra) -> ParagraphStyle:  # type: ignore[no-untyped-def]
        return ParagraphStyle(name, fontName=font, fontSize=size * scale,
                              leading=size * scale * 1.3, alignment=extra.pop("alignment", align),
                              textColor=extra.pop("color", ink), **extra)  # fmt: skip

    styles = {
        "site": style("site", 12, bold),
        "title": style("title", 18, bold, spaceBefore=6, spaceAfter=6),
        "when": style("when", 16, bold, spaceAfter=2),
        "label": style("label", 9, bold, color=colors.HexColor("#4a5a66"), spaceBefore=8),
        "value": style("value", 11),
        "caption": style("caption", 8, alignment=TA_CENTER, color=colors.HexColor("#4a5a66")),
    }
    margin = 4 * MM if receipt else 18 * MM
    page_w = RECEIPT_WIDTH_MM * MM if receipt else A4[0]
    width = page_w - 2 * margin

    def para(text: str, name: str) -> Paragraph:
        st = styles[name]
        lines = []
        for chunk in (text or "").split("\n"):
            if not _ARABIC.search(chunk):
                lines.append(escape(chunk))
                continue
            import arabic_reshaper
            from bidi.algorithm import get_display

            shaped = arabic_reshaper.reshape(chunk)
            for line in simpleSplit(shaped, st.fontName, st.fontSize, max(width - 4, 20)):
                lines.append(escape(get_display(line, base_dir="R" if rtl else "L")))
        return Paragraph("<br/>".join(lines), st)

    def say(key: str) -> str:
        return words.label(language, key)

    local = to_local(card.starts_at)
    minutes = int((card.ends_at - card.starts_at) / timedelta(minutes=1))
    story = [
        para(card.site_name, "site"),
        para(say("title"), "title"),
        para(words.day_in_words(local, language), "when"),
        para(words.time_in_words(local, language), "when"),
        para(say("duration").format(minutes=minutes), "value"),
        para(say("for"), "label"), para(card.person_name, "value"),
        para(say("motif"), "label"), para(card.motif, "value"),
    ]  # fmt: skip
    if card.agent_name:
        story += [para(say("with"), "label"), para(card.agent_name, "value")]
    story += [para(say("how"), "label"), para(say(card.kind), "value")]
    if card.address and card.kind == "sur-place":
        story += [para(say("address"), "label"), para(card.address, "value")]
    if card.instructions:
        story += [para(say("bring"), "label"), para(card.instructions, "value")]
    cancel = say("cancel").format(phone=card.phone) if card.phone else say("cancel_no_phone")
    story += [Spacer(1, 8), para(cancel, "value"), Spacer(1, 10)]
    size = (42 if receipt else 50) * MM
    widget = QrCodeWidget(vevent(card), barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    drawing.hAlign = "CENTER"
    story += [drawing, para(say("scan"), "caption")]
    if receipt:
        height = sum(f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                     for f in story) + 2 * margin + 10 * MM  # fmt: skip
        page = (page_w, height)
    else:
        page = A4
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=page, leftMargin=margin, rightMargin=margin,
                            topMargin=margin, bottomMargin=margin, title=say("title"),
                            author=card.site_name, lang=language)  # fmt: skip
    doc.build(story)
    return buffer.getvalue()
