"""The process's one SQLite library, sqlcipher3 (db/engine.py says why one), set up once.

Every module that opens a database file takes the library from here, so the setup below
has happened before the first connection.
"""

from __future__ import annotations

import sqlcipher3  # type: ignore[import-untyped]


def _null(_value: None) -> None:
    return None


# sqlcipher3's parameter binding (pysqlite's older code) sends every parameter that is not
# exactly int, float, str or bytes through its adapter protocol; for None, with no adapter
# registered, that looks up __adapt__ and __conform__ and builds and discards an
# AttributeError each time: 1.7 µs for every NULL bound. Timeline entries carry three, so
# inserting 310,000 of them (a demo of 100,000 dossiers) spent 1.6 of its 2.7 s there
# (1.3 s with this adapter, beside 1.1 s for the same rows without NULLs). A registered
# adapter is one dictionary hit; the value bound is still None, stored as NULL.
sqlcipher3.register_adapter(type(None), _null)

__all__ = ["sqlcipher3"]
