"""Time migration 0011 (Dutch name sort keys) on a large demo database:
``python benchmarks/bench_migration_0011.py [N] [--db PATH]``.

Makes a demo database of N dossiers (default 100,000) in a temporary folder, or works on a
*copy* of PATH, takes it back to schema 0010 (alembic downgrade), then times the upgrade
0010 -> 0011 alone: the sort-key triggers and the refresh of every dossier's list columns.
A user's database meets this once, at the first start of the version that ships 0011.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text

from kempen_desktop.db.engine import make_engine
from kempen_desktop.db.migrate import alembic_config
from kempen_desktop.services.common.database import open_database
from kempen_desktop.services.demo import generate_demo


def _migrate(path: Path, target: str, down: bool = False) -> float:
    from alembic import command

    engine = make_engine(path)
    config = alembic_config()
    try:
        start = time.perf_counter()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            (command.downgrade if down else command.upgrade)(config, target)
        return time.perf_counter() - start
    finally:
        engine.dispose()


def run(path: Path, n: int | None) -> None:
    if n is not None:
        db = open_database(path, mark_demo=True)
        start = time.perf_counter()
        generate_demo(db, dossiers=n, seed=1)
        db.close()
        print(f"demo of {n:,} dossiers   {time.perf_counter() - start:8.1f} s")
    print(f"downgrade to 0010        {_migrate(path, '0010', down=True):8.1f} s")
    seconds = _migrate(path, "0011")
    engine = make_engine(path)
    with engine.connect() as connection:
        dossiers = connection.execute(text("SELECT count(*) FROM dossier")).scalar_one()
        accented = connection.execute(
            text("SELECT count(*) FROM person WHERE last_name GLOB '*[^A-Za-z]*'")
        ).scalar_one()
    engine.dispose()
    print(f"dossiers                 {dossiers:>8,} ({accented:,} names with accents or spaces)")
    print(f"upgrade 0010 -> 0011     {seconds:8.1f} s  ({seconds / dossiers * 1e6:.0f} µs/dossier)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("n", nargs="?", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="work on a copy of this (unencrypted) file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.db"
        if args.db:
            shutil.copyfile(args.db, path)
        run(path, None if args.db else args.n)


if __name__ == "__main__":
    main()
