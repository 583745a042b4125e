"""Where the database is: an SQLite file on this PC, or a PostgreSQL server on the network."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import DatabaseError
from app.i18n import translate

if TYPE_CHECKING:  # SQLAlchemy is loaded only when a server address is read: the window
    from sqlalchemy.engine import URL  # paints before the database layer is imported

_SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


@dataclass(frozen=True)
class DatabaseTarget:
    """A database to open: `path` for an SQLite file, `url` for a PostgreSQL server."""

    path: Path | None = None
    url: URL | None = None

    @property
    def is_server(self) -> bool:
        return self.url is not None

    def exists(self) -> bool:
        """Whether there is something to open: the file is there (a server answers for itself
        when connected to)."""
        return self.path is None or self.path.exists()

    def lock_path(self) -> Path:
        """The lock file that keeps one Aiguillage per database on this computer."""
        if self.path is not None:
            return Path(str(self.path) + ".lock")
        import hashlib

        from app.config import data_dir

        key = hashlib.sha256(self.describe().encode()).hexdigest()[:16]
        return data_dir() / f"serveur-{key}.lock"

    def sqlalchemy_url(self) -> URL | str:
        if self.url is not None:
            return self.url
        return f"sqlite:///{self.path}"

    def describe(self) -> str:
        """What to show a person: the file, or the server and database (never a password)."""
        if self.url is None:
            return str(self.path)
        host = self.url.host or "localhost"
        port = f":{self.url.port}" if self.url.port else ""
        return f"{self.url.database or ''} @ {host}{port}"

    def __str__(self) -> str:
        return self.describe()


def is_server_address(value: str) -> bool:
    return value.strip().lower().startswith(_SERVER_SCHEMES)


def as_target(value: DatabaseTarget | URL | Path | str) -> DatabaseTarget:
    """A target from a file path or a `postgresql://` address (psycopg 3 is the driver)."""
    if isinstance(value, DatabaseTarget):
        return value
    if not isinstance(value, str | Path):  # a SQLAlchemy URL
        return DatabaseTarget(url=value.set(drivername="postgresql+psycopg"))
    text = str(value).strip()
    if not is_server_address(text):
        return DatabaseTarget(path=Path(value).expanduser())
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(text)
    except (ArgumentError, ValueError) as error:
        raise DatabaseError(
            translate("Database", "“%1” is not a valid server address.").replace("%1", text)
        ) from error
    return DatabaseTarget(url=url.set(drivername="postgresql+psycopg"))
