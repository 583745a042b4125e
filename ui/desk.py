"""Running the desk: open the database, first-run set-up if needed, then the main window."""

import sqlite3
import sys
from pathlib import Path

from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError

from app.cli import database_failure_message
from app.errors import UserError
from app.i18n import DEFAULT_LANGUAGE
from ui import messages
from ui.application import get_application
from ui.i18n import install_translators, stored_language
from ui.main_window import MainWindow
from ui.startup import open_desk, sign_in_first_coordinator


def run_desk(db_path: Path, language: str | None = None) -> int:
    """Open the window; `language` from --lang, else the database's `language` setting."""
    app = get_application(language or DEFAULT_LANGUAGE)
    try:
        ctx = open_desk(db_path, language or DEFAULT_LANGUAGE)
    except UserError as error:
        return _cannot_open(app.translate("Desk", "Aiguillage"), error.message)
    except (sqlite3.DatabaseError, SQLAlchemyDatabaseError) as error:
        return _cannot_open(
            app.translate("Desk", "Aiguillage"), database_failure_message(db_path, error)
        )
    if language is None:
        ctx.language = stored_language(ctx.engine)
        if ctx.language != DEFAULT_LANGUAGE:
            install_translators(app, ctx.language)
    if ctx.site_id is None:
        from ui.dialogs.first_run import run_first_run

        if not run_first_run(ctx):
            return 0
    sign_in_first_coordinator(ctx)
    window = MainWindow(ctx)
    window.show()
    return app.exec()


def _cannot_open(title: str, text: str) -> int:
    print(text, file=sys.stderr)
    messages.error(None, title, text)
    return 2
