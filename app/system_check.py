"""Before the window opens: are the system libraries that Qt's window needs installed?

On a minimal Debian, Qt's X11 plug-in (xcb) needs a few small libraries that are often not
there (libxcb-icccm4, libxcb-keysyms1…). Qt then stops with a message that names only one
of them, in English. Here the platform plug-in is read with `ldd` before Qt is even loaded,
and what is missing is said in words, with the exact `sudo apt install …` line to type.

No Qt here: this must work precisely when Qt cannot start.
"""

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from app.i18n import translate

# The Debian package of each library the Qt platform plug-ins and Qt Gui load.
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}

PLUGIN_FILES = {
    "xcb": "libqxcb.so",
    "wayland": "libqwayland.so",
    "offscreen": "libqoffscreen.so",
    "minimal": "libqminimal.so",
}


def _tr(text: str) -> str:
    return translate("SystemCheck", text)


def qt_folder() -> Path | None:
    """Where the PySide6 wheel keeps Qt (None if it cannot be found, e.g. in a bundle)."""
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin:
        return None
    folder = Path(spec.origin).parent / "Qt"
    return folder if folder.is_dir() else None


def platform_name(env: Mapping[str, str]) -> str:
    """The Qt platform plug-in that will open the window (Qt's own choice on Linux)."""
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    if env.get("WAYLAND_DISPLAY") and not env.get("DISPLAY"):
        return "wayland"
    return "xcb"


def missing_libraries(library: Path) -> list[str]:
    """The libraries `library` needs that the system does not have, as `ldd` tells."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    try:
        result = subprocess.run(
            [ldd, str(library)], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return []
    return parse_ldd(result.stdout)


# Qt's own libraries come with Aiguillage (wheel or bundle), never from the system.
OWN_LIBRARIES = ("libQt6", "libpyside6", "libshiboken6")


def parse_ldd(output: str) -> list[str]:
    """System libraries on `… => not found` lines, each once, in order."""
    missing: list[str] = []
    for line in output.splitlines():
        name, arrow, where = line.strip().partition("=>")
        name = name.strip()
        if not arrow or where.strip() != "not found" or name.startswith(OWN_LIBRARIES):
            continue
        if name not in missing:
            missing.append(name)
    return missing


def apt_line(libraries: list[str]) -> str:
    packages: list[str] = []
    for library in libraries:
        package = DEBIAN_PACKAGES.get(library, library)
        if package not in packages:
            packages.append(package)
    return "sudo apt install " + " ".join(packages)


def window_libraries_message(env: Mapping[str, str] | None = None) -> str | None:
    """What to install before the window can open, in words; None when all is there."""
    if not sys.platform.startswith("linux"):
        return None
    env = os.environ if env is None else env
    folder = qt_folder()
    plugin_file = PLUGIN_FILES.get(platform_name(env))
    if folder is None or plugin_file is None:
        return None
    plugin = folder / "plugins" / "platforms" / plugin_file
    if not plugin.exists():
        return None
    missing = missing_libraries(plugin)
    if not missing:
        return None
    return "\n".join(
        (
            _tr("Aiguillage cannot open its window: the system lacks %1.").replace(
                "%1", ", ".join(missing)
            ),
            _tr("Install what is missing with this command (it asks for your password):"),
            "",
            "    " + apt_line(missing),
            "",
            _tr("then start Aiguillage again (make run)."),
        )
    )


def main() -> int:
    message = window_libraries_message()
    if message:
        print(message, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
