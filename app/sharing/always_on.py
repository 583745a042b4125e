"""Keeping the main PC's server on: it runs while the app is closed and starts again with the
session. On Linux, a systemd user unit enabled as `systemctl --user enable` does (a link in
`default.target.wants`), or, where no systemd user manager runs, an XDG autostart entry; both
under `$XDG_CONFIG_HOME` (else ~/.config). On Windows, a task at log-on (`schtasks`), whose
command is `windows_task_command`. Each entry runs `server start --dir FOLDER`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from app.private_files import write_private

UNIT_NAME = "aiguillage-serveur.service"
DESKTOP_NAME = "aiguillage-serveur.desktop"
TASK_NAME = "Aiguillage serveur"


def program() -> list[str]:
    """How to run this app's command line (the bundle, or Python with the sources)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "app"]


def start_command(folder: Path) -> list[str]:
    return [*program(), "server", "start", "--dir", str(folder)]


def _quoted(parts: list[str]) -> str:
    return " ".join(f'"{p}"' if " " in p else p for p in parts)


def config_home() -> Path:
    """`$XDG_CONFIG_HOME` when set to an absolute path (the XDG rule), else ~/.config."""
    value = os.environ.get("XDG_CONFIG_HOME", "")
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".config"


def systemd_unit(folder: Path) -> str:
    return (
        "[Unit]\n"
        "Description=Aiguillage : base partagée du lieu (poste principal)\n"
        "After=network-online.target\n"
        "Wants=network-online.target\n\n"
        "[Service]\n"
        "Type=oneshot\n"
        "RemainAfterExit=yes\n"
        f"ExecStart={_quoted(start_command(folder))}\n"
        f"ExecStop={_quoted([*program(), 'server', 'stop', '--dir', str(folder)])}\n"
        "TimeoutStartSec=120\n\n"
        "[Install]\n"
        "WantedBy=default.target\n"
    )


def unit_path(config: Path | None = None) -> Path:
    return (config or config_home()) / "systemd" / "user" / UNIT_NAME


def enabled_link(config: Path | None = None) -> Path:
    """Where `systemctl --user enable` links a unit wanted by default.target."""
    return (config or config_home()) / "systemd" / "user" / "default.target.wants" / UNIT_NAME


def install_systemd_unit(folder: Path, config: Path | None = None, *, tell_systemd: bool = True
                         ) -> Path:
    """Write the unit and enable it (the link `systemctl --user enable` makes, made here so that
    it does not depend on the user manager answering); then, where systemd runs, reload it and
    `loginctl enable-linger` so the server starts with the PC before anyone logs in, where the
    system allows it."""
    path = unit_path(config)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_private(path, systemd_unit(folder))
    link = enabled_link(config)
    link.parent.mkdir(parents=True, exist_ok=True)
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(path)
    if tell_systemd:
        for command in (["systemctl", "--user", "daemon-reload"], ["loginctl", "enable-linger"]):
            try:
                subprocess.run(command, capture_output=True, timeout=60, check=False)
            except OSError:
                pass
    return path


def desktop_entry(folder: Path) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Aiguillage : base partagée du lieu\n"
        "Comment=Démarre la base partagée du poste principal à l'ouverture de session\n"
        f"Exec={_quoted(start_command(folder))}\n"
        "Terminal=false\n"
        "NoDisplay=true\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def autostart_path(config: Path | None = None) -> Path:
    return (config or config_home()) / "autostart" / DESKTOP_NAME


def install_autostart_entry(folder: Path, config: Path | None = None) -> Path:
    path = autostart_path(config)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_private(path, desktop_entry(folder))
    return path


def systemd_user_manager() -> bool:
    """Whether this session has a systemd user manager (its runtime folder says so)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    return bool(shutil.which("systemctl")) and bool(runtime) and (
        Path(runtime) / "systemd" / "private").exists()


def windows_task_command(folder: Path) -> list[str]:
    """The command that registers the server's start at log-on on Windows (schtasks)."""
    return ["schtasks", "/Create", "/TN", TASK_NAME, "/SC", "ONLOGON", "/RL", "LIMITED", "/F",
            "/TR", _quoted(start_command(folder))]


@dataclass(frozen=True)
class StartWithSession:
    kind: str  # "systemd", "autostart", "windows-task" or "" (nothing this system knows)
    where: str  # the file written, or the command run


def install_start_with_session(folder: Path, *, platform: str | None = None,
                               systemd: bool | None = None) -> StartWithSession:
    """Make the server start with the session on this system; what was set up."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        command = windows_task_command(folder)
        try:
            subprocess.run(command, capture_output=True, timeout=60, check=False)
        except OSError:
            return StartWithSession("", "")
        return StartWithSession("windows-task", _quoted(command))
    if not platform.startswith("linux"):
        return StartWithSession("", "")
    running = systemd_user_manager()
    if systemd if systemd is not None else running:
        return StartWithSession("systemd", str(install_systemd_unit(folder, tell_systemd=running)))
    return StartWithSession("autostart", str(install_autostart_entry(folder)))
