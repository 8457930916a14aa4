"""Time generate_demo: ``python benchmarks/bench_demo.py [N] [--keep PATH]``.

Creates a fresh database in a temporary folder (or at PATH with --keep), opens it the way
the app does, generates N demo dossiers (default 100,000) and prints the time (wall and CPU)
of each phase, the rows written per second and the size of the database file.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kempen_desktop.services.common.database import open_database
from kempen_desktop.services.demo import generate_demo


def run(n: int, path: Path, seed: int) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    stages: list[tuple[float, str, int]] = []
    t0 = time.perf_counter()
    db = open_database(path, mark_demo=True)
    t_open = time.perf_counter() - t0
    t1 = time.perf_counter()
    cpu1 = time.process_time()
    summary = generate_demo(
        db,
        dossiers=n,
        seed=seed,
        progress=lambda stage, pct: stages.append((time.perf_counter() - t1, stage, pct)),
    )
    t_gen = time.perf_counter() - t1
    cpu_gen = time.process_time() - cpu1
    db.close()
    total = t_open + t_gen
    rows = summary.total_rows
    print(f"dossiers           {summary.dossiers:>12,}")
    print(f"rows written       {rows:>12,}")
    for name, value in vars(summary).items():
        print(f"  {name:<22}{value:>10,}")
    print(f"open_database      {t_open:>12.2f} s")
    print(f"generate_demo      {t_gen:>12.2f} s wall, {cpu_gen:.2f} s CPU (all threads)")
    print(f"total              {total:>12.2f} s")
    print(f"rows/s             {rows / t_gen:>12,.0f}")
    print(f"dossiers/s         {summary.dossiers / t_gen:>12,.0f}")
    size = path.stat().st_size
    wal = Path(f"{path}-wal")
    print(
        f"db file            {size / 1e6:>12.1f} MB"
        + (f" (+ wal {wal.stat().st_size / 1e6:.1f} MB)" if wal.exists() else "")
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory        {peak:>12.0f} MB")
    print("stages (s since start of generate_demo):")
    for at, stage, pct in stages:
        print(f"  {at:7.2f}  {pct:3d}%  {stage}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("n", nargs="?", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="write the database here and keep it")
    args = parser.parse_args()
    if args.keep:
        run(args.n, args.keep, args.seed)
        return
    with tempfile.TemporaryDirectory() as folder:
        run(args.n, Path(folder) / "demo.db", args.seed)


if __name__ == "__main__":
    main()
