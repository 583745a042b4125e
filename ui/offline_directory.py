"""The directory of a desk on a server when the main PC is out of reach: the Annuaire page and
the till's quick referral read the desk's directory copy (app.directory_copy) with the very
same code, and what would change the directory is greyed with the one sentence.

A single SQLite desk never comes here (it has no connection object): it reads its database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.connection_state import server_needed_sentence
from app.errors import UserError
from ui.connection import connection_of


def is_offline(ctx: Any) -> bool:
    """The desk is on a server that cannot be reached right now."""
    return ctx is not None and ctx.offline


def copy_of(ctx: Any) -> Any:
    """The directory copy to read while offline, or None (online, or no copy yet)."""
    connection = connection_of(ctx)
    if connection is None or connection.online:
        return None
    copy = connection.copy
    return copy if copy is not None and copy.exists() else None


def engine_for(ctx: Any) -> Any:
    """Where the directory is read: the server, or the copy while the server is away (an
    engine on `copie-annuaire.sqlite` opened read-only)."""
    copy = copy_of(ctx)
    return copy.engine() if copy is not None else ctx.engine


def on_error(
    ctx: Any, again: Callable[[], None], otherwise: Callable[[UserError], None]
) -> Callable[[UserError], None]:
    """A directory read failed: if the server went out of reach and a copy is there, read it
    again from the copy; anything else goes to `otherwise`."""

    def failed(error: UserError) -> None:
        connection = connection_of(ctx)
        if connection is not None and connection.noticed(error) and copy_of(ctx) is not None:
            again()
        else:
            otherwise(error)

    return failed


def grey_edits(ctx: Any, buttons: Any) -> bool:
    """Grey the buttons that change the directory while offline, with the one sentence; True
    when they were greyed."""
    offline = is_offline(ctx)
    for button in buttons:
        if offline:
            button.setEnabled(False)
            button.setToolTip(server_needed_sentence())
        elif button.toolTip() == server_needed_sentence():
            button.setToolTip("")
    return offline
