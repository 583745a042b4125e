"""The directory and referral dialogs open while the database server stops answering.

A real PostgreSQL server of the test's own holds the place. It is frozen (SIGSTOP of its
postmaster and children, as a main PC that hangs on the network), then the service form, the
organisation form, the sheet preview or the referral dialog is opened: it shows its loading
state at once and a heartbeat timer on the UI thread keeps ticking while the read waits. The
server answers again (SIGCONT) and the dialog fills. Stopped outright, the server's refusal is
said in French in the dialog, with no traceback.
"""

import threading
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel
from sqlmodel import select

from app.db import write_session
from app.services.referrals import create_referrals
from models import Service
from tests import offline_helpers
from tests.offline_helpers import freeze, resume
from tests.referrals_helpers import EMPLOYMENT_THEME, add_service
from ui.dialogs.organization_form import OrganizationFormDialog
from ui.dialogs.refer import ReferDialog
from ui.dialogs.service_form import ServiceFormDialog
from ui.dialogs.sheet_preview import SheetPreviewDialog

pytestmark = [pytest.mark.server, pytest.mark.usefixtures("french_ui")]
own_server, place = offline_helpers.own_server, offline_helpers.place

SERVICE = "Atelier CV et candidatures"
ORGANISATION = "Mission Locale du Pays de Redon"


@pytest.fixture
def server(own_server):
    yield own_server
    resume(own_server)  # before the server is thrown away, whatever the test did


class Heartbeat:
    """A timer on the UI thread: each beat proves the event loop turned."""

    def __init__(self) -> None:
        self.beats = 0
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._beat)
        self.timer.start()

    def _beat(self) -> None:
        self.beats += 1


@dataclass
class Opened:
    """One kind of dialog: how to open it, and what it shows while loading and once filled."""

    open: Any  # (ctx, ids) -> dialog
    loading: Any  # dialog -> bool
    filled: Any  # dialog -> bool
    said: Any  # (dialog, shown_messages) -> the French refusal shown, or ""


DIALOGS = {
    "service": Opened(
        lambda ctx, ids: ServiceFormDialog(ctx, ids["service"]),
        lambda d: not d.tabs.isEnabled() and d.loading_label.isVisible(),
        lambda d: d.tabs.isEnabled() and d.name_edit.text() == SERVICE,
        lambda d, _shown: d.error_label.text(),
    ),
    "organisation": Opened(
        lambda ctx, ids: OrganizationFormDialog(ctx, ids["organisation"]),
        lambda d: not d.save_button.isEnabled() and d.loading_label.isVisible(),
        lambda d: d.save_button.isEnabled() and d.edits["name"].text() == ORGANISATION,
        lambda d, _shown: d.error_label.text(),
    ),
    "sheet": Opened(
        lambda ctx, ids: SheetPreviewDialog(ctx, None, referral_ids=[ids["referral"]]),
        lambda d: not d.print_button.isEnabled() and d.pdf == b"",
        lambda d: d.print_button.isEnabled() and d.pdf.startswith(b"%PDF"),
        lambda _d, shown: " ".join(shown.of("error")),
    ),
    "referral": Opened(
        lambda ctx, ids: ReferDialog(ctx, None, themes=[EMPLOYMENT_THEME]),
        lambda d: not d.refer_button.isEnabled() and d.suggestion_list.count() == 0,
        lambda d: d.refer_button.isEnabled() and d.suggestion_list.count() == 1,
        lambda d, _shown: d.who_label.text().replace("Chargement…", ""),
    ),
}


def _place_with_a_referral(engine, ctx) -> dict:  # type: ignore[no-untyped-def]
    service_id = add_service(engine, name=SERVICE, organization=ORGANISATION)
    with write_session(engine) as session:
        organization_id = session.get(Service, service_id).organization_id
        (referral,) = create_referrals(
            session, ctx.actor, service_ids=[service_id], themes=[EMPLOYMENT_THEME]
        )
        referral_id = referral.id
    return {"service": service_id, "organisation": organization_id, "referral": referral_id}


def _warm_up(qtbot, worker, engine) -> None:  # type: ignore[no-untyped-def]
    """One read through the database worker: its connection is open before the freeze (a new
    connection to a frozen server would give up after its connect timeout instead of waiting)."""
    answered = []
    worker.read_op(
        None, engine, lambda session: session.exec(select(Service.id)).first(), answered.append
    )
    qtbot.waitUntil(lambda: len(answered) == 1, timeout=30_000)


