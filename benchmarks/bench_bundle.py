"""Time the packaged app's start: ``python benchmarks/bench_bundle.py [BUNDLE_DIR] [N]``.

BUNDLE_DIR is a built one-folder app (default dist/KempenDesktop; build it first with
packaging/build.sh). Runs the bundle N times (default 5) offscreen with --version (the
frozen interpreter and argument parsing) and with --smoke (Qt, the database on a temporary
file, the main window painted and closed), and prints the median and worst wall time of
each, and --smoke --db on a copy of an existing database (a start as the user has it every
day: no schema to create), plus the bundle's size on disk. The goal is a start in under 2 s.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kempen_desktop.services.common.database import open_database


def size_mb(folder: Path) -> float:
    files = [f for f in folder.rglob("*") if f.is_file() and not f.is_symlink()]
    return sum(f.stat().st_size for f in files) / 1e6


def children_cpu() -> float:
    """CPU seconds (user + system) of finished child processes; 0 where not measurable."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], runs: int) -> tuple[list[float], list[float]]:
    """Wall times and CPU times of `runs` starts. On a shared machine the wall time follows
    the load; the CPU time much less, so both are printed."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    walls, cpus = [], []
    for _ in range(runs):
        start, cpu = time.perf_counter(), children_cpu()
        subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
        walls.append(time.perf_counter() - start)
        cpus.append(children_cpu() - cpu)
    return walls, cpus


def main() -> None:
    bundle = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "KempenDesktop"
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    exe = bundle / ("kempen-desktop.exe" if sys.platform == "win32" else "kempen-desktop")
    if not exe.exists():
        raise SystemExit(f"{exe} not found: build it first (packaging/build.sh)")
    print(f"bundle {bundle}: {size_mb(bundle):.0f} MB on disk")
    timed([str(exe), "--version"], 1)  # warm the file cache once
    with tempfile.TemporaryDirectory() as folder:
        existing = Path(folder) / "existing.db"
        open_database(existing).close()  # made and migrated once, as after the first start
        medians = {}
        for label, args in (
            ("--version", ["--version"]),
            ("--smoke (new database)", ["--smoke"]),
            ("--smoke --db (existing database)", ["--smoke", "--db", str(existing)]),
        ):
            walls, cpus = timed([str(exe), *args], runs)
            medians[label] = statistics.median(walls)
            print(
                f"{label:34} median {medians[label]:.2f} s, worst {max(walls):.2f} s, "
                f"CPU median {statistics.median(cpus):.2f} s ({runs} runs)"
            )
        new, existing_start = medians["--smoke (new database)"], medians[label]
        # A new database costs its schema and reference rows on top of an everyday start.
        print(f"new database / existing database: {new / existing_start:.2f}")


if __name__ == "__main__":
    main()
