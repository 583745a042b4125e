"""What the other desks do, shown here within a moment: PostgreSQL notifications (see
`app.db.listener`) arrive on a background thread and leave this object, on the UI thread, as
`changed(topic)` (« visits », « till », « referrals », « directory », « person:<id> », or « * »
for anything: after the connection came back, and for each change seen by polling when the
server cannot be listened to). Bursts are gathered: each topic at most once per quarter second.
On SQLite there is one desk and nothing to listen to."""

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy import Engine

from app.db import listener

GATHER_MS = 250


class LiveUpdates(QObject):
    changed = Signal(str)
    _arrived = Signal(str)  # from the listening thread; Qt queues it to this object's thread

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: list[str] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GATHER_MS)
        self._timer.timeout.connect(self._flush)
        self._arrived.connect(self._gather)
        self.listener = listener(engine, self._arrived.emit)
        if self.listener is not None:
            self.listener.start()
            stopping = self.listener.request_stop
            self.destroyed.connect(lambda *_: stopping())  # the window went: stop listening
            if parent is not None:
                parent.installEventFilter(self)  # … or was closed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Close and self.listener is not None:
            self.listener.request_stop()
            self.listener = None
        return False

    def _gather(self, topic: str) -> None:
        if topic not in self._pending:
            self._pending.append(topic)
        if not self._timer.isActive():
            self._timer.start()

    def _flush(self) -> None:
        topics, self._pending = self._pending, []
        window = self.parent()
        if isinstance(window, QWidget) and not window.isVisible():
            return  # a closed or hidden window reads everything again when shown
        for topic in topics:
            self.changed.emit(topic)

    def stop(self) -> None:
        if self.listener is not None:
            self.listener.stop()
            self.listener = None


def concerns(topic: str, *wanted: str) -> bool:
    """Whether a change of `topic` touches what shows `wanted` topics."""
    return topic == "*" or topic in wanted
