"""The weekly national directory: data·inclusion's whole country into one département, and a
million CSV rows landed without a territory.

    measure(small_db, large_db) -> result rows (see bench.common.row)

- directory_import_national: the generated national pair (140,000 services with long
  descriptions, ~300 MB, and 100,000 structures) into Ille-et-Vilaine, through the command
  line (`aiguillage directory import --departement 35`), on a copy of the small demo database:
  wall time, goal 60 s; directory_import_national_rss: the command's peak memory, goal 600 MB;
- directory_import_csv_1m: 1,000,000 services as CSV (and their 100,000 structures), every
  row landed: wall time, goal 120 s.

Each also has a `_cpu` figure (user + system seconds of the import): on a machine shared with
other work the wall time says more about the neighbours than about the import.

The files are generated once in the bench cache (bench/.cache/national*). Each import runs
once (a run is tens of seconds); `floor` is reading the same files' bytes, nothing else.

    python -m bench.bench_directory_national     # these figures only, merged into results.json
"""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from bench.common import row, scratch_copy

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _cache() -> Path:
    folder = Path(os.environ.get("AIGUILLAGE_BENCH_CACHE", HERE / ".cache"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _files(name: str, **kwargs) -> Path:  # type: ignore[no-untyped-def]
    folder = _cache() / name
    done = folder / "done"
    if not done.exists():
        from bench.national_files import write_pair

        print(f"  generating {name} (once)…", flush=True)
        write_pair(folder, seed=1, **kwargs)
        done.write_text("ok")
    return folder


def _read_bytes(folder: Path) -> float:
    start = time.perf_counter()
    for path in folder.iterdir():
        if path.suffix in (".json", ".csv"):
            with open(path, "rb") as file:
                while file.read(1 << 20):
                    pass
    return time.perf_counter() - start


def _run(db: Path, folder: Path, *options: str) -> tuple[float, float, float]:
    """(seconds, peak MB, CPU seconds) of one import through the command line. The CPU time
    is what the wall time would be on a machine the import has to itself."""
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "directory", "import", "--db", str(db), *options,
         str(folder)],  # fmt: skip
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=ROOT,
    )
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    output = process.stdout.read().decode() if process.stdout else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"the import failed: {output}")
    return seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def measure(small_db: Path, large_db: Path) -> list[dict]:
    national = _files("national", services=140_000, structures=100_000, description=1100)
    floor = _read_bytes(national)
    seconds, peak, cpu = _run(scratch_copy(small_db), national, "--departement", "35")
    entries = [
        row("directory_import_national", [seconds], goal=60.0, floor=[floor], unit="s"),
        row("directory_import_national_rss", [peak], goal=600.0, unit="MB"),
        row("directory_import_national_cpu", [cpu], goal=60.0, unit="s"),
    ]
    million = _files(
        "national_csv_1m", services=1_000_000, structures=100_000, description=60, csv_format=True
    )
    floor = _read_bytes(million)
    seconds, _, cpu = _run(scratch_copy(small_db), million)
    entries.append(row("directory_import_csv_1m", [seconds], goal=120.0, floor=[floor], unit="s"))
    entries.append(row("directory_import_csv_1m_cpu", [cpu], goal=120.0, unit="s"))
    return entries


def main() -> int:
    from bench.__main__ import demo_database, print_table

    small = demo_database("small")
    entries = measure(small, small)
    results = HERE / "results.json"
    kept = json.loads(results.read_text(encoding="utf-8")) if results.exists() else []
    names = {entry["name"] for entry in entries}
    merged = [entry for entry in kept if entry["name"] not in names] + entries
    results.write_text(json.dumps(merged, indent=2), encoding="utf-8")
    print_table(entries)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
