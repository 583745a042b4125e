"""The till settings widget, driven by a coordinator with the keyboard and the mouse."""

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from app.db import read_session
from app.services import till_setup
from models import TillButton
from tests.conftest import make_ctx
from ui.widgets.till_buttons_editor import PALETTE, TillButtonsEditor

pytestmark = pytest.mark.usefixtures("french_ui")


@pytest.fixture
def editor(qtbot, coordinator_ctx):
    widget = TillButtonsEditor(coordinator_ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def stored(engine) -> list[tuple]:
    with read_session(engine) as session:
        rows = session.exec(select(TillButton).order_by(TillButton.position))
        return [(b.label, b.kind_code, b.colour, b.icon, b.active) for b in rows]


def test_the_defaults_are_listed(editor):
    texts = [editor.list.item(row).text() for row in range(editor.list.count())]
    assert texts == ["Achat", "Dépôt d'objets", "Information", "Atelier", "Bénévolat"]
    assert editor.label_edit.text() == "Achat"
    assert editor.kind_edit.text() == "achat"


def test_a_button_is_renamed_recoloured_and_switched_off(editor, qtbot, engine):
    editor.list.setCurrentRow(2)
    editor.label_edit.clear()
    qtbot.keyClicks(editor.label_edit, "Renseignements")
    qtbot.mouseClick(editor.findChild(type(editor.save_button), "tillSwatch_5"), Qt.LeftButton)
    qtbot.keyClicks(editor.icon_edit, "?")
    editor.active_check.setChecked(False)
    qtbot.keyClick(editor.label_edit, Qt.Key.Key_Return)
    assert stored(engine)[2] == ("Renseignements", "information", PALETTE[5], "?", False)
    assert editor.list.item(2).text() == "Renseignements (désactivé)"


def test_a_new_button_is_added_at_the_end(editor, qtbot, engine, volunteer):
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.label_edit.hasFocus()
    qtbot.keyClicks(editor.label_edit, "Reparation velo")
    qtbot.keyClicks(editor.kind_edit, "reparation-velo")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    rows = stored(engine)
    assert rows[-1][:2] == ("Reparation velo", "reparation-velo")
    assert rows[-1][2] == PALETTE[5]  # the first colour not used yet
    with read_session(engine) as session:
        labels = [b.label for b in till_setup.till_buttons(session, volunteer)]
    assert labels[-1] == "Reparation velo"


def test_a_bad_code_gets_a_french_message_and_changes_nothing(
    editor, qtbot, engine, shown_messages
):
    before = stored(engine)
    editor.kind_edit.clear()
    qtbot.keyClicks(editor.kind_edit, "Achat a emporter")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert shown_messages.of("warn") and "minuscules" in shown_messages.of("warn")[0]
    assert stored(engine) == before


def test_buttons_are_reordered(editor, qtbot, engine):
    editor.list.setCurrentRow(1)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert [row[0] for row in stored(engine)][:2] == ["Dépôt d'objets", "Achat"]
    assert editor.list.currentRow() == 0
    assert not editor.up_button.isEnabled()


def test_categories_are_edited_one_per_line(editor, qtbot, engine, shown_messages):
    editor.categories_edit.clear()
    qtbot.keyClicks(editor.categories_edit, "velos")
    qtbot.keyClick(editor.categories_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.categories_edit, "textile")
    qtbot.mouseClick(editor.categories_save, Qt.MouseButton.LeftButton)
    with read_session(engine) as session:
        assert till_setup.donation_categories(session) == ["velos", "textile"]
    editor.categories_edit.clear()
    qtbot.mouseClick(editor.categories_save, Qt.MouseButton.LeftButton)
    assert shown_messages.of("warn") == ["Veuillez garder au moins une catégorie."]


def test_an_agent_cannot_edit(qtbot, engine, db_path, agent):
    widget = TillButtonsEditor(make_ctx(engine, db_path, agent))
    qtbot.addWidget(widget)
    assert not widget.save_button.isEnabled()
    assert not widget.categories_save.isEnabled()
