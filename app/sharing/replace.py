"""Replacing the main PC (the old one broken, a new PC bought): the new PC becomes the main PC
from the old server's folder (copied whole: same certificate, same desks' logins) or from the
last backup of the shared database. With the main PC's kit beside an encrypted backup
(app/sharing/kit.py), the new server presents the old certificate and knows each desk's login
and password verifier: the desks connect again without new codes, once the new PC answers at
the old address. Without a kit, the certificate is new and every desk joins again with a code.
Then this PC runs on the new server (desk.json) and starts it with the session."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from app.errors import UserError
from app.i18n import translate
from app.sharing.server import CONFIG, FRONT_PID, SharedServer


def _tr(text: str) -> str:
    return translate("Sharing", text)


@dataclass(frozen=True)
class Replaced:
    server: SharedServer
    desks_back: int  # desks that connect again as they are
    new_codes: bool  # every desk must join again with a new code


def is_server_folder(path: Path) -> bool:
    return (Path(path) / CONFIG).exists()


def _check_new_folder(folder: Path) -> None:
    if (folder / CONFIG).exists() or (folder / "data").exists():
        raise UserError(
            _tr("“%1” already holds a server: choose an empty folder.").replace("%1", str(folder))
        )


def from_server_folder(old: Path, folder: Path) -> Replaced:
    """The old server's folder copied whole into `folder` (its disk taken out of the broken
    PC, say), then started: the same certificate, the same desks, the same passwords."""
    folder = Path(folder).resolve()
    _check_new_folder(folder)
    old_server = SharedServer.load(Path(old))  # a French refusal if it is not one
    if old_server.is_running():
        raise UserError(_tr("The old server still runs: stop it first (server stop)."))
    folder.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(old, folder, symlinks=True)
    for stale in (folder / "data" / "postmaster.pid", folder / FRONT_PID):
        stale.unlink(missing_ok=True)  # left by the old PC when it broke
    from app.db.pg_server import adopt_copied_folder
    from app.private_files import make_tree_private

    make_tree_private(folder)
    adopt_copied_folder(folder)
    server = SharedServer.load(folder)
    server.start()
    return Replaced(server, _desks_that_connect(server), new_codes=False)


def from_backup(backup: Path, folder: Path, *, passphrase: str | None = None,
                port: int | None = None, listen: list[str] | None = None,
                durable: bool = True) -> Replaced:
    """A new server in `folder` with the backup's data; the old certificate and desks when the
    main PC's kit is beside the backup (and the passphrase opens it)."""
    from app.backup.server_restore import restore_server_backup
    from app.sharing.kit import add_desks_back, install_certificate, kit_beside, read_kit
    from app.sharing.sharing import choose_port

    backup = Path(backup)
    if not backup.is_file():
        raise UserError(_tr("There is no backup “%1”.").replace("%1", str(backup)))
    folder = Path(folder).resolve()
    _check_new_folder(folder)
    kit_path = kit_beside(backup)
    kit = read_kit(kit_path, passphrase) if kit_path is not None and passphrase else None
    port = port or (kit["port"] if kit else None) or choose_port()
    server = SharedServer.init(folder, port, listen, durable=durable)
    try:
        restore_server_backup(server.direct_url(), backup, folder / "avant-remplacement",
                              passphrase=passphrase)
        back = 0
        if kit is not None:
            install_certificate(server, kit)
            back = add_desks_back(server, kit)
        server.restart_front()  # the front presents the certificate and the place's name
    except BaseException:
        server.stop()
        raise
    return Replaced(server, back, new_codes=kit is None)


def _desks_that_connect(server: SharedServer) -> int:
    from app.sharing.desks import list_desks
    from app.sharing.sharing import owner_engine

    engine = owner_engine(server)
    try:
        return sum(1 for d in list_desks(engine) if d.joined_at and not d.revoked_at)
    finally:
        engine.dispose()


def become_main_pc(server: SharedServer, *, autostart: bool = True,
                   desk_folder: Path | None = None) -> str:
    """This PC runs on the new server and starts it with the session; where that was set up."""
    from app.sharing.always_on import install_start_with_session
    from app.sharing.desk_config import save_desk

    save_desk(server.direct_url(), "office", server.folder, desk_folder)
    return install_start_with_session(server.folder).where if autostart else ""
