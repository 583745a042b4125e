"""Running the desk: open the database, first-run set-up if needed, then the main window."""

from pathlib import Path

from app.errors import UserError
from ui import messages
from ui.application import get_application
from ui.main_window import MainWindow
from ui.startup import open_desk, sign_in_first_coordinator


def run_desk(db_path: Path, language: str = "fr") -> int:
    app = get_application(language)
    try:
        ctx = open_desk(db_path, language)
    except UserError as error:
        messages.error(None, app.translate("Desk", "Aiguillage"), error.message)
        return 2
    if ctx.site_id is None:
        from ui.dialogs.first_run import run_first_run

        if not run_first_run(ctx):
            return 0
    sign_in_first_coordinator(ctx)
    window = MainWindow(ctx)
    window.show()
    return app.exec()
