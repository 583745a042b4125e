"""This PC as the main PC: it knows it from its desk.json (`server_dir`, the server folder it
hosts). The app starts that server when it is down, counts the desks connected to it, and the
server's commands default to that folder."""

from __future__ import annotations

import subprocess
from pathlib import Path

from app.errors import UserError
from app.i18n import translate
from app.sharing.server import SharedServer


def _tr(text: str) -> str:
    return translate("Sharing", text)


def hosted_folder(data_folder: Path | None = None) -> Path | None:
    """The server folder this PC hosts (desk.json's `server_dir`), None on any other desk."""
    from app.sharing.desk_config import saved_desk

    saved = saved_desk(data_folder)
    return Path(saved["server_dir"]) if saved and saved.get("server_dir") else None


def hosted_server(data_folder: Path | None = None) -> SharedServer | None:
    """The server this PC hosts; None on any other desk. A folder that is gone is a French
    refusal that names it."""
    folder = hosted_folder(data_folder)
    if folder is None:
        return None
    try:
        return SharedServer.load(folder)
    except (OSError, ValueError, KeyError) as error:
        raise UserError(
            _tr("The shared server's folder “%1” cannot be read (%2).")
            .replace("%1", str(folder)).replace("%2", str(error))
        ) from error


def start_hosted_server(data_folder: Path | None = None) -> bool:
    """On the main PC, start its server when it is down (the database, then the front). Whether
    it had to be started; a French refusal when it cannot start."""
    server = hosted_server(data_folder)
    if server is None or server.is_running():
        return False
    try:
        server.start()
    except subprocess.CalledProcessError as error:
        raise UserError(
            _tr("The shared database of this PC could not start. Its log is in “%1”.")
            .replace("%1", str(server.folder / "data" / "server.log"))
        ) from error
    _wait_until_it_answers(server)
    return True


def _wait_until_it_answers(server: SharedServer, seconds: float = 30) -> None:
    """Just started on a busy PC, the server may take a while to take its first connection:
    the opening that follows would say it does not answer. Asked again for `seconds`."""
    import time

    import psycopg

    address = server.direct_url().set(drivername="postgresql").render_as_string(
        hide_password=False)
    deadline = time.monotonic() + seconds
    while True:
        try:
            with psycopg.connect(address, connect_timeout=5):
                return
        except psycopg.Error:
            if time.monotonic() > deadline:
                return  # the opening says what is wrong, in French
            time.sleep(0.5)


def connected_desks(connection) -> int:  # type: ignore[no-untyped-def]
    """How many desks (their own logins, not this PC's) are connected right now."""
    from app.sharing.desks import desks_with_presence

    return sum(1 for desk, connected in desks_with_presence(connection)
               if connected and desk.revoked_at is None)


def server_folder_or_default(given: Path | None) -> Path:
    """The server folder of a command: --dir, else the one this main PC hosts."""
    if given is not None:
        return given
    folder = hosted_folder()
    if folder is None:
        raise UserError(
            _tr("This PC is not the main PC of a place: give the server's folder with --dir.")
        )
    return folder
