"""The « Lieu » and « Caisse » tabs of the Settings page, driven like a coordinator, and the
site service behind them."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from app.db import read_session, write_session
from app.errors import UserError
from app.permissions import PermissionDenied
from app.services.audit import AuditFilter, list_audit
from app.services.settings import get_setting
from app.services.sites import MAX_LOGO_BYTES, update_site
from models import Site
from tests.foundation_helpers import type_text
from ui import messages

pytestmark = pytest.mark.usefixtures("french_ui")


@pytest.fixture
def page(qtbot, coordinator_ctx):
    from ui.pages.reglages import ReglagesPage

    widget = ReglagesPage(coordinator_ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def stored_site(engine, actor) -> Site:
    with read_session(engine) as session:
        site = session.get(Site, actor.site_id)
        session.expunge(site)
        return site


def choose_file(monkeypatch, path) -> None:
    monkeypatch.setattr(messages, "open_file", lambda *_a: path)


def png_file(path, size: int = 40):
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("#1565c0"))
    assert image.save(str(path), "PNG")
    return path


# --- the service ------------------------------------------------------------------------------
def test_an_agent_cannot_change_the_site(engine, agent):
    with pytest.raises(PermissionDenied):
        with write_session(engine) as session:
            update_site(session, agent, name="Autre nom")


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"name": "  "}, "nom du lieu"),
        ({"postal_code": "3555"}, "5 chiffres"),
        ({"phone": "appelez-nous"}, "chiffres"),
        ({"email": "pas-une-adresse"}, "incorrecte"),
        ({"default_channel": "pigeon"}, "canal"),
        ({"logo_png": b"GIF89a..."}, "pas une image"),
        ({"logo_png": b"\x89PNG\r\n\x1a\n" + b"0" * MAX_LOGO_BYTES}, "1 Mo"),
    ],
)
def test_bad_details_get_a_french_message_and_change_nothing(engine, coordinator, fields, words):
    before = stored_site(engine, coordinator)
    with pytest.raises(UserError) as caught:
        with write_session(engine) as session:
            update_site(session, coordinator, **({"name": "Nouveau nom"} | fields))
    assert words in caught.value.message
    assert stored_site(engine, coordinator).name == before.name


def test_a_change_is_audited_by_id(engine, coordinator):
    with write_session(engine) as session:
        update_site(session, coordinator, phone="02 99 00 00 00", default_channel="telephone")
    site = stored_site(engine, coordinator)
    assert (site.phone, site.default_channel) == ("02 99 00 00 00", "telephone")
    with read_session(engine) as session:
        entries = list_audit(session, coordinator, AuditFilter(action="settings-changed"))
        assert [(e.entity, e.entity_id) for e in entries] == [("site", str(site.id))]


# --- the « Lieu » tab -------------------------------------------------------------------------
def test_the_place_tab_comes_first_then_the_till(page):
    assert page.tabs.tabText(0) == "Lieu"
    assert page.tabs.tabText(1) == "Caisse"
    assert page.tabs.currentWidget() is page.site_panel


def test_name_phone_and_channel_are_typed_and_stored(
    page, qtbot, engine, coordinator, shown_messages
):
    panel = page.site_panel
    panel.name_edit.selectAll()
    type_text(qtbot, panel.name_edit, "Espace Numérique de Pipriac")
    panel.phone_edit.clear()
    qtbot.keyClicks(panel.phone_edit, "02 99 34 41 12")
    panel.channel_combo.setFocus()
    channel_index = panel.channel_combo.findData("telephone")
    assert panel.channel_combo.itemText(channel_index) == "Téléphone"
    panel.channel_combo.setCurrentIndex(channel_index)
    qtbot.keyClick(panel.phone_edit, Qt.Key.Key_Return)
    site = stored_site(engine, coordinator)
    assert site.name == "Espace Numérique de Pipriac"
    assert site.phone == "02 99 34 41 12"
    assert site.default_channel == "telephone"
    assert shown_messages == [("info", "Les informations du lieu sont enregistrées.")]


def test_a_bad_postal_code_is_refused_in_french(page, qtbot, engine, coordinator, shown_messages):
    panel = page.site_panel
    panel.postal_code_edit.clear()
    qtbot.keyClicks(panel.postal_code_edit, "355")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert shown_messages == [("warn", "Le code postal a 5 chiffres.")]
    assert stored_site(engine, coordinator).postal_code != "355"


def test_a_logo_is_chosen_shown_then_removed(
    page, qtbot, engine, coordinator, monkeypatch, tmp_path
):
    panel = page.site_panel
    assert panel.logo_preview.text() == "Pas de logo"
    assert not panel.remove_logo_button.isEnabled()
    choose_file(monkeypatch, png_file(tmp_path / "logo.png"))
    qtbot.mouseClick(panel.choose_logo_button, Qt.MouseButton.LeftButton)
    logo = stored_site(engine, coordinator).logo_png
    assert logo and logo.startswith(b"\x89PNG")
    assert not panel.logo_preview.pixmap().isNull()
    assert panel.remove_logo_button.isEnabled()
    assert panel.remove_logo_button.text().replace("&", "") == "Retirer le logo"
    qtbot.mouseClick(panel.remove_logo_button, Qt.MouseButton.LeftButton)
    assert stored_site(engine, coordinator).logo_png is None
    assert panel.logo_preview.text() == "Pas de logo"


def test_a_file_that_is_not_a_picture_is_refused(
    page, qtbot, engine, coordinator, monkeypatch, tmp_path, shown_messages
):
    text_file = tmp_path / "logo.png"
    text_file.write_text("pas une image", encoding="utf-8")
    choose_file(monkeypatch, text_file)
    qtbot.mouseClick(page.site_panel.choose_logo_button, Qt.MouseButton.LeftButton)
    assert shown_messages == [
        ("warn", "Ce fichier n'est pas une image : choisissez un fichier PNG ou JPEG.")
    ]
    assert stored_site(engine, coordinator).logo_png is None


def test_a_logo_over_one_megabyte_is_refused(
    page, qtbot, engine, coordinator, monkeypatch, tmp_path, shown_messages
):
    big = png_file(tmp_path / "grand.png")
    with big.open("ab") as handle:
        handle.write(b"\0" * MAX_LOGO_BYTES)
    choose_file(monkeypatch, big)
    qtbot.mouseClick(page.site_panel.choose_logo_button, Qt.MouseButton.LeftButton)
    assert shown_messages == [
        ("warn", "Le logo est trop lourd : choisissez une image de 1 Mo au plus.")
    ]
    assert stored_site(engine, coordinator).logo_png is None


def test_the_language_is_stored_for_the_next_start(page, qtbot, engine, shown_messages):
    panel = page.site_panel
    assert panel.language_combo.currentText() == "Français"
    panel.language_combo.setFocus()
    qtbot.keyClick(panel.language_combo, Qt.Key.Key_Down)
    assert panel.language_combo.currentText() == "English"
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    with read_session(engine) as session:
        assert get_setting(session, "language") == "en"
    hint = panel.findChild(type(panel.logo_preview), "siteLanguageHint")
    assert "prochain démarrage" in hint.text()


# --- the « Caisse » tab -----------------------------------------------------------------------
def test_a_button_added_in_settings_shows_on_the_till(qtbot, coordinator_ctx, shown_messages):
    from ui.main_window import MainWindow

    window = MainWindow(coordinator_ctx)
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("caisse")  # the till page is built before the change
    window.show_page("reglages")
    settings = window.page("reglages")
    settings.tabs.setCurrentIndex(1)
    editor = settings.till_editor
    assert settings.tabs.currentWidget() is editor
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.label_edit, "Reparation velo")
    qtbot.keyClicks(editor.kind_edit, "reparation-velo")
    qtbot.keyClick(editor.kind_edit, Qt.Key.Key_Return)
    window.show_page("caisse")
    labels = [button.label for button in window.page("caisse").button_widgets()]
    assert labels[-1] == "Reparation velo"
    assert shown_messages == []
