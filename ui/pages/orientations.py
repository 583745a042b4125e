"""The Referrals page: every referral with filters, quick status update, reprint, follow-ups due.

The navigation badge shows how many follow-ups are due (today or late). Stale referrals
expire each time the page is shown. `open_person_requested(person_id)` asks the window to
open a person's file.
"""

import html
import uuid
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import taxonomy
from app.clock import local_today, to_local
from app.context import DeskContext
from app.permissions import Permission
from app.services import referrals as svc
from app.services.referral_labels import channel_label, refusal_reason_label, status_label
from models.enums import ReferralStatus, RefusalReason
from ui.edit_conflict import conflict_or
from ui.operations import read_op, write_op
from ui.pages.base import Page
from ui.pages.referral_table import ReferralTableModel
from ui.widgets.controls import combo_value, fit_combo_to, keep_headers_whole
from ui.widgets.flow_layout import FlowLayout


def update_referrals_badge(window: QWidget | None, ctx: DeskContext) -> None:
    """Show the number of follow-ups due next to « Orientations » (MainWindow.set_badge),
    once counted on the database worker."""
    if not ctx.can(Permission.MANAGE_REFERRALS) or not hasattr(window, "set_badge"):
        return
    actor = ctx.actor
    read_op(
        window,
        ctx.engine,
        lambda session: svc.count_due_follow_ups(session, actor),
        lambda count: window.set_badge("orientations", count),  # type: ignore[union-attr]
        lambda _error: None,  # a badge the server cannot count yet stays as it was
        key=f"referrals-badge-{id(window)}",
    )


