"""Whether this PC's backups are encrypted, chosen once at the first backup from the window,
and the paper that keeps the passphrase.

The choice is kept beside the backups' folder (`<folder>-chiffrement.json`, 0600, never in the
folder itself nor in the second folder): the passphrase stays on this PC, which holds the
database itself anyway, so that the automatic backups are encrypted too; a copy on a USB stick
that goes astray is then unreadable without it. Lost, it cannot be found again: the paper
(PDF, to print and keep under lock) is offered before the choice counts.
"""

from __future__ import annotations

import json
from datetime import datetime
from io import BytesIO
from pathlib import Path

from app.errors import UserError
from app.i18n import translate
from app.private_files import write_private

MIN_LENGTH = 12
CHOICE_SUFFIX = "-chiffrement.json"


def _tr(text: str) -> str:
    return translate("BackupPassphrase", text)


def choice_file(folder: Path) -> Path:
    return folder.with_name(folder.name + CHOICE_SUFFIX)


def _read(folder: Path) -> dict | None:
    try:
        values = json.loads(choice_file(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return values if isinstance(values, dict) else None


def encryption_chosen(folder: Path) -> bool:
    """Whether encrypting the backups of `folder` was already answered (yes or no)."""
    return _read(folder) is not None


def kept_passphrase(folder: Path) -> str | None:
    """The passphrase the backups of `folder` are encrypted with, None for plain backups."""
    values = _read(folder) or {}
    phrase = values.get("passphrase") if values.get("encrypt") else None
    return phrase if isinstance(phrase, str) and phrase else None


def keep_choice(folder: Path, passphrase: str | None) -> None:
    """Keep the answer (a passphrase, or None: plain backups), 0600, written aside then put in
    place."""
    values = {"encrypt": bool(passphrase), "passphrase": passphrase or None}
    write_private(choice_file(folder), json.dumps(values))


def check_new_passphrase(first: str, second: str) -> str:
    """The passphrase typed twice, or UserError saying in French what to change."""
    if len(first.strip()) < MIN_LENGTH:
        raise UserError(
            _tr("Choose a passphrase of at least %1 characters: a few words are easy to "
                "remember.").replace("%1", str(MIN_LENGTH))
        )
    if first != second:
        raise UserError(_tr("The two passphrases are different: type the same one twice."))
    return first


def passphrase_sheet(passphrase: str, place: str, now: datetime) -> bytes:
    """The paper that keeps the passphrase: a PDF page in French, fonts embedded."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    from app.clock import to_local
    from app.pdf.fonts import DRAWING, register_fonts

    regular, bold = register_fonts()
    title = ParagraphStyle("title", fontName=bold, fontSize=18, leading=24)
    body = ParagraphStyle("body", fontName=regular, fontSize=11, leading=16)
    phrase = ParagraphStyle("phrase", fontName=bold, fontSize=20, leading=28, borderWidth=1,
                            borderPadding=8, borderColor="#444444")
    made = to_local(now).strftime("%d/%m/%Y")
    story = [
        Paragraph(escape(_tr("Passphrase of the Aiguillage backups")), title),
        Spacer(1, 6 * mm),
        Paragraph(escape(_tr("Place: %1 — chosen on %2").replace("%1", place or "—")
                         .replace("%2", made)), body),
        Spacer(1, 8 * mm),
        Paragraph(escape(passphrase), phrase),
        Spacer(1, 10 * mm),
    ]
    for line in (
        _tr("The backups of this place are encrypted with this passphrase. Without it, "
            "nobody can open them, not even to restore the place's data."),
        _tr("Keep this sheet under lock, away from the computer. Do not photograph it, do not "
            "send it by e-mail."),
        _tr("To restore an encrypted backup: Settings › Backups, type this passphrase, then "
            "« Restore »."),
    ):
        story += [Paragraph(escape(line), body), Spacer(1, 4 * mm)]
    out = BytesIO()
    with DRAWING:
        SimpleDocTemplate(out, pagesize=A4, title=_tr("Passphrase of the Aiguillage backups"),
                          leftMargin=20 * mm, rightMargin=20 * mm).build(story)
    return out.getvalue()


def write_passphrase_sheet(path: Path, passphrase: str, place: str, now: datetime) -> None:
    """The paper as a PDF file (0600: it holds the passphrase), or UserError in French."""
    try:
        write_private(Path(path), passphrase_sheet(passphrase, place, now))
    except OSError as error:
        raise UserError(
            _tr("The sheet could not be written: %1").replace("%1", error.strerror or str(error))
        ) from error
