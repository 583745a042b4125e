"""The main PC's shared server: set up in a folder, started, stopped, asked how it is.

The folder holds `data/` (PostgreSQL's own files, run from the binaries that come with the app),
`tls/` (the certificate made at set-up and its key, readable by this PC's user only),
`serveur.json` (ports, addresses, the certificate's fingerprint) and `proprietaire.secret` (the
owner login's password, the only login that changes the schema). PostgreSQL listens on the
loopback only; the TLS front (app.sharing.front) listens on the local network.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import URL

from app.db import pg_roles, pg_tls
from app.db.pg_server import SUPERUSER, LocalServer, free_port, new_password
from app.errors import UserError
from app.i18n import translate
from app.private_files import open_private_append, private_folder, write_private

DATABASE = "aiguillage"
CONFIG = "serveur.json"
OWNER_SECRET = "proprietaire.secret"
FRONT_PID = "front.pid"
MAX_JOIN_TRIES = pg_roles.JOIN_MAX_WRONG
# The server is reached on the loopback only, through the TLS front (which refuses the owner
# login) or by the main PC's own app; every login needs its password.
HBA = (
    "# Aiguillage: the TLS front relays the desks; every login needs its password\n"
    "host all all 127.0.0.1/32 scram-sha-256\n"
    "host all all ::1/128 scram-sha-256\n"
)


def _tr(text_: str) -> str:
    return translate("Sharing", text_)


def lan_addresses() -> list[str]:
    """This PC's addresses on the local network (IPv4, private ranges): never the wildcard
    0.0.0.0, so that the front is not reachable from a public network the PC also joins."""
    from app.sharing.front import is_local_network

    found: list[str] = []
    try:
        import ifaddr

        for adapter in ifaddr.get_adapters():
            for ip in adapter.ips:
                if isinstance(ip.ip, str) and is_local_network(ip.ip):
                    found.append(ip.ip)
    except ImportError:
        pass
    return [a for a in dict.fromkeys(found) if not a.startswith("127.")]


def _log_to_front_log() -> None:
    """The front's lines go to its own log in the server's folder (its standard error, see
    `_start_front`), whatever else the program logs to."""
    import logging

    front_log = logging.getLogger("aiguillage.front")
    if not any(getattr(h, "front_log", False) for h in front_log.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.front_log = True  # type: ignore[attr-defined]
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        front_log.addHandler(handler)
        front_log.setLevel(logging.INFO)


def _ended(pid: int, seconds: float) -> bool:
    """Wait for process `pid` to end (reaping it if it is ours); whether it did."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
        try:
            os.kill(pid, 0)
        except OSError:
            return True
        time.sleep(0.05)
    return False


