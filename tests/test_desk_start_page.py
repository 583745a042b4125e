"""Each desk of a place opens where its work is, once its agent signed in on the lock screen: a
reception desk on Accueil (even at a recyclerie, where an office opens on the till), a till desk
on the till with its keys 1…9 and Ctrl+Z working at once, typed where the keyboard is, and an
office on the page its agent last used there. Real joined desks of a real shared server."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from app.context import DeskContext
from app.db import open_database, read_session
from app.services.till import today_counts
from app.sharing import desks
from app.sharing.desk_config import save_desk
from app.sharing.sharing import owner_engine
from models import Site
from tests import sharing_helpers as helpers
from tests.test_desk_kinds import set_up_place
from ui.application import get_application
from ui.main_window import MainWindow

pytestmark = [pytest.mark.server, pytest.mark.usefixtures("french_ui", "real_db_worker")]
work_dir, desk_home, shared_place = helpers.work_dir, helpers.desk_home, helpers.shared_place

READY_MS = 20_000
VOLUNTEER, AGENT = "Œzlem Bénévole", "Jean-Édouard N'Diaye"


@pytest.fixture
def desk_of(qtbot, shared_place, desk_home):
    """A desk of `kind` joined with its code (its desk.json in its own folder), its window
    opened on the lock screen as at the start of a day."""
    server, _ = shared_place
    set_up_place(server)
    made = []

    def make(kind: str) -> MainWindow:
        owner = owner_engine(server)
        try:
            _login, code = desks.add_desk(owner, kind, f"poste {kind}", server.fingerprint)
        finally:
            owner.dispose()
        joined = desks.join("127.0.0.1", server.port, server.fingerprint, code, server.database)
        save_desk(joined.url, joined.kind)
        engine = open_database(joined.url)
        with read_session(engine) as session:
            site_id, site_name = session.exec(select(Site.id, Site.name)).one()
        ctx = DeskContext(engine=engine, target=joined.url, site_id=site_id, site_name=site_name)
        get_application("fr")
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        window.lock_now()
        made.append(window)
        return window

    yield make
    for window in made:
        window.live.stop()
        window.ctx.engine.dispose()


def _keys(qtbot, *keys, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Keys typed where the keyboard is, as a person does."""
    for key in keys:
        focused = QApplication.focusWidget()
        assert focused is not None, "no widget has the keyboard"
        QTest.keyClick(focused, key, modifier)


def sign_in_with_the_keyboard(qtbot, window, name: str) -> None:
    """On the lock screen: back from the PIN box to the names, down to `name`, then the PIN and
    Enter — keys only."""
    form = window.lock_screen.form
    qtbot.waitUntil(lambda: form.agent_list.count() > 0, timeout=READY_MS)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.pin_edit, timeout=READY_MS)
    _keys(qtbot, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is form.agent_list
    _keys(qtbot, Qt.Key.Key_Home)
    for _ in range(form.agent_list.count()):
        if form.agent_list.currentItem().text() == name:
            break
        _keys(qtbot, Qt.Key.Key_Down)
    assert form.agent_list.currentItem().text() == name
    _keys(qtbot, Qt.Key.Key_Return)  # the name chosen: on to the PIN
    assert QApplication.focusWidget() is form.pin_edit
    _keys(qtbot, *[getattr(Qt.Key, f"Key_{digit}") for digit in helpers.PIN], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.lock_screen.is_locked(), timeout=READY_MS)


def test_a_till_desk_opens_on_the_till_and_its_keys_work_at_once(qtbot, desk_of):
    window = desk_of("till")
    sign_in_with_the_keyboard(qtbot, window, VOLUNTEER)
    assert window.current_page_key() == "caisse"
    till_page = window.page("caisse")
    qtbot.waitUntil(lambda: bool(till_page.button_widgets()), timeout=READY_MS)
    first, _drop_off, second = till_page.button_widgets()[:3]  # a drop-off opens the scales
    _keys(qtbot, Qt.Key.Key_1)
    _keys(qtbot, Qt.Key.Key_1)
    _keys(qtbot, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: (first.count, second.count) == (2, 1), timeout=READY_MS)
    _keys(qtbot, Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: (first.count, second.count) == (2, 0), timeout=READY_MS)
    with read_session(window.ctx.engine) as session:  # what the main PC counts for today
        counts = {c.button_id: c.count for c in today_counts(session, window.ctx.actor)}
    assert (counts[first.button_id], counts[second.button_id]) == (2, 0)


def test_a_reception_desk_of_a_recyclerie_opens_on_reception(qtbot, desk_of):
    window = desk_of("reception")
    sign_in_with_the_keyboard(qtbot, window, AGENT)
    assert window.current_page_key() == "accueil"
    reception = window.page("accueil")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is reception.search, timeout=READY_MS)


def test_an_office_opens_on_the_page_its_agent_last_used(qtbot, desk_of):
    window = desk_of("office")
    sign_in_with_the_keyboard(qtbot, window, AGENT)
    assert window.current_page_key() == "caisse"  # a recyclerie: the till, the first time
    window.show_page("orientations")
    window.lock_now()
    sign_in_with_the_keyboard(qtbot, window, VOLUNTEER)  # another agent: their own start
    assert window.current_page_key() == "caisse"
    window.lock_now()
    sign_in_with_the_keyboard(qtbot, window, AGENT)
    assert window.current_page_key() == "orientations"
