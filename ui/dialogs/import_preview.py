"""Import preview: what the file holds, the errors with their line numbers, then import.

Reading and writing run in the background (ui.tasks.run_task) with a progress bar, so the
window stays responsive. Nothing is written until the person clicks « Importer ».
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import DeskContext
from app.i18n import counted
from app.importers.common import ImportPreview
from ui import tasks
from ui.screen_fit import fit_size

KIND_NAMES = {"csv": "CSV", "datainclusion": "data·inclusion", "hsds": "HSDS"}


class ImportPreviewDialog(QDialog):
    def __init__(self, ctx: DeskContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.preview: ImportPreview | None = None
        self.import_result = None
        self._busy = False
        self.setObjectName("importPreview")
        self.setWindowTitle(self.tr("Import a directory"))
        fit_size(self, 760, 520)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Reading %1…").replace("%1", path.name))
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("importTable")
        self.table.setAccessibleName(self.tr("Lines of the file"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Service"), self.tr("Check")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.only_valid_box = QCheckBox(self.tr("Import only the valid lines"))
        self.only_valid_box.setObjectName("importOnlyValid")
        self.only_valid_box.setAccessibleName(self.tr("Import only the valid lines"))
        self.only_valid_box.hide()
        self.only_valid_box.toggled.connect(self._update_button)
        layout.addWidget(self.only_valid_box)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setRange(0, 0)
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importConfirm")
        self.import_button.setAccessibleName(self.tr("Import the lines into the directory"))
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._read()

    # ------------------------------------------------------------------ reading

    def _read(self) -> None:
        from app.services.directory_import import preview_import

        path = self.path
        tasks.run_task(lambda progress: preview_import(path), self._show, self._failed)

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def _failed(self, error: Exception) -> None:
        self._busy = False
        self.buttons.setEnabled(True)
        self.progress.hide()
        self.summary.setText(tasks.error_text(error))
        self.summary.setStyleSheet("color: #a61b1b;")
        self.import_button.setEnabled(False)

    def _show(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.progress.hide()
        valid, errors = len(preview.valid_rows), len(preview.error_rows)
        ready = counted(
            valid, self.tr("%1 service ready to import"), self.tr("%1 services ready to import")
        )
        wrong = counted(errors, self.tr("%1 line with errors"), self.tr("%1 lines with errors"))
        text = (
            self.tr("%1 file « %2 »: %3, %4.")
            .replace("%2", self.path.name)
            .replace("%3", ready)
            .replace("%4", wrong)
            .replace("%1", KIND_NAMES.get(preview.kind, preview.kind))
        )
        warned = preview.warning_rows
        if warned:
            text += " " + counted(
                len(warned),
                self.tr("%1 of them comes with a warning: its values are kept, see below."),
                self.tr("%1 of them come with a warning: their values are kept, see below."),
            )
        if errors:
            text += " " + self.tr("Correct the file, or import only the valid lines.")
        self.summary.setText(text)
        # errors first, then warnings, where they are seen
        plain = [row for row in preview.valid_rows if not row.warnings]
        rows = preview.error_rows + warned + plain
        self.table.setRowCount(len(rows))
        red, amber = QBrush(QColor("#a61b1b")), QBrush(QColor("#7a4b00"))
        for index, row in enumerate(rows):
            line = QTableWidgetItem(str(row.line))
            line.setData(Qt.ItemDataRole.TextAlignmentRole, Qt.AlignmentFlag.AlignRight)
            if row.errors:
                check = QTableWidgetItem(" ".join(row.errors))
                check.setForeground(red)
            elif row.warnings:
                check = QTableWidgetItem(
                    self.tr("OK, with a warning: %1").replace("%1", " ".join(row.warnings))
                )
                check.setForeground(amber)
            else:
                check = QTableWidgetItem(self.tr("OK"))
            self.table.setItem(index, 0, line)
            self.table.setItem(index, 1, QTableWidgetItem(row.label))
            self.table.setItem(index, 2, check)
        self.table.resizeRowsToContents()
        self.only_valid_box.setVisible(bool(errors) and bool(valid))
        self._update_button()

    def _update_button(self) -> None:
        if self.preview is None:
            return
        errors = bool(self.preview.error_rows)
        can = bool(self.preview.valid_rows) and (not errors or self.only_valid_box.isChecked())
        self.import_button.setEnabled(can)

    # ------------------------------------------------------------------ writing

    def start_import(self) -> None:
        from app.db import write_session
        from app.services.directory_import import apply_import

        if self.preview is None:
            return
        preview = self.preview
        only_valid = self.only_valid_box.isChecked()
        engine, actor = self.ctx.engine, self.ctx.actor
        self.import_button.setEnabled(False)
        self.buttons.setEnabled(False)  # the import runs to its end, in one transaction
        self._busy = True
        self.progress.setRange(0, max(1, len(preview.valid_rows)))
        self.progress.setValue(0)
        self.progress.show()

        def work(progress):  # type: ignore[no-untyped-def]
            with write_session(engine) as session:
                return apply_import(session, actor, preview, only_valid, progress)

        tasks.run_task(work, self._imported, self._failed, self._progress)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _imported(self, result) -> None:  # type: ignore[no-untyped-def]
        self._busy = False
        self.import_result = result
        self.accept()
