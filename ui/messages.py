"""Every message box and file dialog goes through here, so tests can replace them."""

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def open_file(parent: QWidget | None, title: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return Path(name) if name else None


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(name) if name else None


def choose_folder(parent: QWidget | None, title: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title)
    return Path(name) if name else None


def crash_box(parent: QWidget | None, title: str, text: str, report: str) -> QMessageBox:
    """The box that says something unexpected happened, with « Copy the report » (the report
    goes to the clipboard) and the report itself under « Show details »."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    box = QMessageBox(
        QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setObjectName("crashReport")
    box.setDetailedText(report)
    copy = box.addButton(
        QCoreApplication.translate("Messages", "Copy the report"),
        QMessageBox.ButtonRole.ActionRole,
    )
    copy.setObjectName("copyReport")
    copy.setAccessibleName(QCoreApplication.translate("Messages", "Copy the report"))
    copy.clicked.connect(lambda: QApplication.clipboard().setText(report))
    close = box.addButton(QMessageBox.StandardButton.Close)
    close.setObjectName("closeReport")
    close.setAccessibleName(QCoreApplication.translate("Messages", "Close this message"))
    box.setDefaultButton(close)
    return box


def crash(parent: QWidget | None, title: str, text: str, report: str) -> None:
    crash_box(parent, title, text, report).exec()


def open_files(parent: QWidget | None, title: str, filters: str) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, title, "", filters)
    return [Path(name) for name in names]
