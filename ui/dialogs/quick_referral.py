"""The till's quick referral: a need, a service, a printed receipt. No personal data.

    QuickReferralDialog(ctx, parent).exec()

Choose the need, choose the service (the first one, open now or soonest, is already chosen),
« Print the receipt »: the receipt is shown, Enter prints it, and the till says what was
recorded. The referral is anonymous.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import taxonomy
from app.context import DeskContext
from app.errors import UserError
from app.services import referrals as svc
from models.enums import ReferralChannel
from ui import messages, offline_directory
from ui.connection import connection_of
from ui.dialogs import sheet_preview
from ui.dialogs.sheet_preview import SHEET_LANGUAGES
from ui.operations import forget, read_op, write_op
from ui.screen_fit import fit_size

CODE_ROLE = Qt.ItemDataRole.UserRole


class QuickReferralDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.referral_ids: list = []
        self.preview: sheet_preview.SheetPreviewDialog | None = None
        self.outcome = ""  # what the till says once the receipt is printed
        self._last_choice: tuple | None = None
        self._saving = False
        self.kept_offline = False  # the referral waits in the desk's outbox
        self.setObjectName("quickReferralDialog")
        self.setWindowTitle(self.tr("Quick referral"))
        fit_size(self, 760, 560)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.25)

        hint = QLabel(
            self.tr("No name is asked. Choose the need, then the service: a receipt prints."), self
        )
        hint.setObjectName("quickHint")
        hint.setWordWrap(True)
        self.theme_list = QListWidget(self)
        self.theme_list.setObjectName("quickThemes")
        self.theme_list.setAccessibleName(self.tr("Need"))
        self.theme_list.setFont(big)
        self.theme_list.setWordWrap(True)
        self.theme_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for code in taxonomy.theme_categories():
            item = QListWidgetItem(code.label)
            item.setData(CODE_ROLE, code.value)
            self.theme_list.addItem(item)
        self.service_list = QListWidget(self)
        self.service_list.setObjectName("quickServices")
        self.service_list.setAccessibleName(self.tr("Service"))
        self.service_list.setFont(big)
        self.service_list.setWordWrap(True)
        self.service_list.setSpacing(4)
        self.empty_label = QLabel(self.tr("Choose a need on the left."), self)
        self.empty_label.setObjectName("quickEmpty")
        self.empty_label.setWordWrap(True)

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("quickLanguage")
        self.language_combo.setAccessibleName(self.tr("Sheet language"))
        for code, name in SHEET_LANGUAGES:
            self.language_combo.addItem(name, code)
        language_label = QLabel(self.tr("Sheet &language:"), self)
        language_label.setBuddy(self.language_combo)
        self.print_button = QPushButton(self.tr("&Print the receipt"), self)
        self.print_button.setObjectName("quickPrint")
        self.print_button.setAccessibleName(self.tr("Print the receipt"))
        self.print_button.setDefault(True)
        self.print_button.setFont(big)
        self.print_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("quickCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)

        need_label = QLabel(self.tr("1. The &need"), self)
        need_label.setBuddy(self.theme_list)
        service_label = QLabel(self.tr("2. The &service (open now first)"), self)
        service_label.setBuddy(self.service_list)
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(need_label)
        left.addWidget(self.theme_list, 1)
        right.addWidget(service_label)
        right.addWidget(self.service_list, 1)
        right.addWidget(self.empty_label)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(language_label)
        bottom.addWidget(self.language_combo)
        bottom.addStretch(1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)

        self.theme_list.currentRowChanged.connect(self._load_services)
        self.service_list.currentRowChanged.connect(self._update_button)
        self.print_button.clicked.connect(self.print_receipt)
        self.cancel_button.clicked.connect(self.reject)
        self.theme_list.setFocus()

    def _load_services(self) -> None:
        item = self.theme_list.currentItem()
        key = f"quick-referral-services-{id(self)}"
        if item is None:
            forget(key)
            self.service_list.clear()
            self._update_button()
            return
        actor, theme = self.ctx.actor, item.data(CODE_ROLE)
        read_op(
            self,
            offline_directory.engine_for(self.ctx),
            lambda session: svc.suggest_services(session, actor, [theme]),
            self._show_services,
            offline_directory.on_error(self.ctx, self._load_services, lambda e: self._refused(e)),
            title=self.tr("Quick referral"),
            key=key,
        )

    def _show_services(self, suggestions: list) -> None:
        self.service_list.clear()
        for suggestion in suggestions:
            entry = QListWidgetItem(
                f"{suggestion.service_name} — {suggestion.organization_name}\n"
                f"{suggestion.state_text}"
            )
            entry.setData(CODE_ROLE, suggestion.service_id)
            self.service_list.addItem(entry)
        if suggestions:
            self.service_list.setCurrentRow(0)
            self.empty_label.hide()
        else:
            self.empty_label.setText(
                self.tr("No service for this need in the directory. Ask a colleague.")
            )
            self.empty_label.show()
        self._update_button()

    def _update_button(self) -> None:
        self.print_button.setEnabled(self.service_list.currentItem() is not None)

    def print_receipt(self) -> None:
        theme_item, service_item = self.theme_list.currentItem(), self.service_list.currentItem()
        if theme_item is None or service_item is None:
            return
        choice = (
            service_item.data(CODE_ROLE),
            theme_item.data(CODE_ROLE),
            self.language_combo.currentData(),
        )
        if self._saving:
            return  # a second Enter while the referral is being stored
        if choice != self._last_choice:  # printing again after a cancel: no second referral
            self._create(choice)
            return
        self._show_receipt()

    def _show_receipt(self) -> None:
        # the receipt is shown before it prints; Enter prints it. It is drawn from what was
        # chosen, online as offline: the till's login may not read a referral back whole.
        from ui.dialogs.offline_sheet import ChosenSheetPreviewDialog

        if self._last_choice is None:
            return
        service_id, theme, language = self._last_choice
        copy = offline_directory.copy_of(self.ctx) if self.kept_offline else None
        self.preview = ChosenSheetPreviewDialog(
            self.ctx, self, copy=copy, service_ids=[service_id], themes=[theme],
            language=language, referral_ids=[] if self.kept_offline else self.referral_ids,
        )  # fmt: skip
        self.preview.printed.connect(self._printed)
        self.preview.sent_to_printer.connect(self._sent_to_printer)
        self.preview.open()

    def _create(self, choice: tuple) -> None:
        """Store the referral, then show its receipt."""
        service_id, theme, language = choice
        actor = self.ctx.actor
        if offline_directory.copy_of(self.ctx) is not None:
            self._keep(choice)
            return

        def work(session):  # type: ignore[no-untyped-def]
            made = svc.create_referrals(
                session,
                actor,
                service_ids=[service_id],
                themes=[theme],
                channel=ReferralChannel.SHEET.value,
                language=language,
            )
            return [r.id for r in made]

        self._saving = True
        write_op(
            self,
            self.ctx.engine,
            work,
            lambda ids: self._created(choice, ids),
            lambda error: self._write_refused(choice, error),
        )

    def _write_refused(self, choice: tuple, error: UserError) -> None:
        """The main PC went away while the referral was being stored: it waits on the desk."""
        connection = connection_of(self.ctx)
        if (
            connection is not None
            and connection.noticed(error)
            and offline_directory.copy_of(self.ctx)
        ):
            self._keep(choice)
        else:
            self._refused(error)

    def _keep(self, choice: tuple) -> None:
        """The main PC is away: the referral waits in the outbox (on disk when this returns)
        and is made on the main PC, with these ids, when it answers again."""
        connection, actor = connection_of(self.ctx), self.ctx.actor
        service_id, theme, language = choice
        _entry, ids = connection.outbox.keep_referrals(  # type: ignore[union-attr]
            actor.site_id, actor.agent_id, actor.role, [service_id], [theme], language
        )
        connection.kept()  # type: ignore[union-attr]
        self.kept_offline = True
        self._created(choice, ids)

    def _refused(self, error: UserError) -> None:
        self._saving = False
        messages.warn(self, self.tr("Quick referral"), error.message)

    def _created(self, choice: tuple, referral_ids: list) -> None:
        self._saving = False
        self.referral_ids = referral_ids
        self._last_choice = choice
        self._show_receipt()

    def _sent_to_printer(self, sent: bool) -> None:
        """The receipt is on paper: the preview closes and nothing can print it twice while
        the main PC notes it; if it could not be noted (said in a message), the till goes
        back to its buttons all the same."""
        self.print_button.setEnabled(False)
        self._saving = True  # a late Enter prints nothing more
        if self.preview is not None:
            self.preview.accept()
        if not sent:
            self._close_with("")

    def _printed(self) -> None:
        """The receipt is printed and noted: close this dialog, and say what was done."""
        actor, referral_ids = self.ctx.actor, list(self.referral_ids)
        if self.kept_offline:
            self._close_with(self.tr("Kept on this desk: it goes to the main PC when it answers."))
            return
        read_op(
            self,
            self.ctx.engine,
            lambda session: svc.referral_outcome(session, actor, referral_ids),
            self._close_with,
            lambda error: self._close_with(error.message),
        )

    def _close_with(self, outcome: str) -> None:
        self.outcome = (self.tr("Receipt printed.") + " " + outcome).strip()
        if self.preview is not None:
            self.preview.accept()
        self.accept()
