"""How long taking a working copy along and bringing it back takes (issue 20, team mode).

    python benchmarks/bench_working_copy.py [--dossiers 2000] [--take 200] [--edit 50]

Starts a throwaway cluster (tests/pg.py), fills a demo database with --dossiers, checks out
the first --take dossiers into an encrypted copy, edits the situation of --edit of them in
the copy, checks in, and checks in again (nothing to do). Seconds, one run each.

Measured 2026-12-01 on the busy 2-core machine, 2,000 demo dossiers, 200 taken (3,974
records with their person, consents, timeline and status history, all partners), 50 edited:
checkout 2.5 s, check-in 0.8 s (50 applied), the same copy again 0.8 s (nothing applied).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dossiers", type=int, default=2000)
    parser.add_argument("--take", type=int, default=200)
    parser.add_argument("--edit", type=int, default=50)
    args = parser.parse_args()

    from sqlalchemy import text

    from kempen_desktop.services.common.database import open_database, open_server_database
    from kempen_desktop.services.demo import generate_demo
    from kempen_desktop.services.team.checkin import checkin
    from kempen_desktop.services.team.checkout import Selection, checkout
    from tests.pg import start_cluster

    cluster = start_cluster()
    try:
        cluster.admin("CREATE DATABASE bench_working_copy")
        server = open_server_database(cluster.url("bench_working_copy"))
        generate_demo(server, dossiers=args.dossiers, seed=1)
        with server.engine.connect() as connection:
            nums = tuple(
                connection.execute(
                    text("SELECT num FROM dossier ORDER BY num LIMIT :n"), {"n": args.take}
                ).scalars()
            )
        out = Path(tempfile.mkdtemp(prefix="kempen-bench-")) / "werkkopie.db"
        started = time.perf_counter()
        taken = checkout(server, out, "bench", Selection(dossier_nums=nums))
        took = time.perf_counter() - started
        copy = open_database(out, passphrase="bench")
        with copy.engine.begin() as connection:
            connection.execute(
                text(
                    "UPDATE dossier SET situation = situation || ' (offline)' "
                    "WHERE num IN (SELECT num FROM dossier ORDER BY num LIMIT :n)"
                ),
                {"n": args.edit},
            )
        started = time.perf_counter()
        first = checkin(copy, server)
        back = time.perf_counter() - started
        started = time.perf_counter()
        again = checkin(copy, server)
        idle = time.perf_counter() - started
        copy.close()
        server.close()
    finally:
        cluster.stop()
    print(
        f"{args.dossiers} dossiers on the server, {taken.dossiers} taken ({taken.records} "
        f"records): checkout {took:.2f} s; check-in {back:.2f} s ({first.applied} applied); "
        f"again {idle:.2f} s ({again.applied} applied)"
    )


if __name__ == "__main__":
    main()
