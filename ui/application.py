"""The QApplication: one per process, with our translators, font and style."""

import sys

from PySide6.QtWidgets import QApplication

from ui.i18n import install_translators

STYLE_SHEET = """
QListWidget#navigation { background: #20313f; color: #ffffff; border: none; font-size: 11pt; }
QListWidget#navigation::item { padding: 6px 12px; }
QListWidget#navigation::item:selected { background: #3b6e8f; color: #ffffff; }
QListWidget#navigation::item:disabled { color: #7d8a96; font-style: italic; }
QLabel#emptyStateTitle { color: #20313f; }
QLabel#emptyStateHint { color: #4a5a66; }
QLabel#openingState { color: #4a5a66; font-size: 13pt; qproperty-alignment: AlignCenter; }
"""


def get_application(language: str = "fr") -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("Aiguillage")
        app.setOrganizationName("Aiguillage")
        app.setStyle("Fusion")
        app.setStyleSheet(STYLE_SHEET)
    install_translators(app, language)
    return app  # type: ignore[return-value]
