"""Keeping the main PC's server on: it runs while the app is closed and starts again with the
PC. On Linux, a systemd user unit the app writes and enables; on Windows, a task at log-on
(the command is in the guide and in `windows_task_command`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

UNIT_NAME = "aiguillage-serveur.service"


def program() -> list[str]:
    """How to run this app's command line (the bundle, or Python with the sources)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "app"]


def _quoted(parts: list[str]) -> str:
    return " ".join(f'"{p}"' if " " in p else p for p in parts)


def systemd_unit(folder: Path) -> str:
    command = program()
    return (
        "[Unit]\n"
        "Description=Aiguillage : base partagée du lieu (poste principal)\n"
        "After=network-online.target\n"
        "Wants=network-online.target\n\n"
        "[Service]\n"
        "Type=oneshot\n"
        "RemainAfterExit=yes\n"
        f"ExecStart={_quoted([*command, 'server', 'start', '--dir', str(folder)])}\n"
        f"ExecStop={_quoted([*command, 'server', 'stop', '--dir', str(folder)])}\n"
        "TimeoutStartSec=120\n\n"
        "[Install]\n"
        "WantedBy=default.target\n"
    )


def unit_path(home: Path | None = None) -> Path:
    return (home or Path.home()) / ".config" / "systemd" / "user" / UNIT_NAME


def install_systemd_unit(folder: Path, home: Path | None = None, *, enable: bool = True) -> Path:
    """Write the unit and enable it (`systemctl --user enable`); `loginctl enable-linger` lets
    it start with the PC before anyone logs in, where the system allows it."""
    path = unit_path(home)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(systemd_unit(folder), encoding="utf-8")
    if enable:
        for command in (["systemctl", "--user", "daemon-reload"],
                        ["systemctl", "--user", "enable", UNIT_NAME],
                        ["loginctl", "enable-linger"]):
            subprocess.run(command, capture_output=True, timeout=60, check=False)
    return path


def windows_task_command(folder: Path) -> list[str]:
    """The command that registers the server's start at log-on on Windows (schtasks)."""
    run = _quoted([*program(), "server", "start", "--dir", str(folder)])
    return ["schtasks", "/Create", "/TN", "Aiguillage serveur", "/SC", "ONLOGON", "/RL",
            "LIMITED", "/F", "/TR", run]
