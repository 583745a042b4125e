"""From a database (file or server) to a ready desk context; the first run asks what is missing."""

from pathlib import Path

from app.context import DeskContext
from app.db import DatabaseTarget, as_target, open_database, read_session
from app.services.sites import current_site, first_coordinator


def open_desk(target: DatabaseTarget, language: str = "fr") -> DeskContext:
    """Open (and migrate) the database; the context has no agent yet if there is no site."""
    target = as_target(target)
    engine = open_database(target)
    ctx = DeskContext(engine=engine, target=target, language=language)
    load_site(ctx)
    return ctx


def open_desk_away(
    target: DatabaseTarget, language: str = "fr", data_folder: Path | None = None
) -> DeskContext | None:
    """A desk on a server that does not answer at start: its place is read from the desk's
    directory copy, and its engine opens nothing yet (app.connection_state asks the server
    again). None when the desk has no copy (it never reached its server)."""
    from app.config import data_dir
    from app.db import make_engine
    from app.directory_copy import DirectoryCopy

    target = as_target(target)
    copy = DirectoryCopy(data_folder or data_dir())
    if not target.is_server or not copy.exists():
        return None
    try:
        with read_session(copy.engine()) as session:
            site = current_site(session)
            if site is None:
                return None
            site_id, site_name = site.id, site.name
    finally:
        copy.close()
    ctx = DeskContext(engine=make_engine(target), target=target, language=language)
    ctx.site_id, ctx.site_name = site_id, site_name
    ctx.extras["started_away"] = True
    return ctx


def load_site(ctx: DeskContext) -> None:
    with read_session(ctx.engine) as session:
        site = current_site(session)
        if site is None:
            return
        ctx.site_id = site.id
        ctx.site_name = site.name


def sign_in_first_coordinator(ctx: DeskContext) -> None:
    """Used by screenshots and demos: act as the first active coordinator, without a PIN."""
    with read_session(ctx.engine) as session:
        found = first_coordinator(session)
    if found is not None:
        ctx.actor, ctx.agent_name = found
