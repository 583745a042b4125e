"""The Reception page: find the person (or skip), log the visit, see today's log.

Keyboard: Ctrl+F search, arrows move in the results, Enter starts the visit of the chosen
person, Ctrl+N starts a visit (the chosen person, or anonymous), Ctrl+Shift+N anonymous visit.
"""

import uuid

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import taxonomy
from app.clock import local_today, to_local
from app.connection_state import server_needed_sentence
from app.context import DeskContext
from app.permissions import Permission
from app.services.people import display_name
from app.services.person_search import search_people
from app.services.person_views import person_views
from app.services.visits import LogRow, delete_visit, todays_log
from ui import messages, offline_reception
from ui.dialogs.person_form import person_summary
from ui.dialogs.visit_form import VisitFormDialog, open_visit_form, outcome_labels
from ui.operations import forget, read_op, write_op
from ui.pages.base import Page
from ui.widgets.controls import named_button
from ui.widgets.empty_state import EmptyState
from ui.widgets.todays_appointments import TodaysAppointments

PERSON_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1
NEW_PERSON = "new-person"


class TodayLogModel(QAbstractTableModel):
    """Today's visits for the table; labels are made only for the rows on screen."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[LogRow] = []
        self.headers: list[str] = []
        self._outcomes: dict[str, str] = {}

    def set_rows(self, rows: list[LogRow], headers: list[str]) -> None:
        self.beginResetModel()
        self.rows, self.headers, self._outcomes = rows, headers, outcome_labels()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else 5

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if section < len(self.headers) else None
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return to_local(row.occurred_at).strftime("%H:%M")
        if column == 1:
            return row.person_name
        if column == 2:
            reasons = " ; ".join(taxonomy.theme_label(code) for code in row.themes)
            if role == Qt.ItemDataRole.ToolTipRole and row.note:
                return f"{reasons}\n{row.note}"
            return reasons
        if column == 3:
            return self._outcomes.get(row.outcome, row.outcome)
        return row.agent_name


class AccueilPage(Page):
    key = "accueil"
    live_topics = ("visits", "appointments")  # the day log, its counts, the day's appointments
    works_offline = True  # its anonymous visits wait in the desk's outbox

    # emitted by « Orienter »: visit id (hex), person id (hex) or None, theme codes
    refer_requested = Signal(str, object, list)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.log_rows: list[LogRow] = []
        self._read_rows: list[LogRow] = []  # as the server gave them
        self._was_keeping = False
        self._waiting_seen = 0  # anonymous visits waiting here when the log was last shown
        self._shown_once = False
        self.last_saved: tuple[str, str | None, list[str]] | None = None
        self.visit_dialog: VisitFormDialog | None = None
        self.person_dialog = None
        self.file_dialog = None
        self.can_read = ctx.can(Permission.READ_PEOPLE)
        layout = QVBoxLayout(self)
        # the day's appointments first, with « Arrivé·e » (hidden on a day without any)
        self.appointments = TodaysAppointments(ctx, self)
        self.appointments.arrived.connect(self.refresh)
        layout.addWidget(self.appointments)

        top = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("accueilSearch")
        self.search.setAccessibleName(self.tr("Find a person"))
        self.search.setPlaceholderText(
            self.tr("Find a person: first name, last name or phone (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setVisible(self.can_read)
        top.addWidget(self.search, 1)
        self.anonymous_button = named_button(
            self, "accueilAnonymous", self.tr("&Anonymous visit (Ctrl+Shift+N)")
        )
        self.new_person_button = named_button(self, "accueilNewPerson", self.tr("New &person"))
        self.new_person_button.setVisible(ctx.can(Permission.EDIT_PEOPLE))
        top.addWidget(self.anonymous_button)
        top.addWidget(self.new_person_button)
        layout.addLayout(top)

        self.results = QListWidget(self)
        self.results.setObjectName("accueilResults")
        self.results.setAccessibleName(self.tr("People found"))
        self.results.setMaximumHeight(220)
        self.results.setAlternatingRowColors(True)
        self.results.hide()
        layout.addWidget(self.results)
        result_actions = QHBoxLayout()
        self.open_file_button = named_button(self, "accueilOpenFile", self.tr("Open the &file"))
        self.open_file_button.hide()
        result_actions.addWidget(self.open_file_button)
        self.book_button = named_button(
            self, "accueilBook", self.tr("Book an appointmen&t…"), self.book_for_current
        )
        self.book_button.hide()
        self.book_dialog = None
        result_actions.addWidget(self.book_button)
        result_actions.addStretch(1)
        layout.addLayout(result_actions)

        self.banner = QFrame(self)
        self.banner.setObjectName("accueilSavedBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner_layout = QHBoxLayout(self.banner)
        self.banner_label = QLabel(self.banner)
        self.banner_label.setObjectName("accueilSavedText")
        self.refer_button = named_button(self, "accueilRefer", self.tr("&Refer…"))
        self.refer_button.setParent(self.banner)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.refer_button)
        self.banner.hide()
        layout.addWidget(self.banner)

        self.counter = QLabel(self)
        self.counter.setObjectName("accueilCounter")
        font = self.counter.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.counter.setFont(font)
        self.counter.setToolTip(
            self.tr("Visits logged at reception. The till counts its visitors on its own page.")
        )
        layout.addWidget(self.counter)
        self.log_model = TodayLogModel(self)
        self.log = QTableView(self)
        self.log.setModel(self.log_model)
        self.log.setObjectName("accueilTodayLog")
        self.log.setAccessibleName(self.tr("Today's visits"))
        self.log.verticalHeader().setVisible(False)
        self.log.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.log.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.log.setWordWrap(False)
        self.log.setAlternatingRowColors(True)
        header = self.log.horizontalHeader()
        # fixed widths: measuring every row's text would cost seconds on a busy day
        for column, width in enumerate((70, 230, 0, 190, 150)):
            if width:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.log, 1)
        self.empty_hint = EmptyState(
            self.tr("No visit yet today."),
            self.tr(
                "Type a name above and press Enter, or press Ctrl+Shift+N for an anonymous visit."
            )
            if self.can_read  # a volunteer has no search box: only the anonymous visit
            else self.tr("Press « Anonymous visit » (Ctrl+Shift+N) for each person welcomed."),
            self,
        )
        self.empty_hint.setObjectName("accueilEmptyHint")
        layout.addWidget(self.empty_hint)
        log_actions = QHBoxLayout()
        self.edit_button = named_button(self, "accueilEditVisit", self.tr("&Change the visit"))
        self.delete_button = named_button(self, "accueilDeleteVisit", self.tr("&Delete the visit"))
        self.log_refer_button = named_button(
            self, "accueilReferVisit", self.tr("Refer from this visit")
        )
        for button in (self.edit_button, self.delete_button, self.log_refer_button):
            log_actions.addWidget(button)
        log_actions.addStretch(1)
        layout.addLayout(log_actions)

        self.search.textChanged.connect(self.update_results)
        self.search.installEventFilter(self)
        self.results.installEventFilter(self)
        self.log.installEventFilter(self)
        self.results.itemActivated.connect(self._activate_result)
        self.results.currentItemChanged.connect(lambda *_: self._update_result_actions())
        self.anonymous_button.clicked.connect(self.start_anonymous_visit)
        self.new_person_button.clicked.connect(lambda: self.start_new_person(""))
        self.open_file_button.clicked.connect(self.open_current_file)
        self.refer_button.clicked.connect(self._refer_last_saved)
        self.edit_button.clicked.connect(self.edit_selected_visit)
        self.delete_button.clicked.connect(self.delete_selected_visit)
        self.log_refer_button.clicked.connect(self._refer_selected)
        self.log.selectionModel().selectionChanged.connect(lambda *_: self._update_log_actions())
        self.log.activated.connect(lambda _index: self.edit_selected_visit())
        self._shortcut("Ctrl+F", self.focus_search)
        self._shortcut("Ctrl+N", self.start_visit)
        self._shortcut("Ctrl+Shift+N", self.start_anonymous_visit)
        self.setFocusProxy(self.search if self.can_read else self.anonymous_button)
        self._update_log_actions()

    def _shortcut(self, keys: str, slot) -> None:  # type: ignore[no-untyped-def]
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)

    # --- search -----------------------------------------------------------------------------
    def focus_search(self) -> None:
        target = self.search if self.can_read else self.anonymous_button
        target.setFocus()
        if self.can_read:
            self.search.selectAll()

    def connection_changed(self, online: bool) -> None:
        """The main PC went away or came back: finding a person greyed or not (with the one
        sentence); the day's log counts the visits waiting here, and is read again once they
        have landed."""
        for widget in (self.search, self.new_person_button):
            widget.setEnabled(online)
            widget.setToolTip("" if online else server_needed_sentence())
        usual = self.search.property("usualPlaceholder")
        if usual is None:
            usual = self.search.placeholderText()
            self.search.setProperty("usualPlaceholder", usual)
        self.search.setPlaceholderText(usual if online else server_needed_sentence())
        if not online:
            self.results.hide()
        keeping = offline_reception.keeps_locally(self.ctx)
        landed = self._was_keeping and not keeping
        self._was_keeping = keeping
        if landed and self.isVisible():
            self.refresh()
        elif keeping and offline_reception.waiting_number(self.ctx) != self._waiting_seen:
            self._show_log(self._read_rows)  # (not at each answer: the selection stays)

    def _search_key(self) -> str:
        return f"reception-search-{id(self)}"

    def update_results(self, text: str) -> None:
        if not text.strip() or not self.can_read:
            forget(self._search_key)
            self.results.clear()
            self.results.hide()
            self._update_result_actions()
            return
        actor = self.ctx.actor

        def work(session):  # type: ignore[no-untyped-def]
            return person_views(search_people(session, actor, text))

        # the list is replaced when the answer comes (no flicker); an older answer is dropped
        read_op(
            self,
            self.ctx.engine,
            work,
            lambda people: self._show_results(text, people),
            offline_reception.read_refused(
                self.ctx, lambda error: messages.warn(self, self.tr("Search"), error.message)
            ),
            title=self.tr("Search"),
            key=self._search_key,
        )

    def _show_results(self, text: str, people: list) -> None:
        self.results.clear()
        for person in people:
            item = QListWidgetItem(person_summary(person))
            item.setData(PERSON_ROLE, person.id)
            item.setData(NAME_ROLE, display_name(person))
            self.results.addItem(item)
        if self.ctx.can(Permission.EDIT_PEOPLE):
            label = (
                self.tr("Nobody found: create a file for “%1”…")
                if not people
                else self.tr("Someone else: create a file for “%1”…")
            )
            item = QListWidgetItem(label.replace("%1", text.strip()))
            item.setData(PERSON_ROLE, NEW_PERSON)
            self.results.addItem(item)
        elif not people:
            self.results.addItem(QListWidgetItem(self.tr("Nobody found.")))
        self.results.setCurrentRow(0)
        self.results.show()
        self._update_result_actions()

    def _current_person(self) -> tuple[uuid.UUID, str] | None:
        item = self.results.currentItem()
        if item is None or not isinstance(item.data(PERSON_ROLE), uuid.UUID):
            return None
        return item.data(PERSON_ROLE), item.data(NAME_ROLE)

    def _update_result_actions(self) -> None:
        self.open_file_button.setVisible(self._current_person() is not None)
        self.book_button.setVisible(
            self._current_person() is not None and self.ctx.can(Permission.BOOK_APPOINTMENTS)
        )

    def _activate_result(self, item: QListWidgetItem | None = None) -> None:
        item = item or self.results.currentItem()
        if item is None:
            return
        data = item.data(PERSON_ROLE)
        if data == NEW_PERSON:
            self.start_new_person(self.search.text())
        elif isinstance(data, uuid.UUID):
            self.start_person_visit(data, item.data(NAME_ROLE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search:
                if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                    step = 1 if key == Qt.Key.Key_Down else -1
                    row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
                    self.results.setCurrentRow(row)
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.results.isVisible():
                    self._activate_result()
                    return True
                if key == Qt.Key.Key_Escape and self.search.text():
                    self.search.clear()
                    return True
            if watched is self.log and key == Qt.Key.Key_Delete:
                self.delete_selected_visit()
                return True
        return super().eventFilter(watched, event)

    # --- starting a visit -------------------------------------------------------------------
    def start_visit(self) -> None:
        """Ctrl+N: the visit of the chosen person, or an anonymous one."""
        current = self._current_person() if self.results.isVisible() else None
        if current is not None:
            self.start_person_visit(*current)
        else:
            self.start_anonymous_visit()

    def start_anonymous_visit(self) -> None:
        self._open_visit_form(None, "")

    def start_person_visit(self, person_id: uuid.UUID, name: str) -> None:
        self._open_visit_form(person_id, name)

    def _open_visit_form(
        self, person_id: uuid.UUID | None, name: str, row: LogRow | None = None
    ) -> None:
        def show(dialog: VisitFormDialog) -> None:
            self.visit_dialog = dialog
            dialog.accepted.connect(lambda: self._visit_saved(dialog, person_id, name, row))
            dialog.open()

        open_visit_form(self, self.ctx, show, person_id=person_id, person_name=name, visit=row)

    def _visit_saved(
        self,
        dialog: VisitFormDialog,
        person_id: uuid.UUID | None,
        name: str,
        row: LogRow | None,
    ) -> None:
        if row is None and dialog.saved_visit_id is not None:
            person_hex = person_id.hex if person_id else None
            self.last_saved = (dialog.saved_visit_id.hex, person_hex, dialog.saved_themes)
            who = name if person_id else self.tr("anonymous visit")
            self.banner_label.setText(self.tr("Visit saved: %1.").replace("%1", who))
            self.banner.show()
            self.search.clear()
        self.refresh()
        self.search.setFocus()

    def start_new_person(self, text: str) -> None:
        from ui.dialogs.person_form import PersonFormDialog

        self.person_dialog = PersonFormDialog(self.ctx, initial_text=text, parent=self)
        dialog = self.person_dialog
        dialog.accepted.connect(
            lambda: self.start_person_visit(dialog.person_id, dialog.person_name)
        )
        dialog.open()

    def open_current_file(self) -> None:
        current = self._current_person()
        if current is None:
            return
        from ui.dialogs.person_file import PersonFileDialog

        self.file_dialog = dialog = PersonFileDialog(self.ctx, self)
        dialog.view.visit_requested.connect(self._visit_from_file)
        dialog.view.load(current[0], dialog.open)

    def book_for_current(self) -> None:
        """« Prendre rendez-vous » for the person chosen in the results."""
        current = self._current_person()
        if current is None:
            return
        from ui.dialogs.book_appointment import BookAppointmentDialog

        self.book_dialog = BookAppointmentDialog(self.ctx, current[0], current[1], parent=self)
        self.book_dialog.accepted.connect(self.refresh)
        self.book_dialog.open()

    def _visit_from_file(self, person_id: uuid.UUID, name: str) -> None:
        if self.file_dialog is not None:
            self.file_dialog.accept()
        self.start_person_visit(person_id, name)

    # --- referrals --------------------------------------------------------------------------
    def _refer_last_saved(self) -> None:
        if self.last_saved is not None:
            self.refer_requested.emit(*self.last_saved)

    def _refer_selected(self) -> None:
        row = self._selected_row()
        if row is not None:
            person_hex = row.person_id.hex if row.person_id else None
            self.refer_requested.emit(row.id.hex, person_hex, list(row.themes))

    def show_referral_outcome(self, referral_ids: list) -> None:
        """After the sheet is closed: which services, and the referral's status now."""
        from app.services.referrals import referral_outcome

        actor = self.ctx.actor
        read_op(
            self,
            self.ctx.engine,
            lambda session: referral_outcome(session, actor, referral_ids),
            self._show_banner,
            lambda error: self._show_banner(error.message),
        )

    def _show_banner(self, text: str) -> None:
        if text:
            self.banner_label.setText(text)
            self.banner.show()

    # --- today's log ------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self._shown_once:
            # the desk opens on this page: the keyboard is ready in the search box
            self._shown_once = True
            self.focus_search()
        self.appointments.refresh()
        actor = self.ctx.actor
        if self.ctx.offline:  # the last rows read, and the visits waiting here
            self._show_log(self._read_rows)
            return
        read_op(
            self,
            self.ctx.engine,
            lambda session: todays_log(session, actor),
            self._show_log,
            offline_reception.read_refused(
                self.ctx, self._say_log_refused, lambda: self._show_log(self._read_rows)
            ),
            title=self.tr("Today's visits"),
            key=f"todays-log-{id(self)}",
        )

    def _say_log_refused(self, error) -> None:  # type: ignore[no-untyped-def]
        messages.warn(self, self.tr("Today's visits"), error.message)

    def _show_log(self, rows: list[LogRow]) -> None:
        """The rows read from the server, and after them the anonymous visits waiting on this
        desk (not sent yet: marked so, and counted as waiting)."""
        self._read_rows = rows
        self._waiting_seen = offline_reception.waiting_number(self.ctx)
        read_ids = {row.id for row in rows}
        kept = [
            row
            for row in offline_reception.kept_rows(
                self.ctx, local_today(), self.tr("Anonymous, waiting to be sent")
            )
            if row.id not in read_ids  # landed meanwhile: counted once
        ]
        self.log_rows = rows + kept
        count = len(self.log_rows)
        # « at reception »: the till counts its own visitors, on its own page
        if count == 0:
            counter = self.tr("Today at reception: no visit yet")
        elif count == 1:
            counter = self.tr("Today at reception: 1 visit")
        else:
            counter = self.tr("Today at reception: %1 visits").replace("%1", str(count))
        if kept:
            counter += " " + self.tr("(of which %1 waiting to be sent)").replace(
                "%1", str(len(kept))
            )
        self.counter.setText(counter)
        self.log_model.set_rows(
            self.log_rows,
            [
                self.tr("Time"),
                self.tr("Person"),
                self.tr("Reasons"),
                self.tr("Outcome"),
                self.tr("Agent"),
            ],
        )
        self.log.setVisible(bool(count))
        self.empty_hint.setVisible(not count)
        self._update_log_actions()

    def _selected_row(self) -> LogRow | None:
        rows = self.log.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.log_rows):
            return None
        return self.log_rows[rows[0].row()]

    def _update_log_actions(self) -> None:
        row = self._selected_row()
        mine = row is not None and row.mine
        self.edit_button.setEnabled(mine)
        self.delete_button.setEnabled(mine)
        self.log_refer_button.setEnabled(row is not None)
        any_rows = bool(self.log_rows)
        for button in (self.edit_button, self.delete_button, self.log_refer_button):
            button.setVisible(any_rows)

    def edit_selected_visit(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        if not row.mine:
            messages.info(
                self, self.tr("Change the visit"), self.tr("Only its agent can change this visit.")
            )
            return
        self._open_visit_form(row.person_id, row.person_name, row)

    def delete_selected_visit(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        if not messages.confirm(
            self,
            self.tr("Delete the visit"),
            self.tr("Delete the visit of %1 at %2?")
            .replace("%1", row.person_name)
            .replace("%2", to_local(row.occurred_at).strftime("%H:%M")),
        ):
            return
        actor = self.ctx.actor
        write_op(
            self,
            self.ctx.engine,
            lambda session: delete_visit(session, actor, row.id),
            lambda _none: self._visit_deleted(),
            title=self.tr("The visit was not deleted"),
        )

    def _visit_deleted(self) -> None:
        self.banner.hide()
        self.refresh()
