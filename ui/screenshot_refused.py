"""Pictures of a kept record the main PC refused: on the till desk, the status bar's sentence
(« 1 enregistrement refusé : … »); on the main PC, Réglages › Postes
with that desk « rattaché — 1 enregistrement refusé », the record, its reason, « Renvoyer » and
« Exporter… ».

    python -m ui.screenshot_refused docs/screenshots

The small demo database is shared to a real server in a temporary folder (loopback only,
stopped and deleted afterwards); a till desk joins with its code and sends its outbox with its
own login: a quick referral kept while the main PC was away, to a service taken out of the
directory meanwhile, is refused, and the others land.
"""

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlmodel import select

from app.db import as_target
from ui.application import get_application
from ui.main_window import MainWindow
from ui.screenshot_setup import LANGUAGE, SIZE, write_small_database
from ui.screenshot_sharing import SHOWN_ADDRESS, scratch_data_folder
from ui.startup import open_desk, sign_in_first_coordinator

TILL_NAME = "Caisse de la boutique"
SHOWN_SERVER = "postgresql://caisse@192.168.1.10:5433/lieu"


def settle(condition=None) -> None:  # type: ignore[no-untyped-def]
    """Let Qt paint, and wait until the database work in flight is done."""
    from ui import operations

    app = get_application(LANGUAGE)
    while operations.pending() or (condition is not None and not condition()):
        app.processEvents()
    for _ in range(5):
        app.processEvents()


def _till_sends_its_outbox(server, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """A till joins, keeps clicks and a quick referral, the service leaves the directory, the
    till sends: the referral is set aside in the till's outbox (in `folder`) and reported."""
    from app.clock import utcnow
    from app.connection_state import ConnectionState
    from app.db import open_database, read_session, write_session
    from app.outbox import Outbox, outbox_path
    from app.permissions import Actor
    from app.services import till_setup
    from app.sharing import desks
    from app.sharing.sharing import owner_engine
    from models import Agent, Service, Site
    from models.enums import Role

    owner = owner_engine(server)
    _login, code = desks.add_desk(owner, "till", TILL_NAME, server.fingerprint)
    joined = desks.join("127.0.0.1", server.port, server.fingerprint, code, server.database)
    till = open_database(joined.url, migrate=False)
    outbox = Outbox(outbox_path(folder))
    try:
        with read_session(till) as session:
            site_id = session.exec(select(Site.id)).first()
            agent_id = session.exec(
                select(Agent.id).where(Agent.role == Role.VOLUNTEER.value, Agent.active)
            ).first()
            service_id = session.exec(select(Service.id).where(Service.active)).first()
            actor = Actor(agent_id=agent_id, role=Role.VOLUNTEER.value, site_id=site_id)
            buttons = [(b.id, b.kind_code) for b in till_setup.till_buttons(session, actor)]
        moment = utcnow()
        for button_id, kind in buttons[:2]:
            outbox.keep_visit(site_id, agent_id, kind, moment, button_id=button_id)
        outbox.keep_referrals(site_id, agent_id, actor.role, [service_id],
                              ["equipement-et-alimentation"], "fr", moment)  # fmt: skip
        with write_session(owner) as session:
            session.get(Service, service_id).active = False
        ConnectionState(till, outbox).try_back()
    finally:
        outbox.close()
        till.dispose()
        owner.dispose()


def render_main_pc(out_dir: Path) -> Path:
    """Réglages › Postes on the main PC, the refused record listed."""
    from app.sharing.desk_config import saved_url
    from ui.widgets.desks_panel import DesksPanel

    app = get_application(LANGUAGE)
    ctx = open_desk(as_target(saved_url()), LANGUAGE)
    sign_in_first_coordinator(ctx)
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    window.show_page("reglages")
    settings = window.page("reglages")
    panel = settings.findChild(DesksPanel)
    settings.tabs.setCurrentWidget(panel)
    settle(lambda: panel.refused_table.rowCount() > 0)
    panel.address_label.setText(panel.address_label.text().replace(
        panel.address, "{}:{}".format(*SHOWN_ADDRESS)))  # fmt: skip
    window.db_label.setText(
        QCoreApplication.translate("MainWindow", "Database: %1").replace(
            "%1", as_target(ctx.target.url.set(port=SHOWN_ADDRESS[1])).describe()
        )
    )  # the main PC on its usual port
    panel.refused_table.selectRow(0)
    settle()
    out = out_dir / "reglages_postes_refus.png"
    window.grab().save(str(out), "PNG")
    live = getattr(window, "live", None)
    if live is not None:
        live.stop()
    window.close()
    ctx.engine.dispose()
    app.processEvents()
    return out


def render_desk(folder: Path, out_dir: Path) -> Path:
    """The till desk's window, its status bar saying what the main PC refused (the desk is
    drawn on the demo file, its outbox file the one the till sent)."""
    from ui.connection import attach

    app = get_application(LANGUAGE)
    db_path = folder / "poste-caisse" / "aiguillage.sqlite"
    db_path.parent.mkdir(parents=True)
    write_small_database(db_path)
    ctx = open_desk(as_target(db_path), LANGUAGE)
    sign_in_first_coordinator(ctx)
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    (folder / "caisse" / "boite-d-envoi.sqlite").replace(db_path.parent / "boite-d-envoi.sqlite")
    connection = attach(window, db_path.parent, server_only=False)
    assert connection is not None
    window.db_label.setText(
        QCoreApplication.translate("MainWindow", "Database: %1").replace(
            "%1", as_target(SHOWN_SERVER).describe()
        )
    )  # a till desk of the place (the picture's demo is a file)
    window.show_page("caisse")
    settle()
    out = out_dir / "poste_enregistrement_refuse.png"
    window.grab().save(str(out), "PNG")
    connection.close()
    window.close()
    ctx.engine.dispose()
    app.processEvents()
    return out


def render_refused(out_dir: Path) -> list[Path]:
    from app.db.pg_server import free_port
    from app.sharing.sharing import share_this_database

    out_dir.mkdir(parents=True, exist_ok=True)
    get_application(LANGUAGE)
    with tempfile.TemporaryDirectory(prefix="aiguillage-images-") as name:
        folder = Path(name)
        db_path = folder / "poste-principal" / "aiguillage.sqlite"
        db_path.parent.mkdir()
        write_small_database(db_path)
        with scratch_data_folder(folder / "donnees"):
            server, _checks = share_this_database(
                db_path, folder / "serveur", free_port(), ["127.0.0.1"], durable=False
            )
            try:
                _till_sends_its_outbox(server, folder / "caisse")
                written = [render_main_pc(out_dir)]
            finally:
                server.stop()
            written.append(render_desk(folder, out_dir))
    return written


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    out_dir = Path(args[0]) if args else Path("docs/screenshots")
    for path in render_refused(out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
