"""Making this PC the main PC: its server's owner engine, the office address printed at set-up,
and the desk's own record of which database it runs on."""

from __future__ import annotations

import secrets

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL

from app.db import pg_roles
from app.db.postgres import make_engine
from app.sharing.server import SharedServer


def owner_engine(server: SharedServer) -> Engine:
    """The owner login on the loopback: set-up, desks, migrations, backups."""
    return make_engine(server.direct_url())


def desk_url(server: SharedServer, login: str, password: str, host: str | None = None) -> URL:
    return URL.create(
        "postgresql+psycopg", username=login, password=password,
        host=host or server.addresses()[-1], port=server.port, database=server.database,
        query={"certificate": server.fingerprint},
    )


def office_url(server: SharedServer, name: str = "") -> URL:
    """A new office desk's login, with its password, as an address (server init prints it)."""
    login = f"poste_bureau_{secrets.token_hex(3)}"
    password = secrets.token_urlsafe(24)
    engine = owner_engine(server)
    try:
        with engine.begin() as connection:
            pg_roles.add_desk_login(connection, login, pg_roles.OFFICE, name or login)
            connection.execute(text(f"ALTER ROLE \"{login}\" LOGIN PASSWORD '{password}'"))
            connection.execute(
                text(f"UPDATE {pg_roles.SHARING_SCHEMA}.desk SET joined_at = now() "
                     "WHERE login = :login"),
                {"login": login},
            )
    finally:
        engine.dispose()
    return desk_url(server, login, password)


def share_this_database(
    sqlite_path, folder, port: int, listen: list[str] | None = None, *, durable: bool = True,
    desk_folder=None,
):  # type: ignore[no-untyped-def]
    """Make this PC the main PC: a server in `folder`, the file's data moved into it (counts and
    checksums compared), the file kept aside read-only, and this desk switched over to the server.
    Returns (server, checks)."""
    import os
    from pathlib import Path

    from app.clock import to_local, utcnow
    from app.db import open_database
    from app.sharing.desk_config import save_desk
    from app.sharing.move import move_into_server

    sqlite_path = Path(sqlite_path)
    source = open_database(sqlite_path)  # at the newest schema, like the server
    server = SharedServer.init(Path(folder), port, listen, durable=durable)
    target = owner_engine(server)
    try:
        with source.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        checks = move_into_server(sqlite_path, source, target)
    finally:
        source.dispose()
        target.dispose()
    stamp = to_local(utcnow()).strftime("%Y%m%d-%H%M%S")
    aside = sqlite_path.with_name(f"{sqlite_path.stem}.partagee-{stamp}{sqlite_path.suffix}")
    sqlite_path.rename(aside)
    for extra in ("-wal", "-shm"):
        Path(str(sqlite_path) + extra).unlink(missing_ok=True)
    os.chmod(aside, 0o444)
    save_desk(server.owner_url(), "office", server.folder, desk_folder)
    return server, checks