class OrientationsPage(Page):
    key = "orientations"
    live_topics = ("referrals",)

    open_person_requested = Signal(object)  # a person's id

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[svc.ReferralRow] = []

        self.status_filter = self._combo("filterStatus", self.tr("Status"))
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status in ReferralStatus:
            self.status_filter.addItem(status_label(status.value), status.value)
        self.due_filter = QCheckBox(self.tr("&To follow up"), self)
        self.due_filter.setObjectName("filterDue")
        self.due_filter.setAccessibleName(self.tr("Only follow-ups due today or late"))
        self.partner_filter = self._combo("filterPartner", self.tr("Partner"))
        # filled once the partners are read: wide enough for « Tous les partenaires » from the
        # start, long partner names elided in the box, whole in its list
        fit_combo_to(self.partner_filter, self.tr("All partners"))
        self.theme_filter = self._combo("filterTheme", self.tr("Theme"))
        self.theme_filter.addItem(self.tr("All themes"), "")
        for code in taxonomy.theme_categories():
            self.theme_filter.addItem(code.label, code.value)
        self.period_filter = self._combo("filterPeriod", self.tr("Period"))
        for label, key in (
            (self.tr("Any time"), ""),
            (self.tr("This month"), "month"),
            (self.tr("Last month"), "last-month"),
            (self.tr("Last 3 months"), "quarter"),
            (self.tr("This year"), "year"),
        ):
            self.period_filter.addItem(label, key)
        self.new_button = QPushButton(self.tr("&New referral…"), self)
        self.new_button.setObjectName("newReferral")
        self.new_button.setAccessibleName(self.tr("New referral"))

        self.model = ReferralTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("referralTable")
        self.table.setAccessibleName(self.tr("Referrals"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((84, 130, 0, 150, 90, 100)):
            if width:
                header.resizeSection(column, width)
        keep_headers_whole(header)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("referralsEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.detail = self._build_detail()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_label)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.detail.setMaximumWidth(55 * self.fontMetrics().averageCharWidth())

        filters = FlowLayout()  # on two lines when the text is large, never cut
        for combo in (self.status_filter, self.theme_filter, self.period_filter):
            fit_combo_to(combo, combo.itemText(0))
        for widget in (self.status_filter, self.due_filter, self.partner_filter):
            filters.addWidget(widget)
        filters.addWidget(self.theme_filter)
        filters.addWidget(self.period_filter)
        filters.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        for combo in (self.status_filter, self.partner_filter, self.theme_filter):
            combo.currentIndexChanged.connect(self.reload)
        self.period_filter.currentIndexChanged.connect(self.reload)
        self.due_filter.toggled.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.new_button.clicked.connect(self.new_referral)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        return combo

    def _build_detail(self) -> QGroupBox:
        box = QGroupBox(self.tr("Follow-up"), self)
        box.setObjectName("referralDetail")
        self.summary_label = QLabel(box)
        self.summary_label.setObjectName("referralSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history_list = QListWidget(box)
        self.history_list.setObjectName("referralHistory")
        self.history_list.setAccessibleName(self.tr("History of the referral"))
        self.history_list.setWordWrap(True)
        self.new_status = self._combo("newStatus", self.tr("New status"))
        self.status_reason = self._combo("statusReason", self.tr("Reason"))
        for reason in RefusalReason:
            self.status_reason.addItem(refusal_reason_label(reason.value), reason.value)
        self.status_note = QLineEdit(box)
        self.status_note.setObjectName("statusNote")
        self.status_note.setAccessibleName(self.tr("Note"))
        self.status_note.setPlaceholderText(self.tr("Short factual note (optional)"))
        self.status_note.setMaxLength(600)
        self.save_status_button = QPushButton(self.tr("&Save the status"), box)
        self.save_status_button.setObjectName("saveStatus")
        self.save_status_button.setAccessibleName(self.tr("Save the new status"))
        self.reprint_button = QPushButton(self.tr("&Reprint the sheet"), box)
        self.reprint_button.setObjectName("reprintSheet")
        self.reprint_button.setAccessibleName(self.tr("Reprint the orientation sheet"))
        self.person_button = QPushButton(self.tr("Open the person's &file"), box)
        self.person_button.setObjectName("openPerson")
        self.person_button.setAccessibleName(self.tr("Open the person's file"))

        status_form = QFormLayout()
        status_form.addRow(self.tr("New &status:"), self.new_status)
        status_form.addRow(self.tr("Rea&son:"), self.status_reason)
        status_form.addRow(self.tr("&Note:"), self.status_note)
        actions = FlowLayout()
        actions.addWidget(self.reprint_button)
        actions.addWidget(self.person_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.history_list, 1)
        layout.addWidget(QLabel(self.tr("Change the status:"), box))
        layout.addLayout(status_form)
        layout.addWidget(self.save_status_button)
        layout.addLayout(actions)

        self.new_status.currentIndexChanged.connect(self._update_reason_box)
        self.save_status_button.clicked.connect(self.save_status)
        self.status_note.returnPressed.connect(self.save_status)
        self.reprint_button.clicked.connect(self.reprint)
        self.person_button.clicked.connect(self.open_person)
        return box

    # --- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        # a busy database: expiry simply waits for the next view
        write_op(self, self.ctx.engine, svc.expire_stale_referrals, on_error=lambda error: None)
        self._fill_partners()
        self.reload()

    def _fill_partners(self) -> None:
        actor = self.ctx.actor
        read_op(
            self,
            self.ctx.engine,
            lambda session: svc.partner_choices(session, actor),
            self._show_partners,
            title=self.tr("Referrals"),
            key=f"referral-partners-{id(self)}",
        )

    def _show_partners(self, partners: list) -> None:
        current = combo_value(self.partner_filter)
        self.partner_filter.blockSignals(True)
        self.partner_filter.clear()
        self.partner_filter.addItem(self.tr("All partners"), "")
        for org_id, name in partners:
            self.partner_filter.addItem(name, org_id)
        if current is not None:
            self.partner_filter.setCurrentIndex(max(0, self.partner_filter.findData(current)))
        self.partner_filter.blockSignals(False)

    def _period(self) -> tuple[date | None, date | None]:
        key, today = combo_value(self.period_filter), local_today()
        first_of_month = today.replace(day=1)
        if key == "month":
            return first_of_month, None
        if key == "last-month":
            end = first_of_month - timedelta(days=1)
            return end.replace(day=1), end
        if key == "quarter":
            return today - timedelta(days=91), None
        if key == "year":
            return today.replace(month=1, day=1), None
        return None, None

    def live_change(self, topic: str) -> None:
        self.reload()

    def reload(self) -> None:
        selected = self.selected_id()
        date_from, date_to = self._period()
        actor = self.ctx.actor
        wanted = dict(
            status=combo_value(self.status_filter),
            due_only=self.due_filter.isChecked(),
            organization_id=combo_value(self.partner_filter),
            theme=combo_value(self.theme_filter),
            date_from=date_from,
            date_to=date_to,
        )
        read_op(
            self,
            self.ctx.engine,
            lambda session: svc.list_referrals(session, actor, **wanted),
            lambda rows: self._show_rows(rows, selected),
            title=self.tr("Referrals"),
            key=f"referral-list-{id(self)}",
        )

    def _show_rows(self, rows: list, selected: uuid.UUID | None) -> None:
        self.rows = rows
        self._fill_table(selected)
        update_referrals_badge(self.window(), self.ctx)

    def _fill_table(self, selected: uuid.UUID | None) -> None:
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        self.model.set_rows(self.rows)
        ids = [r.id for r in self.rows]
        if selected in ids:
            self.table.selectRow(ids.index(selected))
        elif ids:
            self.table.selectRow(0)
        selection.blockSignals(False)
        has_rows = bool(self.rows)
        self.table.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        self.empty_label.setText(
            self.tr("No referral matches these filters.")
            if self._filtered()
            else self.tr("No referral yet. Refer a person from a visit, or press « New referral ».")
        )
        self._show_selected()

    def _filtered(self) -> bool:
        return self.due_filter.isChecked() or any(
            combo_value(combo) is not None
            for combo in (
                self.status_filter,
                self.partner_filter,
                self.theme_filter,
                self.period_filter,
            )
        )

    # --- the selected referral -----------------------------------------------------------------
    def selected_id(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None

    def selected_row(self) -> svc.ReferralRow | None:
        chosen = self.selected_id()
        return next((r for r in self.rows if r.id == chosen), None)

    def _show_selected(self) -> None:
        row = self.selected_row()
        for widget in (self.save_status_button, self.reprint_button, self.history_list):
            widget.setEnabled(row is not None)
        self.person_button.setEnabled(row is not None and row.person_id is not None)
        self.history_list.clear()
        self.new_status.clear()
        if row is None:
            self.summary_label.setText(self.tr("Choose a referral in the list."))
            self._update_reason_box()
            return
        lines = []
        if row.themes:
            lines.append(", ".join(taxonomy.theme_label(t) for t in row.themes))
        if row.reason:
            lines.append(self.tr("Reason: %1").replace("%1", row.reason))
        lines.append(channel_label(row.channel))
        title = f"<b>{html.escape(row.service_name)}</b> — {html.escape(row.organization_name)}"
        self.summary_label.setText("<br>".join([title] + [html.escape(line) for line in lines]))
        actor = self.ctx.actor
        read_op(
            self,
            self.ctx.engine,
            lambda session: svc.referral_events(session, actor, row.id),
            lambda events: self._show_events(row, events),
            title=self.tr("Referrals"),
            key=f"referral-events-{id(self)}",
        )

    def _show_events(self, row, events: list) -> None:  # type: ignore[no-untyped-def]
        for event in events:
            text = f"{to_local(event.occurred_at):%d/%m/%Y %H:%M} · {status_label(event.status)}"
            if event.reason:
                text += f" ({refusal_reason_label(event.reason)})"
            agent = event.agent_name or self.tr("automatic (no news)")
            text += f" · {agent}"
            if event.note:
                text += f"\n{event.note}"
            self.history_list.addItem(text)
        for status in svc.allowed_next_statuses(row.status):
            self.new_status.addItem(status_label(status.value), status.value)
        self.save_status_button.setEnabled(self.new_status.count() > 0)
        self.new_status.setEnabled(self.new_status.count() > 0)
        self._update_reason_box()

    def _update_reason_box(self) -> None:
        needs = combo_value(self.new_status) in {
            ReferralStatus.REFUSED.value,
            ReferralStatus.UNSUCCESSFUL.value,
        }
        self.status_reason.setEnabled(needs)

    # --- actions -------------------------------------------------------------------------------
    def save_status(self) -> None:
        row, status = self.selected_row(), combo_value(self.new_status)
        if row is None or status is None:
            return
        reason = self.status_reason.currentData() if self.status_reason.isEnabled() else ""
        actor, note, version = self.ctx.actor, self.status_note.text(), row.version
        title = self.tr("Referrals")
        write_op(
            self,
            self.ctx.engine,
            lambda session: svc.change_status(
                session, actor, row.id, status, reason=reason, note=note, version=version
            ),
            lambda _done: self._status_saved(),
            conflict_or(self, self.reload, title),
            title=title,
        )

    def _status_saved(self) -> None:
        self.status_note.clear()
        self.reload()

    def reprint(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        from ui.dialogs.sheet_preview import SheetPreviewDialog

        self.preview = SheetPreviewDialog(self.ctx, self, referral_ids=[row.id])
        self.preview.printed.connect(self.reload)
        self.preview.open()

    def open_person(self) -> None:
        row = self.selected_row()
        if row is not None and row.person_id is not None:
            self.open_person_requested.emit(row.person_id)

    def new_referral(self) -> None:
        from ui.dialogs.refer import ReferDialog

        self.refer_dialog = ReferDialog(self.ctx, self)
        self.refer_dialog.referred.connect(lambda _ids: self.refresh())
        self.refer_dialog.open()
