"""The till's day summary (bilan du jour): on screen, previewed, saved as PDF or printed."""

from datetime import date

from PySide6.QtCore import QDate, QSizeF, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.clock import local_today
from app.context import DeskContext
from app.errors import UserError
from app.services import till
from app.services.till import DaySummary
from ui import messages, tasks
from ui.operations import read_op
from ui.screen_fit import fit_size
from ui.widgets.controls import named_button


def print_pdf(parent: QWidget | None, pdf: bytes, page_format: str) -> bool:
    """Ask for a printer and print the PDF pages as images. Tests replace this function."""
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from ui.printing import print_pdf_pages
    from ui.widgets.pdf_view import load_pdf

    document = load_pdf(pdf)  # holds its bytes
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    first = document.pagePointSize(0)
    if page_format == "receipt":
        size = QPageSize(QSizeF(first.width(), first.height()), QPageSize.Unit.Point, "80 mm")
        printer.setPageSize(size)
    else:
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    print_pdf_pages(printer, pdf)
    return True


class DaySummaryDialog(QDialog):
    """Shows the figures of a day; previews, saves and prints them on a receipt or A4."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summary: DaySummary | None = None
        self.pdf: bytes | None = None
        self._pdf_key: tuple | None = None
        self._preview = None  # a ui.widgets.pdf_view.PdfView, made when first asked
        self.setObjectName("daySummaryDialog")
        self.setWindowTitle(self.tr("Day summary"))
        self.setMinimumSize(520, 560)

        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        layout.addLayout(left, 1)

        day_row = QHBoxLayout()
        day_label = QLabel(self.tr("&Day:"))
        self.day_edit = QDateEdit(self)
        self.day_edit.setObjectName("daySummaryDay")
        self.day_edit.setAccessibleName(self.tr("Day of the summary"))
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("dd/MM/yyyy")
        today = local_today()
        self.day_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.day_edit.setDate(QDate(today.year, today.month, today.day))
        self.day_edit.dateChanged.connect(self.reload)
        day_label.setBuddy(self.day_edit)
        day_row.addWidget(day_label)
        day_row.addWidget(self.day_edit)
        day_row.addStretch(1)
        left.addLayout(day_row)

        self.figures = QLabel(self)
        self.figures.setObjectName("daySummaryFigures")
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.figures.setMinimumWidth(420)
        left.addWidget(self.figures, 1)

        format_row = QHBoxLayout()
        format_row.addWidget(QLabel(self.tr("Paper:")))
        self.receipt_radio = QRadioButton(self.tr("&Receipt 80 mm"))
        self.receipt_radio.setObjectName("daySummaryReceipt")
        self.receipt_radio.setAccessibleName(self.tr("Receipt 80 mm"))
        self.a4_radio = QRadioButton(self.tr("&A4 page"))
        self.a4_radio.setObjectName("daySummaryA4")
        self.a4_radio.setAccessibleName(self.tr("A4 page"))
        self.receipt_radio.setChecked(True)
        self.format_group = QButtonGroup(self)
        self.format_group.addButton(self.receipt_radio)
        self.format_group.addButton(self.a4_radio)
        self.format_group.buttonToggled.connect(self._format_changed)
        format_row.addWidget(self.receipt_radio)
        format_row.addWidget(self.a4_radio)
        format_row.addStretch(1)
        left.addLayout(format_row)

        buttons = QHBoxLayout()
        self.preview_button = named_button(
            self, "daySummaryPreview", self.tr("&Preview"), min_height=36, auto_default=False
        )
        self.preview_button.clicked.connect(self.show_preview)
        self.save_button = named_button(
            self, "daySummarySave", self.tr("&Save as PDF…"), min_height=36, auto_default=False
        )
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button = named_button(
            self, "daySummaryPrint", self.tr("P&rint…"), min_height=36, auto_default=False
        )
        self.print_button.clicked.connect(self.print_summary)
        self.close_button = named_button(
            self, "daySummaryClose", self.tr("Close"), min_height=36, auto_default=False
        )
        self.close_button.clicked.connect(self.reject)
        for button in (self.preview_button, self.save_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        left.addLayout(buttons)

        self.status = QLabel(self)
        self.status.setObjectName("daySummaryStatus")
        self.status.setWordWrap(True)
        left.addWidget(self.status)

        self.preview_host = QVBoxLayout()
        layout.addLayout(self.preview_host, 1)
        self.reload()

    # --- figures --------------------------------------------------------------------------------
    def selected_day(self) -> date:
        return self.day_edit.date().toPython()

    def page_format(self) -> str:
        return "a4" if self.a4_radio.isChecked() else "receipt"

    def reload(self) -> None:
        actor = self.ctx.actor
        if actor is None:
            return
        day = self.selected_day()
        read_op(
            self,
            self.ctx.engine,
            lambda session: till.day_summary(session, actor, day),
            self._show_summary,
            title=self.tr("Day summary"),
            key=f"day-summary-{id(self)}",
        )

    def _show_summary(self, summary: DaySummary) -> None:
        self.summary = summary
        self.figures.setText(self._figures_html(self.summary))
        self.pdf = None
        if self._preview is not None:
            self.show_preview()

    def _figures_html(self, summary: DaySummary) -> str:
        from app.pdf.day_summary import day_title, summary_rows

        rows = summary_rows(summary)

        def table(pairs: list[tuple[str, str]]) -> str:
            lines = [
                f"<tr><td>{_html(label)}</td><td align='right'>{_html(value)}</td></tr>"
                for label, value in pairs[:-1]
            ]
            label, value = pairs[-1]
            lines.append(
                f"<tr><td><b>{_html(label)}</b></td>"
                f"<td align='right'><b>{_html(value)}</b></td></tr>"
            )
            return f"<table width='100%' cellspacing='0' cellpadding='3'>{''.join(lines)}</table>"

        nothing_weighed = _html(self.tr("No donation weighed."))
        donations = table(rows["donations"]) if summary.donations else f"<p>{nothing_weighed}</p>"
        visits_title = _html(self.tr("Visits per button"))
        donations_title = _html(self.tr("Donations weighed"))
        referrals_title = _html(self.tr("Referrals"))
        return (
            f"<h2>{_html(day_title(summary))}</h2>"
            f"<h3>{visits_title}</h3>{table(rows['visits'])}"
            f"<h3>{donations_title}</h3>{donations}"
            f"<h3>{referrals_title}</h3>{table(rows['referrals'])}"
        )

    # --- PDF ------------------------------------------------------------------------------------
    def _with_pdf(self, then) -> None:  # type: ignore[no-untyped-def]
        """Build the PDF in the background (once per day and format), then call `then`."""
        if self.summary is None:
            return
        key = (self.summary.day, self.page_format(), self.summary)
        if self.pdf is not None and self._pdf_key == key:
            then()
            return
        summary, page_format = self.summary, self.page_format()
        self.status.setText(self.tr("Preparing the PDF…"))

        def work(_progress):  # type: ignore[no-untyped-def]
            from app.pdf.day_summary import render_day_summary

            return render_day_summary(summary, page_format)

        def done(pdf: bytes) -> None:
            self.pdf = pdf
            self._pdf_key = key
            self.status.clear()
            then()

        def failed(error: Exception) -> None:
            self.status.clear()
            messages.error(self, self.tr("Day summary"), tasks.error_text(error))

        tasks.run_task(work, on_done=done, on_error=failed)

    def _format_changed(self, _button, checked: bool) -> None:  # type: ignore[no-untyped-def]
        if checked:
            self.pdf = None
            if self._preview is not None:
                self.show_preview()

    def show_preview(self) -> None:
        self._with_pdf(self._show_pdf)

    def _show_pdf(self) -> None:
        from ui.widgets.pdf_view import PdfView

        if self._preview is None:
            self._preview = PdfView(self)
            self._preview.setObjectName("daySummaryPreviewView")
            self._preview.setAccessibleName(self.tr("Preview of the summary"))
            self._preview.setMinimumWidth(360)
            self.preview_host.addWidget(self._preview)
            fit_size(self, max(self.width(), 980), max(self.height(), 640))
        assert self.pdf is not None
        self._preview.show_pdf(self.pdf)

    def suggested_file_name(self) -> str:
        day = self.selected_day()
        suffix = "ticket" if self.page_format() == "receipt" else "A4"
        return f"bilan-caisse-{day:%Y-%m-%d}-{suffix}.pdf"

    def save_pdf(self) -> None:
        def write() -> None:
            path = messages.save_file(
                self,
                self.tr("Save the summary"),
                self.suggested_file_name(),
                self.tr("PDF (*.pdf)"),
            )
            if path is None:
                return
            if path.suffix.lower() != ".pdf":
                path = path.with_suffix(".pdf")
            try:
                path.write_bytes(self.pdf or b"")
            except OSError as error:
                messages.error(
                    self,
                    self.tr("Day summary"),
                    self.tr("The file cannot be written (%1).").replace(
                        "%1", error.strerror or str(error)
                    ),
                )
                return
            self.status.setText(self.tr("Saved in %1").replace("%1", str(path)))

        self._with_pdf(write)

    def print_summary(self) -> None:
        def send() -> None:
            try:
                printed = print_pdf(self, self.pdf or b"", self.page_format())
            except UserError as error:
                messages.error(self, self.tr("Day summary"), error.message)
                return
            if printed:
                self.status.setText(self.tr("Sent to the printer."))

        self._with_pdf(send)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
