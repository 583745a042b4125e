"""Fonts embedded in every PDF: DejaVu Sans covers accents, œ, «», €, Cyrillic and Arabic."""

import threading
from functools import cache

from app.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
# ReportLab keeps the subset of each document in the shared TrueType font objects: two PDFs
# drawn at once on two threads (previews drawn again together) mix their glyph tables
# (KeyError in makeSubset). Whoever draws with these fonts off the UI thread holds this.
DRAWING = threading.Lock()


@cache
def register_fonts() -> tuple[str, str]:
    """Register the fonts with ReportLab once; returns (regular, bold) font names."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(REGULAR, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
