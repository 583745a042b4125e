"""`make package-check`: the frozen bundle starts offscreen, says its version, writes demo data
and renders the Accueil page to a non-empty PNG."""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "aiguillage"
BINARY = BUNDLE / ("aiguillage.exe" if sys.platform == "win32" else "aiguillage")
BUDGET_MB = 180


def _run(*args: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [str(BINARY), *args], capture_output=True, text=True, env=env, timeout=300
    )
    if result.returncode != 0:
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


def main() -> int:
    if not BINARY.exists():
        raise SystemExit(f"no bundle at {BINARY}: run `make package` first")
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
    size = bundle_size_mb()
    print(f"{version}: bundle {size:.0f} MB, Accueil rendered ({png_size} bytes)")
    # any desk can become the main PC: the bundle carries the PostgreSQL driver and, in time,
    # the server's own programs, within 180 MB
    if size > BUDGET_MB:
        raise SystemExit(f"the bundle is {size:.0f} MB, over the {BUDGET_MB} MB budget")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
