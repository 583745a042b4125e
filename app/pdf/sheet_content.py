"""What an orientation sheet says, gathered by app.pdf.sheets and drawn by
app.pdf.sheet_layout: plain values in the sheet's language, and the paper's measures."""

from dataclasses import dataclass, field

MM = 72 / 25.4
RECEIPT_WIDTH_MM = 80


@dataclass
class ServiceBlock:
    """What the sheet prints for one service, already in the sheet's language."""

    name: str
    organization: str
    fields: list[tuple[str, str]]
    qr_value: str
    qr_caption: str


@dataclass
class SheetContent:
    language: str
    site_name: str
    site_lines: list[str]
    logo_png: bytes | None
    day: str
    first_name: str
    about: str
    blocks: list[ServiceBlock] = field(default_factory=list)
