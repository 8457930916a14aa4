"""What row-level security costs a begeleider on PostgreSQL (issue 19, team mode).

    python benchmarks/bench_team_access.py [--dossiers 5000] [--runs 5]

Starts a throwaway cluster (tests/pg.py), fills a demo database, runs `kempen team init`
and adds a begeleider for the partner with the most consents, then measures (median of
--runs, milliseconds) the same queries as the owner (no policies: the floor) and as the
begeleider (every row checked against its partner's followed, consented dossiers), and the
app's dossier list (Workspace.find) for both. Compare ratios: the machine is noisy.

Measured 2026-12-01 on the busy 2-core machine, 5,000 demo dossiers, begeleider of VDAB
(consent in about 40 % of them; owner / begeleider, ms): count dossiers 3.9 / 39.6, first
50 by name 0.6 / 37.5, count timeline lines 9.0 / 58.0, count persons 0.8 / 60.0, the app's
dossier list 30.8 / 42.6. The begeleider's cost is about one computation of its visible set
per query (kempen_visible_dossiers), which grows with the partner's dossiers, not the table.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

QUERIES = {
    "count dossiers": "SELECT count(*) FROM dossier",
    "first 50 by name": "SELECT num FROM dossier ORDER BY list_last_name, num LIMIT 50",
    "count timeline lines": "SELECT count(*) FROM timeline_entry",
    "count persons": "SELECT count(*) FROM person",
}


def timed(runs: int, work: Callable[[], object]) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    import psycopg

    from kempen_desktop.app import Workspace
    from kempen_desktop.cli import main as kempen
    from kempen_desktop.services.common.database import open_server_database
    from kempen_desktop.services.dossiers.dossier_list import DossierFilter
    from tests.pg import start_cluster

    parser = argparse.ArgumentParser()
    parser.add_argument("--dossiers", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    cluster = start_cluster()
    try:
        cluster.admin("CREATE DATABASE bench")
        owner_url = cluster.url("bench")
        db = owner_url.replace("postgresql+psycopg://", "postgresql://")
        kempen(["--db", db, "demo", "--dossiers", str(args.dossiers)])
        kempen(["--db", db, "team", "init"])
        login = {"host": str(cluster.socket_dir), "dbname": "bench"}
        with psycopg.connect(**login, user="postgres") as connection:
            row = connection.execute(
                "SELECT p.name FROM partner p JOIN consent k ON k.partner_id = p.id "
                "GROUP BY p.name ORDER BY count(*) DESC LIMIT 1"
            ).fetchone()
        assert row is not None
        kempen(["--db", db, "team", "user", "add", "bench_beg", "--role", "begeleider",
                "--partner", row[0]])  # fmt: skip
        print(f"{args.dossiers} demo dossiers; begeleider of {row[0]}")
        print(f"{'':<24}{'owner':>10}{'begeleider':>12}{'ratio':>8}")
        for label, sql in QUERIES.items():
            times = []
            for user in ("postgres", "bench_beg"):
                with psycopg.connect(**login, user=user) as connection:
                    connection.execute(sql).fetchall()  # warm
                    times.append(
                        timed(args.runs, lambda c=connection, q=sql: c.execute(q).fetchall())
                    )
            print(f"{label:<24}{times[0]:>10.1f}{times[1]:>12.1f}{times[1] / times[0]:>8.1f}")
        times = []
        for user in ("postgres", "bench_beg"):
            database = open_server_database(owner_url.replace("://postgres@", f"://{user}@"))
            try:
                workspace = Workspace(database)
                times.append(timed(args.runs, lambda w=workspace: w.dossiers.find(DossierFilter())))
            finally:
                database.close()
        label = "app: dossier list"
        print(f"{label:<24}{times[0]:>10.1f}{times[1]:>12.1f}{times[1] / times[0]:>8.1f}")
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
