"""Choosing codes of the national lists in a form: a checkable list for long lists (themes,
publics), a row of check boxes for short ones (modes d'accueil, modes de mobilisation)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QListWidget, QListWidgetItem, QWidget

from app.taxonomy import Code
from ui.widgets.controls import named


class CodeList(QListWidget):
    """A list of codes with a check box each (themes, publics)."""

    def __init__(self, codes: tuple[Code, ...], labels: dict[str, str] | None = None) -> None:
        super().__init__()
        # long theme names wrap instead of hiding behind a sideways scroll bar
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        for code in codes:
            item = QListWidgetItem((labels or {}).get(code.value, code.label))
            item.setData(Qt.ItemDataRole.UserRole, code.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.itemActivated.connect(self._toggle)

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def set_codes(self, codes: list[str]) -> None:
        for index in range(self.count()):
            item = self.item(index)
            wanted = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def codes(self) -> list[str]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def filter(self, text: str) -> None:
        from app.search_terms import fold

        wanted = fold(text)
        for index in range(self.count()):
            item = self.item(index)
            item.setHidden(bool(wanted) and wanted not in fold(item.text()))


class CodeBoxes(QWidget):
    """A few codes as check boxes in a row (modes d'accueil, modes de mobilisation)."""

    def __init__(self, codes: tuple[Code, ...], prefix: str) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for code in codes:
            box = QCheckBox(code.label)
            named(box, f"{prefix}_{code.value}", code.label)
            layout.addWidget(box)
            self.boxes[code.value] = box
        layout.addStretch(1)

    def set_codes(self, codes: list[str]) -> None:
        for value, box in self.boxes.items():
            box.setChecked(value in codes)

    def codes(self) -> list[str]:
        return [value for value, box in self.boxes.items() if box.isChecked()]
