"""Merging two files of the same person: pick the other file, choose which one stays.

`MergePeopleDialog(ctx, person)`; after it is accepted, `kept_id` is the file that stayed.
"""

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.context import DeskContext
from app.errors import UserError
from app.services.people import display_name
from app.services.person_history import merge_people
from app.services.person_search import search_people
from app.services.person_views import person_views
from models import Person
from ui import messages
from ui.dialogs.person_form import person_summary
from ui.operations import read_op, write_op
from ui.screen_fit import fit_size


class MergePeopleDialog(QDialog):
    def __init__(self, ctx: DeskContext, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person = person
        self.kept_id: uuid.UUID | None = None
        self._saving = False
        self.setObjectName("mergePeople")
        self.setWindowTitle(self.tr("Merge two files"))
        fit_size(self, 620, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Find the other file of %1. Its visits and referrals will move to the file you "
                "keep; the other file will disappear."
            ).replace("%1", display_name(person))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.search = QLineEdit(self)
        self.search.setObjectName("mergeSearch")
        self.search.setAccessibleName(self.tr("Find the other file"))
        self.search.setPlaceholderText(self.tr("Name or phone of the other file…"))
        layout.addWidget(self.search)
        self.results = QListWidget(self)
        self.results.setObjectName("mergeResults")
        self.results.setAccessibleName(self.tr("Other files"))
        layout.addWidget(self.results, 1)
        self.keep_this = QRadioButton(
            self.tr("Keep this file (%1)").replace("%1", display_name(person)), self
        )
        self.keep_this.setObjectName("mergeKeepThis")
        self.keep_this.setAccessibleName(self.tr("Keep this file"))
        self.keep_this.setChecked(True)
        self.keep_other = QRadioButton(self.tr("Keep the other file"), self)
        self.keep_other.setObjectName("mergeKeepOther")
        self.keep_other.setAccessibleName(self.tr("Keep the other file"))
        layout.addWidget(self.keep_this)
        layout.addWidget(self.keep_other)
        buttons = QDialogButtonBox(self)
        self.merge_button = buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("mergeConfirm")
        self.merge_button.setAccessibleName(self.tr("Merge"))
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("mergeCancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._search)
        self.search.installEventFilter(self)
        self.search.setFocus()

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        from PySide6.QtCore import QEvent

        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.results.setFocus()
                return True
        return super().eventFilter(watched, event)

    def _search(self, text: str) -> None:
        actor = self.ctx.actor

        def work(session):  # type: ignore[no-untyped-def]
            return person_views(search_people(session, actor, text))

        # the list is replaced when the answer comes; an older answer is dropped
        read_op(
            self,
            self.ctx.engine,
            work,
            self._show_results,
            title=self.tr("Merge two files"),
            key=f"merge-search-{id(self)}",
        )

    def _show_results(self, people: list) -> None:
        self.results.clear()
        for person in people:
            if person.id == self.person.id:
                continue
            item = QListWidgetItem(person_summary(person))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def merge(self) -> None:
        if self._saving:
            return  # a second Enter while the merge is on its way
        item = self.results.currentItem()
        if item is None:
            messages.warn(
                self, self.tr("Merge two files"), self.tr("Please choose the other file.")
            )
            return
        other_id = item.data(Qt.ItemDataRole.UserRole)
        keep_id, remove_id = self.person.id, other_id
        if self.keep_other.isChecked():
            keep_id, remove_id = other_id, self.person.id
        if not messages.confirm(
            self,
            self.tr("Merge two files"),
            self.tr("Merge these two files into one? This cannot be undone."),
        ):
            return
        actor = self.ctx.actor
        self._saving = True
        write_op(
            self,
            self.ctx.engine,
            lambda session: merge_people(session, actor, keep_id, remove_id),
            lambda _none: self._merged(keep_id),
            self._refused,
        )

    def _refused(self, error: UserError) -> None:
        self._saving = False
        messages.warn(self, self.tr("The files were not merged"), error.message)

    def _merged(self, keep_id: uuid.UUID) -> None:
        self._saving = False
        self.kept_id = keep_id
        self.accept()
