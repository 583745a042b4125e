"""Reading one setting straight from the file at start-up, before the database layer is loaded,
so that the window can paint in the right language at once."""

import json
import sqlite3
from pathlib import Path

from app.db.target import DatabaseTarget, as_target
from app.i18n import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES


def peek_setting(db_path: Path | None, key: str) -> object | None:
    """The stored value of a setting, or None (no file, no table, unreadable: never an error).

    A database on a server is not peeked at: the window paints in the default language and
    takes the stored one once connected."""
    if db_path is None or not db_path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1)
        try:
            row = connection.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        finally:
            connection.close()
        return json.loads(row[0]) if row and row[0] is not None else None
    except (sqlite3.Error, ValueError, TypeError):
        return None


def stored_language(target: DatabaseTarget | Path) -> str:
    language = peek_setting(as_target(target).path, "language")
    return language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE
