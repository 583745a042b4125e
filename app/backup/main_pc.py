"""Which PC backs up a shared database: the main PC, whose app hosts the place's server
(app.sharing). It reaches its own server on the loopback with the owner login; its backups
go in `sauvegardes-partagees` in the user data folder. The other desks make none."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import URL

SHARED_BACKUPS_FOLDER = "sauvegardes-partagees"


def shared_backups_dir() -> Path:
    from app.config import data_dir

    return data_dir() / SHARED_BACKUPS_FOLDER


def hosted_server_address(url: URL | None) -> URL | None:
    """The owner's loopback address of the server this PC hosts, when `url` is a database
    of it; None on any other desk (or for another server)."""
    from app.errors import UserError
    from app.sharing.desk_config import saved_desk
    from app.sharing.server import SharedServer

    if url is None:
        return None
    saved = saved_desk()
    if not saved or not saved.get("server_dir"):
        return None
    try:
        server = SharedServer.load(Path(saved["server_dir"]))
        if url.database != server.database or url.port not in (server.port, server.server_port):
            return None
        return server.direct_url()
    except (UserError, OSError, ValueError, KeyError):
        return None


def backup_address(url: URL) -> URL:
    """The address to back up or restore `url` with: the owner's loopback address when this
    PC hosts it, else `url` as given (an IT department's server, say)."""
    return hosted_server_address(url) or url


def write_main_pc_kit(address: URL, folder: Path, passphrase: str) -> Path | None:
    """Beside an encrypted backup of the server this PC hosts: the main PC's kit (its
    certificate and the desks' logins, encrypted with the same passphrase), so that a new main
    PC made from the backup lets the desks connect without new codes. None elsewhere, or when
    it cannot be written (logged; the backup itself is good)."""
    if hosted_server_address(address) is None:
        return None
    from app.errors import UserError
    from app.logs import log
    from app.sharing.hosting import hosted_server
    from app.sharing.kit import write_kit

    try:
        server = hosted_server()
        return write_kit(server, folder, passphrase) if server is not None else None
    except (UserError, OSError, ValueError) as error:
        log.warning("the main PC's kit was not written: %s", type(error).__name__)
        return None
    except Exception as error:  # noqa: BLE001 — a server refusal: the backup stands alone
        log.warning("the main PC's kit was not written: %s", type(error).__name__)
        return None
