"""When something unexpected happens: log it with its traceback, and say it in French with a
report to copy, instead of dying or staying silent.

    uninstall = install_exception_hooks()     # sys.excepthook and threading.excepthook

An exception that escapes a slot, a timer or a thread comes here. The desk keeps running; the
person is told, once at a time, and can copy the report (no personal data, see app.logs) for
whoever helps them. The box goes through ui.messages.crash, which tests replace.
"""

import sys
import threading
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from app.errors import UserError
from app.logs import crash_report, log_failure
from ui import messages


def _tr(text: str) -> str:
    return QCoreApplication.translate("Crash", text)


class _Relay(QObject):
    """Carries a failure from any thread to the UI thread."""

    failed = Signal(object, object, object)


_relay: _Relay | None = None
_showing = False


def show_failure(
    error_type: type[BaseException],
    error: BaseException | None,
    trace: TracebackType | None,
) -> None:
    """Tell the person (on the UI thread); one box at a time, the others are only logged."""
    global _showing
    if _showing:
        return
    _showing = True
    try:
        from PySide6.QtWidgets import QApplication

        messages.crash(
            QApplication.activeWindow(),
            _tr("Something unexpected happened"),
            _tr(
                "Aiguillage met a problem it did not expect. The desk keeps going, but what you "
                "were doing may not have been saved: check it before carrying on.\n\n"
                "If it happens again, click « Copy the report » and send it to whoever helps "
                "you with Aiguillage. The report holds no personal data."
            ),
            crash_report(error_type, error, trace),
        )
    finally:
        _showing = False


def show_task_failure(error: Exception) -> None:
    """A background task failed and nobody was listening: our own message, or the report."""
    if isinstance(error, UserError):
        messages.warn(None, _tr("Aiguillage"), error.message)
    else:
        show_failure(type(error), error, error.__traceback__)


def report_failure(
    error_type: type[BaseException],
    error: BaseException | None,
    trace: TracebackType | None,
    what: str = "Unexpected error",
) -> None:
    """Log a failure, then show it from the UI thread, whatever thread it happened in."""
    log_failure(what, error_type, error, trace)
    if _relay is not None and threading.current_thread() is not threading.main_thread():
        _relay.failed.emit(error_type, error, trace)
    else:
        show_failure(error_type, error, trace)


def _excepthook(
    error_type: type[BaseException],
    error: BaseException,
    trace: TracebackType | None,
) -> None:
    if issubclass(error_type, KeyboardInterrupt):
        sys.__excepthook__(error_type, error, trace)
        return
    report_failure(error_type, error, trace)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else "?"
    report_failure(args.exc_type, args.exc_value, args.exc_traceback, f"Thread {name} failed")


def install_exception_hooks() -> Callable[[], None]:
    """Route unexpected exceptions here; returns the function that puts the old hooks back."""
    global _relay
    previous = sys.excepthook, threading.excepthook
    _relay = _Relay()
    _relay.failed.connect(show_failure, Qt.ConnectionType.QueuedConnection)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook

    def uninstall() -> None:
        global _relay
        sys.excepthook, threading.excepthook = previous
        if _relay is not None:
            _relay.deleteLater()
        _relay = None

    return uninstall
