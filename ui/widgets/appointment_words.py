"""How the desk says an appointment: its status, its time, a free slot."""

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from app.clock import to_local
from app.i18n import current_language
from app.pdf.appointment_card_words import day_in_words


def _tr(text: str) -> str:
    return QCoreApplication.translate("AppointmentWords", text)


def status_text(status: str) -> str:
    words = {
        "a-venir": _tr("to come"),
        "vu": _tr("seen"),
        "absent": _tr("no-show"),
        "excuse": _tr("excused"),
        "annule-par-le-lieu": _tr("cancelled by the place"),
    }
    return words.get(status, status)


def slot_text(starts_at: datetime, agent_name: str, seats_left: int, is_group: bool) -> str:
    """« lundi 4 janvier 2027, 9:30 — Jean-Édouard N'Diaye (3 places) »."""
    local = to_local(starts_at)
    text = f"{day_in_words(local, current_language())}, {local:%H:%M} — {agent_name}"
    if is_group:
        seats = _tr("1 seat left") if seats_left == 1 else _tr("%1 seats left")
        text += f" ({seats.replace('%1', str(seats_left))})"
    return text
