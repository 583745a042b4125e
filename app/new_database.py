"""A database file made for a first run that was then cancelled is taken away again.

Opening a desk on a new path creates and migrates the file before the first-run wizard asks
for the place. If the person cancels, the empty file must not stay behind (the next start would
look like a set-up desk with nothing in it). Only a file this start created, and that holds no
data, is ever removed.
"""

from pathlib import Path

# SQLite's companion files of a database, removed with it
COMPANIONS = ("-wal", "-shm", "-journal")


def is_new(db_path: Path) -> bool:
    """True if there is no database yet at this path (nothing, or an empty file)."""
    try:
        return not db_path.exists() or db_path.stat().st_size == 0
    except OSError:
        return False


def remove_unused(db_path: Path) -> bool:
    """Remove the database and its companion files if it holds no data; True if removed.

    Call it only for a file `is_new` said did not exist before, once its engine is disposed.
    """
    from app.db import holds_data, make_engine

    try:
        if not db_path.exists():
            return False
        engine = make_engine(db_path)
        try:
            if holds_data(engine):
                return False
        finally:
            engine.dispose()
    except Exception:  # noqa: BLE001 - a file that cannot be read is never removed
        return False
    for path in (db_path, *(Path(str(db_path) + suffix) for suffix in COMPANIONS)):
        try:
            path.unlink(missing_ok=True)
        except OSError:
            return False
    return True
