"""Time the trust machinery: ``python benchmarks/bench_trust.py [N]`` (default 20,000 dossiers).

Builds a demo database of N dossiers in a temporary folder, encrypts it, and times what
the user waits for: opening an encrypted database (key derivation), a pooled session,
the start-up quick_check, a backup, the full integrity check, a restore and a passphrase
change; plus the cost of a fresh SQLCipher connection (why the engine pools them).
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text

from kempen_desktop.db.raw import connect_raw
from kempen_desktop.services.common.database import open_database
from kempen_desktop.services.demo import generate_demo
from kempen_desktop.services.trust import backups, integrity

T = TypeVar("T")
PASS = "een lange zin als wachtwoord, met één accent"


def timed(label: str, func: Callable[[], T], repeat: int = 1) -> T:
    start = time.perf_counter()
    for _ in range(repeat):
        result = func()
    elapsed = (time.perf_counter() - start) / repeat
    print(f"{label:<44}{elapsed * 1000:>10.1f} ms")
    return result


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    folder = Path(tempfile.mkdtemp(prefix="bench-trust-"))
    path = folder / "kempen.db"
    database = open_database(path)
    generate_demo(database, dossiers=n, seed=1)
    with database.transaction() as session:
        session.execute(
            text("DELETE FROM app_meta WHERE key = 'demo'")
        )  # behave as a real database
    timed(
        "encrypt existing database (passphrase)", lambda: backups.change_passphrase(database, PASS)
    )
    database.close()
    size = path.stat().st_size
    print(f"{'database size':<44}{size / 1_048_576:>10.1f} MB  ({n:,} dossiers)")

    database = timed("open encrypted database (cold)", lambda: open_database(path, passphrase=PASS))

    def small_query() -> None:
        with database.session() as session:
            session.execute(text("SELECT count(*) FROM dossier")).scalar()

    timed("session + small query (pooled connection)", small_query, repeat=50)

    def fresh_connection() -> None:
        connection = connect_raw(path, PASS)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        connection.close()

    timed("fresh SQLCipher connection + first read", fresh_connection, repeat=5)
    problems = timed("quick_check (at every start)", lambda: integrity.quick_check(database))
    assert problems == []
    backup = timed(
        "backup (backup API, encrypted)", lambda: backups.make_backup(database, "handmatig")
    )
    print(f"{'backup size':<44}{backup.stat().st_size / 1_048_576:>10.1f} MB")
    timed("full integrity_check (kempen check)", lambda: integrity.integrity_check(database))
    timed("restore (incl. safety backup first)", lambda: backups.restore_backup(database, backup))
    timed("change passphrase", lambda: backups.change_passphrase(database, PASS + "!"))
    database.close()


if __name__ == "__main__":
    main()
