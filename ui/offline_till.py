"""The till of a desk on a server when the main PC is out of reach: its clicks, weighings and
undos go to the desk's outbox (app.outbox) instead of the database, and the page shows them as
it shows the others. A single SQLite desk never comes here (it has no connection object).
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.errors import UserError
from app.services import till
from models.enums import VisitKind
from ui.connection import connection_of

CaissePage = Any  # ui.pages.caisse.CaissePage (which imports this module)


def keeps_locally(page: CaissePage) -> bool:
    connection = connection_of(page.ctx)
    return connection is not None and connection.keeps_locally()


def buttons_from_copy(page: CaissePage) -> bool:
    """The server is out of reach: the buttons already shown stay, or (a desk started with the
    main PC off) they are read from the desk's directory copy, with the place's categories of
    weighings. False when the server is to be asked."""
    from app.db import read_session
    from app.services import till_setup
    from ui.offline_directory import copy_of, is_offline

    if not is_offline(page.ctx):
        return False
    copy = copy_of(page.ctx)
    if page._signature is not None or copy is None:
        return True
    with read_session(copy.engine()) as session:
        buttons = till_setup.till_buttons(session, page.ctx.actor)
        categories = till_setup.donation_categories(session)
        session.expunge_all()  # read once, kept as they are
    page._show_buttons((buttons, categories))
    return True


def keep_click(page: CaissePage, button_id: uuid.UUID, visit_id: uuid.UUID | None = None) -> None:
    """The click goes to the outbox (on disk when this returns), the page counts it."""
    connection = connection_of(page.ctx)
    actor = page.ctx.actor
    widget = page._buttons.get(button_id)
    if connection is None or actor is None or widget is None:
        return
    kept = connection.outbox.keep_visit(actor.site_id, actor.agent_id, widget.kind, None, visit_id)
    connection.kept()
    page._click_recorded(button_id, kept)


def click_refused(
    page: CaissePage, button_id: uuid.UUID, visit_id: uuid.UUID, error: UserError
) -> None:
    """A click the server did not take: kept in the outbox (same id: if the server did commit
    it before the line went down, it is not counted twice) or said."""
    connection = connection_of(page.ctx)
    if connection is not None and connection.noticed(error):
        keep_click(page, button_id, visit_id)
    else:
        page._say_refused(error)


def undo_kept(page: CaissePage) -> bool:
    """Undo a waiting click; False when none of this agent's clicks wait (ask the server)."""
    connection = connection_of(page.ctx)
    actor = page.ctx.actor
    if connection is None or actor is None:
        return False
    try:
        undone = connection.outbox.undo_last_visit(actor.site_id, actor.agent_id)
    except UserError as error:
        page._say_refused(error)
        return True
    if undone is None:
        if connection.online:
            return False
        page._say_refused(
            UserError(
                QCoreApplication.translate(
                    "OfflineTill",
                    "The main PC cannot be reached: only clicks kept on this desk can be undone.",
                )
            )
        )
        return True
    connection.kept()
    if undone.kind == VisitKind.DROP_OFF.value:
        page._bump(undone.kind, -1)  # the page reads drop-offs again, not possible offline
    page._click_undone(undone)
    return True


def keep_weighing(page: CaissePage, category: str, kg_text: str) -> bool:
    """A weighing kept in the outbox while the server is away; False when online."""
    connection = connection_of(page.ctx)
    actor = page.ctx.actor
    if connection is None or actor is None or not connection.keeps_locally():
        return False
    try:
        kg = till.parse_kg(kg_text)
    except UserError as error:
        page.weighing.show_error(error.message)
        return True
    kept = connection.outbox.keep_donation(
        actor.site_id, actor.agent_id, category, kg, page.weighing.visit_id
    )
    connection.kept()
    page._weighing_saved(kept)
    return True


def weighing_refused(page: CaissePage, category: str, kg_text: str, error: UserError) -> None:
    connection = connection_of(page.ctx)
    if connection is not None and connection.noticed(error):
        keep_weighing(page, category, kg_text)
    else:
        page.weighing.show_error(error.message)


def counts_refused(page: CaissePage, error: UserError) -> None:
    """The minute's re-reading failed: offline, the counts shown stay as they are."""
    connection = connection_of(page.ctx)
    if connection is not None and connection.noticed(error):
        return
    page._say_refused(error)
