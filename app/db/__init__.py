"""The database: a target (an SQLite file or a PostgreSQL server), opened, migrated, and used
through read and write sessions.

Engine specifics live in this package only, one module per engine (`sqlite`, `postgres`);
services and pages work the same on both and never ask which one they are on.

`from app.db import write_session` and the like load `app.db.access` (SQLAlchemy, the models)
on first use only, so that `app.db.target` stays cheap: the window paints before the database
layer is imported.
"""

from importlib import import_module
from typing import Any


def __getattr__(name: str) -> Any:
    access = import_module("app.db.access")
    try:
        return getattr(access, name)
    except AttributeError:
        raise AttributeError(f"module 'app.db' has no attribute {name!r}") from None