@dataclass
class SharedServer:
    folder: Path
    port: int
    server_port: int
    fingerprint: str
    listen: list[str] | None = None  # None: the loopback and the LAN addresses found at start
    database: str = DATABASE
    extra: dict = field(default_factory=dict)

    # --- the folder ------------------------------------------------------------------------
    @classmethod
    def load(cls, folder: Path) -> SharedServer:
        path = Path(folder) / CONFIG
        if not path.exists():
            raise UserError(
                _tr("There is no shared server in “%1”. Set it up first (server init).").replace(
                    "%1", str(folder)
                )
            )
        values = json.loads(path.read_text(encoding="utf-8"))
        return cls(Path(folder), values["port"], values["server_port"], values["fingerprint"],
                   values.get("listen"), values.get("database", DATABASE))

    def save(self) -> None:
        values = {
            "port": self.port,
            "server_port": self.server_port,
            "fingerprint": self.fingerprint,
            "listen": self.listen,
            "database": self.database,
        }
        write_private(self.folder / CONFIG, json.dumps(values, indent=2))

    @property
    def owner_password(self) -> str:
        return (self.folder / OWNER_SECRET).read_text(encoding="utf-8").strip()

    def local(self) -> LocalServer:
        return LocalServer(self.folder, self.server_port, self.owner_password)

    def direct_url(self, database: str | None = None) -> URL:
        """The owner's address on the loopback, without the front: the main PC's own app, its
        set-up and its backups. The front refuses the owner login."""
        return self.local().url(database or self.database)

    def addresses(self) -> list[str]:
        """Where the front listens: the addresses given at set-up, else the loopback and this
        PC's local network addresses; never a wildcard nor a public address."""
        from app.sharing.front import is_listen_address

        return [a for a in (self.listen or ["127.0.0.1", *lan_addresses()])
                if is_listen_address(a)]

    # --- set-up ----------------------------------------------------------------------------
    @classmethod
    def init(
        cls, folder: Path, port: int, listen: list[str] | None = None, *, durable: bool = True
    ) -> SharedServer:
        """Make the server: cluster, certificate, database at the newest schema, desks' roles."""
        folder = Path(folder).resolve()
        if (folder / CONFIG).exists() or (folder / "data").exists():
            raise UserError(
                _tr("“%1” already holds a server: choose an empty folder.").replace(
                    "%1", str(folder)
                )
            )
        from app.sharing.front import is_listen_address

        refused = [a for a in listen or () if not is_listen_address(a)]
        if refused:
            raise UserError(
                _tr("The shared server listens on the place's local network only: “%1” is not "
                    "one of its addresses.").replace("%1", refused[0])
            )
        private_folder(folder)
        write_private(folder / OWNER_SECRET, new_password())
        fingerprint = pg_tls.make_certificate(folder / "tls")
        server = cls(folder, port, free_port(), fingerprint, listen)
        server.save()
        server.local().init(listen="127.0.0.1", durable=durable)
        # the server itself is reached on the loopback only, through the TLS front
        # written in place: the file keeps the owner and mode initdb gave it (0600)
        (server.folder / "data" / "pg_hba.conf").write_text(HBA, encoding="utf-8")
        server.start()
        server.create_database()
        return server

    def create_database(self) -> None:
        import psycopg

        from app.db import open_database

        admin = self.direct_url("postgres").set(drivername="postgresql")
        with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as c:
            exists = c.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", (self.database,)
            ).fetchone()
            if not exists:
                c.execute(f'CREATE DATABASE "{self.database}" OWNER "{SUPERUSER}"')
        engine = open_database(self.direct_url())
        try:
            with engine.begin() as connection:
                pg_roles.set_up_sharing(connection, MAX_JOIN_TRIES, self.fingerprint)
        finally:
            engine.dispose()

    # --- running ---------------------------------------------------------------------------
    def start(self) -> None:
        local = self.local()
        if not local.is_running():
            local.start()
            self._refresh_join_function()
        if not self.front_running():
            self._start_front()

    def _refresh_join_function(self) -> None:
        """The join function as this version writes it (a server shared by an older one
        had codes that five strangers' tries could end), whether or not a migration is due."""
        import psycopg

        url = self.direct_url().set(drivername="postgresql")
        try:
            with psycopg.connect(url.render_as_string(hide_password=False), autocommit=True,
                                 connect_timeout=10) as connection:
                pg_roles.refresh_join_function(connection)
        except psycopg.Error as error:  # no database yet (set-up), or not ours: said elsewhere
            from app.logs import log

            log.info("join function not refreshed: %s", type(error).__name__)

    def _front_command(self) -> list[str]:
        if getattr(sys, "frozen", False):
            return [sys.executable, "server", "front", "--dir", str(self.folder)]
        return [sys.executable, "-m", "app", "server", "front", "--dir", str(self.folder)]

    def _start_front(self, timeout: float = 20) -> None:
        with open_private_append(self.folder / "front.log") as log:
            process = subprocess.Popen(
                self._front_command(), stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                start_new_session=True, close_fds=True,
            )
        write_private(self.folder / FRONT_PID, str(process.pid))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                break
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.1)
        raise UserError(
            _tr("The shared server could not listen on port %1: is another program using it?")
            .replace("%1", str(self.port))
        )

    def run_front(self) -> None:
        """The TLS front in this process, until it is told to stop (server front)."""
        import asyncio

        from app.sharing.front import serve, tls_context

        context = tls_context(
            self.folder / "tls" / pg_tls.CERT_NAME, self.folder / "tls" / pg_tls.KEY_NAME
        )
        _log_to_front_log()
        advertiser = self.advertise()
        try:
            asyncio.run(serve(self.addresses(), self.port, context, self.server_port, SUPERUSER,
                              pg_roles.JOIN_LOGIN))
        finally:
            if advertiser is not None:
                advertiser.close()

    def place_name(self) -> str:
        """The place's name, as desks see it when they look for their main PC."""
        import psycopg

        url = self.direct_url().set(drivername="postgresql")
        try:
            with psycopg.connect(url.render_as_string(hide_password=False),
                                 connect_timeout=5) as connection:
                row = connection.execute("SELECT name FROM site ORDER BY name LIMIT 1").fetchone()
        except psycopg.Error:
            return ""
        return row[0] if row else ""

    def advertise(self):  # type: ignore[no-untyped-def]
        """Announce this main PC on the local network (DNS-SD) while the front runs; None when
        the network does not allow it (the address can still be typed)."""
        from app.logs import log_failure
        from app.sharing.discovery import Advertiser

        own = set(lan_addresses())  # an address given at set-up that this PC no longer has
        addresses = [a for a in self.addresses() if a in own] or ["127.0.0.1"]
        try:
            return Advertiser(self.place_name() or "Aiguillage", addresses, self.port,
                              self.fingerprint, self.database)
        except Exception as error:  # noqa: BLE001 — a desk can still type the address
            log_failure("Announcing the main PC failed", type(error), error, error.__traceback__)
            return None

    def restart_front(self) -> None:
        """Start the front again (it announces the place's name as it is now)."""
        self._stop_front()
        self._start_front()

    def front_pid(self) -> int | None:
        try:
            pid = int((self.folder / FRONT_PID).read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            return None
        try:
            os.kill(pid, 0)
        except OSError:
            return None
        return pid

    def front_running(self) -> bool:
        return self.front_pid() is not None

    def stop(self) -> None:
        if not (self.folder / CONFIG).exists():
            return  # the folder is gone (a lost main PC): nothing of it runs here
        self._stop_front()
        local = self.local()
        if local.is_running():
            local.stop()

    def _stop_front(self) -> None:
        pid = self.front_pid()
        if pid is not None:
            for stop_signal in (signal.SIGTERM, signal.SIGKILL):  # 5 s to go, then no choice
                with contextlib.suppress(OSError):
                    os.kill(pid, stop_signal)
                if _ended(pid, seconds=5.0):
                    break
        (self.folder / FRONT_PID).unlink(missing_ok=True)

    def is_running(self) -> bool:
        return self.local().is_running() and self.front_running()

    def new_certificate(self) -> str:
        """A new certificate (the old one lost or compromised): every desk must join again."""
        self.fingerprint = pg_tls.make_certificate(self.folder / "tls")
        self.save()
        if self.local().is_running():  # the join login's password follows the certificate
            from app.db import open_database

            engine = open_database(self.direct_url(), migrate=False)
            try:
                with engine.begin() as connection:
                    pg_roles.ensure_roles(connection, self.fingerprint)
            finally:
                engine.dispose()
        return self.fingerprint
