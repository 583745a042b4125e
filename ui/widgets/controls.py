"""Small helpers shared by pages and dialogs for their controls."""

from typing import Any

from PySide6.QtWidgets import QComboBox


def combo_value(combo: QComboBox) -> Any:
    """The chosen item's data, None for « all » ("") or an empty combo.

    Items never hold None: reading None back through currentData() upsets PySide6's
    reference counting.
    """
    if combo.currentIndex() < 0:
        return None
    value = combo.currentData()
    return None if value == "" else value
