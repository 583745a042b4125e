"""Making this PC the main PC: its server's owner engine, the desks' address and port, and the
desk's own record of which database it runs on."""

from __future__ import annotations

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL

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


def _move_file(sqlite_path, target: Engine):  # type: ignore[no-untyped-def]
    """The file's data into `target` (counts and checksums compared), then the file put aside,
    read-only, beside where it was. Returns the checks."""
    import os
    from pathlib import Path

    from app.clock import to_local, utcnow
    from app.db import open_database
    from app.sharing.move import move_into_server

    sqlite_path = Path(sqlite_path)
    source = open_database(sqlite_path)  # at the newest schema, like the server
    try:
        with source.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        checks = move_into_server(sqlite_path, source, target)
    finally:
        source.dispose()
    stamp = to_local(utcnow()).strftime("%Y%m%d-%H%M%S")
    aside = sqlite_path.with_name(f"{sqlite_path.stem}.partagee-{stamp}{sqlite_path.suffix}")
    sqlite_path.rename(aside)
    for extra in ("-wal", "-shm"):
        Path(str(sqlite_path) + extra).unlink(missing_ok=True)
    os.chmod(aside, 0o400)  # read-only, and the user's alone
    return checks


def share_this_database(
    sqlite_path, folder, port: int, listen: list[str] | None = None, *, durable: bool = True,
    desk_folder=None,
):  # type: ignore[no-untyped-def]
    """Make this PC the main PC: a server in `folder`, the file's data moved into it (counts and
    checksums compared), the file kept aside read-only, and this desk switched over to the server.
    Returns (server, checks)."""
    from pathlib import Path

    from app.sharing.desk_config import save_desk

    server = SharedServer.init(Path(folder), port, listen, durable=durable)
    target = owner_engine(server)
    try:
        checks = _move_file(sqlite_path, target)
    finally:
        target.dispose()
    server.restart_front()  # announced on the network under the place's name, now known
    save_desk(server.direct_url(), "office", server.folder, desk_folder)  # loopback, no front
    return server, checks


USUAL_PORT = 5433


def port_free(port: int) -> bool:
    import socket

    with socket.socket() as probe:
        try:
            probe.bind(("0.0.0.0", port))
        except OSError:
            return False
    return True


def choose_port(preferred: int = USUAL_PORT) -> int:
    """The usual port when it is free, else one no outgoing connection takes."""
    from app.db.pg_server import free_port

    return preferred if port_free(preferred) else free_port()


def desks_addresses(server: SharedServer) -> list[str]:
    """Where the desks reach this main PC (« 192.168.1.10:5433 »): its local network
    addresses, or the loopback when it listens there only."""
    found = [a for a in server.addresses() if not a.startswith("127.")] or server.addresses()
    return [f"{address}:{server.port}" for address in found]


MINIMUM_VERSION = 140000


def check_own_server(url: URL) -> str:
    """Connect to an organisation's own PostgreSQL: its version (≥ 14) as shown by the server, or
    a French refusal. The database must be empty of our tables."""
    from app.errors import UserError
    from app.i18n import translate

    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            number = int(connection.execute(text("SHOW server_version_num")).scalar() or 0)
            version = str(connection.execute(text("SHOW server_version")).scalar())
            has_tables = connection.execute(
                text("SELECT count(*) FROM information_schema.tables WHERE table_name = 'site' "
                     "AND table_schema = current_schema()")
            ).scalar()
    finally:
        engine.dispose()
    if number < MINIMUM_VERSION:
        raise UserError(
            translate("Sharing", "This server runs PostgreSQL %1: Aiguillage needs version 14 "
                      "or newer. Ask your IT staff to update it.").replace("%1", version)
        )
    if has_tables:
        raise UserError(
            translate("Sharing", "This database already holds a place's data: give the address "
                      "of a new, empty database.")
        )
    return version


def move_to_own_server(sqlite_path, url: URL, desk_folder=None):  # type: ignore[no-untyped-def]
    """Move this desk's file into an organisation's own PostgreSQL (checked first) and switch
    this desk over to it. Returns the checks."""
    from app.db import open_database
    from app.sharing.desk_config import save_desk

    check_own_server(url)
    target = open_database(url)  # builds the schema in the empty database
    try:
        checks = _move_file(sqlite_path, target)
    finally:
        target.dispose()
    save_desk(url, "office", None, desk_folder)
    return checks
