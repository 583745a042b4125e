"""A real place for the `place` suite: the main PC's shared server set up as « Partager » does it,
desks added as Settings › Desks does it, and each desk a process of its own
(tests/place/desk_process.py) on its own data folder, driven by JSON lines.

Every wait is bounded; `Place.close` stops every desk and the server and removes the folders."""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from app.db import open_database, write_session
from app.sharing import desks
from app.sharing.server import SharedServer
from app.sharing.sharing import owner_engine
from tests.referrals_helpers import EMPLOYMENT_THEME, MOBILITY_THEME, add_service
from tests.sharing_helpers import PIN, make_place_file, share_file

ROOT = Path(__file__).resolve().parents[2]
DESK_PROGRAM = Path(__file__).resolve().parent / "desk_process.py"
ANSWER_S = 90.0  # the longest a command may take (the desk's own steps wait 20 s at most)

COORDINATOR = "Hélène Le Gall"
AGENT = "Jean-Édouard N'Diaye"
VOLUNTEER = "Œzlem Bénévole"
JOBS_SERVICE = "Atelier CV et candidatures"
CAR_SERVICE = "Garage solidaire"


class DeskGone(AssertionError):
    """The desk process ended, or did not answer in time."""


class DeskProcess:
    """One desk PC: the program in a process of its own, its data folder, its answers."""

    def __init__(self, name: str, folder: Path, clock_shift_s: float = 0) -> None:
        self.name, self.folder, self.clock_shift_s = name, folder, clock_shift_s
        self.prints = folder / "impressions"
        self.process: subprocess.Popen | None = None
        self.answers: queue.Queue[dict | None] = queue.Queue()
        self.log: list[tuple[dict, dict]] = []  # every command and its answer

    def environment(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            XDG_DATA_HOME=str(self.folder / "data"),
            XDG_CONFIG_HOME=str(self.folder / "config"),
            PYTHONPATH=str(ROOT),
        )
        if self.clock_shift_s:
            env["AIGUILLAGE_PLACE_CLOCK_SHIFT_S"] = str(self.clock_shift_s)
        return env

    def start(self) -> dict:
        """Start the program (as a person double-clicks it) and wait for its window."""
        self.answers = queue.Queue()
        with open(self.folder / "stderr.txt", "ab") as errors:  # the child keeps its own copy
            self.process = subprocess.Popen(
                [sys.executable, str(DESK_PROGRAM), str(self.prints)],
                cwd=ROOT, env=self.environment(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=errors, text=True, encoding="utf-8",
            )  # fmt: skip
        threading.Thread(target=self._read, args=(self.process,), daemon=True).start()
        return self.do("ready")

    def _read(self, process: subprocess.Popen) -> None:
        assert process.stdout is not None
        for line in process.stdout:
            if line.strip():
                self.answers.put(json.loads(line))
        self.answers.put(None)

    def do(self, command: str, **arguments: Any) -> dict:
        """Send one command; its answer (`ok` false when the desk could not do it)."""
        if self.process is None or self.process.poll() is not None:
            raise DeskGone(f"{self.name}: the program is not running ({self.stderr_tail()})")
        sent = {"do": command, **arguments}
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(sent, ensure_ascii=False) + "\n")
        self.process.stdin.flush()
        try:
            answer = self.answers.get(timeout=arguments.get("timeout", 0) + ANSWER_S)
        except queue.Empty:
            raise DeskGone(f"{self.name}: no answer to {sent}") from None
        if answer is None:
            raise DeskGone(f"{self.name}: the program ended during {sent}: {self.stderr_tail()}")
        self.log.append((sent, answer))
        return answer

    def must(self, command: str, **arguments: Any) -> dict:
        """`do`, failing the test with what the desk said when it could not."""
        answer = self.do(command, **arguments)
        assert answer["ok"], f"{self.name} {command} {arguments}: {answer}"
        return answer

    def stderr_tail(self, lines: int = 15) -> str:
        path = self.folder / "stderr.txt"
        if not path.exists():
            return ""
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])

    def messages(self) -> list[list[str]]:
        """Every box the desk showed, in order."""
        return [message for _, answer in self.log for message in answer.get("messages", [])]

    def quit(self, timeout: float = 30) -> None:
        """Close the window (the end of its stdin), as a person closes the program."""
        if self.process is None:
            return
        if self.process.poll() is None:
            try:
                assert self.process.stdin is not None
                self.process.stdin.close()
            except OSError:
                pass
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None

    def kill(self) -> None:
        """The desk PC switched off at the plug."""
        if self.process is not None and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        self.process = None

    def printed(self) -> list[Path]:
        return sorted(self.prints.glob("*.pdf")) if self.prints.exists() else []


