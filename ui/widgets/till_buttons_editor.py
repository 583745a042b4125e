"""Settings of the till: its buttons (text, code, colour, symbol, order, on/off) and the donation
categories. A self-contained widget, placed in the Settings page.
"""

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.context import DeskContext
from app.permissions import Permission
from app.services import till_setup
from app.services.settings import (
    check_settings_unchanged,
    check_till_button_unchanged,
    setting_versions,
    till_button_as_loaded,
)
from ui.edit_conflict import conflict_or
from ui.operations import write_op
from ui.widgets.controls import named_button

# Dark enough for white text, distinct from each other.
PALETTE = (
    "#2e7d32",
    "#1565c0",
    "#6a1b9a",
    "#bf360c",
    "#ad1457",
    "#00695c",
    "#4e342e",
    "#37474f",
)


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(18, 18)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class TillButtonsEditor(QWidget):
    """List, add, change, reorder and switch off the till buttons of the site."""

    changed = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("tillButtonsEditor")
        self._new = False
        self._buttons: list = []
        self._loaded: dict = {}  # each button as shown (another desk may change it meanwhile)
        self._categories_version: dict[str, int] = {}
        layout = QVBoxLayout(self)

        buttons_box = QGroupBox(self.tr("Till buttons"), self)
        row = QHBoxLayout(buttons_box)
        left = QVBoxLayout()
        self.list = QListWidget(self)
        self.list.setObjectName("tillButtonsList")
        self.list.setAccessibleName(self.tr("Till buttons"))
        self.list.setMinimumWidth(220)
        self.list.currentRowChanged.connect(self._show_current)
        left.addWidget(self.list, 1)
        order = QHBoxLayout()
        self.up_button = named_button(self, "tillButtonUp", self.tr("Move &up"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = named_button(self, "tillButtonDown", self.tr("Move do&wn"))
        self.down_button.clicked.connect(lambda: self._move(1))
        order.addWidget(self.up_button)
        order.addWidget(self.down_button)
        left.addLayout(order)
        self.add_button = named_button(self, "tillButtonAdd", self.tr("&New button"))
        self.add_button.clicked.connect(self.start_new)
        left.addWidget(self.add_button)
        row.addLayout(left, 1)

        form_host = QWidget(self)
        form = QFormLayout(form_host)
        self.label_edit = self._line("tillButtonLabel", self.tr("Text of the button"))
        self.kind_edit = self._line("tillButtonKind", self.tr("Code for the statistics"))
        self.kind_edit.setPlaceholderText(self.tr("for example: achat"))
        self.colour_edit = self._line("tillButtonColour", self.tr("Colour"))
        self.colour_edit.setPlaceholderText("#2e7d32")
        self.colour_edit.textChanged.connect(self._update_preview)
        self.label_edit.textChanged.connect(self._update_preview)
        self.icon_edit = self._line("tillButtonIcon", self.tr("Symbol (optional)"))
        self.icon_edit.setMaxLength(till_setup.MAX_ICON_LENGTH)
        self.icon_edit.setPlaceholderText(self.tr("shown before the text, for example: €"))
        self.active_check = QCheckBox(self.tr("Shown at the till"), self)
        self.active_check.setObjectName("tillButtonActive")
        self.active_check.setAccessibleName(self.tr("Shown at the till"))
        palette = QGridLayout()
        for index, colour in enumerate(PALETTE):
            swatch = QPushButton(self)
            swatch.setObjectName(f"tillSwatch_{index}")
            swatch.setAccessibleName(self.tr("Colour %1").replace("%1", colour))
            swatch.setToolTip(colour)
            swatch.setFixedSize(32, 32)
            swatch.setStyleSheet(f"background: {colour}; border-radius: 4px;")
            swatch.clicked.connect(lambda _=False, c=colour: self.colour_edit.setText(c))
            palette.addWidget(swatch, 0, index)
        self.preview = QLabel(self)
        self.preview.setObjectName("tillButtonPreview")
        self.preview.setMinimumHeight(64)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.preview.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.preview.setFont(font)
        form.addRow(self.tr("&Text:"), self.label_edit)
        form.addRow(self.tr("&Code:"), self.kind_edit)
        form.addRow(self.tr("C&olour:"), self.colour_edit)
        form.addRow("", palette)
        form.addRow(self.tr("&Symbol:"), self.icon_edit)
        form.addRow("", self.active_check)
        form.addRow(self.tr("Preview:"), self.preview)
        self.save_button = named_button(self, "tillButtonSave", self.tr("&Save the button"))
        self.save_button.clicked.connect(self.save)
        form.addRow("", self.save_button)
        row.addWidget(form_host, 2)
        layout.addWidget(buttons_box)

        categories_box = QGroupBox(self.tr("Categories of donations (one per line)"), self)
        categories = QVBoxLayout(categories_box)
        self.categories_edit = QPlainTextEdit(self)
        self.categories_edit.setObjectName("tillCategories")
        self.categories_edit.setAccessibleName(self.tr("Categories of donations"))
        self.categories_edit.setTabChangesFocus(True)
        self.categories_edit.setMaximumHeight(180)
        self.categories_save = named_button(
            self, "tillCategoriesSave", self.tr("Save the ca&tegories")
        )
        self.categories_save.clicked.connect(self.save_categories)
        categories.addWidget(self.categories_edit)
        categories.addWidget(self.categories_save, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(categories_box)
        layout.addStretch(1)

        editable = ctx.can(Permission.MANAGE_SETTINGS)
        for widget in (buttons_box, categories_box):
            widget.setEnabled(editable)
        self.reload()

    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.returnPressed.connect(self.save)
        return edit

    # --- data -----------------------------------------------------------------------------------
    def reload(self, select_id: uuid.UUID | None = None) -> None:
        actor = self.ctx.actor
        if actor is None or not self.ctx.can(Permission.MANAGE_SETTINGS):
            return

        def work(session):  # type: ignore[no-untyped-def]
            till_setup.ensure_default_buttons(session, actor)
            buttons = till_setup.till_buttons(session, actor, include_inactive=True)
            versions = setting_versions(session, [till_setup.DONATION_CATEGORIES_KEY])
            return buttons, till_setup.donation_categories(session), versions

        # a write: the default buttons are made the first time
        write_op(
            self,
            self.ctx.engine,
            work,
            lambda answer: self._show(*answer, select_id),
            title=self.tr("Till buttons"),
        )

    def _show(
        self,
        buttons: list,
        categories: list[str],
        versions: dict[str, int],
        select_id: uuid.UUID | None,
    ) -> None:
        self._buttons = buttons
        self._loaded = {button.id: till_button_as_loaded(button) for button in buttons}
        self._categories_version = versions
        current = select_id or self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        for button in self._buttons:
            text = (
                button.label if button.active else self.tr("%1 (off)").replace("%1", button.label)
            )
            item = QListWidgetItem(_swatch(button.colour), text)
            item.setData(Qt.ItemDataRole.UserRole, button.id)
            if not button.active:
                item.setForeground(QColor("#757575"))
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [b.id for b in self._buttons]
        self.list.setCurrentRow(ids.index(current) if current in ids else 0)
        self._show_current()
        self.categories_edit.setPlainText("\n".join(categories))

    def current_id(self) -> uuid.UUID | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show_current(self, *_args) -> None:  # type: ignore[no-untyped-def]
        self._new = False
        button = next((b for b in self._buttons if b.id == self.current_id()), None)
        if button is None:
            return
        self.label_edit.setText(button.label)
        self.kind_edit.setText(button.kind_code)
        self.colour_edit.setText(button.colour)
        self.icon_edit.setText(button.icon)
        self.active_check.setChecked(button.active)
        self.up_button.setEnabled(self.list.currentRow() > 0)
        self.down_button.setEnabled(self.list.currentRow() < self.list.count() - 1)

    def _update_preview(self) -> None:
        colour = self.colour_edit.text().strip()
        valid = QColor.isValidColorName(colour) and len(colour) == 7 and colour.startswith("#")
        background = colour if valid else "#9e9e9e"
        self.preview.setText(self.label_edit.text() or "…")
        self.preview.setStyleSheet(
            f"background: {background}; color: {till_setup.text_colour_for(background)};"
            " border-radius: 8px; padding: 8px;"
        )

    def start_new(self) -> None:
        """Empty the form for a new button; « Save » creates it."""
        self._new = True
        self.list.clearSelection()
        self.label_edit.clear()
        self.kind_edit.clear()
        used = {b.colour for b in self._buttons}
        self.colour_edit.setText(next((c for c in PALETTE if c not in used), PALETTE[0]))
        self.icon_edit.clear()
        self.active_check.setChecked(True)
        self.label_edit.setFocus()

    def save(self) -> None:
        actor = self.ctx.actor
        if actor is None:
            return
        new = self._new or self.current_id() is None
        button_id = self.current_id()
        label, kind = self.label_edit.text(), self.kind_edit.text()
        colour, icon = self.colour_edit.text(), self.icon_edit.text()
        active = self.active_check.isChecked()
        loaded = self._loaded.get(button_id, {})

        def work(session):  # type: ignore[no-untyped-def]
            if not new:
                check_till_button_unchanged(session, button_id, loaded)
            if new:
                button = till_setup.create_till_button(session, actor, label, kind, colour, icon)
                if not active:
                    till_setup.update_till_button(session, actor, button.id, active=False)
                return button.id
            return till_setup.update_till_button(
                session,
                actor,
                button_id,
                label=label,
                kind_code=kind,
                colour=colour,
                icon=icon,
                active=active,
            ).id

        title = self.tr("Till buttons")
        write_op(self, self.ctx.engine, work, self._changed, self._refused(title), title=title)

    def _refused(self, title: str):  # type: ignore[no-untyped-def]
        """Another desk's change since this editor read it offers « Reload »; any other
        refusal is shown under `title`."""
        return conflict_or(self, lambda: self.reload(self.current_id()), title)

    def _changed(self, button_id: uuid.UUID) -> None:
        self.reload(button_id)
        self.changed.emit()

    def _move(self, step: int) -> None:
        actor = self.ctx.actor
        button_id = self.current_id()
        if actor is None or button_id is None:
            return
        title = self.tr("Till buttons")
        write_op(
            self,
            self.ctx.engine,
            # a move is made on the order as stored now: it overwrites nobody's change
            lambda session: till_setup.move_till_button(session, actor, button_id, step),
            lambda _none: self._changed(button_id),
            self._refused(title),
            title=title,
        )

    def save_categories(self) -> None:
        actor = self.ctx.actor
        if actor is None:
            return
        lines = self.categories_edit.toPlainText().splitlines()
        loaded = dict(self._categories_version)

        def work(session):  # type: ignore[no-untyped-def]
            check_settings_unchanged(session, loaded)
            cleaned = till_setup.set_donation_categories(session, actor, lines)
            session.flush()  # the new version, for the next save from this editor
            return cleaned, setting_versions(session, loaded)

        title = self.tr("Categories of donations")
        write_op(
            self,
            self.ctx.engine,
            work,
            lambda answer: self._categories_saved(*answer),
            self._refused(title),
            title=title,
        )

    def _categories_saved(self, cleaned: list[str], versions: dict[str, int]) -> None:
        self._categories_version = versions
        self.categories_edit.setPlainText("\n".join(cleaned))
        self.changed.emit()
