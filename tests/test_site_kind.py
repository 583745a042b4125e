"""The kind of place chosen at set-up is shown in Settings › Place, a coordinator can change
it, and a recyclerie opens on its till."""

import pytest
from PySide6.QtCore import Qt

from app.db import read_session, write_session
from app.errors import UserError
from app.services.sites import update_site
from models import Site
from models.enums import SiteKind
from tests.conftest import make_ctx

pytestmark = pytest.mark.usefixtures("french_ui", "shown_messages")


def _kind(engine, actor) -> str:
    with read_session(engine) as session:
        return session.get(Site, actor.site_id).kind


def _window(qtbot, ctx):
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_settings_show_the_kind_and_a_coordinator_changes_it(qtbot, coordinator_ctx, engine):
    window = _window(qtbot, coordinator_ctx)
    window.show_page("reglages")
    panel = window.page("reglages").site_panel
    assert panel.kind_combo.currentText() == "Espace emploi"
    labels = [panel.kind_combo.itemText(i) for i in range(panel.kind_combo.count())]
    assert "Recyclerie" in labels
    panel.kind_combo.setFocus()
    while panel.kind_combo.currentText() != "Recyclerie":
        qtbot.keyClick(panel.kind_combo, Qt.Key.Key_Down)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert _kind(engine, coordinator_ctx.actor) == SiteKind.RECYCLERIE.value
    panel.refresh()
    assert panel.kind_combo.currentText() == "Recyclerie"


def test_a_recyclerie_opens_on_the_till(qtbot, engine, db_path, coordinator, volunteer):
    with write_session(engine) as session:
        update_site(session, coordinator, kind=SiteKind.RECYCLERIE.value)
    for actor in (volunteer, coordinator):
        window = _window(qtbot, make_ctx(engine, db_path, actor))
        assert window.current_page_key() == "caisse"
        assert window.stack.currentWidget() is window.page("caisse")


def test_an_employment_desk_still_opens_on_reception(qtbot, ctx):
    window = _window(qtbot, ctx)
    assert window.current_page_key() == "accueil"


def test_an_unknown_kind_is_refused_in_words(engine, coordinator):
    with pytest.raises(UserError) as raised, write_session(engine) as session:
        update_site(session, coordinator, kind="supermarché")
    assert raised.value.message == "Veuillez choisir le type de lieu."
    assert _kind(engine, coordinator) == SiteKind.EMPLOYMENT_DESK.value
