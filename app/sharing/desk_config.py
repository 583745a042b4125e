"""Which database this desk runs on once it shares or has joined a place: `desk.json` in the data
folder (the address, without its password) and `desk.secret` beside it (the password, readable
by this PC's user only)."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from app.config import data_dir

CONFIG = "desk.json"
SECRET = "desk.secret"


def save_desk(url: URL, kind: str, server_folder: Path | None = None,
              folder: Path | None = None) -> Path:
    from app.sharing.server import write_secret

    folder = folder or data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    values = {
        "url": url.set(drivername="postgresql", password=None).render_as_string(
            hide_password=False
        ),
        "kind": kind,
        "server_dir": str(server_folder) if server_folder else None,
    }
    write_secret(folder / SECRET, str(url.password or ""))
    path = folder / CONFIG
    path.write_text(json.dumps(values, indent=2), encoding="utf-8")
    return path


def saved_desk(folder: Path | None = None) -> dict | None:
    path = (folder or data_dir()) / CONFIG
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def saved_url(folder: Path | None = None) -> URL | None:
    """The address this desk runs on, password included; None for a single desk's file."""
    folder = folder or data_dir()
    values = saved_desk(folder)
    if values is None:
        return None
    password = (folder / SECRET).read_text(encoding="utf-8").strip()
    return make_url(values["url"]).set(password=password)
