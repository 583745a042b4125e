"""Printing a PDF that the app made (a report, a day summary, a sheet) on this PC's printer.

Each page is drawn at the printer's resolution, centred and in proportion. A printer that
writes a PDF file (« Imprimer dans un fichier (PDF) » of the print dialog) gets the PDF itself,
as « Enregistrer le PDF » writes it: pictures of its pages made a 45 KB report weigh 5 MB and
lose its text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.errors import UserError


def _tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def print_pdf_pages(printer: Any, pdf: bytes, *, own_paper: bool = False) -> int:
    """Print every page of `pdf` on `printer`; how many pages. `own_paper`: the paper is the
    PDF's own page size without margins (a receipt on an 80 mm roll, not in a corner of A4).
    Raises UserError (in French) when the PDF or the printer cannot be used."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

    from ui.widgets.pdf_view import load_pdf

    document = load_pdf(pdf)  # holds its own bytes
    try:
        pages = document.pageCount()
        if pages == 0:
            raise UserError(_tr("The document could not be prepared for printing."))
        if own_paper:
            _use_own_paper(printer, document.pagePointSize(0))
        if _writes_pdf_file(printer):
            _write_pdf_file(printer, pdf)
            return pages
        painter = QPainter()
        if not painter.begin(printer):
            raise UserError(_tr("The printer cannot be used. Is it switched on?"))
        try:
            dpi = printer.resolution()
            for page in range(pages):
                if page:
                    printer.newPage()
                points = document.pagePointSize(page)
                image = document.render(page, (points * dpi / 72).toSize())
                area = QRectF(painter.viewport())
                scale = min(area.width() / image.width(), area.height() / image.height(), 1.0)
                width, height = image.width() * scale, image.height() * scale
                left = area.x() + (area.width() - width) / 2
                painter.drawImage(QRectF(left, area.y(), width, height), image)
        finally:
            painter.end()
        return pages
    finally:
        document.close()


def _use_own_paper(printer: Any, points: Any) -> None:
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize

    printer.setFullPage(True)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(
                QSizeF(points.width(), points.height()), QPageSize.Unit.Point, "",
                QPageSize.SizeMatchPolicy.FuzzyMatch,
            ),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )  # fmt: skip


def _writes_pdf_file(printer: Any) -> bool:
    from PySide6.QtPrintSupport import QPrinter

    output_format = getattr(printer, "outputFormat", None)  # a QPdfWriter has none: it paints
    return (
        output_format is not None
        and output_format() == QPrinter.OutputFormat.PdfFormat
        and bool(printer.outputFileName())
    )


def _write_pdf_file(printer: Any, pdf: bytes) -> None:
    path = Path(printer.outputFileName())
    try:
        path.write_bytes(pdf)
    except OSError as error:
        raise UserError(
            _tr("The PDF file could not be written in “%1”: %2")
            .replace("%1", str(path.parent))
            .replace("%2", error.strerror or str(error))
        ) from error
