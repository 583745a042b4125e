"""The Reports page: choose a report and a period, make it in the background, read it here,
print it, save the PDF, export its tables as CSV or XLSX."""

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.clock import local_today
from app.context import DeskContext
from app.permissions import Permission
from app.reports.periods import proposed_month
from ui import messages
from ui.operations import read_op, write_op
from ui.pages.base import Page
from ui.tasks import error_text, run_task
from ui.widgets.controls import named_button
from ui.widgets.empty_state import EmptyState

MONTHLY, ANNUAL = "monthly", "annual"
MONTH, QUARTER, YEAR, CUSTOM = "month", "quarter", "year", "custom"


def print_pdf(parent: QWidget | None, pdf: bytes, title: str) -> bool:
    """Ask for a printer and print every page of the PDF; False if the person cancelled.
    Tests replace this function."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_pdf_pages(printer, pdf)
    return True


def paint_pdf_pages(printer: Any, pdf: bytes) -> int:
    """Print each page of the PDF (ui.printing); how many pages."""
    from ui.printing import print_pdf_pages

    return print_pdf_pages(printer, pdf)


class RapportsPage(Page):
    key = "rapports"

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.report: Any = None
        self.pdf: bytes = b""
        self._viewer: Any = None  # a ui.widgets.pdf_view.PdfView, made for the first report
        self._busy = False
        today = local_today()
        layout = QVBoxLayout(self)

        choice = QHBoxLayout()
        self.kind_combo = self._combo(
            "reportKind",
            self.tr("Report"),
            [(self.tr("Referral summary"), MONTHLY), (self.tr("Annual activity report"), ANNUAL)],
        )
        self.period_combo = self._combo(
            "periodKind",
            self.tr("Period"),
            [
                (self.tr("A month"), MONTH),
                (self.tr("A quarter"), QUARTER),
                (self.tr("A year"), YEAR),
                (self.tr("Dates of my choice"), CUSTOM),
            ],
        )
        for text, combo in (
            (self.tr("&Report:"), self.kind_combo),
            (self.tr("&Period:"), self.period_combo),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            choice.addWidget(label)
            choice.addWidget(combo)
            choice.addSpacing(12)

        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("reportYear")
        self.year_spin.setAccessibleName(self.tr("Year"))
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(today.year)
        self.month_combo = self._combo(
            "reportMonth",
            self.tr("Month"),
            [(self._month_name(m), m) for m in range(1, 13)],
        )
        proposed, self.proposed_why = proposed_month(today)
        self.month_combo.setCurrentIndex(proposed.first.month - 1)
        self.year_spin.setValue(proposed.first.year)
        self.quarter_combo = self._combo(
            "reportQuarter",
            self.tr("Quarter"),
            [(self.tr("Quarter %1").replace("%1", str(q)), q) for q in range(1, 5)],
        )
        self.quarter_combo.setCurrentIndex((today.month - 1) // 3)
        self.from_edit = self._date_edit("reportFrom", self.tr("From"), today.replace(day=1))
        self.to_edit = self._date_edit("reportTo", self.tr("To"), today)

        custom = QWidget()
        custom_row = QHBoxLayout(custom)
        custom_row.setContentsMargins(0, 0, 0, 0)
        from_label = QLabel(self.tr("&From"))
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&to"))
        to_label.setBuddy(self.to_edit)
        for widget in (from_label, self.from_edit, to_label, self.to_edit):
            custom_row.addWidget(widget)
        self.custom_dates = custom
        self.year_label = QLabel(self.tr("&Year:"))
        self.year_label.setBuddy(self.year_spin)
        for widget in (self.month_combo, self.quarter_combo, self.custom_dates):
            choice.addWidget(widget)
        choice.addWidget(self.year_label)
        choice.addWidget(self.year_spin)
        choice.addStretch(1)
        layout.addLayout(choice)

        actions = QHBoxLayout()
        self.generate_button = named_button(None, "generateButton", self.tr("&Make the report"))
        self.generate_button.setDefault(True)
        self.print_button = named_button(None, "printButton", self.tr("&Print…"))
        self.save_button = named_button(None, "savePdfButton", self.tr("&Save the PDF…"))
        self.csv_button = named_button(None, "exportCsvButton", self.tr("Export &CSV…"))
        self.xlsx_button = named_button(None, "exportXlsxButton", self.tr("Export &XLSX…"))
        actions.addWidget(self.generate_button)
        self.progress = QProgressBar()
        self.progress.setObjectName("reportProgress")
        self.progress.setAccessibleName(self.tr("Progress of the report"))
        self.progress.setRange(0, 3)
        self.progress.setVisible(False)
        actions.addWidget(self.progress, 1)
        actions.addStretch(1)
        for button in (self.print_button, self.save_button, self.csv_button, self.xlsx_button):
            button.setEnabled(False)
            actions.addWidget(button)
        can_export = ctx.can(Permission.EXPORT_DATA)
        self.csv_button.setVisible(can_export)
        self.xlsx_button.setVisible(can_export)
        layout.addLayout(actions)
        from ui.widgets.site_reports import SiteReportsBar

        self.site_reports = SiteReportsBar(self)
        layout.addWidget(self.site_reports)

        self.status_label = QLabel()
        self.status_label.setObjectName("reportStatus")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.view_stack = QStackedWidget()
        self.view_stack.setObjectName("reportViewStack")
        self.empty_state = EmptyState(
            self.tr("Choose a report and a period, then make the report."),
            self.proposed_why
            + " "
            + self.tr("It appears here; you can then print it, save it or export its tables."),
        )
        self.view_stack.addWidget(self.empty_state)
        layout.addWidget(self.view_stack, 1)

        self.kind_combo.currentIndexChanged.connect(self._update_pickers)
        self.period_combo.currentIndexChanged.connect(self._update_pickers)
        # a report on screen is that of the period it was made for: another choice clears it
        for combo in (self.kind_combo, self.period_combo, self.month_combo, self.quarter_combo):
            combo.currentIndexChanged.connect(self._choice_changed)
        self.year_spin.valueChanged.connect(self._choice_changed)
        self.from_edit.dateChanged.connect(self._choice_changed)
        self.to_edit.dateChanged.connect(self._choice_changed)
        self.generate_button.clicked.connect(self.generate)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_pdf)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_report)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_pdf)
        self._update_pickers()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        """Enter in any of the choices makes the report."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.generate()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- building blocks ------------------------------------------------------------------
    def _combo(self, name: str, accessible: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def _date_edit(self, name: str, accessible: str, value: date) -> QDateEdit:
        edit = QDateEdit(QDate(value.year, value.month, value.day))
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    @staticmethod
    def _month_name(month: int) -> str:
        from app.reports.periods import month_name

        name = month_name(month)
        return name[:1].upper() + name[1:]

    # --- choosing -------------------------------------------------------------------------
    def _update_pickers(self) -> None:
        annual = self.kind_combo.currentData() == ANNUAL
        if annual and self.period_combo.currentData() != YEAR:
            self.period_combo.setCurrentIndex(self.period_combo.findData(YEAR))
        self.period_combo.setEnabled(not annual)
        kind = self.period_combo.currentData()
        self.month_combo.setVisible(kind == MONTH)
        self.quarter_combo.setVisible(kind == QUARTER)
        self.custom_dates.setVisible(kind == CUSTOM)
        self.year_spin.setVisible(kind != CUSTOM)
        self.year_label.setVisible(kind != CUSTOM)

    def _choice_changed(self) -> None:
        """Take away the report of another period, so that what shows is never out of date."""
        if self.report is None or self._busy:
            return
        self.report, self.pdf = None, b""
        if self._viewer is not None:
            self._viewer.clear()
        self.view_stack.setCurrentWidget(self.empty_state)
        self._set_busy(False)
        self.status_label.setText(
            self.tr("The period changed: press « Make the report » to see this one.")
        )

    def chosen_period(self):  # type: ignore[no-untyped-def]
        """The Period chosen on screen (raises UserError for impossible dates)."""
        from app.reports.periods import Period

        year = self.year_spin.value()
        kind = self.period_combo.currentData()
        if kind == MONTH:
            return Period.month(year, self.month_combo.currentData())
        if kind == QUARTER:
            return Period.quarter(year, self.quarter_combo.currentData())
        if kind == YEAR:
            return Period.year(year)
        return Period.custom(
            self.from_edit.date().toPython(), self.to_edit.date().toPython()
        ).calendar()

    # --- making the report ----------------------------------------------------------------
    def generate(self) -> None:
        from app.errors import UserError

        if self._busy:
            return
        try:
            period = self.chosen_period()
        except UserError as error:
            messages.warn(self, self.tr("Reports"), error.message)
            return
        annual = self.kind_combo.currentData() == ANNUAL
        actor = self.ctx.actor

        def build(session):  # type: ignore[no-untyped-def]
            from app.reports.annual import build_annual_report
            from app.reports.monthly import build_monthly_report

            if annual:
                return build_annual_report(session, actor, period.first.year)
            return build_monthly_report(session, actor, period)

        self.make_report(build, self.tr("Making the report…"))

    def is_busy(self) -> bool:
        """A report is being made: another one waits until it is shown."""
        return self._busy

    def make_report(self, build: Any, saying: str, *, writes: bool = False) -> None:
        """Make a report and show it here: `build(session)` returns it, read on the database
        worker (in a write transaction with `writes`: a consolidation pins the sites' keys),
        then its PDF is drawn in the background; `saying` is shown meanwhile."""
        self._set_busy(True)
        self._on_progress(1, 3)
        self.status_label.setText(saying)
        run = write_op if writes else read_op
        run(self, self.ctx.engine, build, self._render, self._on_failed)

    def _render(self, report: Any) -> None:
        def work(progress):  # type: ignore[no-untyped-def]
            from app.reports.pdf import render_report_pdf

            progress(2, 3)
            return report, render_report_pdf(report)

        run_task(work, self._on_generated, self._on_failed, self._on_progress)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.generate_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        has_report = self.report is not None and not busy
        for button in (self.print_button, self.save_button, self.csv_button, self.xlsx_button):
            button.setEnabled(has_report)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.status_label.setText("")
        messages.error(self, self.tr("Reports"), error_text(error))

    def _on_generated(self, result: tuple[Any, bytes]) -> None:
        self.report, self.pdf = result
        self._set_busy(False)
        self._show_pdf(self.pdf)
        self.status_label.setText(
            self.tr("%1 — %2: %3 page(s). Check it, then print, save or export.")
            .replace("%1", self.report.title)
            .replace("%2", self.report.period.label())
            .replace("%3", str(self.page_count()))
        )
        waiting = self.site_reports.waiting_note(self.report)
        if waiting:
            self.status_label.setText(f"{self.status_label.text()} {waiting}")

    def _show_pdf(self, pdf: bytes) -> None:
        from ui.widgets.pdf_view import PdfView

        if self._viewer is None:
            self._viewer = PdfView(self)
            self._viewer.setObjectName("reportView")
            self._viewer.setAccessibleName(self.tr("The report"))
            self.view_stack.addWidget(self._viewer)
        self._viewer.show_pdf(pdf)
        self.view_stack.setCurrentWidget(self._viewer)

    def page_count(self) -> int:
        return self._viewer.page_count() if self._viewer is not None else 0

    # --- using it -------------------------------------------------------------------------
    def _file_stem(self) -> str:
        from app.reports.exports import file_stem

        return file_stem(self.report)

    def print_report(self) -> None:
        if not self.pdf or self._busy:
            return
        from app.errors import UserError

        try:
            printed = print_pdf(self, self.pdf, self.report.title)
        except UserError as error:
            messages.error(self, self.tr("Reports"), error.message)
            return
        if printed:
            self.status_label.setText(self.tr("The report was sent to the printer."))

    def save_pdf(self) -> None:
        from app.errors import UserError
        from app.reports.pdf import write_bytes

        if not self.pdf or self._busy:
            return
        path = messages.save_file(
            self, self.tr("Save the report"), f"{self._file_stem()}.pdf", self.tr("PDF (*.pdf)")
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_bytes(path, self.pdf)
        except UserError as error:
            messages.error(self, self.tr("Reports"), error.message)
            return
        self.status_label.setText(self.tr("Report saved: %1").replace("%1", str(path)))

    def export(self, fmt: str) -> None:
        from app.reports.exports import export_report

        if self.report is None or self._busy:
            return
        folder = messages.choose_folder(self, self.tr("Folder for the exported tables"))
        if folder is None:
            return
        actor, report = self.ctx.actor, self.report
        write_op(
            self,
            self.ctx.engine,
            lambda session: export_report(session, actor, report, fmt, folder),
            lambda files: self._exported(files, folder),
            lambda error: messages.error(self, self.tr("Reports"), error.message),
        )

    def _exported(self, files: list, folder: Any) -> None:
        self.status_label.setText(
            self.tr("%1 file(s) written in %2.")
            .replace("%1", str(len(files)))
            .replace("%2", str(folder))
        )