class Place:
    """The main PC's server, shared from a single desk's file, and the desks of the place."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="aiguillage-test-lieu-"))
        self.server: SharedServer | None = None
        self.desks: list[DeskProcess] = []
        self.owner = None
        self.main_pc: DeskProcess | None = None

    def set_up(self) -> None:
        """The coordinator's steps: a single desk's file with its partners, « Partager »."""
        main_pc = self.folder / "poste-principal"
        main_pc.mkdir()
        file = main_pc / "aiguillage.sqlite"
        make_place_file(file)
        engine = open_database(file)
        try:
            add_service(engine)  # the jobs workshop: « Trouver un emploi »
            add_service(engine, name=CAR_SERVICE, organization="Mobil'Emploi Redon",
                        themes=(MOBILITY_THEME,), opening_hours="Mo-Su 00:00-24:00")  # fmt: skip
            _till_buttons(engine)
        finally:
            engine.dispose()
        # the main PC's own desk: its data folder says it runs on the server, as the owner
        self.server, _checks = share_file(
            file, self.folder / "serveur", main_pc / "data" / "Aiguillage"
        )
        self.owner = owner_engine(self.server)
        self.main_pc = DeskProcess("Poste principal", main_pc)

    def add_desk(self, kind: str, name: str, clock_shift_s: float = 0) -> tuple[DeskProcess, str]:
        """A desk added on the main PC (Settings › Desks): the process, its one-time code."""
        assert self.server is not None and self.owner is not None
        _login, code = desks.add_desk(self.owner, kind, name, self.server.fingerprint)
        folder = self.folder / f"poste-{len(self.desks) + 1}-{kind}"
        folder.mkdir()
        desk = DeskProcess(name, folder, clock_shift_s)
        self.desks.append(desk)
        return desk, code

    @property
    def address(self) -> str:
        assert self.server is not None
        return f"127.0.0.1:{self.server.port}"

    def switch_off(self, power_cut: bool = False) -> None:
        """The main PC off: its server stopped (or its postmaster killed), its front too."""
        assert self.server is not None and self.owner is not None
        self.owner.dispose()
        if power_cut:
            self.server.local().kill()
        self.server.stop()

    def switch_on(self) -> None:
        assert self.server is not None
        self.server.start()

    def close(self) -> None:
        for desk in [*self.desks, *([self.main_pc] if self.main_pc else [])]:
            try:
                desk.quit(timeout=15)
            except Exception:  # noqa: BLE001 (the next ones are stopped all the same)
                desk.kill()
        if self.owner is not None:
            self.owner.dispose()
        if self.server is not None:
            try:
                self.server.stop()
            finally:
                if self.server.local().is_running():
                    self.server.local().kill()
        for _ in range(10):  # a server just stopped may still be writing its last files
            shutil.rmtree(self.folder, ignore_errors=True)
            if not self.folder.exists():
                break
            time.sleep(0.5)


def _till_buttons(engine) -> None:  # type: ignore[no-untyped-def]
    """The till's default buttons, as the coordinator's first visit to the Till page makes."""
    from sqlmodel import select

    from app.permissions import Actor
    from app.services.till_setup import ensure_default_buttons
    from models import Agent
    from models.enums import Role

    with write_session(engine) as session:
        coordinator = session.exec(select(Agent).where(Agent.role == Role.COORDINATOR.value)).one()
        actor = Actor(agent_id=coordinator.id, role=coordinator.role, site_id=coordinator.site_id)
        ensure_default_buttons(session, actor)


def joined_desk(place: Place, kind: str, name: str, clock_shift_s: float = 0) -> DeskProcess:
    """A desk added on the main PC, started for the first time and joined with its code."""
    desk, code = place.add_desk(kind, name, clock_shift_s)
    first = desk.start()
    assert first["ok"] and first["state"] == "wizard", first
    desk.must("join", address=place.address, code=code)
    return desk


__all__ = [
    "AGENT", "CAR_SERVICE", "COORDINATOR", "EMPLOYMENT_THEME", "JOBS_SERVICE", "PIN", "VOLUNTEER",
    "DeskGone", "DeskProcess", "Place", "joined_desk",
]
