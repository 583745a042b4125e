"""Replacing a broken main PC: the place shares, a desk joins with its code (its own login),
an encrypted backup is taken on the main PC, the old server's folder is lost; the new main PC
is made from the backup (a new folder) and the desk connects again with the certificate it
pinned and the login and password it keeps, without a new code. Also from the old server's
folder, from the command line, and what a backup without its kit means. A real server on
127.0.0.1, temporary XDG folders."""

import os
import shutil
import subprocess
import sys

import pytest
from sqlalchemy import text

from app.backup.server_backup import create_server_backup
from app.db import make_engine
from app.errors import DatabaseError
from app.sharing.desk_config import saved_desk
from app.sharing.kit import KIT_NAME
from app.sharing.replace import become_main_pc, from_backup, from_server_folder
from app.sharing.server import SharedServer
from tests import sharing_helpers as helpers
from tests.test_main_pc import join_desk

pytestmark = pytest.mark.server
work_dir, desk_home, shared_place = helpers.work_dir, helpers.desk_home, helpers.shared_place
PASSPHRASE = "les pommes de Redon"


def desk_reads(url) -> tuple[str, int]:  # type: ignore[no-untyped-def]
    """What the desk gets through the front with its pin and login: who it is, the places."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return (connection.execute(text("SELECT current_user")).scalar(),
                    connection.execute(text("SELECT count(*) FROM site")).scalar())
    finally:
        engine.dispose()


def lose(server: SharedServer) -> None:
    """The old main PC breaks: its server is gone with its folder."""
    server.stop()
    shutil.rmtree(server.folder)


def test_a_new_main_pc_from_the_encrypted_backup_and_the_desk_connects_as_it_was(
    shared_place, work_dir, desk_home, monkeypatch
):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(work_dir / "config"))
    server, _ = shared_place
    desk = join_desk(server, "till")
    assert desk_reads(desk) == (desk.username, 1)
    backups = work_dir / "cle-usb"
    made = create_server_backup(server.direct_url(), backups, passphrase=PASSPHRASE)
    kit = backups / KIT_NAME
    assert kit.exists() and oct(kit.stat().st_mode & 0o777) == "0o600"
    key = (server.folder / "tls" / "serveur.key").read_bytes()
    assert key not in kit.read_bytes() and b"BEGIN" not in kit.read_bytes()
    lose(server)
    with pytest.raises(DatabaseError):
        desk_reads(desk)

    replaced = from_backup(made.backup.path, work_dir / "nouveau-pc" / "serveur",
                           passphrase=PASSPHRASE, listen=["127.0.0.1"], durable=False)
    try:
        new = replaced.server
        assert new.fingerprint == server.fingerprint and new.port == server.port
        assert (replaced.desks_back, replaced.new_codes) == (1, False)
        become_main_pc(new, desk_folder=desk_home)
        assert saved_desk(desk_home)["server_dir"] == str(new.folder)
        assert desk_reads(desk) == (desk.username, 1)  # its pin and its login, no new code
    finally:
        replaced.server.stop()


def test_a_backup_without_its_kit_gives_a_new_certificate_and_new_codes(
    shared_place, work_dir
):
    server, _ = shared_place
    desk = join_desk(server, "reception")
    made = create_server_backup(server.direct_url(), work_dir / "sauvegardes")
    assert not (work_dir / "sauvegardes" / KIT_NAME).exists()  # never in clear
    lose(server)
    replaced = from_backup(made.backup.path, work_dir / "nouveau", listen=["127.0.0.1"],
                           port=server.port, durable=False)
    try:
        assert replaced.new_codes and replaced.server.fingerprint != server.fingerprint
        with pytest.raises(DatabaseError) as refused:
            desk_reads(desk)  # the pin refuses a changed certificate: join again with a code
        assert "certificat" in refused.value.message
        url = join_desk(replaced.server, "reception")
        assert desk_reads(url)[1] == 1
    finally:
        replaced.server.stop()


def test_a_new_main_pc_from_the_old_server_folder(shared_place, work_dir):
    server, _ = shared_place
    desk = join_desk(server, "office")
    server.stop()
    replaced = from_server_folder(server.folder, work_dir / "nouveau-pc" / "serveur")
    try:
        assert replaced.server.fingerprint == server.fingerprint
        assert replaced.desks_back == 1
        assert desk_reads(desk) == (desk.username, 1)
    finally:
        replaced.server.stop()


def test_server_replace_from_the_command_line(shared_place, work_dir, desk_home):
    server, _ = shared_place
    desk = join_desk(server, "till")
    made = create_server_backup(server.direct_url(), work_dir / "cle", passphrase=PASSPHRASE)
    lose(server)
    new_pc = work_dir / "nouveau-pc"
    env = dict(os.environ, XDG_DATA_HOME=str(new_pc / "donnees"),
               XDG_CONFIG_HOME=str(new_pc / "config"), AIGUILLAGE_BACKUP_PASSPHRASE=PASSPHRASE)
    ran = subprocess.run(
        [sys.executable, "-m", "app", "server", "replace", "--from", str(made.backup.path),
         "--listen", "127.0.0.1"], capture_output=True, text=True, timeout=600, env=env)
    folder = new_pc / "donnees" / "Aiguillage" / "serveur-partage"
    try:
        assert ran.returncode == 0, ran.stderr
        assert "poste principal" in ran.stdout and server.fingerprint in ran.stdout
        assert "sans nouveau code : 1," in ran.stdout
        assert PASSPHRASE not in ran.stdout
        assert desk_reads(desk) == (desk.username, 1)
        status = subprocess.run([sys.executable, "-m", "app", "server", "status"],
                                capture_output=True, text=True, timeout=120, env=env)
        assert status.returncode == 0, status.stderr
    finally:
        subprocess.run([sys.executable, "-m", "app", "server", "stop", "--dir", str(folder)],
                       capture_output=True, timeout=120, env=env)


def test_server_replace_says_a_wrong_source_in_french(work_dir):
    env = dict(os.environ, XDG_DATA_HOME=str(work_dir / "donnees"))
    ran = subprocess.run(
        [sys.executable, "-m", "app", "server", "replace", "--from", str(work_dir / "rien")],
        capture_output=True, text=True, timeout=120, env=env)
    assert ran.returncode != 0 and "Traceback" not in ran.stderr
    assert "sauvegarde" in ran.stderr
