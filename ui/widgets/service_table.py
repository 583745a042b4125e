"""The directory list as a model: rows are drawn on demand, so thousands of services show at
once without building a widget per cell."""

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.phone_numbers import shown_phone
from app.services.directory_search import ServiceHit

_OPEN = QBrush(QColor("#1f6f3a"))
_CLOSED = QBrush(QColor("#5a5a5a"))
_TO_CHECK = QBrush(QColor("#a55a00"))
Index = QModelIndex | QPersistentModelIndex


class ServiceTableModel(QAbstractTableModel):
    """Service, organisation, town, phone, state now, last checked."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.hits: list[ServiceHit] = []
        self.headers = [
            QCoreApplication.translate("ServiceTableModel", "Service"),
            QCoreApplication.translate("ServiceTableModel", "Organisation"),
            QCoreApplication.translate("ServiceTableModel", "Town"),
            QCoreApplication.translate("ServiceTableModel", "Phone"),
            QCoreApplication.translate("ServiceTableModel", "Now"),
            QCoreApplication.translate("ServiceTableModel", "Checked on"),
        ]
        self.to_check = QCoreApplication.translate("ServiceTableModel", "to be checked")

    def set_hits(self, hits: list[ServiceHit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):  # type: ignore[no-untyped-def]  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def text(self, row: int, column: int) -> str:
        hit = self.hits[row]
        if column == 0:
            return hit.name
        if column == 1:
            return hit.organization
        if column == 2:
            return hit.commune
        if column == 3:
            return shown_phone(hit.phone)
        if column == 4:
            return hit.state.text
        if hit.to_verify:
            return self.to_check
        return hit.last_verified_on.strftime("%d/%m/%Y") if hit.last_verified_on else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        hit = self.hits[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 5 and hit.to_verify and hit.last_verified_on:
                return QCoreApplication.translate(
                    "ServiceTableModel", "Last checked on %1"
                ).replace("%1", hit.last_verified_on.strftime("%d/%m/%Y"))
            return self.text(row, column) if column in (0, 1, 4) else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 4:
                return _OPEN if hit.state.is_open else _CLOSED
            if column == 5 and hit.to_verify:
                return _TO_CHECK
        if role == Qt.ItemDataRole.UserRole:
            return hit.id
        return None
