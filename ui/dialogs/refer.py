"""Refer a person (or someone anonymous) to one or several partner services.

    dialog = ReferDialog(ctx, parent, themes=visit.themes, person_id=..., visit_id=...)

Suggestions are the active services for the themes, open now or soonest first. Keyboard:
arrows move in the list, Space ticks a service, Enter refers and opens the sheet preview.

The dialog opens at once: the person's name and language, the follow-up date and the
suggestions are read on the database worker (`ui.operations`) and shown when they arrive
(« Chargement… » meanwhile, « Orienter » waiting for them); an answer that comes after the
dialog was closed, or after another theme was chosen, is dropped. A read that fails is said
next to « Réessayer », which reads again.
"""

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import taxonomy
from app.context import DeskContext
from app.errors import UserError
from app.permissions import Permission
from app.phone_numbers import shown_phone
from app.services import referrals as svc
from app.services.referral_labels import channel_label
from models.enums import ReferralChannel
from ui import messages
from ui.dialogs.sheet_preview import SHEET_LANGUAGES, SheetPreviewDialog
from ui.operations import forget, read_op, write_op
from ui.screen_fit import fit_size
from ui.widgets.controls import combo_value

SERVICE_ROLE = Qt.ItemDataRole.UserRole
VISIT_THEMES = "__visit__"


