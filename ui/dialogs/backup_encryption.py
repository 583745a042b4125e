"""« Chiffrer les sauvegardes ? », asked once, at the first backup made from Réglages ›
Sauvegardes: a passphrase typed twice, the paper that keeps it (a PDF to print, offered before
encrypting counts), or plain backups. The answer is kept by app.backup.passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.backup.passphrase import check_new_passphrase, keep_choice, write_passphrase_sheet
from app.clock import utcnow
from app.errors import UserError
from ui import messages
from ui.screen_fit import fit_size
from ui.widgets.controls import named_button


class BackupEncryptionDialog(QDialog):
    """Accepted: `passphrase` holds the chosen one, or None for plain backups."""

    def __init__(self, folder: Path, place: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder, self.place = folder, place
        self.passphrase: str | None = None
        self.sheet_written = False
        self.setObjectName("backupEncryptionDialog")
        self.setWindowTitle(self.tr("Encrypt the backups?"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Backups hold everyone's files. Encrypted, a copy on a lost USB stick cannot be "
                "read without the passphrase. The passphrase stays on this PC for the automatic "
                "backups; keep it on paper too: lost, nobody can find it again."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.first = QLineEdit(self)
        self.first.setObjectName("encryptionPassphrase")
        self.first.setAccessibleName(self.tr("Passphrase"))
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit(self)
        self.second.setObjectName("encryptionPassphraseAgain")
        self.second.setAccessibleName(self.tr("Passphrase again"))
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Passphrase"), self.first)
        form.addRow(self.tr("&Again"), self.second)
        layout.addLayout(form)
        self.error_label = QLabel("")
        self.error_label.setObjectName("encryptionError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QHBoxLayout()
        self.sheet_button = named_button(self, "encryptionSheet",
                                         self.tr("Save the sheet to print…"))
        self.encrypt_button = named_button(self, "encryptionYes", self.tr("Encrypt"))
        self.plain_button = named_button(self, "encryptionNo", self.tr("Do not encrypt"))
        self.encrypt_button.setEnabled(False)
        self.encrypt_button.setToolTip(self.tr("Save the sheet to print first."))
        for button in (self.sheet_button, self.encrypt_button, self.plain_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.sheet_button.clicked.connect(self.save_sheet)
        self.encrypt_button.clicked.connect(self.encrypt)
        self.plain_button.clicked.connect(self.plain)
        self.first.textChanged.connect(self._typed)
        self.second.textChanged.connect(self._typed)
        fit_size(self, 620, 300)

    def _typed(self) -> None:
        self.sheet_written = False  # the paper must hold the passphrase that counts
        self.encrypt_button.setEnabled(False)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _checked(self) -> str | None:
        try:
            return check_new_passphrase(self.first.text(), self.second.text())
        except UserError as error:
            self._show_error(error.message)
            self.first.setFocus()
            return None

    def save_sheet(self) -> None:
        phrase = self._checked()
        if phrase is None:
            return
        path = messages.save_file(self, self.tr("Sheet of the passphrase"),
                                  self.tr("phrase-des-sauvegardes.pdf"), "PDF (*.pdf)")
        if path is None:
            return
        try:
            write_passphrase_sheet(path, phrase, self.place, utcnow())
        except UserError as error:
            self._show_error(error.message)
            return
        self._show_error("")
        self.sheet_written = True
        self.encrypt_button.setEnabled(True)
        self.encrypt_button.setToolTip("")
        self.encrypt_button.setFocus()

    def encrypt(self) -> None:
        phrase = self._checked()
        if phrase is None or not self.sheet_written:
            return
        self._keep(phrase)

    def plain(self) -> None:
        self._keep(None)

    def _keep(self, phrase: str | None) -> None:
        try:
            keep_choice(self.folder, phrase)
        except OSError as error:
            self._show_error(error.strerror or str(error))
            return
        self.passphrase = phrase
        self.accept()
