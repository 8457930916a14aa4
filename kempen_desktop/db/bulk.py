"""Multi-row INSERT statements for bulk writers (demo data, imports).

One statement inserts many rows: besides saving the per-statement overhead this matters
for the FTS5 triggers, because FTS5 flushes its pending index data at the end of every
statement (executemany, one statement per row, costs several times more). Column lists
are checked against the table, so a renamed or a new NOT NULL column fails loudly.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Table

from kempen_desktop.db.backend import Backend

#: The person columns both bulk writers (demo data, imports) fill, in one place.
PERSON_COLUMNS = (
    "id",
    "last_name",
    "first_name",
    "insz",
    "vdab_number",
    "birth_date",
    "sex",
    "street",
    "postcode",
    "municipality_nis",
    "phone",
    "email",
    "language",
    "created_at",
    "updated_at",
)

#: Bound parameters per statement: SQLite's default limit since 3.32 is 32,766.
MAX_VARIABLES = 32_000


def rows_per_statement(columns: int, cap: int) -> int:
    """As many rows as fit under the parameter limit, at most `cap`."""
    return max(1, min(cap, MAX_VARIABLES // columns))


def _placeholder(table: Table, column: str, backend: Backend) -> str:
    """`?` for SQLite; `%s` for psycopg, which sends text as untyped (PostgreSQL casts the
    stored-format strings of ids, dates and times itself). Booleans come as 0/1: cast."""
    if backend is Backend.SQLITE:
        return "?"
    if isinstance(table.c[column].type, Boolean):
        return "CAST(CAST(%s AS TEXT) AS BOOLEAN)"
    return "%s"


class InsertStatements:
    """Checked `INSERT INTO t (cols) VALUES (?,..),(?,..)` texts, built once per shape."""

    def __init__(self, purpose: str) -> None:
        self._purpose = purpose  # names the writer in the error message
        self._sql: dict[tuple[str, tuple[str, ...], int], str] = {}

    def sql(
        self, table: Table, columns: tuple[str, ...], rows: int, backend: Backend = Backend.SQLITE
    ) -> str:
        """The statement for `rows` rows, with the driver's placeholders for `backend`."""
        key = (f"{backend}:{table.name}", columns, rows)
        sql = self._sql.get(key)
        if sql is None:
            unknown = [name for name in columns if name not in table.c]
            required = [c.name for c in table.c if not c.nullable and c.server_default is None]
            missing = [name for name in required if name not in columns]
            if unknown or missing:
                raise RuntimeError(
                    f"{self._purpose} in {table.name}: onbekend {unknown}, ontbrekend {missing}"
                )
            names = ", ".join(f'"{name}"' for name in columns)
            one = f"({', '.join(_placeholder(table, name, backend) for name in columns)})"
            sql = f'INSERT INTO "{table.name}" ({names}) VALUES {", ".join([one] * rows)}'
            self._sql[key] = sql
        return sql
