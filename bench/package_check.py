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


def _run(*args: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [str(BINARY), *args], capture_output=True, text=True, env=env, timeout=300
    )
    if result.returncode != 0:
        raise SystemExit(f"bundle failed: {' '.join(args)}\n{result.stdout}\n{result.stderr}")
    return result.stdout


def bundle_size_mb() -> float:
    return sum(f.stat().st_size for f in BUNDLE.rglob("*") if f.is_file()) / 1024 / 1024


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
    size = bundle_size_mb()
    print(f"{version}: bundle {size:.0f} MB, Accueil rendered ({png_size} bytes)")
    if size > 150:
        raise SystemExit(f"the bundle is {size:.0f} MB, over the 150 MB budget")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
