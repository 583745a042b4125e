"""A friendly editor for opening hours: a line per day, a lunch break, public holidays.

It writes the OpenStreetMap `opening_hours` string; people who know the syntax can type it in
the expert field. Every change is checked at once and said back in words.
"""

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.i18n import current_language
from app.opening_hours import build_hours, describe_hours, validate_hours, weekly_hours

DEFAULT_MORNING = ("09:00", "12:00")
DEFAULT_AFTERNOON = ("14:00", "17:00")


def _day_names() -> list[str]:
    return [
        QCoreApplication.translate("HoursEditor", "Monday"),
        QCoreApplication.translate("HoursEditor", "Tuesday"),
        QCoreApplication.translate("HoursEditor", "Wednesday"),
        QCoreApplication.translate("HoursEditor", "Thursday"),
        QCoreApplication.translate("HoursEditor", "Friday"),
        QCoreApplication.translate("HoursEditor", "Saturday"),
        QCoreApplication.translate("HoursEditor", "Sunday"),
    ]


def _time_edit(name: str) -> QLineEdit:
    """A short "HH:MM" field: typing 0830 gives 08:30."""
    edit = QLineEdit()
    edit.setInputMask("99:99")
    edit.setObjectName(name)
    edit.setMaximumWidth(70)
    return edit


