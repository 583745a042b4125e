"""The command line: version, translated help, and clear French errors without a traceback."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _user_data_folder(monkeypatch, tmp_path):
    """The desk logs to the user data folder: a temporary one here, never this PC's."""
    from app import config

    monkeypatch.setattr(config, "data_dir", lambda: tmp_path / "donnees-utilisateur")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "donnees"))  # the program's, run apart


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "ui", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"aiguillage {__version__}"


def test_help_is_in_french_by_default():
    result = run_cli("--help")
    assert result.returncode == 0
    assert result.stdout.startswith("utilisation : aiguillage")
    assert "afficher cette aide et quitter" in result.stdout
    assert "afficher le numéro de version et quitter" in result.stdout
    assert "ouvrir la fenêtre (par défaut)" in result.stdout
    assert "show this help" not in result.stdout


def test_help_in_english_when_asked():
    result = run_cli("--lang", "en", "--help")
    assert result.returncode == 0
    assert result.stdout.startswith("usage: aiguillage")
    assert "show this help and quit" in result.stdout


def test_a_command_help_is_in_french_too():
    result = run_cli("screenshot", "--help")
    assert result.returncode == 0
    assert "le fichier PNG à écrire" in result.stdout


@pytest.mark.parametrize("lang, heading", [("fr", "utilisation : "), ("en", "usage: ")])
def test_a_sub_command_help_says_usage_once(lang, heading):
    result = run_cli("--lang", lang, "directory", "import", "--help")
    assert result.returncode == 0
    assert result.stdout.startswith(heading + "aiguillage directory import")
    assert result.stdout.count(heading.strip()) == 1


def test_a_wrong_argument_gives_a_short_french_error():
    result = run_cli("--lang", "klingon")
    assert result.returncode == 2
    assert "Erreur : " in result.stderr
    assert "aiguillage --help" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--lang", "klingon"), "choix invalide : 'klingon' (choisissez parmi 'fr', 'en')"),
        (("report", "nope"), "argument KIND : choix invalide : 'nope'"),
        (("report",), "ces arguments sont obligatoires : KIND"),
        (("backup", "--keep", "x"), "arguments inconnus : --keep x"),
    ],
)
def test_argparse_own_messages_are_in_french(args, expected):
    """They were English (« invalid choice », « the following arguments are required »)."""
    result = run_cli(*args)
    assert result.returncode == 2
    assert expected in result.stderr, result.stderr
    assert "invalid choice" not in result.stderr and "are required" not in result.stderr


def test_argparse_speaks_english_when_asked_and_is_put_back_after():
    import argparse

    from app.commands.argparse_words import translated_argparse

    saved = argparse._  # type: ignore[attr-defined]
    with translated_argparse():
        assert argparse._ is not saved  # type: ignore[attr-defined]
    assert argparse._ is saved  # type: ignore[attr-defined]
    result = run_cli("--lang", "en", "report", "nope")
    assert "argument KIND: invalid choice: 'nope'" in result.stderr


def _not_a_database(tmp_path: Path) -> Path:
    path = tmp_path / "courrier.sqlite"
    path.write_text("Bonjour, ceci est une lettre, pas une base de données.\n" * 20)
    return path


def _damaged_database(tmp_path: Path) -> Path:
    path = tmp_path / "abimee.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff\x13" * 2000)
    return path


def _someone_elses_database(tmp_path: Path) -> Path:
    """A real SQLite file of another program, whose table names clash with ours."""
    path = tmp_path / "autre-logiciel.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE site (code TEXT PRIMARY KEY, libelle TEXT)")
    connection.execute("INSERT INTO site VALUES ('A', 'Annexe')")
    connection.commit()
    connection.close()
    return path


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (_not_a_database, "n'est pas une base de données Aiguillage"),
        (_damaged_database, "est endommagé ou illisible"),
        (lambda tmp_path: tmp_path, "est un dossier, pas un fichier de base de données"),
        (_someone_elses_database, "ne peut pas être utilisée"),
    ],
    ids=["text-file", "damaged", "folder", "other-program"],
)
def test_a_bad_database_gives_a_french_error_on_stderr(tmp_path, make, expected):
    path = make(tmp_path)
    out = tmp_path / "page.png"
    result = run_cli("screenshot", "--db", str(path), "--page", "accueil", "--out", str(out))
    assert result.returncode == 2
    assert result.stderr.startswith("Erreur : ")
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_the_window_shows_a_french_dialog_for_a_bad_database(qtbot, tmp_path, shown_messages):
    from ui import desk

    path = _not_a_database(tmp_path)
    assert desk.run_desk(path, "fr") == 2
    ((kind, text),) = shown_messages
    (title,) = shown_messages.titles
    assert kind == "error"
    assert title == "Base endommagée"  # a file that is not ours: the latest backup is offered
    assert "n'est pas une base de données Aiguillage" in text
    assert path.read_text().startswith("Bonjour")  # the file is left as it was


