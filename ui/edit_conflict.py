"""The box a form shows when another desk saved the same thing first: what changed, and
« Recharger » to show the current values (nothing of this desk's change was saved).

A save through `ui.operations.write_op` gets its `on_error` from `conflict_or`: an
`EditConflict` opens this box, any other refusal goes where the form shows it."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import EditConflict, UserError
from ui import messages


def _t(text: str) -> str:
    return QCoreApplication.translate("EditConflict", text)


def offer_reload(
    parent: QWidget, conflict: EditConflict, reload: Callable[[], None]
) -> QMessageBox:
    """Open (without blocking) the box saying what another desk changed; « Reload » calls
    `reload`. The box is kept as `parent.conflict_box` (tests click its buttons)."""
    box = QMessageBox(parent)
    box.setObjectName("editConflictBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_t("Changed at another desk"))
    box.setText(conflict.message)
    reload_button = box.addButton(_t("Reload"), QMessageBox.ButtonRole.AcceptRole)
    reload_button.setObjectName("conflictReload")
    reload_button.setAccessibleName(_t("Reload the current values"))
    close_button = box.addButton(_t("Close"), QMessageBox.ButtonRole.RejectRole)
    close_button.setObjectName("conflictClose")
    close_button.setAccessibleName(_t("Close"))
    box.setDefaultButton(reload_button)
    box.reload_button = reload_button  # type: ignore[attr-defined]

    def answered(button) -> None:  # type: ignore[no-untyped-def]
        if button is reload_button:
            reload()

    box.buttonClicked.connect(answered)
    parent.conflict_box = box  # type: ignore[attr-defined]
    box.open()
    return box


def conflict_or(
    parent: QWidget,
    reload: Callable[[], None],
    otherwise: Callable[[UserError], None] | str,
) -> Callable[[UserError], None]:
    """The `on_error` of a save: another desk's change offers « Reload » (`reload`); any other
    refusal goes to `otherwise(error)`, or is shown by `ui.messages.warn` under `otherwise` when
    it is a title (what `write_op` itself does with a refusal)."""

    def on_error(error: UserError) -> None:
        if isinstance(error, EditConflict):
            offer_reload(parent, error, reload)
        elif isinstance(otherwise, str):
            messages.warn(parent, otherwise, error.message)
        else:
            otherwise(error)

    return on_error
