"""The main PC serves whenever it is on: its app starts its stopped server and a desk connects
again; at quit it offers to stop the server (kept running unless the person says so); the
server starts with the session (an entry under the test's XDG_CONFIG_HOME, whose command, run
here, starts it); the server's commands need no --dir there; `share` does what « Partager »
does and prints no password. A real shared server on 127.0.0.1, temporary XDG folders."""

import os
import shlex
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QLabel
from sqlalchemy import text

from app.context import DeskContext
from app.db import make_engine
from app.sharing import always_on, desks
from app.sharing.desk_config import saved_url
from app.sharing.sharing import owner_engine
from tests import sharing_helpers as helpers
from ui.connection import connection_of
from ui.desk import open_desk_in
from ui.hosting import (
    HOSTS_KEY,
    STARTED_LABEL,
    count_desks,
    offer_to_stop,
    started_sentence,
)
from ui.main_window import MainWindow

pytestmark = [pytest.mark.server, pytest.mark.usefixtures("french_ui", "sync_tasks")]
work_dir, desk_home, shared_place = helpers.work_dir, helpers.desk_home, helpers.shared_place


@pytest.fixture
def config_home(work_dir, monkeypatch):
    """This test's XDG_CONFIG_HOME: where the start with the session is written."""
    folder = work_dir / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder


def join_desk(server, kind: str = "reception"):  # type: ignore[no-untyped-def]
    """A desk joined with its one-time code, as a new PC does: its own login, the pin."""
    engine = owner_engine(server)
    try:
        _login, code = desks.add_desk(engine, kind, f"poste {kind}", server.fingerprint)
    finally:
        engine.dispose()
    return desks.join("127.0.0.1", server.port, server.fingerprint, code, server.database).url


def desk_answers(url) -> bool:  # type: ignore[no-untyped-def]
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT current_user")).scalar() == url.username
    finally:
        engine.dispose()


