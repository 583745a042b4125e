"""« Annuler » in the first-run wizard leaves no empty database behind, and never takes away a
file that was there before."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.db import open_database
from app.new_database import is_new, remove_unused
from ui import desk


def _cancel_the_wizard_when_shown(qtbot, typed: str = "Recyclerie du Pays") -> None:
    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not hasattr(dialog, "place_page"):
            QTimer.singleShot(20, cancel)
            return
        qtbot.keyClicks(dialog.place_page.name_edit, typed)
        qtbot.keyClick(dialog.place_page.name_edit, Qt.Key.Key_Escape)

    QTimer.singleShot(0, cancel)


def test_cancelling_the_first_run_leaves_no_database_file(qtbot, tmp_path):
    path = tmp_path / "aiguillage.sqlite"
    _cancel_the_wizard_when_shown(qtbot)
    assert desk.run_desk(path, "fr") == 0
    assert not path.exists()
    assert [p.name for p in tmp_path.iterdir()] == []  # no -wal, -shm or lock file either


def test_cancelling_keeps_a_database_file_that_was_already_there(qtbot, tmp_path):
    path = tmp_path / "aiguillage.sqlite"
    open_database(path).dispose()  # a file from an earlier start, still without a place
    before = path.read_bytes()
    _cancel_the_wizard_when_shown(qtbot)
    assert desk.run_desk(path, "fr") == 0
    assert path.exists() and path.read_bytes() == before


@pytest.mark.sqlite_file
def test_a_file_with_data_is_never_removed(tmp_path, engine, db_path):
    engine.dispose()
    assert not is_new(db_path)
    assert remove_unused(db_path) is False
    assert db_path.exists()
    assert is_new(tmp_path / "nothing-here.sqlite")
