"""Pictures of a desk whose main PC is out of reach: the till counting on (its counts read
online plus what waits, said as waiting, also once restarted), the status bar with
visits, weighings and referrals waiting, the directory read from the desk's copy (its edit
buttons greyed), the reception with only « Anonymous visit », a page that needs the server
greyed with its sentence, the sign-in of a desk started with the main PC off (only the agents
kept on the desk), and the sending once the server is back.

    python -m ui.screenshot_offline docs/screenshots

Drawn on the small demo database; the desk is told the server is away (no server is stopped).
"""

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.db import as_target
from ui.application import get_application
from ui.main_window import MainWindow
from ui.screenshot_setup import LANGUAGE, SIZE, write_small_database
from ui.startup import open_desk, sign_in_first_coordinator

SHOWN_SERVER = "postgresql://accueil@192.168.1.10:5433/lieu"


def render_offline(db_path: Path, out_dir: Path) -> list[Path]:
    from ui.connection import attach

    app = get_application(LANGUAGE)
    ctx = open_desk(as_target(db_path), LANGUAGE)
    sign_in_first_coordinator(ctx)
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    # a desk of a place whose database is on its main PC (the pictures' demo is a file)
    window.db_label.setText(
        QCoreApplication.translate("MainWindow", "Database: %1").replace(
            "%1", as_target(SHOWN_SERVER).describe()
        )
    )
    connection = attach(window, db_path.parent, server_only=False)
    assert connection is not None
    window.show_page("caisse")
    page = window.page("caisse")
    from ui import operations

    while not page.button_widgets() or operations.pending() or not connection.copy.exists():
        app.processEvents()
    for button in page.button_widgets()[:4] * 5:
        page.record_click(button.button_id)  # 20 clicks on the main PC this morning
    while operations.pending():
        app.processEvents()
    connection.lost()
    # the demo database is a file that always answers: the desk must not find it again
    # (and send what it keeps) while the pictures are taken
    connection.state.try_back = lambda: False
    for button in page.button_widgets()[:3] * 4:
        page.record_click(button.button_id)  # 12 clicks kept on this desk
    written = []

    def shoot(name: str) -> None:
        for _ in range(5):
            app.processEvents()
        out = out_dir / f"{name}.png"
        window.grab().save(str(out), "PNG")
        written.append(out)

    shoot("hors_ligne_caisse")
    _keep_other_kinds(connection, ctx)
    shoot("hors_ligne_attente")
    window.reset_pages()  # the till as restarted with the main PC still off
    window.show_page("caisse")
    shoot("hors_ligne_caisse_redemarree")
    window.show_page("annuaire")
    directory = window.page("annuaire")
    while operations.pending():
        app.processEvents()
    directory.table.selectRow(0)
    while operations.pending():
        app.processEvents()
    shoot("hors_ligne_annuaire")
    window.show_page("accueil")
    while operations.pending():
        app.processEvents()
    shoot("hors_ligne_accueil")
    window.show_page("personnes")
    shoot("hors_ligne_personnes")
    window.show_page("caisse")
    connection.state.online, connection.state.sending = True, True
    connection.changed.emit()
    shoot("hors_ligne_retour")
    connection.state.online, connection.state.sending = False, False
    _started_away(window, connection)
    shoot("hors_ligne_demarrage")
    connection.close()
    window.close()
    ctx.engine.dispose()
    return written


def _keep_other_kinds(connection, ctx) -> None:  # type: ignore[no-untyped-def]
    """A weighing, a quick referral and an anonymous visit of the reception wait too."""
    from app.db import read_session
    from app.services.directory_search import search_services

    actor = ctx.actor
    visit = connection.outbox.keep_visit(actor.site_id, actor.agent_id, "depot")
    connection.outbox.keep_donation(actor.site_id, actor.agent_id, "Textile", 3.5, visit.id)
    with read_session(ctx.engine) as session:
        service = search_services(session, actor, "")[0]
    connection.outbox.keep_referrals(
        actor.site_id, actor.agent_id, actor.role, [service.id], [], "fr"
    )
    connection.outbox.keep_anonymous_visit(actor.site_id, actor.agent_id, {})
    connection.kept()


def _started_away(window: MainWindow, connection) -> None:  # type: ignore[no-untyped-def]
    """The desk as switched on with the main PC off: nobody signed in yet, and the sign-in
    lists the agents who once signed in on this desk."""
    from app.db import read_session
    from app.services.agents import active_agents

    ctx = window.ctx  # type: ignore[attr-defined]
    with read_session(ctx.engine) as session:
        for agent in active_agents(session)[:3]:
            connection.sign_ins.remember(agent)
    ctx.actor, ctx.agent_name = None, ""
    window.reset_pages()
    window.rebuild_navigation()
    window.lock_now()


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    out_dir = Path(args[0]) if args else Path("docs/screenshots")
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "demo.sqlite"
        write_small_database(db_path)
        for path in render_offline(db_path, out_dir):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
