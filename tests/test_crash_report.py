"""When something unexpected happens, the desk says so in French with a report to copy, and the
log file in the user data folder keeps the traceback, without personal data."""

import threading
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from app.db import write_session
from app.logs import start_logging, stop_logging
from models import Person
from ui import messages, tasks
from ui.crash import install_exception_hooks

pytestmark = pytest.mark.usefixtures("french_ui")


@pytest.fixture
def log_file(tmp_path):
    path = start_logging(tmp_path / "donnees")
    yield path
    stop_logging()


@pytest.fixture
def hooks():
    uninstall = install_exception_hooks()
    yield
    uninstall()


def click_a_button_whose_slot(qtbot, slot) -> None:
    button = QPushButton("Calculer")
    button.setObjectName("compute")
    qtbot.addWidget(button)
    button.clicked.connect(slot)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.qt_no_exception_capture
def test_a_failure_in_a_slot_shows_a_french_report_and_is_logged(
    qtbot, shown_messages, log_file, hooks
):
    def compute_the_totals() -> None:
        raise ZeroDivisionError("division by zero")

    click_a_button_whose_slot(qtbot, compute_the_totals)

    ((kind, text),) = shown_messages
    (title,), (report,) = shown_messages.titles, shown_messages.reports
    assert kind == "crash"
    assert title == "Un imprévu est survenu"
    assert "Aiguillage a rencontré un problème qu'il n'attendait pas." in text
    assert "cliquez sur « Copier le rapport »" in text
    assert "aucune donnée personnelle" in text
    assert report.startswith("Aiguillage ")
    assert "compute_the_totals" in report and "ZeroDivisionError: division by zero" in report
    log = log_file.read_text(encoding="utf-8")
    assert log_file.parent.name == "donnees"
    assert "Traceback (most recent call last)" in log
    assert "compute_the_totals" in log and "ZeroDivisionError: division by zero" in log


@pytest.mark.qt_no_exception_capture
def test_the_log_and_the_report_keep_no_personal_data(
    qtbot, shown_messages, log_file, hooks, engine
):
    person_id = uuid.uuid4()

    def save_twice() -> None:
        for _ in range(2):
            with write_session(engine) as session:
                session.add(Person(id=person_id, first_name="Zénobie", last_name="Quarantaine"))

    click_a_button_whose_slot(qtbot, save_twice)

    assert len(shown_messages) == 1
    (report,) = shown_messages.reports
    log = log_file.read_text(encoding="utf-8")
    for text in (report, log):
        assert "IntegrityError" in text and "save_twice" in text
        assert "Zénobie" not in text and "Quarantaine" not in text
        assert "[parameters: …]" in text


def test_copy_the_report_puts_it_on_the_clipboard(qtbot):
    QApplication.clipboard().clear()
    box = messages.crash_box(None, "Un imprévu est survenu", "Texte", "Aiguillage 0.1.0\nrapport")
    qtbot.addWidget(box)
    copy = box.findChild(QPushButton, "copyReport")
    assert copy.text() == "Copier le rapport" and copy.accessibleName() == "Copier le rapport"
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "Aiguillage 0.1.0\nrapport"
    assert box.detailedText() == "Aiguillage 0.1.0\nrapport"


@pytest.mark.qt_no_exception_capture
def test_a_failure_in_another_thread_is_shown_on_the_window_thread(
    qtbot, shown_messages, log_file, hooks
):
    def fetch_in_the_background() -> None:
        raise ConnectionError("server gone")

    worker = threading.Thread(target=fetch_in_the_background, name="fetch")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(shown_messages))

    assert "ConnectionError: server gone" in shown_messages.reports[0]
    log = log_file.read_text(encoding="utf-8")
    assert "Thread fetch failed" in log and "fetch_in_the_background" in log


def test_a_failed_background_task_is_logged_with_its_traceback(qtbot, shown_messages, log_file):
    assert not tasks.SYNCHRONOUS  # the task runs on its own thread
    errors: list[Exception] = []

    def build_the_report(progress) -> None:
        raise RuntimeError("the disk is full")

    tasks.run_task(build_the_report, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))

    assert tasks.error_text(errors[0]) == "Un problème est survenu : the disk is full"
    assert shown_messages == []  # its own handler says it
    log = log_file.read_text(encoding="utf-8")
    assert "Background task failed" in log and "build_the_report" in log
    assert "RuntimeError: the disk is full" in log


def test_a_failed_background_task_without_a_handler_is_not_lost(qtbot, shown_messages, log_file):
    assert not tasks.SYNCHRONOUS  # the task runs on its own thread

    def print_the_sheets(progress) -> None:
        raise OSError("printer unplugged")

    tasks.run_task(print_the_sheets)
    qtbot.waitUntil(lambda: bool(shown_messages))

    assert (
        "print_the_sheets" in shown_messages.reports[0]
        and "OSError: printer unplugged" in shown_messages.reports[0]
    )
    assert "print_the_sheets" in log_file.read_text(encoding="utf-8")
