"""Pictures of a desk whose main PC is out of reach: the till counting on, the directory read
from the desk's copy (its edit buttons greyed), the reception with only « Anonymous visit », a
page that needs the server greyed with its sentence, and the sending once the server is back.

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
    connection.lost()
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
    connection.close()
    window.close()
    ctx.engine.dispose()
    return written


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
