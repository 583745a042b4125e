"""The Directory page of a desk on a server while the main PC is off: the search, the filters
and « open now » read the desk's directory copy and show the very services shown online; the
details too; the buttons that change the directory are greyed with the one sentence."""

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.clock import LOCAL_TZ
from app.connection_state import server_needed_sentence
from tests import offline_helpers
from tests.referrals_helpers import add_service
from ui import connection as connection_ui
from ui import offline_directory
from ui.main_window import MainWindow

pytestmark = [pytest.mark.server, pytest.mark.usefixtures("french_ui")]
own_server, place = offline_helpers.own_server, offline_helpers.place
MONDAY_TEN = datetime(2026, 11, 23, 10, 0, tzinfo=LOCAL_TZ)


def shown(page) -> list[str]:
    return [page.model.text(row, 0) for row in range(page.model.rowCount())]


def search_like_a_person(qtbot, page, text: str, open_now: bool) -> list[str]:
    page.search_edit.setFocus()
    page.search_edit.selectAll()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(page.search_edit, text)
    if page.open_now_box.isChecked() != open_now:
        qtbot.mouseClick(page.open_now_box, Qt.MouseButton.LeftButton)
    return shown(page)


def test_the_directory_searches_the_copy_with_the_server_off_same_services(
    qtbot, qapp, own_server, place, tmp_path
):
    engine, ctx = place
    add_service(engine, name="Atelier CV et candidatures", opening_hours="Mo-Fr 09:00-12:00")
    add_service(engine, name="Atelier numérique", opening_hours="Sa 09:00-12:00")
    add_service(
        engine, name="Épicerie solidaire", organization="Secours populaire",
        themes=("alimentation--aide-alimentaire",), opening_hours="Mo 08:00-18:00",
    )  # fmt: skip
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    connection = connection_ui.attach(window, tmp_path)
    assert connection is not None
    qtbot.waitUntil(connection.copy.exists, timeout=30_000)
    window.resize(1200, 760)
    window.show()
    window.show_page("annuaire")
    page = window.page("annuaire")
    page.clock = lambda: MONDAY_TEN
    page.refresh()
    qtbot.waitUntil(lambda: len(shown(page)) == 3, timeout=30_000)

    online = {
        (text, open_now): search_like_a_person(qtbot, page, text, open_now)
        for text in ("atelier", "")
        for open_now in (False, True)
    }
    assert online[("atelier", True)] == ["Atelier CV et candidatures"]
    assert sorted(online[("", True)]) == ["Atelier CV et candidatures", "Épicerie solidaire"]
    assert page.new_button.isEnabled()

    # the main PC goes off: the same searches show the same services, from the copy
    engine.dispose()
    own_server.stop("immediate")
    connection.ask()  # the desk's own periodic question, not waited for
    qtbot.waitUntil(lambda: not connection.online, timeout=30_000)
    assert "copie-annuaire" in str(offline_directory.engine_for(ctx).url)
    offline = {
        (text, open_now): search_like_a_person(qtbot, page, text, open_now)
        for text in ("atelier", "")
        for open_now in (False, True)
    }
    assert offline == online
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: shown(page)[0] in page.details.toPlainText(), timeout=10_000)
    assert "Horaires" in page.details.toPlainText()
    for button in (page.new_button, page.edit_button, page.import_button):
        assert not button.isEnabled()
        assert button.toolTip() == server_needed_sentence()
    assert window.current_page_key() == "annuaire" and page.isEnabled()

    # back: the edit buttons come back by themselves
    own_server.start()
    qtbot.waitUntil(lambda: connection.online, timeout=60_000)
    qtbot.waitUntil(page.new_button.isEnabled, timeout=10_000)
    assert page.edit_button.isEnabled() and page.new_button.toolTip() == ""
    connection.close()
