"""The Till page: big buttons, one click per visitor, undo, quick weighing, today's totals.

On a desk on a server the page works offline: while the main PC is out of reach its clicks,
weighings and undos go to the desk's outbox through its `OfflineTill` (app.till_offline), and
its counters show the counts last read online (kept on the desk, also across a restart) plus
what waits, said as waiting.
"""

import uuid
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.clock import local_today
from app.context import DeskContext
from app.errors import UserError
from app.last_counts import KnownCounts
from app.services import till, till_setup
from app.till_offline import OfflineTill
from models.enums import VisitKind
from ui import messages
from ui.operations import read_op, write_op
from ui.pages.base import Page
from ui.widgets.controls import named_button
from ui.widgets.empty_state import EmptyState
from ui.widgets.till_controls import (
    BUTTON_HEIGHT,
    BUTTON_MIN_HEIGHT,
    BigTillButton,
    TillToast,
    TillWeighingPanel,
)

UNDO_MS = int(till.UNDO_WINDOW.total_seconds() * 1000)
COLUMNS = 3


class CaissePage(Page):
    key = "caisse"
    # the counters and the weighed donations; the buttons and the donation categories
    live_topics = ("till", "till-setup")
    works_offline = True

    refer_requested = Signal()
    click_recorded = Signal(object)  # the new Visit

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._buttons: dict[uuid.UUID, BigTillButton] = {}
        self._signature: tuple | None = None
        self._summary_dialog: QWidget | None = None
        self._counts_day: date | None = None
        # what the server counted today (read, then followed click by click), apart from what
        # waits on this desk: the counters show both
        self._known: KnownCounts | None = None
        self.offline = OfflineTill(ctx)
        self._was_keeping = False
        self._waiting_seen = 0  # entries waiting here when the counters were last shown

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(self._build_header())

        body = QHBoxLayout()
        body.setSpacing(16)
        self.grid_host = QWidget(self)
        self.grid_host.setObjectName("tillGrid")
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(12)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.no_buttons = EmptyState(
            self.tr("No till button is switched on."),
            self.tr("A coordinator sets them up in Settings."),
        )
        self.no_buttons.hide()
        left = QVBoxLayout()
        left.addWidget(self.grid_host)
        left.addWidget(self.no_buttons, 1)
        left.addStretch(1)
        body.addLayout(left, 3)
        body.addWidget(self._build_totals(), 1)
        layout.addLayout(body, 1)

        self.weighing = TillWeighingPanel(self)
        self.weighing.hide()
        self.weighing.save_requested.connect(self._save_weighing)
        self.weighing.skipped.connect(self._close_weighing)
        self.weighing.visibility_changed.connect(self._fit_buttons)
        layout.addWidget(self.weighing)

        self.toast = TillToast(self)
        self.toast.undo_requested.connect(self.undo_last_click)
        layout.addWidget(self.toast)

        for index in range(1, 10):
            shortcut = QShortcut(QKeySequence(str(index)), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda index=index: self._click_by_number(index))
        self.undo_shortcut = QShortcut(QKeySequence.StandardKey.Undo, self)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_shortcut.activated.connect(self.undo_last_click)
        self.fullscreen_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F11), self)
        self.fullscreen_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.fullscreen_shortcut.activated.connect(self.toggle_full_screen)

        # clicks made at another desk on the same database, and the change of day at midnight
        self.counts_timer = QTimer(self)
        self.counts_timer.setInterval(60_000)
        self.counts_timer.timeout.connect(self._refresh_if_visible)
        self.counts_timer.start()

    # --- building -------------------------------------------------------------------------------
    def _build_header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        heading = QLabel(self.tr("Till"))
        heading.setObjectName("tillHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        hint = QLabel(self.tr("One click or the keys 1 to 9 per visitor · Ctrl+Z undoes"))
        hint.setObjectName("tillHint")
        hint.setWordWrap(True)
        hint.setMinimumWidth(120)
        header.addWidget(heading)
        header.addSpacing(12)
        header.addWidget(hint, 1)
        self.refer_button = named_button(self, "tillRefer", self.tr("Refer…"), min_height=40)
        self.refer_button.setToolTip(self.tr("Give a referral sheet to a partner service"))
        self.refer_button.clicked.connect(self.refer_requested.emit)
        self.summary_button = named_button(
            self, "tillDaySummary", self.tr("Day summary"), min_height=40
        )
        self.summary_button.clicked.connect(self.open_day_summary)
        self.fullscreen_button = named_button(
            self, "tillFullScreen", self.tr("Full screen (F11)"), min_height=40
        )
        self.fullscreen_button.clicked.connect(self.toggle_full_screen)
        for button in (self.refer_button, self.summary_button, self.fullscreen_button):
            header.addWidget(button)
        return header

    def _build_totals(self) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName("tillTotals")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        characters = self.fontMetrics().averageCharWidth()  # room for « textile … 12,5 kg »
        frame.setMinimumWidth(30 * characters)
        frame.setMaximumWidth(46 * characters)
        column = QVBoxLayout(frame)
        title = QLabel(self.tr("Today"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.visits_total = QLabel()
        self.visits_total.setObjectName("tillVisitsTotal")
        donations_title = QLabel(self.tr("Donations weighed"))
        donations_title.setFont(font)
        self.donations_label = QLabel()
        self.donations_label.setObjectName("tillDonations")
        self.donations_label.setWordWrap(True)
        self.donations_label.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(title)
        column.addWidget(self.visits_total)
        column.addSpacing(12)
        column.addWidget(donations_title)
        column.addWidget(self.donations_label)
        column.addStretch(1)
        return frame

    # --- data -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Make sure the site has buttons, then show them with today's counts and totals."""
        actor = self.ctx.actor
        if actor is None:
            return
        if not self.offline.online:
            # the buttons already shown stay, or (a desk started with the main PC off) they
            # are read from the desk's directory copy
            found = self.offline.buttons_from_copy() if self._signature is None else None
            if found is not None:
                self._show_buttons(found)
            else:
                self.refresh_counts()
            return

        def work(session):  # type: ignore[no-untyped-def]
            buttons = till_setup.ensure_default_buttons(session, actor)
            return buttons, till_setup.donation_categories(session)

        # the main PC just went away: the buttons from the copy; busy or read-only database:
        # said in a box, what is shown stays
        write_op(self, self.ctx.engine, work, self._show_buttons, self._buttons_refused)

    def _buttons_refused(self, error: UserError) -> None:
        if self.offline.noticed(error):
            self.refresh()  # offline now
        else:
            messages.warn(self, self.tr("Till"), error.message)

    def _show_buttons(self, found: tuple) -> None:
        buttons, categories = found
        signature = tuple((b.id, b.label, b.kind_code, b.colour, b.icon) for b in buttons)
        if signature != self._signature:
            self._rebuild_grid(buttons)
            self._signature = signature
            if self.isVisible():  # the first buttons after a sign-in: keys 1…9 work at once
                self._focus_first_button()
        self.weighing.set_categories(categories)
        self.refresh_counts()

    def _rebuild_grid(self, buttons: list) -> None:
        for widget in self._buttons.values():
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._buttons.clear()
        for index, button in enumerate(buttons):
            widget = BigTillButton(
                button.id, button.label, button.kind_code, button.colour, button.icon, self
            )
            widget.set_number(index + 1 if index < 9 else None)
            widget.clicked.connect(lambda *_args, bid=button.id: self.record_click(bid))
            self.grid.addWidget(widget, index // COLUMNS, index % COLUMNS)
            self._buttons[button.id] = widget
        self.grid_host.setVisible(bool(buttons))
        self.no_buttons.setVisible(not buttons)
        self._fit_buttons()

    def refresh_counts(self) -> None:
        """Read today's counters and weights again (a couple of indexed queries)."""
        actor = self.ctx.actor
        if actor is None:
            return

        def work(session):  # type: ignore[no-untyped-def]
            return till.today_counts(session, actor), till.today_donations(session, actor)

        if self.offline.keeps_locally():
            # the server is away (or kept clicks land first): the counts last read, plus what
            # waits here
            today = local_today()
            if self._known is None or self._known.day != today:
                self._known = self.offline.recall(today)  # e.g. a desk started offline
            self._show_all()
            return
        # the minute's re-reading says a lost server in the till's message line, not in a box
        read_op(
            self,
            self.ctx.engine,
            work,
            self._show_counts,
            self._counts_refused,
            key=f"till-counts-{id(self)}",
        )

    def live_change(self, topic: str) -> None:
        if topic == "till-setup":
            self.refresh()  # the buttons and the categories, then the counters
        else:
            self.refresh_counts()  # « * » too: reading the buttons is a write (their defaults)

    def _counts_refused(self, error: UserError) -> None:
        if self.offline.noticed(error):
            self._show_all()  # offline: the counts shown stay, plus what waits
        else:
            self._say_refused(error)

    def _show_counts(self, found: tuple) -> None:
        counts, weights = found
        today = local_today()
        self._counts_day = today
        self._known = KnownCounts(
            today,
            {count.button_id: count.count for count in counts if count.button_id is not None},
            {weight.category: weight.kg for weight in weights},
        )
        self.offline.remember(self._known)
        self._show_all()

    def _show_all(self) -> None:
        """Show the counts the server gave, plus what waits on this desk, said as waiting."""
        today = local_today()
        known = self._known
        if known is None or known.day != today:
            known = KnownCounts(today)
        self._waiting_seen = self.offline.waiting_number()
        waiting = self.offline.waiting_today(today)
        for widget in self._buttons.values():
            kept = waiting.clicks.get(widget.kind, 0)
            widget.set_count(known.buttons.get(widget.button_id, 0) + kept, waiting=kept)
        self._show_total(waiting.click_count)
        weights = dict(known.weights)
        for category, kg in waiting.weights.items():
            weights[category] = weights.get(category, 0.0) + kg
        self._show_weights(weights, waiting.kg)

    def _bump(self, kind: str, step: int) -> None:
        """Follow a click (+1) or an undo (-1) that just committed, without reading again.

        The minute timer and each showing of the page read the database again (clicks made at
        another desk); after midnight the next click reads everything again.
        """
        if self._known is None or self._counts_day != local_today():
            self.refresh_counts()
            return
        buttons = dict(self._known.buttons)
        for widget in self._buttons.values():
            if widget.kind == kind:
                buttons[widget.button_id] = max(0, buttons.get(widget.button_id, 0) + step)
        self._known = KnownCounts(self._known.day, buttons, self._known.weights)
        self.offline.remember(self._known)
        self._show_all()

    def _show_total(self, waiting: int = 0) -> None:
        total = sum(widget.count for widget in self._buttons.values())
        # « at the till »: Reception counts its own visits, on its own page
        if total == 0:
            text = self.tr("No visit at the till yet.")
        elif total == 1:
            text = self.tr("1 visit at the till")
        else:
            text = self.tr("%1 visits at the till").replace("%1", str(total))
        if waiting:
            text += "\n" + self.tr("of which %1 waiting to be sent").replace("%1", str(waiting))
        self.visits_total.setText(text)

    def _show_weights(self, weights: dict[str, float], waiting_kg: float = 0.0) -> None:
        if weights:
            rows = "".join(
                f"<tr><td>{_html(category)}</td>"
                f"<td align='right'>&nbsp;{till.format_kg(kg)}&nbsp;kg</td></tr>"
                for category, kg in weights.items()
            )
            total_kg = till.format_kg(sum(weights.values()))
            total_label = _html(self.tr("Total"))
            rows += (
                f"<tr><td><b>{total_label}</b></td>"
                f"<td align='right'><b>&nbsp;{total_kg}&nbsp;kg</b></td></tr>"
            )
            if waiting_kg:
                note = self.tr("of which %1 kg waiting to be sent").replace(
                    "%1", till.format_kg(waiting_kg)
                )
                rows += f"<tr><td colspan='2'><i>{_html(note)}</i></td></tr>"
            self.donations_label.setText(f"<table width='100%'>{rows}</table>")
        else:
            self.donations_label.setText(_html(self.tr("No donation weighed yet today.")))

    def connection_changed(self, online: bool) -> None:
        """While clicks are kept here the counters add them; once everything kept has landed,
        the server's counts are read again (at once, or when the page is next shown)."""
        keeping = self.offline.keeps_locally()
        landed = self._was_keeping and not keeping
        self._was_keeping = keeping
        if self._signature is None:
            return  # not shown yet: its first showing reads everything
        if landed and self.isVisible():
            self.refresh_counts()
        elif keeping and self.offline.waiting_number() != self._waiting_seen:
            self._show_all()

    def _refresh_if_visible(self) -> None:
        if self.isVisible():
            self.refresh_counts()

    def button_widget(self, button_id: uuid.UUID) -> BigTillButton:
        return self._buttons[button_id]

    def button_widgets(self) -> list[BigTillButton]:
        return list(self._buttons.values())

    # --- actions --------------------------------------------------------------------------------
    def _click_by_number(self, number: int) -> None:
        widgets = self.button_widgets()
        if 1 <= number <= len(widgets):
            self.record_click(widgets[number - 1].button_id)

    def record_click(self, button_id: uuid.UUID) -> None:
        actor = self.ctx.actor
        if actor is None:
            return
        widget = self._buttons.get(button_id)
        if widget is None:
            return
        if self.offline.keeps_locally():
            self._keep_click(button_id)
            return
        visit_id = uuid.uuid4()
        write_op(
            self,
            self.ctx.engine,
            lambda session: till.record_click(session, actor, button_id, visit_id=visit_id),
            lambda visit: self._click_recorded(button_id, visit),
            lambda error: self._click_refused(button_id, visit_id, error),
        )

    def _keep_click(self, button_id: uuid.UUID, visit_id: uuid.UUID | None = None) -> None:
        """The main PC away: the click waits in the desk's outbox (on disk when counted)."""
        widget = self._buttons[button_id]
        kept = self.offline.keep_click(widget.kind, visit_id, button_id)
        self._click_recorded(button_id, kept, committed=False)

    def _click_refused(self, button_id: uuid.UUID, visit_id: uuid.UUID, error: UserError) -> None:
        """A click the server did not take: kept in the outbox (same id: if the server did
        commit it before the line went down, it is not counted twice) or said."""
        if self.offline.noticed(error) and button_id in self._buttons:
            self._keep_click(button_id, visit_id)
        else:
            self._say_refused(error)

    def _say_refused(self, error: UserError) -> None:
        self.toast.announce(error.message, error=True)

    def _click_recorded(self, button_id: uuid.UUID, visit, committed: bool = True) -> None:  # type: ignore[no-untyped-def]
        if committed:
            self._bump(visit.kind, 1)
        else:
            self._show_all()  # it waits in the outbox, counted from there
        widget = self._buttons.get(button_id)
        label = widget.label if widget else visit.kind
        self.toast.announce(
            self.tr("Recorded: %1").replace("%1", label), undo=True, duration_ms=UNDO_MS
        )
        if visit.kind == VisitKind.DROP_OFF.value:
            self.weighing.start(visit.id)
        elif self.weighing.isVisible():
            self._close_weighing()
        self.click_recorded.emit(visit)

    def undo_last_click(self) -> None:
        actor = self.ctx.actor
        if actor is None or self._undo_kept():
            return
        write_op(
            self,
            self.ctx.engine,
            lambda session: till.undo_last_click(session, actor),
            self._click_undone,
            self._say_refused,
        )

    def _undo_kept(self) -> bool:
        """Undo a waiting click; False when none of this agent's clicks wait (ask the
        server)."""
        try:
            undone = self.offline.undo_click()
        except UserError as error:
            self._say_refused(error)
            return True
        if undone is None:
            if self.offline.online:
                return False
            self._say_refused(
                UserError(
                    self.tr(
                        "The main PC cannot be reached: only clicks kept on this desk can be "
                        "undone."
                    )
                )
            )
            return True
        if self.weighing.visit_id == undone.id:
            self.weighing.hide()
        self._show_all()  # it left the outbox, with its weighing
        self._announce_undone(undone.kind)
        return True

    def _click_undone(self, visit) -> None:  # type: ignore[no-untyped-def]
        if self.weighing.visit_id == visit.id:
            self.weighing.hide()
        if visit.kind == VisitKind.DROP_OFF.value:
            self.refresh_counts()  # its weighing went with it
        else:
            self._bump(visit.kind, -1)
        self._announce_undone(visit.kind)

    def _announce_undone(self, kind: str) -> None:
        label = next((w.label for w in self._buttons.values() if w.kind == kind), kind)
        self.toast.announce(self.tr("Cancelled: %1").replace("%1", label))

    def _save_weighing(self, category: str, kg_text: str) -> None:
        actor = self.ctx.actor
        if actor is None:
            return
        visit_id = self.weighing.visit_id
        if self.offline.keeps_locally():
            self._keep_weighing(category, kg_text, visit_id)
            return
        write_op(
            self,
            self.ctx.engine,
            lambda session: till.record_donation(
                session, actor, category, kg_text, visit_id=visit_id
            ),
            self._weighing_saved,
            lambda error: self._weighing_refused(category, kg_text, visit_id, error),
        )

    def _keep_weighing(self, category: str, kg_text: str, visit_id: uuid.UUID | None) -> None:
        """The main PC away: the weighing waits in the desk's outbox."""
        try:
            kept = self.offline.keep_weighing(category, kg_text, visit_id)
        except UserError as error:
            self.weighing.show_error(error.message)
            return
        self._weighing_saved(kept)

    def _weighing_refused(
        self, category: str, kg_text: str, visit_id: uuid.UUID | None, error: UserError
    ) -> None:
        if self.offline.noticed(error):
            self._keep_weighing(category, kg_text, visit_id)
        else:
            self.weighing.show_error(error.message)

    def _weighing_saved(self, donation) -> None:  # type: ignore[no-untyped-def]
        self._close_weighing()
        self.refresh_counts()  # offline: what waits, counted from the outbox
        self.toast.announce(
            self.tr("%1 kg of %2 recorded")
            .replace("%1", till.format_kg(donation.kg))
            .replace("%2", donation.category)
        )

    def _close_weighing(self) -> None:
        self.weighing.hide()
        widgets = self.button_widgets()
        if widgets:
            widgets[0].setFocus()

    def toggle_full_screen(self) -> None:
        window = self.window()
        if window.isFullScreen():
            window.showNormal()
            self.fullscreen_button.setText(self.tr("Full screen (F11)"))
        else:
            window.showFullScreen()
            self.fullscreen_button.setText(self.tr("Leave full screen (F11)"))

    def open_day_summary(self) -> None:
        from ui.dialogs.day_summary import DaySummaryDialog

        dialog = DaySummaryDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._summary_dialog = dialog
        dialog.open()

    def resizeEvent(self, event) -> None:  # noqa: N802 — Qt override
        super().resizeEvent(event)
        self._fit_buttons()

    def _fit_buttons(self) -> None:
        """Buttons as tall as the free height allows, between 88 and 140 px."""
        widgets = self.button_widgets()
        if not widgets:
            return
        rows = (len(widgets) + COLUMNS - 1) // COLUMNS
        used = self.refer_button.sizeHint().height() + self.toast.sizeHint().height() + 60
        if not self.weighing.isHidden():
            used += self.weighing.sizeHint().height()
        spacing = self.grid.verticalSpacing() * (rows - 1)
        height = (self.height() - used - spacing) // rows
        height = max(BUTTON_MIN_HEIGHT, min(BUTTON_HEIGHT, height))
        for widget in widgets:
            widget.setFixedHeight(height)

    def showEvent(self, event) -> None:  # noqa: N802 — Qt override
        super().showEvent(event)
        QTimer.singleShot(0, self, self._focus_first_button)  # dropped with the page

    def _focus_first_button(self) -> None:
        if self.weighing.isVisible():
            return
        widgets = self.button_widgets()
        if widgets and not any(w.hasFocus() for w in widgets):
            widgets[0].setFocus()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
