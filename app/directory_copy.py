"""The directory kept on a desk on a server: a read-only copy, for when the main PC is away.

Services, organisations, closures, till buttons, the site and its weighing categories are
copied from the server into a small SQLite file of the desk's data folder at every connection
(app.connection_state calls `refresh` once the server answers again). The copy has the very
tables of the database, so the directory search, « open now » and the sheets read it with the
same code as the server: the sheet printed with the main PC off is the same sheet.

The copy is written aside and then put in place in one step: a reader sees the old copy or the
new one, never half of one. Nothing is ever written to it by the desk's work.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, insert, select

from app.private_files import make_private, private_folder

FILENAME = "copie-annuaire.sqlite"


# The settings a desk needs when it starts with the main PC off (the place's weighing
# categories); never the others (the key signing the statistics stays on the server).
COPIED_SETTINGS = ("donation_categories",)


def _tables() -> list[Any]:
    from models import Organization, Service, ServiceClosure, Setting, Site, TillButton

    return [
        t.__table__ for t in (Site, Organization, Service, ServiceClosure, TillButton, Setting)
    ]


def _copied_rows(table: Any):  # type: ignore[no-untyped-def]
    query = select(table)
    if table.name == "setting":
        query = query.where(table.c.key.in_(COPIED_SETTINGS))
    return query


class DirectoryCopy:
    def __init__(self, data_folder: Path) -> None:
        self.path = Path(data_folder) / FILENAME
        self._engine: Engine | None = None

    def exists(self) -> bool:
        return self.path.exists()

    def refresh(self, server: Engine) -> None:
        """Copy the directory tables from the server (one read transaction), then put the new
        copy in place of the old one."""
        from app.db import read_session

        with read_session(server) as session:
            rows = {
                table.name: session.execute(_copied_rows(table)).mappings().all()
                for table in _tables()
            }
        fresh = self.path.with_suffix(".nouvelle")
        private_folder(fresh.parent)
        fresh.unlink(missing_ok=True)
        writer = create_engine(f"sqlite:///{fresh}")
        try:
            from sqlmodel import SQLModel

            SQLModel.metadata.create_all(writer, tables=_tables())
            with writer.begin() as connection:
                for table in _tables():
                    if rows[table.name]:
                        connection.execute(insert(table), [dict(r) for r in rows[table.name]])
        finally:
            writer.dispose()
        if self._engine is not None:
            self._engine.dispose()
        make_private(fresh)  # the place's partners and hours: this PC's user only
        os.replace(fresh, self.path)

    def engine(self) -> Engine:
        """An engine reading the copy (read-only: nothing of the desk's work is written here)."""
        if self._engine is None:
            self._engine = create_engine(
                f"sqlite:///file:{self.path}?mode=ro&uri=true", connect_args={"uri": True}
            )
            event.listen(self._engine, "connect", _no_writes)
        return self._engine

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


def _no_writes(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    dbapi_connection.execute("PRAGMA query_only = ON")


def render_sheet(
    copy: DirectoryCopy,
    site_id: Any,
    service_ids: list[Any],
    themes: list[str],
    *,
    language: str = "fr",
    paper: str = "a4",
    now: Any = None,
) -> bytes:
    """The sheet of a quick referral made with the main PC away, from the copy (the same
    layout code as online)."""
    from sqlmodel import Session

    from app.pdf import sheet_labels as words
    from app.pdf.sheet_layout import build_pdf
    from app.pdf.sheets import sheet_content

    with Session(copy.engine()) as session:
        content = sheet_content(
            session, site_id, service_ids, themes,
            language=words.sheet_language(language), now=now,
        )  # fmt: skip
    return build_pdf(content, paper)
