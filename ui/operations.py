"""Database work from the UI: one small layer, one database worker, the window never waits.

    read_op(parent, engine, work, on_done)                  # work(session) -> value
    write_op(parent, engine, work, on_done, on_error=None)  # one transaction, retried if asked

`work(session)` runs on the desk's single database worker thread, inside
`app.db.read_session` / `app.db.write_session` (a write runs in `app.db.retrying`, so a
serialization failure or a deadlock on the server is tried again). It must not touch widgets.
Operations run one after the other in the order they were asked (a click, then its undo).

Back on the UI thread:
- the result goes to `on_done(value)`;
- a `UserError` (a refused action, a French `DatabaseError`…) goes to `on_error(error)`, or is
  shown with `ui.messages.warn` under `title`;
- anything else is logged with its traceback and shown as an unexpected problem (`ui.crash`).
If `parent` has been destroyed meanwhile, the callbacks are dropped (a write is still done).

A read given a `key` is superseded by a newer read with the same key: a search typed letter by
letter runs for the last text only when the server is slow, and an older answer is never shown
over a newer one.

Reads asked inside `with quietly():` (a page read again because another desk changed something,
not because the person asked) keep what is shown when refused, instead of a box.

When an operation waits longer than `SLOW_NOTICE_MS` (a server that stops answering), a French
notice appears over the window it came from, and goes when the server answers.

Tests run the work inline (`SYNCHRONOUS = True`, as Picard's fake thread pool), except the
tests of this layer, which use the real worker.
"""

from __future__ import annotations

import atexit
import itertools
import queue
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from app.errors import UserError
from app.logs import log_failure

SYNCHRONOUS = False
SLOW_NOTICE_MS = 1500

Work = Callable[[Any], Any]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Operations", text)


@dataclass(eq=False)
class _Op:
    parent: QWidget | None
    engine: Any
    work: Work
    write: bool
    on_done: Callable[[Any], None] | None
    on_error: Callable[[UserError], None] | None
    title: str
    key: str | None
    number: int
    result: Any = None
    error: BaseException | None = None
    skipped: bool = False
    timer: QTimer | None = field(default=None, repr=False)


class _Relay(QObject):
    """Lives on the UI thread; the worker's signals arrive here queued, in order."""

    finished = Signal(object)

    def deliver(self, op: object) -> None:
        _finish(op)  # type: ignore[arg-type]


_numbers = itertools.count(1)
_latest: dict[str, int] = {}  # key -> number of the newest read asked with it
_jobs: queue.Queue[_Op | None] = queue.Queue()
_worker: threading.Thread | None = None
_relay: _Relay | None = None
_pending: set[_Op] = set()
_lock = threading.Lock()
_quiet = 0  # how many `quietly()` blocks are open (UI thread only)


def read_op(
    parent: QWidget | None,
    engine: Any,
    work: Work,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[UserError], None] | None = None,
    *,
    title: str = "",
    key: str | None = None,
) -> None:
    """Read from the database off the UI thread; nothing it does is committed."""
    if on_error is None and _quiet:
        on_error = _keep_shown
    _submit(_Op(parent, engine, work, False, on_done, on_error, title, key, next(_numbers)))


def write_op(
    parent: QWidget | None,
    engine: Any,
    work: Work,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[UserError], None] | None = None,
    *,
    title: str = "",
) -> None:
    """Change the database off the UI thread, in one transaction (all or nothing)."""
    _submit(_Op(parent, engine, work, True, on_done, on_error, title, None, next(_numbers)))


@contextmanager
def quietly() -> Iterator[None]:
    """Reads asked inside without an `on_error` of their own say nothing when refused: the page
    keeps what it shows, and the next change or view reads again."""
    global _quiet
    _quiet += 1
    try:
        yield
    finally:
        _quiet -= 1


def _keep_shown(_error: UserError) -> None:
    pass


def forget(key: str) -> None:
    """Answers still to come for reads with this key are no longer wanted."""
    _latest[key] = next(_numbers)


def pending() -> int:
    """How many operations are asked and not yet called back."""
    return len(_pending)


def _submit(op: _Op) -> None:
    if op.key is not None:
        _latest[op.key] = op.number
    if SYNCHRONOUS:
        _run(op)
        _finish(op)
        return
    global _worker, _relay
    if _relay is None:
        _relay = _Relay()
        _relay.finished.connect(_relay.deliver)
    with _lock:
        if _worker is None or not _worker.is_alive():
            _worker = threading.Thread(target=_serve, name="database", daemon=True)
            _worker.start()
    _pending.add(op)
    op.timer = QTimer()
    op.timer.setSingleShot(True)
    op.timer.timeout.connect(lambda: _show_waiting(op))
    op.timer.start(SLOW_NOTICE_MS)
    _jobs.put(op)


