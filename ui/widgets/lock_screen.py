"""The lock screen: it covers the whole window and hides every personal detail until a PIN is
typed again (by the same agent, or by another one: that is also how agents switch).

`IdleLock` watches the keyboard and mouse for the whole application and locks the window after
`lock_after_minutes` without activity.
"""

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from app.context import DeskContext
from app.permissions import Actor
from app.services.auth import sign_out
from ui.dialogs.login import LoginForm
from ui.operations import write_op

ACTIVITY_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class LockScreen(QWidget):
    """An opaque cover over the main window with the sign-in form in the middle.

    While locked, the window's central widget is hidden too, so nothing behind can be read.
    Emits `unlocked(changed_agent)` once someone has signed in.
    """

    unlocked = Signal(bool)

    def __init__(self, window: QMainWindow, ctx: DeskContext) -> None:
        super().__init__(window)
        self.window_ = window
        self.ctx = ctx
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.white)
        self.setPalette(palette)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QFrame(self)
        card.setObjectName("lockCard")
        card.setFixedWidth(420)
        card.setStyleSheet("QFrame#lockCard { border: 1px solid #b0bec5; border-radius: 6px; }")
        inner = QVBoxLayout(card)
        self.title = QLabel(self.tr("The desk is locked"))
        self.title.setObjectName("lockTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel(
            self.tr("Personal data is hidden. Type your PIN to come back, or choose your name.")
        )
        self.hint.setObjectName("lockHint")
        self.hint.setWordWrap(True)
        self.form = LoginForm(ctx, card)
        self.form.setMinimumHeight(360)
        inner.addWidget(self.title)
        inner.addWidget(self.hint)
        inner.addWidget(self.form)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.form.signed_in.connect(self._on_signed_in)
        self._locked = False
        self._hidden_dialogs: list[QDialog] = []
        self.hide()
        window.installEventFilter(self)

    def is_locked(self) -> bool:
        return self._locked

    def lock(self, reason: str = "") -> None:
        """Cover the window now (the agent stays the same until someone signs in); `reason`
        replaces the hint (why the desk locked by itself)."""
        if self.is_locked():
            if reason:
                self.hint.setText(reason)
            return
        self._locked = True
        if self.ctx.actor is None:  # start of the day: nobody signed in yet
            self.title.setText(self.tr("Welcome"))
            # the form itself says what to do; here, where the person is
            self.hint.setText(
                self.ctx.site_name or self.tr("Choose your name, then type your PIN.")
            )
        else:
            self.title.setText(self.tr("The desk is locked"))
            self.hint.setText(
                self.tr("Personal data is hidden. Type your PIN to come back, or choose your name.")
            )
        central = self.window_.centralWidget()
        if central is not None:
            central.hide()
        # dialogs are windows of their own (a person's file, a visit form): hide them too
        self._hidden_dialogs = [
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QDialog) and widget.isVisible()
        ]
        for dialog in self._hidden_dialogs:
            dialog.hide()
        if reason:
            self.hint.setText(reason)
        self.form.reload(preselect=self.ctx.actor.agent_id if self.ctx.actor else None)
        self.setGeometry(self.window_.rect())
        self.show()
        self.raise_()
        self.form.pin_edit.setFocus()

    def _on_signed_in(self, actor: Actor, name: str) -> None:
        previous = self.ctx.actor
        changed = previous is None or previous.agent_id != actor.agent_id
        if changed and previous is not None and self.form.shown_online:
            # the sign-in itself is recorded; a missing logout line is not worth a message
            write_op(self, self.ctx.engine, lambda session: sign_out(session, previous),
                     on_error=lambda _error: None)  # fmt: skip
        self.ctx.actor = actor
        self.ctx.agent_name = name
        for dialog in self._hidden_dialogs:
            if not shiboken6.isValid(dialog):
                continue  # destroyed while the desk was locked (closed by its own window)
            if changed:
                dialog.reject()  # another agent: what the previous one had open is closed
            else:
                dialog.show()
        self._hidden_dialogs = []
        self._locked = False
        self.hide()
        central = self.window_.centralWidget()
        if central is not None:
            central.show()
        self.unlocked.emit(changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.window_ and event.type() == QEvent.Type.Resize and self.is_locked():
            self.setGeometry(self.window_.rect())
        return False


class IdleLock(QObject):
    """Locks after some minutes without keyboard or mouse activity anywhere in the app."""

    def __init__(self, lock_screen: LockScreen, minutes: int, parent: QObject | None = None):
        super().__init__(parent)
        self.lock_screen = lock_screen
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lock_screen.lock)
        lock_screen.unlocked.connect(lambda _changed: self.restart())
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        """0 turns the automatic lock off."""
        self.minutes = max(0, int(minutes))
        self.restart()

    def restart(self) -> None:
        if self.minutes:
            self.timer.start(self.minutes * 60_000)
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() in ACTIVITY_EVENTS and not self.lock_screen.is_locked():
            self.restart()
        return False

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
