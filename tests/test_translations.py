"""French is complete, the compiled catalogues are current, and the language can be chosen."""

import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app import i18n_tools
from app.db import write_session
from app.i18n import translate
from app.services.settings import put_setting
from app.startup_peek import stored_language
from ui.application import get_application
from ui.main_window import MainWindow

TRANSLATIONS = i18n_tools.translations_dir()


@pytest.fixture
def english_then_french():
    yield
    get_application("fr")


def test_every_string_of_app_and_ui_has_a_french_translation():
    missing = i18n_tools.missing_translations(i18n_tools.source_files())
    assert missing == [], "Strings without a finished French translation:\n" + "\n".join(
        f"  [{context}] {source}" for context, source in missing
    )


def test_the_completeness_check_sees_an_untranslated_string(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        textwrap.dedent(
            """
            from PySide6.QtWidgets import QWidget
            from app.i18n import translate


            def _tr(text):
                return translate("Sample", text)


            class SamplePanel(QWidget):
                def title(self):
                    return self.tr("A sentence nobody has translated yet")


            def message():
                return _tr("Another sentence without French")


            def known():
                return translate("Cli", "Error: %1")
            """
        ),
        encoding="utf-8",
    )
    assert i18n_tools.missing_translations([sample]) == [
        ("Sample", "Another sentence without French"),
        ("SamplePanel", "A sentence nobody has translated yet"),
    ]


def test_wrapped_translate_calls_are_found():
    found = i18n_tools.wrapper_messages(Path(i18n_tools.ROOT / "app" / "db" / "sqlite.py"))
    assert ("Database", "“%1” is a folder, not a database file.") in found


def test_no_committed_catalogue_is_unfinished():
    catalogues = sorted(TRANSLATIONS.glob("*.ts"))
    assert catalogues, "no translation catalogue found"
    for ts_file in catalogues:
        text = ts_file.read_text(encoding="utf-8")
        assert 'type="unfinished"' not in text, ts_file.name
        empty = [key for key, value in i18n_tools.read_ts(ts_file).items() if not value]
        assert empty == [], f"{ts_file.name}: {empty}"


def test_each_compiled_catalogue_is_up_to_date(tmp_path):
    for ts_file in sorted(TRANSLATIONS.glob("*.ts")):
        qm_file = ts_file.with_suffix(".qm")
        assert qm_file.exists(), f"{qm_file.name} is missing: run `make translations`"
        fresh = tmp_path / qm_file.name
        i18n_tools.compile_catalogue(ts_file, fresh)
        assert fresh.read_bytes() == qm_file.read_bytes(), (
            f"{qm_file.name} is older than {ts_file.name}: run `make translations`"
        )


def _navigation_texts(window: MainWindow) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def test_the_window_speaks_french_by_default(qtbot, coordinator_ctx):
    get_application("fr")
    window = MainWindow(coordinator_ctx)
    qtbot.addWidget(window)
    texts = _navigation_texts(window)
    assert "Accueil" in texts and "Réglages" in texts
    assert window.site_label.text().startswith("Lieu : ")
    page = window.page("accueil")
    assert page.search.accessibleName() == "Chercher une personne"


def test_the_window_speaks_english_when_asked(qtbot, coordinator_ctx, english_then_french):
    get_application("en")
    window = MainWindow(coordinator_ctx)
    qtbot.addWidget(window)
    texts = _navigation_texts(window)
    assert "Reception" in texts and "Settings" in texts
    assert "Accueil" not in texts
    assert translate("Cli", "Error: %1") == "Error: %1"


def test_app_side_messages_are_french(qtbot):
    get_application("fr")
    assert translate("Cli", "Error: %1") == "Erreur : %1"


def test_qt_standard_buttons_are_french(qtbot):
    get_application("fr")
    box = QMessageBox(QMessageBox.Icon.Question, "Question", "Continuer ?")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    yes = box.button(QMessageBox.StandardButton.Yes).text().replace("&", "")
    no = box.button(QMessageBox.StandardButton.No).text().replace("&", "")
    assert (yes, no) == ("Oui", "Non")


@pytest.mark.sqlite_file
def test_the_language_setting_is_read_from_the_database(engine, db_path, tmp_path):
    assert stored_language(db_path) == "fr"
    with write_session(engine) as session:
        put_setting(session, "language", "en")
    assert stored_language(db_path) == "en"
    with write_session(engine) as session:
        put_setting(session, "language", "klingon")
    assert stored_language(db_path) == "fr"
    assert stored_language(tmp_path / "absent.sqlite") == "fr"
    (tmp_path / "texte.sqlite").write_text("pas une base", encoding="utf-8")
    assert stored_language(tmp_path / "texte.sqlite") == "fr"
