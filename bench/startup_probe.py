"""Child process for the start-up benchmark: prints PAINTED when the first window is painted.

python -m bench.startup_probe floor          a bare PySide6 window (the floor)
python -m bench.startup_probe app DB         Aiguillage's main window on DB
python -m bench.startup_probe rss DB         visit every page, print the resident set (MB)
"""

import sys


def _report_first_paint(app, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                print("PAINTED", flush=True)
                QTimer.singleShot(0, app.quit)
                watched.removeEventFilter(self)
            return False

    window._first_paint = FirstPaint(window)
    window.installEventFilter(window._first_paint)


def floor() -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Aiguillage"))
    window.resize(1200, 760)
    _report_first_paint(app, window)
    window.show()
    return app.exec()


def main_window(db: str) -> int:
    """The real start of the desk (ui.desk.run_desk): PAINTED at the first paint of the main
    window, READY once the database is open and the sign-in is on screen."""
    from pathlib import Path

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    import ui.desk
    from ui.application import get_application

    app = get_application("fr")

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]  # noqa: N802
            if (
                event.type() == QEvent.Type.Paint
                and hasattr(watched, "window")
                and type(watched.window()).__name__ == "MainWindow"
            ):
                print("PAINTED", flush=True)
                app.removeEventFilter(self)
            return False

    first_paint = FirstPaint()
    app.installEventFilter(first_paint)

    open_desk_in = ui.desk.open_desk_in

    def opened_then_quit(window, ctx):  # type: ignore[no-untyped-def]
        code = open_desk_in(window, ctx)
        QApplication.processEvents()  # the sign-in painted
        print("READY", flush=True)
        QTimer.singleShot(0, app.quit)
        return code

    ui.desk.open_desk_in = opened_then_quit
    return ui.desk.run_desk(Path(db))


def resident_set(db: str) -> int:
    from pathlib import Path

    from ui.application import get_application
    from ui.main_window import MainWindow
    from ui.startup import open_desk, sign_in_first_coordinator

    app = get_application("fr")
    ctx = open_desk(Path(db), "fr")
    sign_in_first_coordinator(ctx)
    window = MainWindow(ctx)
    window.show()
    for key in window.visible_page_keys():
        window.show_page(key)
        for _ in range(3):
            app.processEvents()
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                print("RSS_KB", line.split()[1], flush=True)
    return 0


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "floor":
        raise SystemExit(floor())
    if mode == "app":
        raise SystemExit(main_window(sys.argv[2]))
    if mode == "rss":
        raise SystemExit(resident_set(sys.argv[2]))
    raise SystemExit(f"unknown mode {mode}")
