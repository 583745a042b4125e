"""« PDF previews open while the server restarts, 20 times, no crash »: a reception desk (a
process of its own, tests/preview_reconnect_desk.py) keeps sheet previews open while its main
PC's PostgreSQL server is stopped and started twenty times; it notices, works from its copy,
comes back, its pages read again (some built again, as for another agent) and its previews are
drawn again, closed and opened. A native crash would end that process: its return code and its
plantages.log say so; a failure in a slot or a task is a box it reports, and a line in its log."""

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app.db import write_session
from app.logs import CRASH_FILENAME, LOG_FILENAME
from app.services.referrals import create_referrals
from tests import offline_helpers
from tests.referrals_helpers import EMPLOYMENT_THEME, add_service

pytestmark = pytest.mark.server
own_server = offline_helpers.own_server
ROOT = Path(__file__).resolve().parent.parent
RESTARTS = 20
STEP_TIMEOUT_S = 180


class Desk:
    """The desk process, and the lines it said."""

    def __init__(self, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.preview_reconnect_desk", *args],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        self.lines: list[str] = []
        self._new = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            with self._new:
                self.lines.append(line.rstrip("\n"))
                self._new.notify_all()
        with self._new:
            self.lines.append("<ended>")
            self._new.notify_all()

    def wait_for(self, wanted: str) -> None:
        with self._new:
            ok = self._new.wait_for(
                lambda: wanted in self.lines or "<ended>" in self.lines, STEP_TIMEOUT_S
            )
        assert ok and wanted in self.lines, (wanted, self.lines[-5:], self.process.poll())

    def tell(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()


def test_pdf_previews_open_while_the_server_restarts_20_times_no_crash(own_server, tmp_path):
    engine, ctx = offline_helpers.make_place(own_server)
    service_id = add_service(engine, name="Club emploi du Pays de Redon")
    with write_session(engine) as session:
        referrals = create_referrals(
            session, ctx.actor, service_ids=[service_id], themes=[EMPLOYMENT_THEME]
        )
        referral_ids = [str(referral.id) for referral in referrals]
    engine.dispose()
    folder = tmp_path / "poste-accueil"
    desk = Desk(
        offline_helpers.address(own_server), str(folder), str(ctx.site_id),
        str(ctx.actor.agent_id), str(service_id), *referral_ids,
    )  # fmt: skip
    try:
        for cycle in range(RESTARTS):
            desk.wait_for(f"ready {cycle}")
            own_server.stop("fast")
            desk.tell("stopped")
            desk.wait_for(f"offline {cycle}")
            own_server.start()
            desk.tell("started")
            desk.wait_for(f"online {cycle}")
        desk.wait_for(f"ready {RESTARTS}")
        desk.tell("quit")
        desk.wait_for("done")
        code = desk.process.wait(STEP_TIMEOUT_S)
    finally:
        if desk.process.poll() is None:
            desk.process.kill()
            desk.process.wait()

    assert code == 0
    assert (folder / "journal" / CRASH_FILENAME).read_text(encoding="utf-8") == ""
    # the desk said nothing unexpected (no box, no sheet that « could not be made ») and
    # logged no failure
    assert [line for line in desk.lines if line.startswith("box ")] == [], "\n".join(desk.lines)
    log = (folder / "journal" / LOG_FILENAME).read_text(encoding="utf-8")
    assert " ERROR " not in log, log[-3000:]