def sign_in(qtbot, window: MainWindow, name: str, pin: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    form = window.lock_screen.form
    names = [form.agent_list.item(row).text() for row in range(form.agent_list.count())]
    form.agent_list.setCurrentRow(names.index(name))
    qtbot.keyClicks(form.pin_edit, pin)
    qtbot.keyClick(form.pin_edit, Qt.Key.Key_Return)


def close_window(window: MainWindow) -> None:
    connection = connection_of(window.ctx)
    if connection is not None:
        connection.close()
    live = getattr(window, "live", None)
    if live is not None and live.listener is not None:
        live.listener._stop.set()
    window.ctx.engine.dispose()


def test_the_main_pc_app_starts_its_stopped_server_and_a_desk_reconnects(
    qtbot, shared_place, desk_home, shown_messages
):
    server, _ = shared_place
    desk = join_desk(server)
    assert desk_answers(desk)
    server.stop()  # the coordinator stopped it (or the PC started without it)
    assert not server.is_running()

    ctx = DeskContext(engine=None, target=saved_url(desk_home), language="fr")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    try:
        assert open_desk_in(window, ctx) is None  # as the app opens: painted, then the database
        assert server.is_running()
        notice = window.findChild(QLabel, STARTED_LABEL)
        assert notice.text() == started_sentence() and "redémarrée" in notice.text()
        assert notice.isVisible()
        assert not [text for kind, text in shown_messages if kind in ("warn", "error")]
        notice.hide()  # the lock screen hid it: said again once someone signed in
        sign_in(qtbot, window, "Hélène Le Gall", helpers.PIN)
        assert not window.lock_screen.is_locked()
        assert notice.isVisible()
        held = make_engine(desk).connect()  # the desk reconnects with its pin and login
        try:
            assert held.execute(text("SELECT current_user")).scalar() == desk.username
            count_desks(window)
            assert window.db_label.text() == "Base partagée — 1 poste connecté"
        finally:
            held.close()
        assert "sqlite" not in window.db_label.text()

        # at quit, kept running unless the person says otherwise
        shown_messages.confirm_answer = False
        assert ctx.extras.get(HOSTS_KEY)
        assert offer_to_stop(ctx) is False
        assert "ne peuvent plus" in shown_messages.questions[-1]
        assert server.is_running() and desk_answers(desk)
        shown_messages.confirm_answer = True
        assert offer_to_stop(ctx) is True
        assert not server.is_running()
    finally:
        close_window(window)


def test_a_desk_s_window_never_offers_to_stop_a_server(qtbot, shown_messages):
    ctx = DeskContext(engine=None, target="postgresql://poste@127.0.0.1:1/aiguillage",
                      language="fr")
    assert offer_to_stop(ctx) is False
    assert shown_messages.questions == []


@pytest.mark.parametrize("systemd", [False, True], ids=["autostart", "systemd"])
def test_the_server_starts_with_the_session_from_the_entry_written(
    shared_place, config_home, systemd
):
    server, _ = shared_place
    written = always_on.install_start_with_session(server.folder, platform="linux",
                                                   systemd=systemd)
    path = config_home / ("systemd/user/aiguillage-serveur.service" if systemd
                          else "autostart/aiguillage-serveur.desktop")
    assert written.where == str(path) and path.exists()
    key = "ExecStart=" if systemd else "Exec="
    if systemd:  # enabled: the link `systemctl --user enable` makes
        link = config_home / "systemd/user/default.target.wants/aiguillage-serveur.service"
        assert link.is_symlink() and link.resolve() == path.resolve()
    command = next(line[len(key):] for line in path.read_text(encoding="utf-8").splitlines()
                   if line.startswith(key))
    server.stop()
    assert not server.is_running()
    ran = subprocess.run(shlex.split(command), capture_output=True, text=True, timeout=300)
    assert ran.returncode == 0, ran.stderr
    assert server.is_running()


def test_windows_registers_the_start_at_log_on():
    folder = always_on.Path("C:/Aiguillage/serveur partagé")
    task = always_on.windows_task_command(folder)
    assert task[:2] == ["schtasks", "/Create"] and "ONLOGON" in task and "/F" in task
    assert task[task.index("/TN") + 1] == "Aiguillage serveur"
    assert task[-1].endswith(f'server start --dir "{folder}"')


def _aiguillage(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          timeout=300, env=env)


def test_the_server_commands_need_no_folder_on_the_main_pc(shared_place, desk_home):
    server, _ = shared_place
    env = dict(os.environ, XDG_DATA_HOME=str(desk_home.parent))
    status = _aiguillage(env, "server", "status")
    assert status.returncode == 0, status.stderr
    assert f"port {server.port}" in status.stdout
    added = _aiguillage(env, "server", "add-desk", "--kind", "till", "--name", "Caisse")
    assert added.returncode == 0, added.stderr
    login = added.stdout.split()[1]
    listed = _aiguillage(env, "server", "desks")
    assert login in listed.stdout and "Caisse" in listed.stdout
    assert _aiguillage(env, "server", "revoke", login).returncode == 0
    assert _aiguillage(env, "server", "stop").returncode == 0
    assert _aiguillage(env, "server", "status").returncode == 3
    assert _aiguillage(env, "server", "start").returncode == 0
    assert server.is_running()


def test_server_commands_elsewhere_ask_for_the_folder_in_french(work_dir):
    env = dict(os.environ, XDG_DATA_HOME=str(work_dir / "autre-pc"))
    ran = _aiguillage(env, "server", "status")
    assert ran.returncode != 0
    assert "--dir" in ran.stderr and "poste principal" in ran.stderr
    assert "Traceback" not in ran.stderr


def test_share_does_what_partager_does_and_prints_no_password(work_dir):
    data, config = work_dir / "donnees", work_dir / "config"
    path = work_dir / "poste" / "aiguillage.sqlite"
    path.parent.mkdir()
    helpers.make_place_file(path)
    env = dict(os.environ, XDG_DATA_HOME=str(data), XDG_CONFIG_HOME=str(config))
    port = helpers.free_port()
    shared = _aiguillage(env, "share", "--db", str(path), "--port", str(port),
                         "--listen", "127.0.0.1")
    folder = path.parent / "serveur-partage"
    try:
        assert shared.returncode == 0, shared.stderr
        server = helpers.SharedServer.load(folder)
        assert f"127.0.0.1:{port}" in shared.stdout and server.fingerprint in shared.stdout
        assert server.owner_password not in shared.stdout + shared.stderr
        assert "postgresql://" not in shared.stdout
        assert (config / "autostart" / "aiguillage-serveur.desktop").exists() or (
            config / "systemd" / "user" / "aiguillage-serveur.service").exists()
        assert not path.exists()  # kept aside, read-only
        again = _aiguillage(env, "share")
        assert again.returncode != 0 and "déjà" in again.stderr
        assert "Traceback" not in again.stderr
        status = _aiguillage(env, "server", "status")
        assert status.returncode == 0, status.stderr
    finally:
        _aiguillage(env, "server", "stop", "--dir", str(folder))
