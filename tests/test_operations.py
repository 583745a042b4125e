"""The operations layer with its real worker thread: work off the UI thread, in order, errors
in French, callbacks dropped when their widget is gone, the window kept turning meanwhile."""

import threading

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from sqlmodel import select

from app.errors import DatabaseError, UserError
from app.services import till
from models import Visit
from tests.till_helpers import make_buttons
from ui import crash, operations

pytestmark = pytest.mark.usefixtures("french_ui")


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    widget.resize(800, 500)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def stored_kinds(engine) -> list[str]:
    from app.db import read_session

    with read_session(engine) as session:
        visits = session.exec(select(Visit).order_by(Visit.created_at)).all()
        return [visit.kind for visit in visits]


def test_work_runs_on_the_database_worker_and_answers_on_the_ui_thread(
    real_db_worker, qtbot, parent, engine, volunteer
):
    seen: dict[str, object] = {}

    def work(session):
        seen["work thread"] = threading.current_thread().name
        return till.today_counts(session, volunteer)

    def done(counts):
        seen["callback thread"] = threading.current_thread()
        seen["counts"] = counts

    make_buttons(engine, volunteer)
    operations.read_op(parent, engine, work, done)
    assert "counts" not in seen  # asked, not waited for
    qtbot.waitUntil(lambda: "counts" in seen)
    assert seen["work thread"] == "database"
    assert seen["callback thread"] is threading.main_thread()
    assert [count.count for count in seen["counts"]] == [0] * 5


def test_clicks_and_undo_land_in_the_order_they_were_asked(
    real_db_worker, qtbot, parent, engine, volunteer
):
    buttons = make_buttons(engine, volunteer)
    answers: list[str] = []
    for button in (buttons[0], buttons[1], buttons[1]):
        operations.write_op(
            parent,
            engine,
            lambda session, b=button: till.record_click(session, volunteer, b.id),
            lambda visit: answers.append(f"+{visit.kind}"),
        )
    operations.write_op(
        parent,
        engine,
        lambda session: till.undo_last_click(session, volunteer),
        lambda visit: answers.append(f"-{visit.kind}"),
    )
    qtbot.waitUntil(lambda: len(answers) == 4)
    assert answers == [
        f"+{buttons[0].kind_code}",
        f"+{buttons[1].kind_code}",
        f"+{buttons[1].kind_code}",
        f"-{buttons[1].kind_code}",
    ]
    assert stored_kinds(engine) == [buttons[0].kind_code, buttons[1].kind_code]


def test_a_refused_change_is_said_in_french_and_nothing_is_written(
    real_db_worker, qtbot, parent, engine, volunteer, shown_messages
):
    buttons = make_buttons(engine, volunteer)

    def click_then_refuse(session):
        till.record_click(session, volunteer, buttons[0].id)
        session.flush()
        raise UserError("Ce passage ne peut pas être enregistré.")

    done: list[object] = []
    operations.write_op(parent, engine, click_then_refuse, done.append, title="Caisse")
    qtbot.waitUntil(lambda: shown_messages != [])
    assert shown_messages == [("warn", "Ce passage ne peut pas être enregistré.")]
    assert shown_messages.titles == ["Caisse"]
    assert done == []
    assert stored_kinds(engine) == []  # rolled back with the refusal


def test_on_error_gets_the_refusal_instead_of_a_box(
    real_db_worker, qtbot, parent, engine, shown_messages
):
    refused: list[str] = []

    def work(session):
        raise UserError("Le nom est obligatoire.")

    operations.write_op(parent, engine, work, on_error=lambda error: refused.append(error.message))
    qtbot.waitUntil(lambda: refused != [])
    assert refused == ["Le nom est obligatoire."]
    assert shown_messages == []


def test_a_read_asked_quietly_keeps_what_is_shown_when_refused(parent, engine, shown_messages):
    def work(session):
        raise UserError("Le serveur ne répond pas.")

    with operations.quietly():  # a page read again because another desk changed something
        operations.read_op(parent, engine, work, title="Accueil")
    assert shown_messages == []
    operations.read_op(parent, engine, work, title="Accueil")  # asked by the person: said
    assert shown_messages == [("warn", "Le serveur ne répond pas.")]
    assert shown_messages.titles == ["Accueil"]


