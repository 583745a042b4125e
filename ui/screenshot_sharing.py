"""Pictures of a place sharing its database: Réglages › Postes on the main PC (desks of each
kind, one connected, one removed, a join code just given), that code close up, and « Rejoindre un
lieu » on a new PC that has found the main PC on the network.

    python -m ui.screenshot_sharing docs/screenshots     (`make screenshots` runs it too)

The small demo database is shared as the app does it, to a real server set up in a temporary
folder (on the loopback only, stopped and deleted afterwards); the desks join with their real
codes. The pictures show the main PC at a local-network address, as a place's desks see it,
instead of the loopback's.
"""

import os
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect

from app.db import as_target
from ui.application import get_application
from ui.main_window import MainWindow
from ui.screenshot_setup import LANGUAGE, SIZE, write_small_database
from ui.startup import open_desk, sign_in_first_coordinator

SHOWN_ADDRESS = ("192.168.1.10", 5433)  # the main PC as the place's network knows it
# desks already added on the main PC: (name, kind, joined, connected now, removed)
DESKS = (
    ("Bureau de la coordination", "office", True, False, False),
    ("Accueil", "reception", True, True, False),
    ("Caisse de la boutique", "till", True, True, False),
    ("Ancienne caisse (PC remplacé)", "till", True, False, True),
)
NEW_DESK = ("Accueil du mardi", "reception")  # added on screen: its code is shown


@contextmanager
def scratch_data_folder(folder: Path):
    """This run's desk files (desk.json, pinned certificates) in `folder`, not the user's."""
    saved = os.environ.get("XDG_DATA_HOME")
    os.environ["XDG_DATA_HOME"] = str(folder)
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("XDG_DATA_HOME", None)
        else:
            os.environ["XDG_DATA_HOME"] = saved


def _settle(condition=None) -> None:  # type: ignore[no-untyped-def]
    """Let Qt paint, and wait until the database work in flight is done."""
    from ui import operations

    app = get_application(LANGUAGE)
    while operations.pending() or (condition is not None and not condition()):
        app.processEvents()
    for _ in range(5):
        app.processEvents()


def add_desks(server):  # type: ignore[no-untyped-def]
    """DESKS added on the main PC and joined with their codes; returns the engines of the desks
    that are connected now (to be disposed of)."""
    from app.db import open_database
    from app.sharing import desks
    from app.sharing.sharing import owner_engine

    owner = owner_engine(server)
    connected = []
    try:
        for name, kind, joined, online, removed in DESKS:
            login, code = desks.add_desk(owner, kind, name, server.fingerprint)
            if joined:
                desk = desks.join("127.0.0.1", server.port, server.fingerprint, code,
                                  server.database)
                if online:
                    engine = open_database(desk.url, migrate=False)
                    with engine.connect():
                        pass  # one connection stays in the pool: « connecté en ce moment »
                    connected.append(engine)
            if removed:
                desks.revoke_desk(owner, login)
    finally:
        owner.dispose()
    return connected


def render_main_pc(out_dir: Path, shown: list[str]) -> tuple[list[Path], str]:
    """Réglages › Postes on the main PC, and the « add a desk » box with its code close up.
    Returns the pictures and the code given; the texts they show are added to `shown`."""
    from app.sharing.desk_config import saved_url
    from ui.hosting import HOSTS_KEY, count_desks
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
    _settle()
    address = "{}:{}".format(*SHOWN_ADDRESS)
    panel.address = address
    name, kind = NEW_DESK
    panel.name_edit.setText(name)
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData(kind))
    panel.add_button.click()
    _settle(lambda: bool(panel.code_label.text()))
    code = panel.code_label.text()
    # where the desks reach this PC
    panel.address_label.setText(
        QCoreApplication.translate(
            "DesksPanel",
            "This PC is the main PC. Its address on the place's network: %1. Leave it on "
            "whenever the place is open.",
        ).replace("%1", address)
    )
    ctx.extras[HOSTS_KEY] = True  # the status bar counts the desks connected, as on a main PC
    count_desks(window)
    _settle()
    panel.name_edit.setFocus()  # ready for the next desk, as after a click on « Ajouter »
    _settle()
    written = [out_dir / "reglages_postes_principal.png", out_dir / "partage_code.png"]
    window.grab().save(str(written[0]), "PNG")
    panel.code_label.parentWidget().grab().save(str(written[1]), "PNG")
    table = panel.table
    shown += [table.item(r, c).text() for r in range(table.rowCount()) for c in range(4)]
    shown += [panel.address_label.text(), panel.code_hint.text(), window.db_label.text()]
    live = getattr(window, "live", None)
    if live is not None:
        live.stop()
    window.close()
    ctx.engine.dispose()
    app.processEvents()
    return written, code


def render_join(folder: Path, out_dir: Path, code: str, shown: list[str]) -> Path:
    """The first-run wizard of a new PC on « Rejoindre un lieu », the main PC found on the
    network (looked for on the loopback), chosen, and the code typed."""
    from app.context import DeskContext
    from app.db import open_database
    from ui import screen_fit, tasks
    from ui.dialogs import join_place
    from ui.dialogs.first_run import FirstRunWizard

    app = get_application(LANGUAGE)
    path = folder / "nouveau-pc" / "aiguillage.sqlite"
    path.parent.mkdir(parents=True)
    engine = open_database(path)
    saved = (tasks.SYNCHRONOUS, screen_fit.available_geometry, join_place.BROWSE_INTERFACES)
    tasks.SYNCHRONOUS = True  # the search ends before the picture is taken
    screen_fit.available_geometry = lambda _widget=None: QRect(0, 0, *SIZE)
    join_place.BROWSE_INTERFACES = ["127.0.0.1"]
    try:
        wizard = FirstRunWizard(DeskContext(engine=engine, target=path, language=LANGUAGE))
        wizard.show()
        wizard.place_page.join_choice.click()
        wizard.next()
        page = wizard.join_page
        if not page.found:
            raise SystemExit("the main PC was not found on the loopback: no join picture")
        host, port = SHOWN_ADDRESS
        page._show_found([replace(main, host=host, port=port) for main in page.found.values()])
        page.places.setCurrentRow(0)
        page.code_edit.setText(code)
        _settle()
        out = out_dir / "rejoindre_lieu.png"
        wizard.grab().save(str(out), "PNG")
        shown += [page.places.item(0).text(), page.address_edit.text(), page.status.text()]
        wizard.close()
    finally:
        tasks.SYNCHRONOUS, screen_fit.available_geometry, join_place.BROWSE_INTERFACES = saved
        engine.dispose()
    app.processEvents()
    return out


def render_sharing(out_dir: Path, shown: list[str] | None = None) -> list[Path]:
    """The three pictures; `shown`, when given, receives the texts they show."""
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
            connected = []
            try:
                connected = add_desks(server)
                shown = [] if shown is None else shown
                written, code = render_main_pc(out_dir, shown)
                written.append(render_join(folder, out_dir, code, shown))
            finally:
                for engine in connected:
                    engine.dispose()
                server.stop()
    return written


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    out_dir = Path(args[0]) if args else Path("docs/screenshots")
    for path in render_sharing(out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
