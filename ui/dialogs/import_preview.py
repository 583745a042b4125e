"""Import preview: what the file holds, the errors with their line numbers, and what it would
change in this directory (new, changed, gone, in conflict with an edit made here), then import.

Each change has a box: new, changed and gone services are ticked, conflicts are not (a service
edited here is kept unless the coordinator ticks it). Reading and writing run in the background
(ui.tasks.run_task) with a progress bar, so the window stays responsive. Nothing is written until
the person clicks « Importer ».
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
        self.diff = None
        self.change_items: list[tuple[QTableWidgetItem, object]] = []
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
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("importTable")
        self.table.setAccessibleName(self.tr("Lines of the file"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Service"), self.tr("Check"), self.tr("In this directory")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(lambda item: self._update_button())
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
        path, engine, actor = self.path, self.ctx.engine, self.ctx.actor

        def work(progress):  # type: ignore[no-untyped-def]
            from app.db import read_session
            from app.services.directory_diff import diff_directory
            from app.services.directory_import import preview_import

            preview = preview_import(path)
            with read_session(engine) as session:
                return preview, diff_directory(session, actor, preview)

        tasks.run_task(work, self._show, self._failed)

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

    def _show(self, result: tuple[ImportPreview, object]) -> None:
        preview, self.diff = result
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
        text += " " + self._changes_sentence()
        self.summary.setText(text)
        # errors first, then warnings, where they are seen
        plain = [row for row in preview.valid_rows if not row.warnings]
        rows = preview.error_rows + warned + plain
        gone = self.diff.gone()
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows) + len(gone))
        self.change_items = []
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
            self.table.setItem(index, 3, self._change_item(self.diff.for_row(row)))
        for index, change in enumerate(gone, start=len(rows)):
            self.table.setItem(index, 0, QTableWidgetItem("—"))
            self.table.setItem(index, 1, QTableWidgetItem(change.label))
            self.table.setItem(index, 2, QTableWidgetItem(self.tr("Not in the file")))
            self.table.setItem(index, 3, self._change_item(change))
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()
        self.only_valid_box.setVisible(bool(errors) and bool(valid))
        self._update_button()

    def _changes_sentence(self) -> str:
        from app.services.directory_diff import CHANGED, CONFLICT, GONE, NEW, SAME

        return (
            self.tr(
                "In this directory: %1 new, %2 changed, %3 in conflict with a change made here "
                "(kept as they are here unless you tick them), %4 gone from the file "
                "(deactivated), %5 unchanged."
            )
            .replace("%1", str(self.diff.count(NEW)))
            .replace("%2", str(self.diff.count(CHANGED)))
            .replace("%3", str(self.diff.count(CONFLICT)))
            .replace("%4", str(self.diff.count(GONE)))
            .replace("%5", str(self.diff.count(SAME)))
        )

    def _change_item(self, change) -> QTableWidgetItem:  # type: ignore[no-untyped-def]
        """What the row would do here, with its box when there is something to choose."""
        from app.services.directory_diff import CHANGED, CONFLICT, GONE, NEW

        plain = ~(Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)
        if change is None:  # a line with errors
            item = QTableWidgetItem("")
            item.setFlags(item.flags() & plain)
            return item
        details = ", ".join(change.fields)
        texts = {
            NEW: self.tr("New"),
            CHANGED: self.tr("Changed: %1").replace("%1", details),
            CONFLICT: self.tr("Conflict, edited here: %1").replace("%1", details),
            GONE: self.tr("Gone from the file: deactivate"),
        }
        item = QTableWidgetItem(texts.get(change.state, self.tr("Unchanged")))
        item.setData(Qt.ItemDataRole.UserRole, change.state)
        item.setFlags(item.flags() & plain)
        if change.can_apply:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            state = Qt.CheckState.Checked if change.chosen_by_default else Qt.CheckState.Unchecked
            item.setCheckState(state)
            self.change_items.append((item, change))
            if change.state == CONFLICT:
                item.setForeground(QBrush(QColor("#7a4b00")))
        return item

    def chosen_changes(self) -> list:
        return [
            change
            for item, change in self.change_items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _update_button(self) -> None:
        if self.preview is None:
            return
        errors = bool(self.preview.error_rows)
        can = bool(self.chosen_changes()) and (not errors or self.only_valid_box.isChecked())
        self.import_button.setEnabled(can)

    # ------------------------------------------------------------------ writing

    def start_import(self) -> None:
        from app.db import write_session
        from app.services.directory_diff import apply_directory_changes

        if self.preview is None or not self.import_button.isEnabled():
            return
        preview, diff, chosen = self.preview, self.diff, self.chosen_changes()
        engine, actor = self.ctx.engine, self.ctx.actor
        self.import_button.setEnabled(False)
        self.buttons.setEnabled(False)  # the import runs to its end, in one transaction
        self._busy = True
        self.progress.setRange(0, max(1, len(preview.valid_rows)))
        self.progress.setValue(0)
        self.progress.show()

        def work(progress):  # type: ignore[no-untyped-def]
            with write_session(engine) as session:
                return apply_directory_changes(session, actor, preview, diff, chosen, progress)

        tasks.run_task(work, self._imported, self._failed, self._progress)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _imported(self, result) -> None:  # type: ignore[no-untyped-def]
        self._busy = False
        self.import_result = result
        self.accept()
