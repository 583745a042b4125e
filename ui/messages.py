"""Every message box and file dialog goes through here, so tests can replace them.

File dialogs open in the person's Documents folder the first time, then in the last folder
used (remembered on this computer). Where Qt shows its own file dialog (a Linux desktop
without a native one), it is given room for its columns and speaks French: the Qt catalogue
lacks two of its labels, which ours completes (`QT_FILE_DIALOG_LABELS`), and its size, type and
date columns are shown in the desk's language (`LocalColumns`), whatever this PC's locale.
"""

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QIdentityProxyModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    QStandardPaths,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTreeView,
    QWidget,
)

from ui.screen_fit import fit_size

# Labels of Qt's own file dialog missing from Qt's French catalogue (qtbase_fr).
QT_FILE_DIALOG_LABELS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
LAST_FOLDER_KEY = "files/last_folder"
FILE_DIALOG_SIZE = (900, 560)


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


# --- file dialogs ---------------------------------------------------------------------------
def settings() -> QSettings:
    """This computer's own settings (not the database's): the last folder used."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Aiguillage", "desk")


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def start_folder() -> Path:
    """The last folder used if it is still there, else the person's Documents."""
    last = settings().value(LAST_FOLDER_KEY, "", str)
    if last and Path(last).is_dir():
        return Path(last)
    return documents_folder()


def remember_folder(folder: Path) -> None:
    store = settings()
    store.setValue(LAST_FOLDER_KEY, str(folder))
    store.sync()


SIZE_COLUMN, TYPE_COLUMN, DATE_COLUMN = 1, 2, 3


class LocalColumns(QIdentityProxyModel):
    """Qt's own file dialog reads sizes, folder types and dates from this PC's locale, which a
    fresh Debian leaves in English (« Folder », « 1 bytes », « 7 12 2026 »): here they follow
    the desk's language (« Dossier », « 1 octet », « 07/12/2026 16:07 »)."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        column = index.column()
        if role != Qt.ItemDataRole.DisplayRole or column not in (
            SIZE_COLUMN, TYPE_COLUMN, DATE_COLUMN
        ):  # fmt: skip
            return super().data(index, role)
        info = self.sourceModel().fileInfo(self.mapToSource(index))  # type: ignore[attr-defined]
        locale = QLocale()
        if column == DATE_COLUMN:
            return locale.toString(info.lastModified(), QLocale.FormatType.ShortFormat)
        if column == TYPE_COLUMN:
            if info.isDir():
                return QCoreApplication.translate("FileDialog", "Folder")
            return super().data(index, role)
        if info.isDir():
            return ""
        if info.size() < 2:
            return QCoreApplication.translate("FileDialog", "%1 byte").replace(
                "%1", str(info.size())
            )
        return locale.formattedDataSize(info.size(), 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def _file_dialog(parent: QWidget | None, title: str, filters: str = "") -> QFileDialog:
    dialog = QFileDialog(parent, title, str(start_folder()), filters)
    dialog.setObjectName("fileDialog")
    dialog.setProxyModel(LocalColumns(dialog))  # used only where Qt draws its own dialog
    fit_size(dialog, *FILE_DIALOG_SIZE)
    return dialog


def _chosen(dialog: QFileDialog, is_folder: bool = False) -> Path | None:
    """Run the dialog; the path chosen, its folder remembered for the next one, or None."""
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    tree = dialog.findChild(QTreeView, "treeView")
    if tree is not None:  # Qt's own dialog: every column readable, the name takes the rest
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    files = dialog.selectedFiles() if dialog.exec() == QDialog.DialogCode.Accepted else []
    if not files:
        return None
    path = Path(files[0])
    remember_folder(path if is_folder else path.parent)
    return path


def open_file(parent: QWidget | None, title: str, filters: str) -> Path | None:
    dialog = _file_dialog(parent, title, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _chosen(dialog)


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
    dialog = _file_dialog(parent, title, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if suggested:
        dialog.selectFile(suggested)
    return _chosen(dialog)


def choose_folder(parent: QWidget | None, title: str) -> Path | None:
    dialog = _file_dialog(parent, title)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _chosen(dialog, is_folder=True)


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