def test_the_window_shows_a_french_dialog_for_another_programs_database(
    qtbot, tmp_path, shown_messages
):
    from ui import desk

    path = _someone_elses_database(tmp_path)
    assert desk.run_desk(path, "fr") == 2
    ((kind, text),) = shown_messages
    assert kind == "error" and "ne peut pas être utilisée" in text
    connection = sqlite3.connect(path)
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        assert tables == {"site"}, "nothing of ours may be left in another program's file"
    finally:
        connection.close()


def test_screenshot_of_a_page(tmp_path, db_path):
    out = tmp_path / "accueil.png"
    result = run_cli("screenshot", "--db", str(db_path), "--page", "accueil", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\x89PNG")


def test_screenshot_of_an_unknown_page_is_a_french_error(tmp_path, db_path):
    out = tmp_path / "x.png"
    result = run_cli("screenshot", "--db", str(db_path), "--page", "cuisine", "--out", str(out))
    assert result.returncode == 2
    assert "Page « cuisine » inconnue" in result.stderr
    assert "Traceback" not in result.stderr


def test_screenshots_for_the_docs(qtbot, tmp_path):
    from PySide6.QtGui import QImage

    from ui import gallery, screen_fit, tasks
    from ui.pages import PAGE_KEYS
    from ui.screenshot_all import SETTINGS_TABS, render_all

    before = tasks.SYNCHRONOUS, screen_fit.available_geometry
    written = render_all(tmp_path / "shots")
    assert (tasks.SYNCHRONOUS, screen_fit.available_geometry) == before  # nothing left changed
    windows = [f"{k}.png" for k in PAGE_KEYS] + [f"{t}.png" for t in SETTINGS_TABS]
    dialogs = [f"{name}.png" for name in gallery.DIALOGS] + ["first_run.png"]
    assert sorted(p.name for p in written) == sorted(windows + dialogs)
    for path in written:
        image = QImage(str(path))
        assert not image.isNull(), path.name
        if path.name in windows:  # a 1366×768 laptop screen less its taskbar
            assert (image.width(), image.height()) == (1366, 728)
        else:
            assert image.width() <= 1366 and image.height() <= 728, path.name


def test_help_language_with_an_equals_sign():
    result = run_cli("--lang=en", "--help")
    assert result.returncode == 0
    assert result.stdout.startswith("usage: aiguillage")


@pytest.fixture
def no_event_loop(monkeypatch):
    """Replaces the event loop: records the main window the person would see, then quits."""
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    seen: list = []

    def record(app) -> int:
        seen.extend(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        return 0

    monkeypatch.setattr(QApplication, "exec", record)
    yield seen
    from ui.application import get_application

    for window in seen:
        window.close()
        window.deleteLater()
    get_application("fr")


def _welcome(window) -> str:
    return window.lock_screen.title.text()


@pytest.mark.sqlite_file
def test_the_window_follows_the_language_setting(qtbot, db_path, no_event_loop):
    from app.db import make_engine, write_session
    from app.services.settings import put_setting
    from ui import desk

    engine = make_engine(db_path)
    with write_session(engine) as session:
        put_setting(session, "language", "en")
    engine.dispose()
    assert desk.run_desk(db_path, None) == 0
    assert _welcome(no_event_loop[-1]) == "Welcome"


def test_the_desk_logs_in_the_user_data_folder_and_puts_the_hooks_back(
    qtbot, db_path, no_event_loop, tmp_path
):
    import threading

    from ui import desk

    before = sys.excepthook, threading.excepthook
    assert desk.run_desk(db_path, "fr") == 0
    log = (tmp_path / "donnees-utilisateur" / "aiguillage.log").read_text(encoding="utf-8")
    assert "INFO aiguillage: Aiguillage " in log and " started" in log
    assert str(db_path) not in log  # where the people's data is stays out of the log
    assert (sys.excepthook, threading.excepthook) == before


def test_lang_on_the_command_line_wins_over_the_setting(qtbot, db_path, no_event_loop):
    from app.db import make_engine, write_session
    from app.services.settings import put_setting
    from ui import desk

    engine = make_engine(db_path)
    with write_session(engine) as session:
        put_setting(session, "language", "en")
    engine.dispose()
    assert desk.run_desk(db_path, "fr") == 0
    assert _welcome(no_event_loop[-1]) == "Bienvenue"


def test_a_new_database_opens_the_wizard_and_cancel_quits(
    qtbot, tmp_path, monkeypatch, no_event_loop
):
    import ui.dialogs.first_run as first_run
    from ui import desk

    asked = []
    monkeypatch.setattr(
        first_run, "run_first_run", lambda ctx, parent=None: asked.append(ctx) or False
    )
    assert desk.run_desk(tmp_path / "neuve.sqlite", None) == 0
    assert len(asked) == 1 and asked[0].site_id is None
    assert no_event_loop == []  # the desk stopped before its event loop


def test_the_version_is_the_one_of_pyproject():
    import tomllib

    from app import __version__

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    assert tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"] == __version__
