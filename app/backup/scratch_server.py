"""A throw-away PostgreSQL server on this PC, from the programs that come with the app: where
`aiguillage check` restores a shared database's backup when no server is at hand."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import URL

from app.backup.files import BackupError
from app.i18n import translate


def _tr(text: str) -> str:
    return translate("Backup", text)


@contextmanager
def temporary_server() -> Iterator[URL]:
    """A server listening on the loopback only, in a temporary folder removed afterwards;
    yields its administrator's address (database `postgres`)."""
    from app.db.pg_server import LocalServer, free_port, new_password

    folder = Path(tempfile.mkdtemp(prefix="aiguillage-verification-"))
    server = LocalServer(folder, free_port(), new_password())
    try:
        try:
            server.init(durable=False)
            server.start()
        except (FileNotFoundError, OSError, subprocess.SubprocessError) as error:
            raise BackupError(
                _tr(
                    "No database server could be started on this PC to check the backup. "
                    "Give the address of one with --db postgresql://…"
                )
            ) from error
        yield server.url("postgres")
    finally:
        if server.postmaster_pid() is not None:
            with contextlib.suppress(OSError, subprocess.SubprocessError):
                server.stop("immediate")
        shutil.rmtree(folder, ignore_errors=True)
