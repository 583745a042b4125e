"""Why the database refused one kept entry, and whether that refusal is for good.

The outbox (app.outbox) sends a desk's kept entries one by one inside a batch; an entry the
server refuses for a reason of its own (a right taken away, a rule of the services, a broken
key) is set aside with that reason, while a server that went away, is busy or asks for the
transaction to run again (serialization failure, deadlock) stops the sending: everything is
tried again later.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import exc as sa_exc

from app.db import postgres
from app.db import sqlite as sqlite_engine
from app.errors import DatabaseError, UserError
from app.i18n import translate


def refusal_for_good(error: BaseException, dialect: str) -> str | None:
    """The French reason when `error` refuses this entry whatever the moment (set it aside),
    or None when the sending must stop and try again later."""
    if isinstance(error, DatabaseError):
        if getattr(error, "unreachable", False) or getattr(error, "retryable", False):
            return None
        return error.message
    if isinstance(error, UserError):
        return error.message
    if isinstance(error, KeyError | ValueError | TypeError):
        return translate("Outbox", "The main PC could not read this record.")  # a damaged entry
    if isinstance(error, sqlite3.OperationalError):
        return None  # a busy or unreadable file: not the entry's doing
    if not isinstance(error, sa_exc.DBAPIError):
        return None
    if postgres.is_retryable(error) or postgres.is_disconnect(error):
        return None
    if isinstance(error, sa_exc.IntegrityError | sa_exc.DataError):
        return translate(
            "Outbox", "The main PC's database does not accept this record as it is."
        )
    module = sqlite_engine if dialect == "sqlite" else postgres
    translated = module.translate_error(error)
    if translated is None:
        return translate(
            "Outbox", "The main PC's database does not accept this record as it is."
        )
    if getattr(translated, "unreachable", False) or _busy(error):
        return None
    return translated.message


_BUSY = frozenset({"55P03", "57014", "53300", "53100"})  # lock wait, cancelled, full, disk


def _busy(error: BaseException) -> bool:
    """The server could not do it just now (a lock, too many desks, a full disk)."""
    return postgres.sqlstate(error) in _BUSY or isinstance(error, sa_exc.OperationalError) and (
        postgres.sqlstate(error) is None
    )
