"""« Mettre à jour depuis data·inclusion… »: the weekly national pair (two files, or the folder
or zip holding them) applied to the départements chosen in the settings, in the background
with a progress bar; « Annuler » stops it and leaves the directory as it was; then a summary
(new, changed, gone, conflicts kept, unknown codes).
"""

import threading
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.context import DeskContext
from ui import tasks
from ui.operations import read_op
from ui.screen_fit import fit_size


class NationalUpdateDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.paths: list[Path] = []
        self.territory = None
        self.summary = None
        self._cancel = threading.Event()
        self._busy = False
        self.setObjectName("nationalUpdate")
        self.setWindowTitle(self.tr("Update from data·inclusion"))
        fit_size(self, 620, 380)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "data·inclusion publishes every week the services of the whole country: take "
                "its two files (services and structures, JSON or CSV), or the folder or zip "
                "holding them. Only the services of your départements are kept; a service "
                "edited here is kept as it is, a service gone from the files is deactivated."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.territory_label = QLabel(self.tr("Départements: …"))
        self.territory_label.setObjectName("nationalTerritory")
        layout.addWidget(self.territory_label)
        files = QHBoxLayout()
        self.files_button = QPushButton(self.tr("Choose the two &files…"))
        self.files_button.setObjectName("nationalFiles")
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button = QPushButton(self.tr("Choose a f&older…"))
        self.folder_button.setObjectName("nationalFolder")
        self.folder_button.clicked.connect(self.choose_folder)
        files.addWidget(self.files_button)
        files.addWidget(self.folder_button)
        files.addStretch(1)
        layout.addLayout(files)
        self.files_label = QLabel(self.tr("No file chosen."))
        self.files_label.setObjectName("nationalChosen")
        self.files_label.setWordWrap(True)
        layout.addWidget(self.files_label)
        self.progress = QProgressBar()
        self.progress.setObjectName("nationalProgress")
        self.progress.setAccessibleName(self.tr("Update progress"))
        self.progress.hide()
        layout.addWidget(self.progress)
        self.result_label = QLabel()
        self.result_label.setObjectName("nationalResult")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.update_button = self.buttons.addButton(
            self.tr("&Update"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.update_button.setObjectName("nationalStart")
        self.update_button.setEnabled(False)
        self.update_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._read_territory()

    def _read_territory(self) -> None:
        from app.services.directory_national import stored_territory

        read_op(self, self.ctx.engine, stored_territory, self._show_territory)

    def _show_territory(self, territory) -> None:  # type: ignore[no-untyped-def]
        self.territory = territory
        if territory.everywhere:
            self.territory_label.setText(
                self.tr("No département chosen: choose them in Settings › Directory.")
            )
        else:
            text = self.tr("Départements: %1").replace(
                "%1", ", ".join(sorted(territory.departements))
            )
            if territory.zones:
                text += " " + self.tr("(and the services whose zone covers them)")
            self.territory_label.setText(text)
        self._update_button()

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("The two files of data·inclusion"),
            "",
            self.tr("data·inclusion files (*.json *.csv *.zip);;All files (*)"),
        )
        if names:
            self._chosen([Path(name) for name in names])

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("The folder of the two files"))
        if name:
            self._chosen([Path(name)])

    def _chosen(self, paths: list[Path]) -> None:
        self.paths = paths
        self.files_label.setText(", ".join(path.name for path in paths))
        self.result_label.setText("")
        self._update_button()

    def _update_button(self) -> None:
        ready = bool(self.paths) and self.territory is not None and not self.territory.everywhere
        self.update_button.setEnabled(ready and not self._busy)

    def start(self) -> None:
        from app.db import write_session
        from app.importers.national import find_pair
        from app.services.directory_national import Cancelled, import_national

        if not self.update_button.isEnabled():
            return
        paths, territory = list(self.paths), self.territory
        engine, actor, cancel = self.ctx.engine, self.ctx.actor, self._cancel
        cancel.clear()
        self._busy = True
        self._update_button()
        self.files_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.show()
        self.result_label.setStyleSheet("")
        self.result_label.setText(self.tr("Reading the files…"))
        stopped = self.tr("Cancelled: the directory is as it was.")

        def work(progress):  # type: ignore[no-untyped-def]
            def report(done: int, total: int) -> None:
                if cancel.is_set():
                    raise Cancelled(stopped)
                progress(done * 1000 // max(total, 1), 1000)

            pair = find_pair(paths)
            with write_session(engine) as session:
                return import_national(session, actor, pair, territory, progress=report)

        tasks.run_task(work, self._done, self._failed, self._progress)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finish(self) -> None:
        self._busy = False
        self.progress.hide()
        self.files_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        self._update_button()

    def _failed(self, error: Exception) -> None:
        self._finish()
        self.result_label.setStyleSheet("color: #a61b1b;")
        self.result_label.setText(tasks.error_text(error))

    def _done(self, summary) -> None:  # type: ignore[no-untyped-def]
        from app.services.directory_national import summary_lines

        self._finish()
        self.summary = summary
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.result_label.setText("\n".join(summary_lines(summary, duplicates_named=5)))

    def reject(self) -> None:
        if self._busy:
            self._cancel.set()  # the task stops at its next step and writes nothing
            self.result_label.setText(self.tr("Cancelling…"))
            return
        if self.summary is not None:
            self.accept()
            return
        super().reject()