class DayRow(QWidget):
    """The widgets of one day, laid out by the dialog's grid."""

    changed = Signal()

    def __init__(self, index: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open_box = QCheckBox(name)
        self.open_box.setObjectName(f"dayOpen{index}")
        self.open_box.setAccessibleName(
            QCoreApplication.translate("HoursEditor", "Open on %1").replace("%1", name)
        )
        self.edits: list[QLineEdit] = []
        for label in ("opens", "lunchStarts", "lunchEnds", "closes"):
            edit = _time_edit(f"day{index}_{label}")
            edit.textEdited.connect(self.changed)
            self.edits.append(edit)
        accessible = (
            QCoreApplication.translate("HoursEditor", "%1: opens at"),
            QCoreApplication.translate("HoursEditor", "%1: lunch break from"),
            QCoreApplication.translate("HoursEditor", "%1: lunch break until"),
            QCoreApplication.translate("HoursEditor", "%1: closes at"),
        )
        for edit, text in zip(self.edits, accessible, strict=True):
            edit.setAccessibleName(text.replace("%1", name))
        self.lunch_box = QCheckBox(QCoreApplication.translate("HoursEditor", "lunch break"))
        self.lunch_box.setObjectName(f"dayLunch{index}")
        self.lunch_box.setAccessibleName(
            QCoreApplication.translate("HoursEditor", "%1: lunch break").replace("%1", name)
        )
        self.open_box.toggled.connect(self._update_enabled)
        self.lunch_box.toggled.connect(self._update_enabled)
        self.open_box.toggled.connect(self.changed)
        self.lunch_box.toggled.connect(self.changed)
        self.set_ranges([])

    def set_ranges(self, ranges: list[tuple[str, str]]) -> None:
        widgets = [self.open_box, self.lunch_box, *self.edits]
        for widget in widgets:
            widget.blockSignals(True)
        self.open_box.setChecked(bool(ranges))
        self.lunch_box.setChecked(len(ranges) >= 2)
        if not ranges:
            values = [DEFAULT_MORNING[0], DEFAULT_MORNING[1], DEFAULT_AFTERNOON[0], "17:00"]
        elif len(ranges) == 1:
            values = [ranges[0][0], DEFAULT_MORNING[1], DEFAULT_AFTERNOON[0], ranges[0][1]]
        else:
            values = [ranges[0][0], ranges[0][1], ranges[1][0], ranges[1][1]]
        for edit, value in zip(self.edits, values, strict=True):
            edit.setText(value)
        for widget in widgets:
            widget.blockSignals(False)
        self._update_enabled()

    def ranges(self) -> list[tuple[str, str]]:
        if not self.open_box.isChecked():
            return []
        opens, lunch_starts, lunch_ends, closes = (edit.text() for edit in self.edits)
        if self.lunch_box.isChecked():
            return [(opens, lunch_starts), (lunch_ends, closes)]
        return [(opens, closes)]

    def _update_enabled(self) -> None:
        is_open = self.open_box.isChecked()
        self.lunch_box.setEnabled(is_open)
        self.edits[0].setEnabled(is_open)
        self.edits[3].setEnabled(is_open)
        lunch = is_open and self.lunch_box.isChecked()
        self.edits[1].setEnabled(lunch)
        self.edits[2].setEnabled(lunch)


class HoursEditorDialog(QDialog):
    """Edit an opening hours string; `hours()` gives the result after accept()."""

    def __init__(self, hours: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hoursEditor")
        self.setWindowTitle(self.tr("Opening hours"))
        self.setMinimumWidth(600)
        self._syncing = False
        layout = QVBoxLayout(self)

        self.table_box = QGroupBox(self.tr("Days and times"))
        grid = QGridLayout(self.table_box)
        headers = (
            self.tr("Day"),
            self.tr("Opens at"),
            self.tr("Lunch break"),
            self.tr("from"),
            self.tr("until"),
            self.tr("Closes at"),
        )
        for column, text in enumerate(headers):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        self.rows: list[DayRow] = []
        for index, name in enumerate(_day_names()):
            row = DayRow(index, name, self)
            row.hide()  # only its child widgets are shown, in the grid
            grid.addWidget(row.open_box, index + 1, 0)
            grid.addWidget(row.edits[0], index + 1, 1)
            grid.addWidget(row.lunch_box, index + 1, 2)
            grid.addWidget(row.edits[1], index + 1, 3)
            grid.addWidget(row.edits[2], index + 1, 4)
            grid.addWidget(row.edits[3], index + 1, 5)
            row.changed.connect(self._table_changed)
            self.rows.append(row)
        layout.addWidget(self.table_box)
        chain: list[QWidget] = []
        for row in self.rows:
            edits = row.edits
            chain += [row.open_box, edits[0], row.lunch_box, edits[1], edits[2], edits[3]]

        options = QHBoxLayout()
        self.holidays_box = QCheckBox(self.tr("Closed on public holidays"))
        self.holidays_box.setObjectName("closedOnPublicHolidays")
        self.holidays_box.setAccessibleName(self.tr("Closed on public holidays"))
        self.holidays_box.toggled.connect(self._table_changed)
        self.copy_button = QPushButton(self.tr("Copy Monday to Tuesday–Friday"))
        self.copy_button.setObjectName("copyMonday")
        self.copy_button.setAccessibleName(self.tr("Copy Monday's hours to Tuesday to Friday"))
        self.copy_button.clicked.connect(self._copy_monday)
        options.addWidget(self.holidays_box)
        options.addStretch(1)
        options.addWidget(self.copy_button)
        layout.addLayout(options)

        self.complex_label = QLabel(
            self.tr("These hours say more than a weekly table can: change them in the text below.")
        )
        self.complex_label.setObjectName("hoursTooComplex")
        self.complex_label.setWordWrap(True)
        self.complex_label.hide()
        layout.addWidget(self.complex_label)

        expert = QHBoxLayout()
        expert_label = QLabel(self.tr("OpenStreetMap text (for experts):"))
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("hoursText")
        self.text_edit.setAccessibleName(self.tr("Opening hours as OpenStreetMap text"))
        self.text_edit.setPlaceholderText("Mo-Fr 08:30-12:30,14:00-17:00; PH off")
        expert_label.setBuddy(self.text_edit)
        self.text_edit.textEdited.connect(self._text_edited)
        expert.addWidget(expert_label)
        expert.addWidget(self.text_edit, 1)
        layout.addLayout(expert)

        self.feedback = QLabel()
        self.feedback.setObjectName("hoursFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setMinimumHeight(40)
        layout.addWidget(self.feedback)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("hoursButtons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("hoursOk")
        self.ok_button.setAccessibleName(self.tr("Save the hours"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        chain += [self.holidays_box, self.copy_button, self.text_edit]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._set_text(hours)

    # ------------------------------------------------------------------ state

    def hours(self) -> str:
        """The normalised string ("" when the hours are not known)."""
        return validate_hours(self.text_edit.text())

    def _set_text(self, hours: str) -> None:
        self.text_edit.setText(hours)
        self.text_edit.setCursorPosition(0)  # a long line shows its start, not its end
        self._text_edited(hours)

    def _table_changed(self) -> None:
        if self._syncing:
            return
        text = build_hours([row.ranges() for row in self.rows], self.holidays_box.isChecked())
        self.text_edit.setText(text)
        self.text_edit.setCursorPosition(0)
        self._show_feedback(text)

    def _text_edited(self, text: str) -> None:
        valid = self._show_feedback(text)
        if not valid:
            self.complex_label.hide()
            return
        week = weekly_hours(text)
        self.table_box.setEnabled(week is not None)
        self.holidays_box.setEnabled(week is not None)
        self.copy_button.setEnabled(week is not None)
        self.complex_label.setVisible(week is None)
        if week is None:
            return
        self._syncing = True
        try:
            for row, ranges in zip(self.rows, week.days, strict=True):
                row.set_ranges(ranges)
            self.holidays_box.setChecked(week.closed_on_public_holidays)
        finally:
            self._syncing = False

    def _show_feedback(self, text: str) -> bool:
        try:
            normalised = validate_hours(text)
        except UserError as error:
            self.feedback.setText(error.message)
            self.feedback.setStyleSheet("color: #a61b1b;")
            self.ok_button.setEnabled(False)
            return False
        self.ok_button.setEnabled(True)
        if not normalised.strip():  # nothing entered yet: no green tick for « not filled in »
            self.feedback.setStyleSheet("color: #4a5a66;")
            self.feedback.setText(
                self.tr("No hours yet: tick the days in the table, or type them below.")
            )
            return True
        self.feedback.setStyleSheet("color: #1f6f3a;")
        self.feedback.setText("✓ " + describe_hours(normalised, current_language()))
        self.ok_button.setEnabled(True)
        return True

    def _copy_monday(self) -> None:
        monday = self.rows[0].ranges()
        self._syncing = True
        try:
            for row in self.rows[1:5]:
                row.set_ranges(monday)
        finally:
            self._syncing = False
        self._table_changed()
