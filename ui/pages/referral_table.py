"""The item model behind the referrals list: one row per referral, follow-ups due in red."""

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.clock import local_today, to_local
from app.services import referrals as svc
from app.services.referral_labels import refusal_reason_label, status_label

ID_ROLE = Qt.ItemDataRole.UserRole
DUE_COLOUR = QColor("#b3261e")
FOLLOW_UP_COLUMN = 5

Index = QModelIndex | QPersistentModelIndex


class ReferralTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.rows: list[svc.ReferralRow] = []
        self.today: date = local_today()
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = [
            QCoreApplication.translate("ReferralTableModel", "Date"),
            QCoreApplication.translate("ReferralTableModel", "Person"),
            QCoreApplication.translate("ReferralTableModel", "Service"),
            QCoreApplication.translate("ReferralTableModel", "Partner"),
            QCoreApplication.translate("ReferralTableModel", "Status"),
            QCoreApplication.translate("ReferralTableModel", "Follow up on"),
        ]

    def set_rows(self, rows: list[svc.ReferralRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.today = local_today()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def row_id(self, row: int) -> uuid.UUID | None:
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if column == FOLLOW_UP_COLUMN and row.is_due(self.today):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(DUE_COLOUR)
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
        return None

    def _text(self, row: svc.ReferralRow, column: int) -> str:
        if column == 0:
            return to_local(row.created_at).strftime("%d/%m/%Y")
        if column == 1:
            return row.person_name or QCoreApplication.translate("ReferralTableModel", "Anonymous")
        if column == 2:
            return row.service_name
        if column == 3:
            return row.organization_name
        if column == 4:
            return status_label(row.status)
        follow = row.follow_up_on.strftime("%d/%m/%Y") if row.follow_up_on else ""
        return f"⚠ {follow}" if row.is_due(self.today) else follow

    def _tooltip(self, row: svc.ReferralRow, column: int) -> str | None:
        if column == 4 and row.status_reason:
            return refusal_reason_label(row.status_reason)
        if column == FOLLOW_UP_COLUMN and row.is_due(self.today):
            return QCoreApplication.translate(
                "ReferralTableModel", "To follow up: due today or late"
            )
        if column in (2, 3):
            return f"{row.service_name} — {row.organization_name}"
        return None