def stop_worker(timeout: float = 30.0) -> None:
    """Let every operation already asked run (a click queued as the window closes is still
    written), then stop the database worker; called at exit, before Qt goes away, so the
    worker never answers into a half-destroyed application."""
    global _worker
    worker = _worker
    if worker is None or not worker.is_alive():
        return
    _jobs.put(None)  # after everything already queued
    worker.join(timeout)
    _worker = None


atexit.register(stop_worker)


def _serve() -> None:
    while True:
        op = _jobs.get()
        if op is None:
            return
        _run(op)
        if _relay is not None:
            try:
                _relay.finished.emit(op)
            except RuntimeError:
                return  # the application is closing: nobody is left to call back
        del op  # the UI thread lets go of what it refers to (`_let_go`)


def _superseded(op: _Op) -> bool:
    return op.key is not None and _latest.get(op.key) != op.number


def _run(op: _Op) -> None:
    from app.db import retrying, write_session

    if not op.write and (_superseded(op) or not _alive(op.parent)):
        op.skipped = True  # nobody will look at this answer
        return

    def transaction() -> Any:
        with write_session(op.engine) as session:
            return op.work(session)

    try:
        if op.write:
            op.result = retrying(transaction)
        else:
            op.result = retrying(lambda: _read(op))
    except Exception as error:  # noqa: BLE001 — said on the UI thread
        op.error = error
        if not isinstance(error, UserError):
            log_failure("Database operation failed", type(error), error, error.__traceback__)


def _read(op: _Op) -> Any:
    from app.db import read_session

    with read_session(op.engine) as session:
        return op.work(session)


def _alive(widget: QWidget | None) -> bool:
    return widget is None or shiboken6.isValid(widget)


def _finish(op: _Op) -> None:
    """On the UI thread: call back, unless the page or dialog that asked is gone; then the
    operation lets go of its widgets and callbacks here, on the UI thread (see `_let_go`)."""
    try:
        _call_back(op)
    finally:
        _let_go(op)


def _let_go(op: _Op) -> None:
    """The worker thread may hold the operation a moment longer than the UI thread: were it
    the last to hold a widget (a callback's `self`, a form the work reads), the widget's Python
    side would be freed on that thread, which Qt's binding cannot do (it crashed the desk, in
    `runDeletionInMainThread`). So what refers to widgets goes here, on the UI thread."""
    op.parent = None
    op.work = _nothing
    op.on_done = op.on_error = None
    op.result = op.error = None


def _nothing(_session: Any) -> None:
    return None


def _call_back(op: _Op) -> None:
    _pending.discard(op)
    if op.timer is not None:
        op.timer.stop()
        op.timer.deleteLater()
        op.timer = None
    _hide_waiting(op)
    if op.skipped or not _alive(op.parent) or (not op.write and _superseded(op)):
        return
    error = op.error
    if error is None:
        if op.on_done is not None:
            op.on_done(op.result)
    elif isinstance(error, UserError):
        if op.on_error is not None:
            op.on_error(error)
        else:
            from ui import messages

            messages.warn(op.parent, op.title or _tr("Aiguillage"), error.message)
    elif SYNCHRONOUS:
        raise error
    else:
        from ui.crash import show_failure

        show_failure(type(error), error, error.__traceback__)


# --- the notice shown while the server does not answer -------------------------------------
_waiting: dict[int, set[_Op]] = {}  # id of the notice -> the slow operations it stands for


def _notice_for(op: _Op) -> QLabel | None:
    if op.parent is None or not _alive(op.parent):
        return None
    window = op.parent.window()
    notice = window.findChild(QLabel, "waitingForDatabase")
    if notice is None:
        notice = QLabel(window)
        notice.setObjectName("waitingForDatabase")
        notice.setAccessibleName(_tr("Waiting for the database server"))
        notice.setWordWrap(True)
        notice.setStyleSheet(
            "QLabel { background: #fff4ce; color: #3b2f00; border: 1px solid #c8a600;"
            " padding: 8px; font-weight: bold; }"
        )
        notice.hide()
    return notice


def _show_waiting(op: _Op) -> None:
    notice = _notice_for(op)
    if notice is None:
        return
    waiting = _waiting.setdefault(id(notice), set())
    waiting.add(op)
    notice.setText(
        _tr(
            "The database server is not answering yet. What you just did is waiting and "
            "is not saved yet; it will be as soon as the server answers."
        )
        if any(each.write for each in waiting)
        else _tr("The database server is not answering yet. This will show as soon as it answers.")
    )
    window = notice.parentWidget()
    width = max(200, min(window.width() - 40, 700))
    notice.setFixedWidth(width)
    notice.adjustSize()
    notice.move((window.width() - width) // 2, 12)
    notice.raise_()
    notice.show()


def _hide_waiting(op: _Op) -> None:
    for key, ops in list(_waiting.items()):
        if op in ops:
            ops.discard(op)
            if not ops:
                del _waiting[key]
                notice = _notice_for(op)
                if notice is not None:
                    notice.hide()
