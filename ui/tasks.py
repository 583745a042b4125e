"""Heavy work (PDFs, imports, backups, reports) runs in the thread pool; the window never freezes.

    run_task(work, on_done=..., on_error=..., on_progress=...)

`work(progress)` runs in a worker thread and must not touch widgets; it may call
`progress(done, total)`. The callbacks run on the UI thread. Tests can set
`ui.tasks.SYNCHRONOUS = True` to run the work inline (a fake pool, like Picard's).

A failure other than a UserError (our own French message) is written to the log with its
traceback (app.logs); a task without `on_error` shows it as an unexpected failure (ui.crash)
instead of losing it.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.errors import UserError
from app.logs import log_failure

SYNCHRONOUS = False

ProgressFn = Callable[[int, int], None]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Job:
    """What a task runs and whom it tells. The pool's thread may hold it a moment longer than
    the UI thread: the UI thread empties it when the task ends (`run_task`'s `finish`), so the
    last reference to a widget captured by the work, or to the signals, is never let go of on
    the pool's thread (Qt's binding crashed the desk there, in `runDeletionInMainThread`)."""

    def __init__(self, work: Callable[[ProgressFn], Any] | None, signals: _Signals | None):
        self.work, self.signals = work, signals


class _Task(QRunnable):
    def __init__(self, job: _Job) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        signals, work = self.job.signals, self.job.work
        if signals is None or work is None:
            return
        try:
            result = work(lambda done, total: signals.progress.emit(done, total))
        except Exception as error:  # noqa: BLE001 — handed to the UI thread as a message
            _log(error)
            del work  # the UI thread holds it until the end: never the last one here
            signals.failed.emit(error)
        else:
            del work
            signals.done.emit(result)


_alive: set[_Signals] = set()


def _log(error: Exception) -> None:
    if not isinstance(error, UserError):
        log_failure("Background task failed", type(error), error, error.__traceback__)


def _unhandled(error: Exception) -> None:
    """A failed task nobody listens to: say it rather than lose it."""
    from ui.crash import show_task_failure

    show_task_failure(error)


def run_task(
    work: Callable[[ProgressFn], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    on_progress: ProgressFn | None = None,
) -> None:
    if SYNCHRONOUS:
        try:
            result = work(on_progress or (lambda done, total: None))
        except Exception as error:  # noqa: BLE001
            _log(error)
            if on_error:
                on_error(error)
            else:
                raise
        else:
            if on_done:
                on_done(result)
        return
    from PySide6.QtCore import QCoreApplication

    # owned by the application, on the UI thread: never deleted by a thread letting go of it
    signals = _Signals(QCoreApplication.instance())
    _alive.add(signals)
    job = _Job(work, signals)

    def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
        _alive.discard(signals)
        job.work = job.signals = None  # let go here, on the UI thread
        signals.deleteLater()
        if callback:
            callback(value)

    signals.done.connect(lambda result: finish(on_done, result))
    signals.failed.connect(lambda error: finish(on_error or _unhandled, error))
    if on_progress:
        signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(_Task(job))


def error_text(error: Exception) -> str:
    """What to show for a failed task: our own message, or a plain French sentence."""
    if isinstance(error, UserError):
        return error.message
    from app.i18n import translate

    return translate("Tasks", "Something went wrong: %1").replace("%1", str(error))
