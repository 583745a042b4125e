"""Which database this desk runs on once it shares or has joined a place: `desk.json` in the data
folder (the address, never a password) and the password apart, readable by this PC's user only:
- a joined desk (or a desk on an organisation's own server): `desk.secret` beside desk.json;
- the main PC: no copy at all; it runs on its own server's loopback with the owner login, whose
  password stays in the server's folder (`proprietaire.secret`).

A desk.json written by an older version (the password inside, or the main PC's owner login
through the TLS front, which now refuses it) is rewritten at the next start."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from app.config import data_dir
from app.private_files import make_private, private_folder, write_private

CONFIG = "desk.json"
SECRET = "desk.secret"


def save_desk(url: URL, kind: str, server_folder: Path | None = None,
              folder: Path | None = None) -> Path:
    """Keep the address this desk runs on; `server_folder` for the main PC, whose `url` is the
    owner's loopback address (its password is read from that folder, never copied)."""
    folder = private_folder(folder or data_dir())
    if server_folder is None:
        write_private(folder / SECRET, str(url.password or ""))
    else:
        (folder / SECRET).unlink(missing_ok=True)
    return _write_config(folder, {
        "url": _address(url),
        "kind": kind,
        "server_dir": str(server_folder) if server_folder else None,
    })


def _address(url: URL) -> str:
    from app.db.postgres import without_password

    return without_password(url.set(drivername="postgresql")).render_as_string(
        hide_password=False
    )


def _write_config(folder: Path, values: dict) -> Path:
    return write_private(folder / CONFIG, json.dumps(values, indent=2))


def saved_desk(folder: Path | None = None) -> dict | None:
    """What desk.json says (cleaned first if an older version left a password in it)."""
    folder = folder or data_dir()
    path = folder / CONFIG
    if not path.exists():
        return None
    values = json.loads(path.read_text(encoding="utf-8"))
    return _cleaned(folder, values)


def _cleaned(folder: Path, values: dict) -> dict:
    """desk.json without a password, the password in its own private file, both 0600."""
    url = make_url(values["url"])
    server_folder = values.get("server_dir")
    changed = url.password is not None
    if server_folder:
        from app.errors import UserError
        from app.sharing.server import SharedServer

        try:
            server = SharedServer.load(Path(server_folder))
        except (UserError, OSError, ValueError, KeyError):
            server = None  # the server's folder is gone: said when the desk connects
        if server is not None and (url.port != server.server_port or changed):
            url = server.direct_url()  # the owner login is refused through the front
            changed = True
        (folder / SECRET).unlink(missing_ok=True)  # the owner's password stays with its server
    elif url.password is not None:
        write_private(folder / SECRET, str(url.password))
    if changed:
        values = {**values, "url": _address(url)}
        _write_config(folder, values)
    for name in (CONFIG, SECRET):
        make_private(folder / name)
    return values


DESK_KINDS = ("office", "reception", "till")


def desk_kind(folder: Path | None = None) -> str:
    """What this desk is for, as the main PC said when it was added: « reception », « till » or
    « office ». The main PC itself, a desk on an organisation's own server and a single desk
    work as an office."""
    values = saved_desk(folder)
    if not values or values.get("server_dir"):
        return "office"
    kind = values.get("kind")
    return kind if kind in DESK_KINDS else "office"


def saved_url(folder: Path | None = None) -> URL | None:
    """The address this desk runs on, password included; None for a single desk's file."""
    folder = folder or data_dir()
    values = saved_desk(folder)
    if values is None:
        return None
    url = make_url(values["url"])
    if values.get("server_dir"):
        from app.sharing.server import SharedServer

        return url.set(password=SharedServer.load(Path(values["server_dir"])).owner_password)
    password = (folder / SECRET).read_text(encoding="utf-8").strip()
    return url.set(password=password)