@pytest.mark.parametrize("kind", list(DIALOGS))
def test_a_dialog_opens_while_the_server_is_frozen_and_fills_when_it_answers(
    kind, qtbot, server, place, real_db_worker, no_warnings
):
    engine, ctx = place
    ids = _place_with_a_referral(engine, ctx)
    _warm_up(qtbot, real_db_worker, engine)
    dialog_kind = DIALOGS[kind]
    heartbeat = Heartbeat()
    events: list[str] = []

    freeze(server)
    watchdog = threading.Timer(60, resume, [server])  # a test that blocks fails, not hangs
    watchdog.start()
    try:
        dialog = dialog_kind.open(ctx, ids)
        qtbot.addWidget(dialog)
        dialog.show()
        events.append("opened")
        assert dialog_kind.loading(dialog) and real_db_worker.pending() >= 1
        frozen_from = heartbeat.beats

        def notice_shown() -> bool:
            notice = dialog.findChild(QLabel, "waitingForDatabase")
            return notice is not None and notice.isVisible()

        qtbot.waitUntil(notice_shown, timeout=30_000)
        notice_text = dialog.findChild(QLabel, "waitingForDatabase").text()
        assert "ne répond pas" in notice_text and "enregistré" not in notice_text  # a read
        qtbot.waitUntil(lambda: heartbeat.beats - frozen_from >= 25, timeout=30_000)
        beats_while_frozen = heartbeat.beats - frozen_from
        assert dialog_kind.loading(dialog) and not dialog_kind.filled(dialog)
        events.append("still loading while frozen")
        resume(server)
        events.append("server answers")
    finally:
        watchdog.cancel()
    qtbot.waitUntil(lambda: dialog_kind.filled(dialog), timeout=60_000)
    events.append("filled")
    assert not dialog.findChild(QLabel, "waitingForDatabase").isVisible()
    assert events == ["opened", "still loading while frozen", "server answers", "filled"]
    assert beats_while_frozen > 0
    print(f"\n{kind}: {beats_while_frozen} heartbeats while the server was frozen")


@pytest.mark.parametrize("kind", list(DIALOGS))
def test_a_dialog_opened_with_the_server_stopped_says_so_in_french(
    kind, qtbot, server, place, real_db_worker, shown_messages
):
    engine, ctx = place
    ids = _place_with_a_referral(engine, ctx)
    dialog_kind = DIALOGS[kind]
    server.stop("immediate")
    dialog = dialog_kind.open(ctx, ids)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog_kind.loading(dialog)
    qtbot.waitUntil(lambda: bool(dialog_kind.said(dialog, shown_messages)), timeout=60_000)
    said = dialog_kind.said(dialog, shown_messages)
    assert "poste principal" in said and "modification" not in said  # nothing was being changed
    assert not dialog_kind.filled(dialog) and dialog.isVisible()
    assert shown_messages.of("crash") == [] and shown_messages.reports == []


def test_the_referral_dialog_reads_again_once_the_server_is_back(
    qtbot, server, place, real_db_worker, shown_messages
):
    """A first read refused leaves « Orienter » waiting; « Réessayer » reads again."""
    from PySide6.QtCore import Qt

    engine, ctx = place
    _place_with_a_referral(engine, ctx)
    server.stop("immediate")
    dialog = DIALOGS["referral"].open(ctx, {})
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.retry_button.isVisible()
    qtbot.waitUntil(dialog.retry_button.isVisible, timeout=60_000)
    assert "poste principal" in dialog.who_label.text()
    assert dialog.retry_button.text() == "Réessayer" and not dialog.refer_button.isEnabled()

    server.start()
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    assert dialog.who_label.text() == "Chargement…" and not dialog.retry_button.isVisible()
    qtbot.waitUntil(lambda: DIALOGS["referral"].filled(dialog), timeout=60_000)
    assert dialog.who_label.text() == "Orientation anonyme : aucun nom n'est gardé."
    assert not dialog.retry_button.isVisible()
    assert shown_messages.of("crash") == [] and shown_messages.reports == []
