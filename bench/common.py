"""Small helpers shared by the benchmark modules: timing, percentiles, result rows."""

import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    rank = (len(ordered) - 1) * q / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def time_ms(work: Callable[[], object], repeat: int, warmup: int = 1) -> list[float]:
    """Run `work` warmup + repeat times; the durations of the measured runs, in ms."""
    for _ in range(warmup):
        work()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def row(
    name: str,
    samples: list[float],
    *,
    goal: float,
    floor: list[float] | None = None,
    unit: str = "ms",
    goal_on: str = "p95",
) -> dict:
    """One result entry. `goal_on` says what the goal bounds: "p95", "p50" or "ratio"
    (p50 divided by the floor's p50)."""
    p50 = percentile(samples, 50)
    p95 = percentile(samples, 95)
    floor_p50 = percentile(floor, 50) if floor else None
    ratio = p50 / floor_p50 if floor_p50 else None
    measured = {"p95": p95, "p50": p50, "ratio": ratio}[goal_on]
    return {
        "name": name,
        "unit": unit,
        "p50": round(p50, 3),
        "p95": round(p95, 3),
        "goal": goal,
        "goal_on": goal_on,
        "floor": round(floor_p50, 3) if floor_p50 is not None else None,
        "ratio": round(ratio, 2) if ratio is not None else None,
        "status": "ok" if measured is not None and measured <= goal else "over",
        "samples": len(samples),
    }


def absent(name: str, goal: float, unit: str = "ms", goal_on: str = "p95") -> dict:
    return {
        "name": name,
        "unit": unit,
        "p50": None,
        "p95": None,
        "goal": goal,
        "goal_on": goal_on,
        "floor": None,
        "ratio": None,
        "status": "absent",
        "samples": 0,
    }


def scratch_copy(db_path: Path) -> Path:
    """A throw-away copy of a cached database, so write benchmarks never change the cache."""
    folder = Path(tempfile.mkdtemp(prefix="aiguillage-bench-"))
    target = folder / db_path.name
    shutil.copyfile(db_path, target)
    return target


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")
