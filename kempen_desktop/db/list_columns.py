"""The dossier list's sort columns (``list_*``, migration 0002), computed while a bulk writer
(the demo, an import's new dossiers) builds its dossier rows, instead of by an UPDATE over
them at the end: that UPDATE moves every row in seven indexes a second time (0.8 s of a
10,000-row import into 100,000 dossiers).

Each value is what the list trigger (``dossier_list_ai``) computes, from the same reference
tables: names folded through ``sort_fold`` over the positions in ``sort_position`` and
lower-cased like SQLite's ``lower()`` (ASCII letters only) when they hold anything but A-Z;
the target groups' labels by their sort order; the status's rank. The writer's search batch
is told the columns are written (db/search_rows.py); tests compare them with the trigger's
(tests/test_demo_fast.py, tests/test_import_search_index.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Connection

LIST_COLS = (
    "list_last_name",
    "list_first_name",
    "list_place",
    "list_groups",
    "list_counsellor",
    "list_status_rank",
    "list_follow_up",
)
_ASCII_LETTERS = re.compile(r"[A-Za-z]*")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
NO_FOLLOW_UP = "9999-12-31"


@dataclass
class ListColumns:
    """The reference data the list columns are computed from, and the computation."""

    fold: dict[str, str]
    positions: list[int]  # sort_position.n, ascending
    place_names: dict[str, str]  # municipality name by NIS code
    group_order: dict[str, tuple[int, str]]  # target group: (sort order, label)
    status_rank: dict[str, int]
    _keys: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, connection: Connection) -> ListColumns:
        def rows(sql: str) -> list[tuple[object, ...]]:
            return [tuple(row) for row in connection.exec_driver_sql(sql)]

        return cls(
            fold={str(ch): str(to) for ch, to in rows("SELECT ch, replacement FROM sort_fold")},
            positions=[int(str(n)) for (n,) in rows("SELECT n FROM sort_position ORDER BY n")],
            place_names={
                str(nis): str(name) for nis, name in rows("SELECT nis_code, name FROM municipality")
            },
            group_order={
                str(code): (int(str(order)), str(label))
                for code, label, order in rows("SELECT code, label, sort_order FROM target_group")
            },
            status_rank={
                str(code): int(str(order))
                for code, order in rows("SELECT code, sort_order FROM dossier_status")
            },
        )

    def sort_key(self, text: str) -> str:
        """A name as the list sorts it (the trigger's fold)."""
        key = self._keys.get(text)
        if key is None:
            if _ASCII_LETTERS.fullmatch(text):
                key = text.lower()
            else:
                chars = [text[n - 1] for n in self.positions if 0 < n <= len(text)]
                key = "".join(self.fold.get(ch, ch) for ch in chars).translate(_ASCII_LOWER)
            self._keys[text] = key
        return key

    def values(
        self,
        last: str,
        first: str,
        nis: str | None,
        groups: list[str],
        counsellor: tuple[str, str] | None,
        status: str,
        follow_up: date | None,
    ) -> tuple[str, str, str, str, str, int, str]:
        """The list columns of one dossier, in the order of LIST_COLS."""
        labels = sorted(self.group_order[code] for code in groups if code in self.group_order)
        return (
            self.sort_key(last),
            self.sort_key(first),
            self.place_names.get(nis or "", ""),
            ", ".join(label for _, label in labels),
            self.sort_key(counsellor[0]) + " " + self.sort_key(counsellor[1]) if counsellor else "",
            self.status_rank.get(status, 0),
            follow_up.isoformat() if follow_up else NO_FOLLOW_UP,
        )
