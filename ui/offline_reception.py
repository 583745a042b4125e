"""The reception of a desk on a server when the main PC is out of reach: « Anonymous visit »
keeps working (the visit waits in the desk's outbox, sent once when the server answers again,
with its id, time and desk), while finding a person needs the main PC and is greyed with the
one sentence. A single SQLite desk never comes here (it has no connection object).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from app.connection_state import server_needed_sentence
from app.errors import UserError
from app.permissions import Permission, require
from app.services.visits import VisitFields, clean_visit_fields
from ui import offline_directory
from ui.connection import connection_of


def usual_channel(ctx: Any) -> str:
    """The site's usual channel for the visit form, read from the directory copy (the most
    used reasons need the main PC: the picker then shows them all)."""
    from app.db import read_session
    from app.services.visits import default_channel
    from models.enums import Channel

    copy = offline_directory.copy_of(ctx)
    if copy is None:
        return Channel.WALK_IN.value
    with read_session(copy.engine()) as session:
        return default_channel(session, ctx.actor)


def keeps_locally(ctx: Any) -> bool:
    connection = connection_of(ctx)
    return connection is not None and connection.keeps_locally()


def keep_visit(ctx: Any, fields: VisitFields, visit_id: Any = None) -> Any:
    """The anonymous visit goes to the outbox (on disk when this returns); its id. A form the
    server would refuse is refused here too, with the same words."""
    connection, actor = connection_of(ctx), ctx.actor
    require(actor, Permission.LOG_ANONYMOUS_VISIT)
    cleaned = clean_visit_fields(fields, anonymous=True)
    kept = connection.outbox.keep_anonymous_visit(  # type: ignore[union-attr]
        actor.site_id, actor.agent_id, asdict(cleaned), None, visit_id
    )
    connection.kept()  # type: ignore[union-attr]
    return kept.id


def save_refused(
    ctx: Any,
    fields: VisitFields,
    saved: Callable[[Any], None],
    refused: Callable[[UserError], None],
) -> Callable[[UserError], None]:
    """The save of an anonymous visit failed: the main PC out of reach, it is kept on the
    desk; anything else is said as always."""

    def failed(error: UserError) -> None:
        connection = connection_of(ctx)
        if connection is not None and connection.noticed(error):
            try:
                saved(keep_visit(ctx, fields))
            except UserError as again:
                refused(again)
        else:
            refused(error)

    return failed


def grey_search(page: Any) -> None:
    """Finding a person needs the main PC: greyed with the one sentence while it is away."""
    offline = offline_directory.is_offline(page.ctx)
    for widget in (page.search, page.new_person_button):
        widget.setEnabled(not offline)
        widget.setToolTip(server_needed_sentence() if offline else "")
    usual = page.search.property("usualPlaceholder")
    if usual is None:
        usual = page.search.placeholderText()
        page.search.setProperty("usualPlaceholder", usual)
    page.search.setPlaceholderText(server_needed_sentence() if offline else usual)
    if offline:
        page.results.hide()


def read_refused(
    ctx: Any, otherwise: Callable[[UserError], None], then: Callable[[], None] | None = None
) -> Callable[[UserError], None]:
    """A read of the reception failed: the main PC out of reach, the page says it in its
    greying (and `then()`, e.g. the anonymous visit opens all the same); anything else as
    always."""

    def failed(error: UserError) -> None:
        connection = connection_of(ctx)
        if connection is None or not connection.noticed(error):
            otherwise(error)
        elif then is not None:
            then()

    return failed
