"""Every control of the referral windows has an object name and an accessible name."""

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tests.referrals_helpers import (  # noqa: F401  (fixtures)
    add_service,
    printed_to_fixture,
)
from ui.dialogs.quick_referral import QuickReferralDialog
from ui.dialogs.refer import ReferDialog
from ui.dialogs.sheet_preview import SheetPreviewDialog
from ui.pages.orientations import OrientationsPage

pytestmark = pytest.mark.usefixtures("french_ui", "printed_to")
CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
)


def _unnamed(root: QWidget) -> list[str]:
    """Our own controls (not the parts Qt builds inside a combo box, date or scroll area)."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.objectName().startswith("qt_"):
            continue
        parent = widget.parentWidget()
        inner = False
        while parent is not None and parent is not root:
            if isinstance(parent, QComboBox | QAbstractSpinBox) or parent.objectName().startswith(
                "qt_"
            ):
                inner = True
            parent = parent.parentWidget()
        if inner or type(widget).__name__ in {"QScrollBar", "QHeaderView"}:
            continue
        if not widget.objectName() or not widget.accessibleName():
            missing.append(f"{type(widget).__name__} '{widget.objectName()}'")
    return missing


def test_refer_dialog_and_preview(qtbot, ctx, engine):
    add_service(engine)
    dialog = ReferDialog(ctx, None, themes=["trouver-un-emploi"])
    qtbot.addWidget(dialog)
    assert _unnamed(dialog) == []
    dialog.suggestion_list.item(0).setCheckState(
        dialog.suggestion_list.item(0).checkState().Checked
    )
    dialog.refer()
    qtbot.addWidget(dialog.preview)
    assert isinstance(dialog.preview, SheetPreviewDialog)
    assert _unnamed(dialog.preview) == []


def test_quick_referral_and_page(qtbot, ctx, volunteer_ctx):
    quick = QuickReferralDialog(volunteer_ctx, None)
    qtbot.addWidget(quick)
    assert _unnamed(quick) == []
    page = OrientationsPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert _unnamed(page) == []


def test_the_checker_sees_an_unnamed_control(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    QVBoxLayout(root).addWidget(QPushButton("?", root))
    assert _unnamed(root) == ["QPushButton ''"]