def test_a_conflict_the_server_asks_to_retry_is_tried_again(
    real_db_worker, qtbot, parent, engine, volunteer
):
    buttons = make_buttons(engine, volunteer)
    tries: list[int] = []

    def click(session):
        tries.append(1)
        visit = till.record_click(session, volunteer, buttons[2].id)
        if len(tries) == 1:
            conflict = DatabaseError("Un autre poste modifiait la même chose.")
            conflict.retryable = True
            raise conflict
        return visit

    done: list[object] = []
    operations.write_op(parent, engine, click, done.append)
    qtbot.waitUntil(lambda: done != [])
    assert len(tries) == 2
    assert stored_kinds(engine) == [buttons[2].kind_code]  # once, not twice


def test_an_unexpected_failure_is_logged_and_shown_with_its_report(
    real_db_worker, qtbot, parent, engine, monkeypatch, shown_messages
):
    logged: list[str] = []
    monkeypatch.setattr(
        operations, "log_failure", lambda what, kind, error, trace: logged.append(what)
    )

    def broken(session):
        return 1 / 0

    done: list[object] = []
    operations.read_op(parent, engine, broken, done.append)
    qtbot.waitUntil(lambda: shown_messages != [])
    assert logged == ["Database operation failed"]
    assert "ZeroDivisionError" in shown_messages.reports[0]
    assert done == []
    assert not crash._showing


def test_a_callback_whose_widget_is_gone_is_dropped_but_the_change_is_made(
    real_db_worker, qtbot, engine, volunteer
):
    buttons = make_buttons(engine, volunteer)
    gate = threading.Event()
    dialog = QWidget()
    called: list[object] = []
    operations.write_op(None, engine, lambda session: gate.wait(30))
    operations.write_op(
        dialog,
        engine,
        lambda session: till.record_click(session, volunteer, buttons[3].id),
        called.append,
    )
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(dialog))
    gate.set()
    qtbot.waitUntil(lambda: operations.pending() == 0)
    assert called == []
    assert stored_kinds(engine) == [buttons[3].kind_code]


def test_a_search_typed_while_the_worker_is_busy_answers_for_the_last_text_only(
    real_db_worker, qtbot, parent, engine
):
    gate = threading.Event()
    asked: list[str] = []
    shown: list[str] = []
    operations.read_op(parent, engine, lambda session: gate.wait(30))
    for text in ("D", "Du", "Dup", "Dupo"):
        operations.read_op(
            parent,
            engine,
            lambda session, t=text: asked.append(t) or t,
            shown.append,
            key="search",
        )
    gate.set()
    qtbot.waitUntil(lambda: operations.pending() == 0)
    assert asked == ["Dupo"]
    assert shown == ["Dupo"]


def test_a_slow_answer_shows_a_notice_while_the_window_keeps_turning(
    real_db_worker, qtbot, parent, engine, monkeypatch
):
    from PySide6.QtCore import QTimer

    monkeypatch.setattr(operations, "SLOW_NOTICE_MS", 200)
    gate = threading.Event()
    done: list[object] = []
    ticks: list[int] = []
    heartbeat = QTimer(parent)
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: ticks.append(1))
    heartbeat.start()
    operations.read_op(parent, engine, lambda session: gate.wait(30) and "ok", done.append)

    def notice_shown() -> bool:
        notice = parent.findChild(QLabel, "waitingForDatabase")
        return notice is not None and notice.isVisible()

    qtbot.waitUntil(notice_shown, timeout=10_000)
    qtbot.waitUntil(lambda: len(ticks) >= 20, timeout=10_000)
    assert done == [] and operations.pending() == 1  # the window turned while it waited
    notice = parent.findChild(QLabel, "waitingForDatabase")
    assert "ne répond pas" in notice.text() and "enregistré" not in notice.text()  # a read
    gate.set()
    qtbot.waitUntil(lambda: done == ["ok"])
    assert not notice.isVisible()


def test_reception_searches_and_logs_a_visit_through_the_worker(
    real_db_worker, qtbot, ctx, engine, agent, shown_messages
):
    from PySide6.QtCore import Qt

    from tests.reception_helpers import make_person
    from ui.pages.accueil import AccueilPage

    make_person(engine, agent, "Hélène", "Le Gall")
    make_person(engine, agent, "Paul", "Roux")
    page = AccueilPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.counter.text() == "Aujourd'hui à l'accueil : aucune visite")
    qtbot.keyClicks(page.search, "roux")
    qtbot.waitUntil(lambda: page.results.count() == 2)  # Paul, and « create a file »
    assert page.results.item(0).text().startswith("Paul ROUX")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.visit_dialog is not None and page.visit_dialog.isVisible())
    dialog = page.visit_dialog
    dialog.themes.list.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.counter.text() == "Aujourd'hui à l'accueil : 1 visite")
    assert len(stored_kinds(engine)) == 1
    assert shown_messages == []
