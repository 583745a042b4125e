"""The reception of a desk on a server when the main PC is out of reach: « Anonymous visit »
keeps working (the visit waits in the desk's outbox, sent once when the server answers again,
with its id, time and desk) and is counted in the day's log as waiting, while finding a person
needs the main PC (the page greys it with the one sentence). A single SQLite desk never comes
here (it has no connection object).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from dataclasses import fields as fields_of
from typing import Any

from app.errors import UserError
from app.last_counts import waiting_today
from app.outbox import RECEPTION
from app.permissions import Permission, require
from app.services.visits import LogRow, VisitFields, clean_visit_fields
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


def waiting_number(ctx: Any) -> int:
    """How many anonymous visits wait on this desk (any day): cheap, to notice a change."""
    connection = connection_of(ctx)
    return connection.outbox.count(RECEPTION) if connection is not None else 0


def kept_rows(ctx: Any, day: Any, name: str) -> list[LogRow]:
    """Today's anonymous visits waiting on this desk, as lines of the day's log (named
    `name`, e.g. « Anonyme, en attente »); they cannot be changed until they are sent."""
    connection = connection_of(ctx)
    if connection is None or ctx.actor is None or connection.outbox.is_empty():
        return []
    waiting = waiting_today(connection.outbox.entries(), ctx.actor.site_id, day)
    rows = []
    for entry in waiting.reception:
        known = {f.name for f in fields_of(VisitFields)}
        values = {k: v for k, v in dict(entry.body.get("fields") or {}).items() if k in known}
        fields = VisitFields(**values)
        mine = entry.agent_id == ctx.actor.agent_id
        rows.append(
            LogRow(
                id=entry.id, occurred_at=entry.occurred_at, person_id=None, person_name=name,
                themes=list(fields.themes), outcome=fields.outcome, channel=fields.channel,
                note=fields.note, agent_id=entry.agent_id,
                agent_name=ctx.agent_name if mine else "", mine=False, fields=fields,
            )  # fmt: skip
        )
    return rows


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