class ReferDialog(QDialog):
    """Choose services, say why, then see and print the orientation sheet."""

    referred = Signal(list)  # the new referral ids

    def __init__(
        self,
        ctx: DeskContext,
        parent: QWidget | None = None,
        *,
        themes: Sequence[str] = (),
        person_id: uuid.UUID | None = None,
        visit_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.visit_themes = [t for t in themes if t]
        self.person_id = person_id
        self.visit_id = visit_id
        self.preview: SheetPreviewDialog | None = None
        self.created_ids: list[uuid.UUID] = []
        self._saving = False
        self._loading = True  # the person and the follow-up date are on their way
        self._closed = False
        self.setObjectName("referDialog")
        self.setWindowTitle(self.tr("Refer to a partner"))
        fit_size(self, 720, 640)

        self.who_label = QLabel(self.tr("Loading…"), self)
        self.who_label.setObjectName("referWho")
        self.who_label.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Try again"), self)
        self.retry_button.setObjectName("referRetry")
        self.retry_button.setAccessibleName(self.tr("Read the referral details again"))
        self.retry_button.setAutoDefault(False)
        self.retry_button.hide()  # only once a read has failed

        self.theme_combo = QComboBox(self)
        self.theme_combo.setObjectName("referTheme")
        self.theme_combo.setAccessibleName(self.tr("Theme"))
        if self.visit_themes:
            names = ", ".join(taxonomy.theme_label(t) for t in self.visit_themes)
            self.theme_combo.addItem(
                self.tr("Reasons of the visit: %1").replace("%1", names), VISIT_THEMES
            )
        else:
            self.theme_combo.addItem(self.tr("Choose a theme…"), "")
        for code in taxonomy.theme_categories():
            self.theme_combo.addItem(code.label, code.value)
        for code in taxonomy.themes():
            self.theme_combo.addItem(taxonomy.theme_label(code.value), code.value)

        self.suggestion_list = QListWidget(self)
        self.suggestion_list.setObjectName("referSuggestions")
        self.suggestion_list.setAccessibleName(self.tr("Suggested services: Space ticks one"))
        self.suggestion_list.setWordWrap(True)
        self.suggestion_list.setAlternatingRowColors(True)
        self.suggestion_list.setSpacing(2)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("referEmpty")
        self.empty_label.setWordWrap(True)
        self.chosen_label = QLabel(self)
        self.chosen_label.setObjectName("referChosen")

        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("referReason")
        self.reason_edit.setAccessibleName(self.tr("Reason for the referral"))
        self.reason_edit.setPlaceholderText(
            self.tr("Optional: what the partner should know (600 characters at most)")
        )
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(60)

        self.channel_combo = QComboBox(self)
        self.channel_combo.setObjectName("referChannel")
        self.channel_combo.setAccessibleName(self.tr("How the partner is reached"))
        for channel in ReferralChannel:
            self.channel_combo.addItem(channel_label(channel.value), channel.value)

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("referLanguage")
        self.language_combo.setAccessibleName(self.tr("Sheet language"))
        for code, name in SHEET_LANGUAGES:
            self.language_combo.addItem(name, code)

        self.paper_combo = QComboBox(self)
        self.paper_combo.setObjectName("referPaper")
        self.paper_combo.setAccessibleName(self.tr("Paper"))
        self.paper_combo.addItem(self.tr("A4 page"), "a4")
        self.paper_combo.addItem(self.tr("Receipt (80 mm)"), "receipt")

        self.follow_up_edit = QDateEdit(self)
        self.follow_up_edit.setObjectName("referFollowUp")
        self.follow_up_edit.setAccessibleName(self.tr("Follow-up date"))
        self.follow_up_edit.setCalendarPopup(True)
        self.follow_up_edit.setDisplayFormat("dd/MM/yyyy")
        self.follow_up_edit.setDate(QDate.currentDate())  # until the usual delay is read

        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        form.addRow(self.tr("&Partner reached by:"), self.channel_combo)
        form.addRow(self.tr("Sheet &language:"), self.language_combo)
        form.addRow(self.tr("P&aper:"), self.paper_combo)
        form.addRow(self.tr("&Follow up on:"), self.follow_up_edit)

        self.refer_button = QPushButton(self.tr("Refer and show the sheet"), self)
        self.refer_button.setObjectName("referButton")
        self.refer_button.setAccessibleName(self.tr("Refer and show the sheet"))
        self.refer_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("referCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.chosen_label, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.refer_button)

        theme_label = QLabel(self.tr("&Theme:"), self)
        theme_label.setBuddy(self.theme_combo)
        list_label = QLabel(self.tr("&Services (open now first):"), self)
        list_label.setBuddy(self.suggestion_list)
        layout = QVBoxLayout(self)
        who_row = QHBoxLayout()
        who_row.addWidget(self.who_label, 1)
        who_row.addWidget(self.retry_button)
        layout.addLayout(who_row)
        theme_row = QHBoxLayout()
        theme_row.addWidget(theme_label)
        theme_row.addWidget(self.theme_combo, 1)
        layout.addLayout(theme_row)
        layout.addWidget(list_label)
        layout.addWidget(self.suggestion_list, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(form)
        layout.addLayout(buttons)

        self.theme_combo.currentIndexChanged.connect(self.load_suggestions)
        self.suggestion_list.itemChanged.connect(self._update_chosen)
        self.refer_button.clicked.connect(self.refer)
        self.cancel_button.clicked.connect(self.reject)
        self.retry_button.clicked.connect(self.read_again)
        (self.suggestion_list if self.visit_themes else self.theme_combo).setFocus()
        self._set_loading(True)
        self._load()
        self.load_suggestions()

    # --- opening -------------------------------------------------------------------------------
    def done(self, result: int) -> None:
        self._closed = True  # answers still on their way are no longer wanted
        super().done(result)

    def _set_loading(self, loading: bool) -> None:
        for widget in (self.language_combo, self.follow_up_edit, self.refer_button):
            widget.setEnabled(not loading)

    def _load(self) -> None:
        """Read who is referred (their sheet language) and the usual follow-up date."""
        actor, person_id = self.ctx.actor, self.person_id
        wants_person = person_id is not None and self.ctx.can(Permission.MANAGE_REFERRALS)

        def work(session):  # type: ignore[no-untyped-def]
            person = svc.person_for_referral(session, actor, person_id) if wants_person else None
            return person, svc.default_follow_up(session)

        read_op(self, self.ctx.engine, work, self._loaded, self._not_loaded)

    def _loaded(self, loaded: tuple) -> None:
        if self._closed:
            return
        person, follow_up = loaded
        who = (
            self.tr("Referral for %1").replace("%1", f"{person.first_name} {person.last_name}")
            if person
            else self.tr("Anonymous referral: no name is kept.")
        )
        self.who_label.setText(who.strip())
        if person is not None:
            self.language_combo.setCurrentIndex(
                max(0, self.language_combo.findData(person.preferred_language))
            )
        self.follow_up_edit.setDate(QDate(follow_up.year, follow_up.month, follow_up.day))
        self._loading = False
        self._set_loading(False)

    def _not_loaded(self, error: UserError) -> None:
        if self._closed:
            return
        self.who_label.setText(error.message)
        self.who_label.setStyleSheet("color: #a61b1b;")
        self.retry_button.show()  # « Orienter » waits for the details: they can be read again

    def read_again(self) -> None:
        """After a failed read: ask again for the details, and for the services if none came."""
        self.retry_button.hide()
        self.who_label.setStyleSheet("")
        self.who_label.setText(self.tr("Loading…"))
        self._load()
        if self.suggestion_list.count() == 0:
            self.load_suggestions()

    # --- suggestions ---------------------------------------------------------------------------
    def chosen_themes(self) -> list[str]:
        data = combo_value(self.theme_combo)
        if data == VISIT_THEMES:
            return list(self.visit_themes)
        return [data] if data else []

    def load_suggestions(self) -> None:
        """Ask for the services of the chosen theme; only the newest answer is shown."""
        themes, actor, person_id = self.chosen_themes(), self.ctx.actor, self.person_id
        self.suggestion_list.blockSignals(True)
        self.suggestion_list.clear()
        self.suggestion_list.blockSignals(False)
        self._update_chosen()
        key = f"refer-suggestions-{id(self)}"
        if not themes:
            forget(key)  # an answer for the theme chosen before is no longer wanted
            self._show_suggestions(themes, [])
            return
        self.empty_label.setText(self.tr("Loading…"))
        self.empty_label.show()
        read_op(
            self,
            self.ctx.engine,
            lambda session: svc.suggest_services(session, actor, themes, person_id=person_id),
            lambda suggestions: self._show_suggestions(themes, suggestions),
            self._suggestions_refused,
            key=key,
        )

    def _suggestions_refused(self, error: UserError) -> None:
        if not self._closed:
            self.empty_label.setText(error.message)

    def _show_suggestions(self, themes: list[str], suggestions: list[svc.Suggestion]) -> None:
        if self._closed:
            return
        self.suggestion_list.blockSignals(True)
        self.suggestion_list.clear()
        for suggestion in suggestions:
            item = QListWidgetItem(self._item_text(suggestion))
            item.setData(SERVICE_ROLE, suggestion.service_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            if suggestion.publics_hint:
                item.setToolTip(suggestion.publics_hint)
            self.suggestion_list.addItem(item)
        self.suggestion_list.blockSignals(False)
        if suggestions:
            self.suggestion_list.setCurrentRow(0)
            self.empty_label.hide()
        else:
            self.empty_label.setText(
                self.tr(
                    "No service for this theme yet. Try a wider theme, or add one in the Directory."
                )  # noqa: E501
                if themes
                else self.tr("Choose a theme to see the services that can help.")
            )
            self.empty_label.show()
        self._update_chosen()

    def _item_text(self, suggestion: svc.Suggestion) -> str:
        first = f"{suggestion.service_name} — {suggestion.organization_name}"
        if suggestion.commune:
            first += f" · {suggestion.commune}"
        second = suggestion.state_text
        if suggestion.phone:
            second += f" · {shown_phone(suggestion.phone)}"
        if suggestion.publics_hint:
            second += f" · ⚠ {suggestion.publics_hint}"
        return f"{first}\n{second}"

    def chosen_service_ids(self) -> list[uuid.UUID]:
        return [
            self.suggestion_list.item(row).data(SERVICE_ROLE)
            for row in range(self.suggestion_list.count())
            if self.suggestion_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _update_chosen(self) -> None:
        count = len(self.chosen_service_ids())
        self.chosen_label.setText(
            self.tr("No service chosen yet: tick one with Space.")
            if count == 0
            else self.tr("Services chosen: %1").replace("%1", str(count))
        )

    # --- referring -----------------------------------------------------------------------------
    def refer(self) -> None:
        if self._saving or self._loading:
            return  # a second Enter while the referral is being stored, or before it can be
        actor = self.ctx.actor
        asked = dict(
            service_ids=self.chosen_service_ids(),
            themes=self.chosen_themes(),
            person_id=self.person_id,
            visit_id=self.visit_id,
            reason=self.reason_edit.toPlainText(),
            channel=self.channel_combo.currentData(),
            language=self.language_combo.currentData(),
            follow_up_on=self.follow_up_edit.date().toPython(),
        )

        def work(session):  # type: ignore[no-untyped-def]
            return [r.id for r in svc.create_referrals(session, actor, **asked)]

        self._saving = True
        write_op(self, self.ctx.engine, work, self._referred, self._refused)

    def _refused(self, error: UserError) -> None:
        self._saving = False
        messages.warn(self, self.tr("Refer to a partner"), error.message)

    def _referred(self, created_ids: list[uuid.UUID]) -> None:
        self._saving = False
        self.created_ids = created_ids
        self.preview = SheetPreviewDialog(
            self.ctx,
            self.parentWidget(),
            referral_ids=self.created_ids,
            paper=self.paper_combo.currentData(),
        )
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.referred.emit(list(self.created_ids))  # `preview` is there for the receivers
        self.accept()
        self.preview.open()


def open_refer_dialog(
    ctx: DeskContext,
    parent: QWidget | None,
    visit_id: uuid.UUID | None,
    person_id: uuid.UUID | None,
    themes: Sequence[str],
) -> ReferDialog:
    """Slot for the Reception page's `refer_requested(visit_id, person_id, themes)` signal."""
    dialog = ReferDialog(ctx, parent, themes=themes, person_id=person_id, visit_id=visit_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
