"""A reception desk in a process of its own, for tests/test_preview_reconnect.py: sheet previews
stay open while its main PC is stopped and started again, pages read again (some built again,
as for another agent), previews are drawn again, closed and opened. A native crash ends this
process (the test sees its return code and the trace that app.logs leaves in plantages.log).

    python -m tests.preview_reconnect_desk ADDRESS FOLDER SITE AGENT SERVICE REFERRAL…

The desk runs in Qt's own event loop (`app.exec()`, so that closed previews and pages taken
away are really deleted); its steps are a script that waits for conditions between them. It
says on stdout where it is (« ready », « offline », « online », « done ») and waits on stdin
for the test (« stopped », « started », « quit »); each message box that opens is written to
stdout as « box … » and closed, as a person would.
"""

import queue
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.context import DeskContext
from app.db import open_database
from app.logs import start_logging
from app.permissions import Actor
from models.enums import Role
from tests.referrals_helpers import EMPLOYMENT_THEME
from ui.application import get_application

WAIT_S = 180
Condition = Callable[[], bool]


def say(line: str) -> None:
    print(line, flush=True)


def close_message_boxes() -> None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        parent = box.parentWidget()
        where = (parent.objectName() or type(parent).__name__) if parent is not None else "-"
        say(f"box [{box.windowTitle()} / {where}] " + " ".join(box.text().split()))
        box.done(0)


def after(seconds: float) -> Condition:
    deadline = time.monotonic() + seconds
    return lambda: time.monotonic() >= deadline


def run_script(app: QApplication, script: Iterator[Condition]) -> int:
    """Run `script` in the event loop: each condition it yields is waited for (at most
    WAIT_S) before its next step."""
    state: dict = {"waiting": lambda: True, "deadline": time.monotonic() + WAIT_S}

    def step() -> None:
        if not state["waiting"]():
            if time.monotonic() > state["deadline"]:
                say("timeout")
                app.exit(3)
            return
        try:
            state["waiting"] = next(script)
            state["deadline"] = time.monotonic() + WAIT_S
        except StopIteration:
            app.exit(0)

    ticker = QTimer()
    ticker.timeout.connect(step)
    ticker.start(20)
    return app.exec()


def desk_script(app: QApplication, argv: list[str]) -> Iterator[Condition]:
    from ui.connection import attach
    from ui.dialogs.offline_sheet import OfflineSheetPreviewDialog
    from ui.dialogs.sheet_preview import SheetPreviewDialog
    from ui.main_window import MainWindow
    from ui.operations import pending

    address, folder = argv[0], Path(argv[1])
    site_id, agent_id, service_id = (uuid.UUID(value) for value in argv[2:5])
    referral_ids = [uuid.UUID(value) for value in argv[5:]]
    engine = open_database(address)
    ctx = DeskContext(
        engine=engine, target=address, site_id=site_id, site_name="Espace solidaire",
        actor=Actor(agent_id=agent_id, role=Role.COORDINATOR, site_id=site_id),
        agent_name="Hélène Le Gall",
    )  # fmt: skip
    window = MainWindow(ctx)
    window.resize(1280, 760)
    window.show()
    connection = attach(window, folder)
    assert connection is not None and window.live is not None
    heard: list[str] = []
    window.live.changed.connect(heard.append)
    yield connection.copy.exists
    window.show_page("orientations")
    yield after(0.3)
    window.show_page("accueil")

    previews: list = []

    def open_preview(paper: str) -> None:
        """As the referral dialog does: a preview of the window, deleted once closed."""
        preview = SheetPreviewDialog(ctx, window, referral_ids=referral_ids, paper=paper)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.open()
        previews.append(preview)

    def open_receipt_from_copy() -> None:
        preview = OfflineSheetPreviewDialog(
            ctx, window, copy=connection.copy, service_ids=[service_id],
            themes=[EMPLOYMENT_THEME], language="fr",
        )  # fmt: skip
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.open()
        previews.append(preview)

    def all_drawn() -> bool:
        return pending() == 0 and all(p.print_button.isEnabled() for p in previews)

    for paper in ("a4", "receipt", "a4"):
        open_preview(paper)
    yield all_drawn

    commands: queue.Queue[str] = queue.Queue()

    def read_commands() -> None:
        for line in sys.stdin:
            commands.put(line.strip())

    threading.Thread(target=read_commands, daemon=True).start()
    cycle = 0
    while True:
        say(f"ready {cycle}")
        yield lambda: not commands.empty()
        command = commands.get()
        if command == "quit":
            break
        assert command == "stopped", command
        connection.ask()
        yield lambda: not connection.online
        open_receipt_from_copy()
        yield after(0.3)
        say(f"offline {cycle}")
        yield lambda: not commands.empty()
        assert commands.get() == "started"
        if cycle % 3 == 2:  # another agent signed in meanwhile: the pages are built again
            window.reset_pages()
            window.show_page("accueil")
        heard.clear()
        connection.ask()
        yield lambda: connection.online and "*" in heard  # back, and the live updates too
        for preview in previews:  # drawn again on the other paper
            preview.paper_combo.setCurrentIndex(1 - preview.paper_combo.currentIndex())
        window.show_page("orientations" if cycle % 2 else "accueil")
        previews.pop(0).close()  # the oldest is closed (and deleted), a new one opens
        open_preview("a4" if cycle % 2 else "receipt")
        yield after(0.5)
        yield all_drawn  # what was asked of the server is answered before it stops again
        say(f"online {cycle}")
        cycle += 1

    for preview in previews:
        preview.close()
    yield after(0.3)
    window.close()
    connection.close()
    engine.dispose()


def main(argv: list[str]) -> int:
    start_logging(Path(argv[1]) / "journal")
    app = get_application("fr")
    from ui.crash import install_exception_hooks

    install_exception_hooks()  # as a desk: a failure in a slot is a box (said, then closed)
    boxes = QTimer()
    boxes.timeout.connect(close_message_boxes)
    boxes.start(100)
    code = run_script(app, desk_script(app, argv))
    say("done" if code == 0 else f"ended {code}")
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
