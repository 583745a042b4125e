"""Fixtures for sharing a place's database: a real shared server (TLS front, roles, join codes)
made from a copy of the test database as the app does it, on the loopback only."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from pathlib import Path

import pytest

from app.db import make_engine
from app.db.pg_server import LocalServer, free_port
from app.sharing.server import SharedServer


@pytest.fixture
def work_dir():
    """A folder for servers and files, outside pytest's own temporary folders (which another
    pytest run on this machine may clean meanwhile)."""
    folder = Path(tempfile.mkdtemp(prefix="aiguillage-test-partage-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def desk_home(work_dir, monkeypatch):
    """This test's data folder (desk.json, pinned certificates)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(work_dir / "donnees"))
    return work_dir / "donnees" / "Aiguillage"


def share_file(sqlite_path: Path, folder: Path, desk_folder: Path):  # type: ignore[no-untyped-def]
    from app.sharing.sharing import share_this_database

    return share_this_database(
        sqlite_path, folder, free_port(), ["127.0.0.1"], durable=False, desk_folder=desk_folder
    )


@pytest.fixture
def shared_place(work_dir, desk_home):
    """The test place's file shared from this PC: (server, checks). Stopped afterwards."""
    work = work_dir / "poste-principal"
    work.mkdir()
    copy = work / "aiguillage.sqlite"
    make_place_file(copy)
    server, checks = share_file(copy, work_dir / "serveur", desk_home)
    try:
        yield server, checks
    finally:
        server.stop()


def make_place_file(path: Path) -> None:
    """A single desk's file, as a place has before it shares: a site, an agent of each role (PIN
    2468), the till's buttons, a few partners of the demo."""
    from app.db import open_database, write_session
    from app.services.agents import hash_pin
    from app.services.sites import create_first_site
    from models import Agent
    from models.enums import Role, SiteKind

    engine = open_database(path)
    with write_session(engine) as session:
        site, _ = create_first_site(
            session, name="Recyclerie du Pays de Redon", kind=SiteKind.RECYCLERIE.value,
            address="1 rue du Port", postal_code="35600", commune="Redon", phone="",
            coordinator_name="Hélène Le Gall", pin=PIN,
        )
        people = (("Jean-Édouard N'Diaye", Role.AGENT), ("Œzlem Bénévole", Role.VOLUNTEER))
        for name, role in people:
            session.add(Agent(site_id=site.id, name=name, role=role.value, pin_hash=hash_pin(PIN)))
    engine.dispose()


PIN = "2468"


def owner_engine(server):  # type: ignore[no-untyped-def]
    from app.sharing.sharing import owner_engine as engine_of

    return engine_of(server)


def type_name(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Click in a box, select what is there and type over it, as a person does."""
    from PySide6.QtCore import Qt

    from tests.foundation_helpers import type_text

    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, edit, text)


def desk_engine(url):  # type: ignore[no-untyped-def]
    return make_engine(url)


__all__ = [
    "LocalServer", "SharedServer", "SourceRelay", "desk_engine", "desk_home", "free_port",
    "owner_engine", "share_file", "shared_place", "type_name", "work_dir",
]


class SourceRelay:
    """A desk on another address of the place's network: listens on 127.0.0.1 (a free port)
    and relays each connection, bytes as they are (TLS end to end), to 127.0.0.1:`port` from
    the address `source` (Linux takes all of 127/8 as the loopback), so the server sees that
    address."""

    def __init__(self, port: int, source: str) -> None:
        import socket
        import threading

        self.port, self.source = port, source
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listen_port = self.listener.getsockname()[1]
        self.open: list = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        import socket
        import threading

        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.port),
                                                source_address=(self.source, 0))
            self.open += [client, upstream]
            for one, other in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(one, other), daemon=True).start()

    @staticmethod
    def _pump(one, other) -> None:  # type: ignore[no-untyped-def]
        import socket

        try:
            while data := one.recv(65536):
                other.sendall(data)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                other.shutdown(socket.SHUT_WR)

    def close(self) -> None:
        self.listener.close()
        for sock in self.open:
            with contextlib.suppress(OSError):
                sock.close()
