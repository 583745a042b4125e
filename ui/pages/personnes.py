"""The People page: find a file, open it (audited), edit it, merge two files."""

import uuid

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.context import DeskContext
from app.services.people import recent_people
from app.services.person_search import search_people
from app.services.person_views import person_views
from ui.dialogs.person_file import PersonFileView
from ui.dialogs.person_form import person_summary
from ui.operations import read_op
from ui.pages.base import Page
from ui.widgets.empty_state import EmptyState

PERSON_ROLE = Qt.ItemDataRole.UserRole


class PersonnesPage(Page):
    key = "personnes"
    live_topics = ("person:",)  # the list (the open file follows its own)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.visit_dialog = None
        layout = QHBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(left)
        self.search.setObjectName("peopleSearch")
        self.search.setAccessibleName(self.tr("Find a file"))
        self.search.setPlaceholderText(self.tr("Name or phone (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(left)
        self.list.setObjectName("peopleList")
        self.list.setAccessibleName(self.tr("Files"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list, 1)
        self.right = QStackedWidget(splitter)
        self.empty_state = EmptyState(
            self.tr("The files of the people you meet will be here."),
            self.tr("Choose a name on the left and press Enter to open the file."),
        )
        self.file_view = PersonFileView(ctx, self.right)
        self.right.addWidget(self.empty_state)
        self.right.addWidget(self.file_view)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([340, 780])  # one line per person at 1280 px
        layout.addWidget(splitter)

        self.search.textChanged.connect(self.fill_list)
        self.search.installEventFilter(self)
        # opening a file is audited: only on Enter or a click, not while moving with arrows
        self.list.itemActivated.connect(self._open_item)
        self.list.itemClicked.connect(self._open_item)
        self.file_view.changed.connect(lambda: self.fill_list(self.search.text()))
        self.file_view.erased.connect(lambda: self.right.setCurrentWidget(self.empty_state))
        self.file_view.visit_requested.connect(self._start_visit)
        shortcut = QShortcut(QKeySequence("Ctrl+F"), self)
        shortcut.activated.connect(self.search.setFocus)
        self.setFocusProxy(self.search)

    def refresh(self) -> None:
        self.fill_list(self.search.text())
        if self.right.currentWidget() is self.file_view:
            self.file_view.show_current()  # changed meanwhile at another desk, or merged away

    def live_change(self, topic: str) -> None:
        self.fill_list(self.search.text())  # the open file reads itself again

    def fill_list(self, text: str) -> None:
        actor = self.ctx.actor

        def work(session):  # type: ignore[no-untyped-def]
            if text.strip():
                people = search_people(session, actor, text, limit=50)
            else:
                people = recent_people(session, actor)
            return person_views(people)

        # the list is replaced when the answer comes; an older answer is dropped
        read_op(
            self,
            self.ctx.engine,
            work,
            self._show_people,
            title=self.tr("Files"),
            key=f"people-search-{id(self)}",
        )

    def _show_people(self, people: list) -> None:
        self.list.clear()
        for person in people:
            item = QListWidgetItem(person_summary(person))
            item.setData(PERSON_ROLE, person.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def open_person(self, person_id: uuid.UUID) -> None:
        """Show the person's file once it is read (the empty state if it cannot be opened)."""
        self.file_view.load(
            person_id,
            lambda: self.right.setCurrentWidget(self.file_view),
            lambda: self.right.setCurrentWidget(self.empty_state),
        )

    def _open_item(self, item: QListWidgetItem) -> None:
        person_id = item.data(PERSON_ROLE)
        if not isinstance(person_id, uuid.UUID):
            return
        shown = self.file_view.person
        if (
            shown is not None
            and shown.id == person_id
            and self.right.currentWidget() is self.file_view
        ):
            return  # already open: a second click (or a double click) is not a new opening
        self.open_person(person_id)

    def _start_visit(self, person_id: uuid.UUID, name: str) -> None:
        from ui.dialogs.visit_form import open_visit_form

        def show(dialog) -> None:  # type: ignore[no-untyped-def]
            self.visit_dialog = dialog
            dialog.accepted.connect(lambda: self.open_person(person_id))
            dialog.open()

        open_visit_form(self, self.ctx, show, person_id=person_id, person_name=name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.list.count():
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = min(max(self.list.currentRow() + step, 0), self.list.count() - 1)
                self.list.setCurrentRow(row)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.list.currentItem():
                self._open_item(self.list.currentItem())
                return True
        return super().eventFilter(watched, event)
