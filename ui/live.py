"""What the other desks do, shown here within a moment: PostgreSQL notifications (see
`app.db.listener`) arrive on a background thread and leave this object, on the UI thread, as
`changed(topic)` (« visits », « till », « referrals », « directory », « person:<id> », or « * »
for anything: after the connection came back, and for each change seen by polling when the
server cannot be listened to). Bursts are gathered: each topic at most once per quarter second.
On SQLite there is one desk and nothing to listen to.

Widgets say what they follow (`FollowsLive`: a page, a panel, an open file); `route` hands a
change to those on screen. A notification carries a topic and at most an id, never a name."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # the window imports this module before its first paint: no database layer
    from sqlalchemy import Engine

GATHER_MS = 250


class LiveUpdates(QObject):
    changed = Signal(str)
    _arrived = Signal(str)  # from the listening thread; Qt queues it to this object's thread

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        from app.db import listener

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


class FollowsLive:
    """What a widget that shows shared data declares (a page, a panel, an open file): the
    topics it follows and how it reads them again. The live layer (`route`) calls
    `live_change` on every such widget that is shown when one of its topics changed at another
    desk; a hidden one reads again when it is shown (its own `refresh`), as always.

    A topic ending in « : » follows every topic it starts (« person: »: any file)."""

    live_topics: ClassVar[tuple[str, ...]] = ()

    def follows(self, topic: str) -> bool:
        """Whether a change of `topic` touches what this widget shows."""
        return concerns(topic, *self.live_topics)

    def live_change(self, topic: str) -> None:
        """Another desk changed `topic`: read again what shows it."""
        raise NotImplementedError


def concerns(topic: str, *wanted: str) -> bool:
    """Whether a change of `topic` touches what shows `wanted` topics."""
    if topic == "*":
        return True
    return any(topic == one or (one.endswith(":") and topic.startswith(one)) for one in wanted)


def shown_followers(window: QWidget) -> list[QWidget]:
    """The widgets of the window (its dialogs included) that follow live changes and are on
    screen now."""
    return [
        widget
        for widget in [window, *window.findChildren(QWidget)]
        if isinstance(widget, FollowsLive) and widget.isVisible()
    ]


def route(window: QWidget, topic: str) -> None:
    """Another desk changed `topic`: every shown widget that follows it reads again, inside
    `ui.operations.quietly()` (a re-read the server refuses just now leaves it as it is; the
    next change or view reads again)."""
    from app.services.directory_search import invalidate
    from ui.operations import quietly

    if not shiboken6.isValid(window):
        return
    if concerns(topic, "directory"):
        invalidate()  # this desk's cached directory search is out of date
    with quietly():
        for widget in shown_followers(window):
            if shiboken6.isValid(widget) and widget.follows(topic):
                widget.live_change(topic)


def connect_live(window: QWidget, engine: Engine | None) -> LiveUpdates | None:
    """Listen to the other desks (PostgreSQL) for the window: what changed goes to what it
    shows. Kept as `window.live`."""
    if getattr(window, "live", None) is not None or engine is None:
        return getattr(window, "live", None)
    live = LiveUpdates(engine, window)
    window.live = live  # type: ignore[attr-defined]
    live.changed.connect(lambda topic: route(window, topic))
    return live
