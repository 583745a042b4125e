"""Before the window opens, `make run` (the `run` command) says which system libraries Qt's
window lacks, with the exact Debian command to install them, instead of letting Qt stop."""

import os
import stat

import pytest

from app import system_check
from ui import launcher

LDD_WITHOUT_TWO = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f)
"""


@pytest.fixture
def fake_ldd(tmp_path, monkeypatch):
    """An `ldd` first on the PATH: the X11 plug-in lacks two libraries, the others lack none."""
    folder = tmp_path / "bin"
    folder.mkdir()
    script = folder / "ldd"
    report = tmp_path / "xcb.txt"
    report.write_text(LDD_WITHOUT_TWO)
    script.write_text(
        "#!/bin/sh\n"
        f'case "$1" in *libqxcb.so) cat "{report}";; '
        "*) echo '\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6';; esac\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    return script


def test_ldd_lines_that_say_not_found_name_the_missing_libraries():
    assert system_check.parse_ldd(LDD_WITHOUT_TWO) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert system_check.parse_ldd("\tlibc.so.6 => /lib/libc.so.6\n") == []


def test_the_install_line_names_debian_packages():
    line = system_check.apt_line(["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libGL.so.1"])
    assert line == "sudo apt install libxcb-icccm4 libxcb-keysyms1 libgl1"


def test_run_stops_with_the_apt_line_in_french_when_a_library_is_missing(
    fake_ldd, tmp_path, monkeypatch, capsys
):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "donnees"))  # the program logs there
    db = tmp_path / "aiguillage.sqlite"
    assert launcher.main(["run", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "il manque au système libxcb-icccm.so.4, libxcb-keysyms.so.1" in err
    assert "    sudo apt install libxcb-icccm4 libxcb-keysyms1\n" in err
    assert "relancez Aiguillage (make run)" in err
    assert not db.exists()  # stopped before anything was opened


def test_offscreen_does_not_need_the_x11_libraries(fake_ldd, monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert system_check.window_libraries_message() is None
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert "libxcb-keysyms1" in system_check.window_libraries_message()


def test_nothing_is_said_when_every_library_is_there(tmp_path, monkeypatch):
    folder = tmp_path / "bin"
    folder.mkdir()
    script = folder / "ldd"
    script.write_text("#!/bin/sh\necho '\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1'\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert system_check.window_libraries_message() is None
