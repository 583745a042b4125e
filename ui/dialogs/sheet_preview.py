"""Preview of an orientation sheet (QtPdf), then print it or save it as PDF.

The preview opens at once with « Préparation de la fiche… »: what the sheet prints is read on
the database worker (`ui.operations`), the PDF is drawn in the background (ReportLab, no widget
touched), then shown; a refused read is said in French, and an answer that comes after the
preview was closed, or after the paper or language changed again, is dropped.

Printing goes through `ask_printer` (the Qt print dialog; tests replace it) and `print_pdf`,
which renders each page at the printer's resolution. A printed sheet marks its referrals as
printed (a proposed referral is then « envoyée »).
"""

import uuid
from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.context import DeskContext
from app.errors import UserError
from ui import messages, tasks
from ui.operations import read_op, write_op
from ui.screen_fit import fit_size

SHEET_LANGUAGES = (
    ("fr", "Français"),
    ("en", "English"),
    ("es", "Español"),
    ("uk", "Українська"),
    ("ar", "العربية"),
)


def ask_printer(parent: QWidget | None):  # type: ignore[no-untyped-def]
    """The Qt print dialog; returns the chosen QPrinter, or None if cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def print_pdf(pdf: bytes, printer) -> None:  # type: ignore[no-untyped-def]
    """Print every page of the sheet on its own paper: a receipt on an 80 mm roll, not in a
    corner of A4 (ui.printing)."""
    from ui.printing import print_pdf_pages

    print_pdf_pages(printer, pdf, own_paper=True)


def print_sheet(
    ctx: DeskContext,
    parent: QWidget | None,
    pdf: bytes,
    referral_ids: Sequence[uuid.UUID],
    on_printed: Callable[[], None] | None = None,
    on_sent: Callable[[bool], None] | None = None,
) -> None:
    """Ask for a printer, print, then mark the referrals' sheet as printed; `on_printed()`
    once it is marked. `on_sent(True)` as soon as the paper is printed, before the mark (the
    print button goes grey: no second sheet meanwhile), `on_sent(False)` if the mark fails."""
    from app.services.referrals import mark_sheet_printed

    printer = ask_printer(parent)
    if printer is None:
        return
    title = QCoreApplication.translate("SheetPreviewDialog", "Printing")
    try:
        print_pdf(pdf, printer)  # the printer of this PC, not the database
    except UserError as error:
        messages.error(parent, title, error.message)
        return
    if on_sent is not None:
        on_sent(True)
    actor, ids = ctx.actor, list(referral_ids)

    def refused(error: UserError) -> None:
        if on_sent is not None:
            on_sent(False)
        messages.error(parent, title, error.message)

    write_op(
        parent,
        ctx.engine,
        lambda session: mark_sheet_printed(session, actor, ids),
        lambda _none: on_printed() if on_printed is not None else None,
        refused,
    )


class SheetPreviewDialog(QDialog):
    """Shows the sheet of one or several referrals; Print, Save as PDF, A4 or receipt."""

    printed = Signal()
    sent_to_printer = Signal(bool)  # True: the paper is out; False: it could not be noted

    def __init__(
        self,
        ctx: DeskContext,
        parent: QWidget | None = None,
        *,
        referral_ids: Sequence[uuid.UUID],
        paper: str = "a4",
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        from ui.widgets.pdf_view import PdfView

        self.ctx = ctx
        self.referral_ids = list(referral_ids)
        self.pdf: bytes = b""
        self._closed = False
        self._asked = 0  # the newest sheet asked for; older answers are dropped
        self.setObjectName("sheetPreviewDialog")
        self.setWindowTitle(self.tr("Orientation sheet"))
        # as tall as the screen allows: the whole page shows, the buttons stay in view
        fit_size(self, 760, 900)

        self.paper_combo = QComboBox(self)
        self.paper_combo.setObjectName("sheetPaper")
        self.paper_combo.setAccessibleName(self.tr("Paper"))
        self.paper_combo.addItem(self.tr("A4 page"), "a4")
        self.paper_combo.addItem(self.tr("Receipt (80 mm)"), "receipt")
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(paper)))
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("sheetLanguage")
        self.language_combo.setAccessibleName(self.tr("Sheet language"))
        self.language_combo.addItem(self.tr("Language of the referral"), "")
        for code, name in SHEET_LANGUAGES:
            self.language_combo.addItem(name, code)
        if language:
            self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        paper_label = QLabel(self.tr("&Paper:"), self)
        paper_label.setBuddy(self.paper_combo)
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language_combo)

        self.view = PdfView(self)  # holds the PDF shown, its bytes and its pages' drawing
        self.view.setObjectName("sheetView")
        self.view.setAccessibleName(self.tr("Preview of the sheet"))
        self.status_label = QLabel(self.tr("Preparing the sheet…"), self)
        self.status_label.setObjectName("sheetStatus")

        self.print_button = QPushButton(self.tr("&Print"), self)
        self.print_button.setObjectName("sheetPrint")
        self.print_button.setAccessibleName(self.tr("Print the sheet"))
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.setObjectName("sheetSave")
        self.save_button.setAccessibleName(self.tr("Save the sheet as a PDF file"))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("sheetClose")
        self.close_button.setAccessibleName(self.tr("Close the preview"))
        for button in (self.save_button, self.close_button):
            button.setAutoDefault(False)  # Enter always prints

        top = QHBoxLayout()
        top.addWidget(paper_label)
        top.addWidget(self.paper_combo)
        top.addSpacing(12)
        top.addWidget(language_label)
        top.addWidget(self.language_combo)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_now)
        self.print_button.clicked.connect(self.print_now)
        self.save_button.clicked.connect(self.save_as_pdf)
        self.close_button.clicked.connect(self.accept)
        self.paper_combo.currentIndexChanged.connect(self.render)
        self.language_combo.currentIndexChanged.connect(self.render)
        self.render()

    def paper(self) -> str:
        return self.paper_combo.currentData()

    def done(self, result: int) -> None:
        self._closed = True  # a sheet still on its way is no longer wanted
        super().done(result)
        self.view.clear()  # a closed preview kept by its parent holds no PDF

    def render(self) -> None:
        """Read what the sheet prints on the database worker, draw the PDF in the background,
        then show it."""
        self._set_busy(True)
        self._asked += 1
        asked, ids, paper = self._asked, self.referral_ids, self.paper()
        language = self.language_combo.currentData() or None

        def gather(session):  # type: ignore[no-untyped-def]
            from app.pdf.sheets import gather_sheet

            return gather_sheet(session, ids, language=language)

        def draw(content) -> None:  # type: ignore[no-untyped-def]
            from app.pdf.sheet_layout import build_pdf

            if self._wanted(asked):
                tasks.run_task(
                    lambda _progress: build_pdf(content, paper),
                    on_done=lambda pdf: self._show(pdf) if self._wanted(asked) else None,
                    on_error=lambda error: self._failed(error) if self._wanted(asked) else None,
                )

        read_op(self, self.ctx.engine, gather, draw, self._failed, key=f"sheet-{id(self)}")

    def _wanted(self, asked: int) -> bool:
        """The sheet asked as `asked` is still the one to show, in a preview still open."""
        return shiboken6.isValid(self) and not self._closed and asked == self._asked

    def _set_busy(self, busy: bool) -> None:
        self.print_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)
        if busy:
            self.status_label.setText(self.tr("Preparing the sheet…"))

    def _show(self, pdf: bytes) -> None:
        from PySide6.QtPdfWidgets import QPdfView

        if self._closed:
            return
        self.pdf = pdf
        self.view.show_pdf(pdf)
        if self.paper() == "receipt":  # a ticket looks like a ticket, not a poster
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(1.5)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.status_label.setText(self.tr("Ready to print."))
        self._set_busy(False)
        self.print_button.setFocus()

    def _failed(self, error: Exception) -> None:
        if self._closed:
            return
        self.status_label.setText(self.tr("The sheet could not be made."))
        messages.error(self, self.tr("Orientation sheet"), tasks.error_text(error))

    def print_now(self) -> None:
        if not self.pdf or not self.print_button.isEnabled():  # Ctrl+P while another is drawn
            return
        print_sheet(
            self.ctx, self, self.pdf, self.referral_ids, self._printed, self._sent_to_printer
        )

    def _sent_to_printer(self, sent: bool) -> None:
        """The paper is out: no second one while the main PC notes it (a reprint is asked
        again once it is noted); back to active if it could not be noted."""
        self.print_button.setEnabled(not sent)
        if sent:
            self.status_label.setText(self.tr("Sheet printed."))
        self.sent_to_printer.emit(sent)

    def _printed(self) -> None:
        self.status_label.setText(self.tr("Sheet printed."))
        self.print_button.setEnabled(True)
        self.printed.emit()

    def save_as_pdf(self) -> None:
        if not self.pdf or not self.save_button.isEnabled():
            return
        path = messages.save_file(
            self, self.tr("Save the sheet"), self.tr("fiche-orientation.pdf"), "PDF (*.pdf)"
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            path.write_bytes(self.pdf)
        except OSError as error:
            messages.error(
                self,
                self.tr("Save the sheet"),
                self.tr("The file cannot be written (%1).").replace("%1", error.strerror or ""),
            )
            return
        self.status_label.setText(self.tr("Sheet saved."))
