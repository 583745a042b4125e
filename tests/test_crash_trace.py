"""A native crash (a segmentation fault in a library) kills the desk before Python can log
anything: faulthandler, set up with the log by app.logs, leaves every thread's stack in
`plantages.log` next to `aiguillage.log`, for the window and the command line alike."""

import os
import socket
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from sqlalchemy.engine import URL

from app.config import APP_NAME
from app.logs import CRASH_FILENAME, LOG_FILENAME, start_logging, stop_logging

ROOT = Path(__file__).resolve().parent.parent


def run_child(code: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


CRASH_IN_A_THREAD = """
    import faulthandler
    import sys
    import threading
    from pathlib import Path

    from app.logs import start_logging

    start_logging(Path(sys.argv[1]))
    waiting = threading.Event()

    def print_the_receipt():
        waiting.wait()

    threading.Thread(target=print_the_receipt, name="receipt", daemon=True).start()

    def render_the_preview():
        faulthandler._sigsegv()

    render_the_preview()
"""


def test_a_segmentation_fault_leaves_every_threads_stack_in_the_crash_file(tmp_path):
    folder = tmp_path / "donnees"
    code = CRASH_IN_A_THREAD.replace("Path(sys.argv[1])", f"Path({str(folder)!r})")

    result = run_child(code)

    assert result.returncode != 0
    trace = (folder / CRASH_FILENAME).read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in trace
    assert "render_the_preview" in trace  # the crashing thread, with its function
    assert "print_the_receipt" in trace  # … and the others
    assert stat.S_IMODE((folder / CRASH_FILENAME).stat().st_mode) == 0o600
    assert "started" in (folder / LOG_FILENAME).read_text(encoding="utf-8")


def test_a_second_crash_is_added_after_the_first(tmp_path):
    folder = tmp_path / "donnees"
    code = CRASH_IN_A_THREAD.replace("Path(sys.argv[1])", f"Path({str(folder)!r})")

    assert run_child(code).returncode != 0
    assert run_child(code).returncode != 0

    trace = (folder / CRASH_FILENAME).read_text(encoding="utf-8")
    assert trace.count("Fatal Python error: Segmentation fault") == 2
    log = (folder / LOG_FILENAME).read_text(encoding="utf-8")
    assert f"earlier native crashes are described in {CRASH_FILENAME}" in log


def test_a_command_that_crashes_natively_leaves_its_trace_in_the_user_data_folder(tmp_path):
    folder = tmp_path / "donnees"
    result = run_child(
        f"""
        import faulthandler
        from pathlib import Path

        from app import cli

        def import_the_directory(args):
            faulthandler._sigsegv()

        cli.main([], default_handler=import_the_directory, log_folder=Path({str(folder)!r}))
        """
    )

    assert result.returncode != 0
    trace = (folder / CRASH_FILENAME).read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in trace
    assert "import_the_directory" in trace


def test_a_desk_that_ends_normally_leaves_the_crash_file_empty(tmp_path):
    folder = tmp_path / "donnees"
    result = run_child(
        f"""
        from pathlib import Path

        from app import cli

        cli.main([], default_handler=lambda args: 0, log_folder=Path({str(folder)!r}))
        """
    )

    assert result.returncode == 0, result.stderr
    assert (folder / CRASH_FILENAME).read_text(encoding="utf-8") == ""


def test_the_program_logs_its_commands_in_the_user_data_folder(tmp_path):
    data_home = tmp_path / "donnees"
    env = dict(
        os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(data_home)
    )
    result = subprocess.run(
        [sys.executable, "-m", "app", "check", str(tmp_path / "nothing-here.sqlite")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 2 and "Il n'y a pas de fichier" in result.stderr
    folder = data_home / APP_NAME
    assert "started" in (folder / LOG_FILENAME).read_text(encoding="utf-8")
    assert (folder / CRASH_FILENAME).read_text(encoding="utf-8") == ""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_live_updates_say_in_the_desks_log_when_their_connection_is_cut(tmp_path):
    from app.db.postgres import Listener

    log_file = start_logging(tmp_path / "donnees")
    nobody_there = URL.create(
        "postgresql+psycopg",
        username="aiguillage",
        password="secret",
        host="127.0.0.1",
        port=free_port(),
        database="aiguillage",
    )
    listener = Listener(nobody_there, lambda topic: None)
    listener.start()
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if log_file.exists() and "live updates cut" in log_file.read_text(encoding="utf-8"):
                break
            time.sleep(0.1)
    finally:
        listener.stop()
        stop_logging()

    assert "aiguillage.postgres: live updates cut: OperationalError" in log_file.read_text(
        encoding="utf-8"
    )
