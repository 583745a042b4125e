"""Backups (coordinators): the list with date, size and counts, back up now (optionally
encrypted), restore with confirmation, and the second folder (USB stick, network).

A desk's own file is backed up here; a shared database only on the main PC, which hosts its
server (verified `pg_dump` archives); the other desks say that the main PC keeps them."""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.backup.contents_words import contents_words
from app.backup.files import BackupInfo, list_backups
from app.backup.main_pc import hosted_server_address, shared_backups_dir
from app.backup.restore import restore_backup
from app.backup.rotation import rotate_backups
from app.backup.server_backup import create_server_backup
from app.backup.server_restore import restore_server_backup
from app.backup.snapshot import create_backup
from app.clock import to_local
from app.config import backups_dir
from app.context import DeskContext
from app.errors import UserError
from app.services.settings import change_setting, get_setting, setting_version
from ui import messages, tasks
from ui.edit_conflict import conflict_or
from ui.operations import read_op, write_op
from ui.widgets.controls import keep_headers_whole, named_button


def size_text(size: int) -> str:
    if size >= 1 << 20:
        return f"{size / (1 << 20):.1f} Mo".replace(".", ",")
    return f"{max(1, size // 1024)} Ko"


class BackupsPanel(QWidget):
    restored = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("backupsPanel")
        self._backups: list[BackupInfo] = []
        self._folder_version = 0  # of the second-folder setting, as read
        self.encryption_dialog = None  # « Chiffrer les sauvegardes ? » while it is open
        layout = QVBoxLayout(self)
        self.intro = QLabel(
            self.tr(
                "A checked backup is made on the first start of each day and on closing. "
                "7 daily, 4 weekly and 12 monthly backups are kept."
            )
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.server_address = hosted_server_address(ctx.target.url)  # None: not the main PC
        self.shared = ctx.db_path is None and self.server_address is None
        if self.server_address is not None:
            self.intro.setText(
                self.tr(
                    "This PC is the main PC: a backup of the shared database, checked by "
                    "restoring it aside, is made on its first start of each day. 7 daily, 4 "
                    "weekly and 12 monthly backups are kept."
                )
            )
        if self.shared:  # no database file on this PC: the main PC keeps the backups
            self.intro.setText(
                self.tr(
                    "This desk works on the place's shared database: its backups are made on "
                    "the main PC."
                )
            )
            layout.addStretch(1)
            return

        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("backupsTable")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Size"),
                self.tr("People"),
                self.tr("Visits"),
                self.tr("Referrals"),
                self.tr("Encrypted"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        keep_headers_whole(self.table.horizontalHeader())
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self.tr("No backup yet. Press “Back up now” to make one."))
        self.empty_label.setObjectName("backupsEmpty")
        layout.addWidget(self.empty_label)

        form = QFormLayout()
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setObjectName("backupPassphrase")
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setPlaceholderText(
            self.tr("optional: encrypts “Back up now”, opens an encrypted backup")
        )
        form.addRow(self.tr("&Passphrase"), self.passphrase_edit)
        folder_row = QHBoxLayout()
        self.folder_label = QLabel("")
        self.folder_label.setObjectName("backupSecondFolder")
        self.folder_label.setWordWrap(True)
        self.folder_button = named_button(self, "backupChooseFolder", self.tr("Choose…"))
        self.folder_clear = named_button(self, "backupClearFolder", self.tr("No second folder"))
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)
        folder_row.addWidget(self.folder_clear)
        form.addRow(self.tr("Second folder"), folder_row)
        layout.addLayout(form)

        buttons = QHBoxLayout()
        self.backup_button = named_button(self, "backupNow", self.tr("Back up now"))
        self.restore_button = named_button(
            self, "backupRestore", self.tr("Restore the selected backup")
        )
        self.restore_file_button = named_button(
            self, "backupRestoreFile", self.tr("Restore from a file…")
        )
        for button in (self.backup_button, self.restore_button, self.restore_file_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = QLabel("")
        self.status.setObjectName("backupsStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.folder_button.clicked.connect(self.choose_second_folder)
        self.folder_clear.clicked.connect(lambda: self._set_second_folder(""))
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.refresh()

    @property
    def folder(self) -> Path:
        if self.server_address is not None:
            return shared_backups_dir()
        return backups_dir(self.ctx.db_path)

    def refresh(self) -> None:
        if self.shared:
            return

        self._backups = list_backups(self.folder)
        self.table.setRowCount(len(self._backups))
        for row, info in enumerate(self._backups):
            values = (
                to_local(info.made_at).strftime("%d/%m/%Y %H:%M:%S"),
                size_text(info.size),
                "—" if info.people is None else str(info.people),
                "—" if info.visits is None else str(info.visits),
                "—" if info.referrals is None else str(info.referrals),
                self.tr("yes") if info.encrypted else self.tr("no"),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        if self._backups and not self.table.selectionModel().selectedRows():
            self.table.selectRow(0)
        self.empty_label.setVisible(not self._backups)
        self._on_selection()
        def second_folder(session) -> tuple[str, int]:  # type: ignore[no-untyped-def]
            value = str(get_setting(session, "backup_folder") or "").strip()
            return value, setting_version(session, "backup_folder") or 0

        read_op(
            self,
            self.ctx.engine,
            second_folder,
            self._show_second_folder,
            title=self.tr("Backups"),
            key=f"second-backup-folder-{id(self)}",
        )

    def _show_second_folder(self, found: tuple[str, int]) -> None:
        second, self._folder_version = found
        self.folder_label.setText(second or self.tr("none"))

    def _on_selection(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._backups):
            return None
        return self._backups[rows[0].row()]

    # --- back up -------------------------------------------------------------------------------
    def back_up_now(self) -> None:
        """The first backup asks whether backups are encrypted (once); later ones use the
        passphrase typed, else the one chosen then."""
        from app.backup.passphrase import encryption_chosen, kept_passphrase

        typed = self.passphrase_edit.text() or None
        if typed is None and not encryption_chosen(self.folder):
            self._ask_encryption()
            return
        self._back_up(typed or kept_passphrase(self.folder))

    def _ask_encryption(self) -> None:
        from ui.dialogs.backup_encryption import BackupEncryptionDialog

        dialog = BackupEncryptionDialog(self.folder, self.ctx.site_name or "", self)
        self.encryption_dialog = dialog

        def answered(result: int) -> None:
            self.encryption_dialog = None
            if result == BackupEncryptionDialog.DialogCode.Accepted:
                self._back_up(dialog.passphrase)
            dialog.deleteLater()

        dialog.finished.connect(answered)
        dialog.open()

    def _back_up(self, passphrase: str | None) -> None:
        from app.backup.schedule import second_backup_folder

        second = second_backup_folder(self.ctx.engine)
        self.status.setText(self.tr("Backing up…"))
        self.backup_button.setEnabled(False)

        def work(_progress):  # type: ignore[no-untyped-def]
            if self.server_address is not None:
                result = create_server_backup(
                    self.server_address,
                    self.folder,
                    passphrase=passphrase,
                    second_folder=second,
                    actor=self.ctx.actor,
                )
            else:
                result = create_backup(
                    self.ctx.db_path,
                    self.folder,
                    passphrase=passphrase,
                    second_folder=second,
                    actor=self.ctx.actor,
                )
            rotate_backups(self.folder)
            return result

        tasks.run_task(work, on_done=self._backed_up, on_error=self._failed)

    def _backed_up(self, result) -> None:  # type: ignore[no-untyped-def]
        self.backup_button.setEnabled(True)
        self.refresh()
        self.status.setText(self.tr("Backup made and checked."))
        if result.warnings:
            messages.warn(self, self.tr("Backups"), "\n".join(result.warnings))

    def _failed(self, error: Exception) -> None:
        self.backup_button.setEnabled(True)
        self.status.setText(tasks.error_text(error))
        messages.error(self, self.tr("Backups"), tasks.error_text(error))

    # --- second folder -------------------------------------------------------------------------
    def choose_second_folder(self) -> None:
        folder = messages.choose_folder(self, self.tr("Second backup folder"))
        if folder is not None:
            self._set_second_folder(str(folder))

    def _set_second_folder(self, value: str) -> None:
        assert self.ctx.actor is not None
        actor = self.ctx.actor
        loaded = self._folder_version  # another desk's change since is refused, not overwritten

        def save(session) -> None:  # type: ignore[no-untyped-def]
            change_setting(session, actor, "backup_folder", value, version=loaded)

        write_op(
            self,
            self.ctx.engine,
            save,
            lambda _none: self.refresh(),
            conflict_or(self, self.refresh, self._folder_refused),
        )

    def _folder_refused(self, error: UserError) -> None:
        messages.error(self, self.tr("Backups"), error.message)
        self.refresh()

    # --- restore -------------------------------------------------------------------------------
    def restore_selected(self) -> None:
        info = self.selected()
        if info is not None:
            when = to_local(info.made_at).strftime("%d/%m/%Y %H:%M")
            self._restore(info.path, when)

    def restore_from_file(self) -> None:
        path = messages.open_file(
            self,
            self.tr("Restore a backup"),
            self.tr("Backups (*.sqlite *.dump *.enc);;All files (*)"),
        )
        if path is not None:
            self._restore(path, path.name)

    def _restore(self, path: Path, label: str) -> None:
        question = self.tr(
            "Replace the current database by the backup of %1? The current database is kept "
            "aside first; changes made since that backup will no longer be shown."
        ).replace("%1", label)
        if self.server_address is not None:
            question = self.tr(
                "Replace the shared database by the backup of %1? The current data is saved "
                "aside first. Every desk is disconnected for a moment, then reconnects by "
                "itself; changes made since that backup will no longer be shown."
            ).replace("%1", label)
        if not messages.confirm(self, self.tr("Restore a backup"), question):
            return
        passphrase = self.passphrase_edit.text() or None
        self.ctx.engine.dispose()
        self.setEnabled(False)
        self.status.setText(self.tr("Checking and restoring the backup…"))
        actor = self.ctx.actor

        def work(_progress):  # type: ignore[no-untyped-def]
            if self.server_address is not None:
                return restore_server_backup(
                    self.server_address, path, self.folder, passphrase=passphrase, actor=actor
                )
            return restore_backup(self.ctx.db_path, path, passphrase=passphrase, actor=actor)

        tasks.run_task(work, on_done=self._restored, on_error=self._restore_failed)

    def _restored_text(self, result) -> str:  # type: ignore[no-untyped-def]
        """What a restore of the shared database did, counts first."""
        counts = result.counts
        lines = [
            self.tr("The backup was restored: %1.").replace(
                "%1",
                contents_words(
                    counts.get("person", 0), counts.get("visit", 0), counts.get("referral", 0)
                ),
            )
        ]
        if result.aside is not None:
            lines.append(
                self.tr("The previous data is kept in the file “%1”, in the backups folder.")
                .replace("%1", result.aside.name)
            )
        lines += list(result.warnings)
        lines.append(self.tr("Please sign in again."))
        return "\n".join(lines)

    def _restore_failed(self, error: Exception) -> None:
        self.setEnabled(True)
        self.status.setText(tasks.error_text(error))
        messages.error(self, self.tr("Restore a backup"), tasks.error_text(error))

    def _restored(self, result) -> None:  # type: ignore[no-untyped-def]
        self.setEnabled(True)
        self.ctx.engine.dispose()
        self.refresh()
        self.status.setText(self.tr("Backup restored."))
        done = self.tr("The backup was restored. Please sign in again.")
        if self.server_address is not None:
            done = self._restored_text(result)
        messages.info(self, self.tr("Restore a backup"), done)
        self.restored.emit()
        lock_now = getattr(self.window(), "lock_now", None)
        if callable(lock_now):
            lock_now()
