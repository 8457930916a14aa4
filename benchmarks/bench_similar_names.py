"""What "Gelijkaardige namen zoeken" costs (issue 19): a misspelt name ("Jansens") against
every dossier, pg_trgm on PostgreSQL, rapidfuzz over the distinct names on SQLite.

    python benchmarks/bench_similar_names.py [--dossiers 20000] [--runs 5]

Fills a demo database of --dossiers on each backend (a throwaway cluster from tests/pg.py
for PostgreSQL), then times Workspace.dossiers.similar() (median of --runs, ms) for a few
typed texts, and shows PostgreSQL's plan (the trigram index of migration 0014 or not).

Measured 2026-12-01 on the busy 2-core machine (load ~9), 20,000 demo dossiers, median of 5
(ms; SQLite / PostgreSQL): "Jansens" 109 / 12, "peters jan" 102 / 12, "zzzqx" (nothing
alike) 78 / 1; PostgreSQL's plan is a bitmap scan of ix_dossier_search_names_trgm. At
100,000 demo dossiers SQLite took 70-225 ms. It runs on a click, not per keystroke.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TYPED = ("Jansens", "peters jan", "zzzqx")


def timed(runs: int, work: Callable[[], object]) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def measure(label: str, workspace: object, runs: int) -> None:
    for typed in TYPED:
        found = len(workspace.dossiers.similar(typed))  # type: ignore[attr-defined]
        ms = timed(runs, lambda t=typed: workspace.dossiers.similar(t))  # type: ignore[attr-defined]
        print(f"{label:<12}{typed!r:<16}{found:>6} found{ms:>10.1f} ms")


def main() -> None:
    import psycopg

    from kempen_desktop.app import Workspace
    from kempen_desktop.cli import main as kempen
    from kempen_desktop.db.backends.postgres import SIMILAR_NAMES_SQL
    from kempen_desktop.services.common.database import open_database, open_server_database
    from tests.pg import start_cluster

    parser = argparse.ArgumentParser()
    parser.add_argument("--dossiers", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "similar.db"
        kempen(["--db", str(path), "demo", "--dossiers", str(args.dossiers)])
        database = open_database(path)
        try:
            measure("SQLite", Workspace(database), args.runs)
        finally:
            database.close()
    cluster = start_cluster()
    try:
        cluster.admin("CREATE DATABASE bench")
        url = cluster.url("bench")
        kempen(["--db", url.replace("+psycopg", ""), "demo", "--dossiers", str(args.dossiers)])
        database = open_server_database(url)
        try:
            measure("PostgreSQL", Workspace(database), args.runs)
        finally:
            database.close()
        login = {"host": str(cluster.socket_dir), "dbname": "bench", "user": "postgres"}
        with psycopg.connect(**login) as connection:
            sql = SIMILAR_NAMES_SQL.replace(":typed", "'jansens'").replace(":limit", "50")
            for (line,) in connection.execute("EXPLAIN " + sql):
                print("  " + line)
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
