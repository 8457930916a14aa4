"""The dossier history the period figures are counted from, loaded once.

See services/reports/period_report.py for what is counted; this module only loads the
status history, opening dates, municipalities, birth dates, target groups and exits to
work of every dossier, and answers "which dossiers, when" from memory.
"""

from __future__ import annotations

import bisect
import heapq
import time
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from kempen_desktop.db import backends
from kempen_desktop.documents.period_report_data import Trend
from kempen_desktop.domain.status import AFGESLOTEN as CLOSED
from kempen_desktop.domain.target_groups import JONGERE, PLUS55, age_based_groups

if TYPE_CHECKING:
    from _typeshed import SupportsRichComparisonT

# A slice this long sorts in a few milliseconds (issue 17, below).
SORT_SLICE = 4096
# Entries freed at a time when a history is dropped (`History.dismantle`).
DISMANTLE_PIECE = 1024


def sorted_in_slices(items: Iterable[SupportsRichComparisonT]) -> list[SupportsRichComparisonT]:
    """sorted(items), for long lists counted in the background: one list.sort() of 100,000
    (day, number) tuples holds the GIL for 100-300 ms, C code that never lets go, and the
    window cannot paint meanwhile (benchmarks/bench_frames.py). Slices are sorted apart and
    merged by heapq.merge, Python code that hands the GIL over every few milliseconds."""
    whole = list(items)
    if len(whole) <= SORT_SLICE:
        whole.sort()
        return whole
    runs = [sorted(whole[i : i + SORT_SLICE]) for i in range(0, len(whole), SORT_SLICE)]
    return list(heapq.merge(*runs))


def _let_go(mapping: dict[Any, Any], pause: float = 0.0) -> None:
    """Empty `mapping` a piece at a time (see History.dismantle), `pause` s between pieces."""
    while mapping:
        for _ in range(min(DISMANTLE_PIECE, len(mapping))):
            mapping.popitem()
        if pause:
            time.sleep(pause)


class History:
    """Everything the counts need, loaded once: the status history of every dossier, its
    opening date, municipality, birth date, registered target groups and exits to work.

    Dates are kept as ISO strings (as SQLite stores them): comparing them is the same as
    comparing dates, and no conversion is needed for 100,000 dossiers. Open periods are
    kept as spans [first open day, closing day), so "active in a period" is one pass.
    The dashboard keeps one History and counts any period and municipality from it.
    """

    def __init__(self, session: Session) -> None:
        # The DB-API cursor directly: several times faster than ORM rows for 100,000 dossiers.
        # (values as SQLite stores them, also on PostgreSQL: db/backends.storage_cursor)
        cursor: Any = backends.storage_cursor(session.connection())
        self.info: dict[int, tuple[str, str | None, str | None]] = {}
        ids: dict[str, int] = {}
        current: dict[int, str] = {}
        # Two plain scans joined here: SQLite's join on the UUID key takes ten times longer.
        cursor.execute("SELECT id, municipality_nis, birth_date FROM person")
        persons = {person_id: (nis, birth) for person_id, nis, birth in cursor}
        # In opening order: `opens` needs it, and the database sorts without holding the GIL.
        cursor.execute(
            "SELECT num, id, opened_on, person_id, status_code FROM dossier ORDER BY opened_on, num"
        )
        for num, dossier_id, opened, person_id, status in cursor:
            nis, birth = persons.get(person_id, (None, None))
            self.info[num] = (opened, nis, birth)
            ids[dossier_id] = num
            current[num] = status
        self.ids = ids
        rows: dict[int, list[tuple[str, str, str]]] = {}
        cursor.execute("SELECT dossier_id, effective_on, changed_at, to_code FROM status_change")
        for dossier_id, effective, changed, to_code in cursor:
            num = ids.get(dossier_id)
            if num is not None:
                found = rows.get(num)
                if found is None:
                    rows[num] = [(effective, changed, to_code)]
                else:
                    found.append((effective, changed, to_code))
        self.days: dict[int, list[str]] = {}
        self.codes: dict[int, list[str]] = {}
        spans: list[tuple[str, str, int]] = []
        closes: list[tuple[str, int]] = []
        for num, (opened, _nis, _birth) in self.info.items():
            changes = rows.get(num)
            if changes is None:  # no history recorded: the current status since opening
                changes = [(opened, "", current[num])]
            elif len(changes) > 1:
                changes.sort()
            days = [c[0] for c in changes]
            codes = [c[2] for c in changes]
            self.days[num] = days
            self.codes[num] = codes
            open_from: str | None = None
            for day, code in zip(days, codes, strict=True):
                if code == CLOSED:
                    closes.append((day, num))
                    if open_from is not None:
                        spans.append((open_from, day, num))
                        open_from = None
                elif open_from is None:
                    open_from = day
            if open_from is not None:
                spans.append((open_from, "9999-12-31", num))
        self.spans = spans
        self.closes = sorted_in_slices(closes)
        self.opens = [(opened, num) for num, (opened, _n, _b) in self.info.items()]
        self.groups: dict[str, set[int]] = {}
        cursor.execute(
            "SELECT dossier_id, target_group_code FROM dossier_target_group "
            "WHERE target_group_code NOT IN ('jongere', '55plus')"
        )
        for dossier_id, code in cursor:
            num = ids.get(dossier_id)
            if num is not None:
                self.groups.setdefault(code, set()).add(num)
        self.exits: list[tuple[int, date, str | None, Any, Any, Any, Any]] = []
        cursor.execute(
            "SELECT dossier_id, started_on, contract_type_code, followup_6m_on, still_working_6m, "
            "followup_12m_on, still_working_12m FROM work_exit"
        )
        for dossier_id, started, contract, on6, still6, on12, still12 in cursor:
            num = ids.get(dossier_id)
            if num is not None:
                self.exits.append(
                    (
                        num,
                        date.fromisoformat(str(started)[:10]),
                        contract,
                        on6,
                        None if still6 is None else bool(still6),
                        on12,
                        None if still12 is None else bool(still12),
                    )
                )
        cursor.close()
        # Quarter figures by (start, end, municipalities): the dashboard asks for the same
        # quarters again when only the period or the municipalities change.
        self.trend_memo: dict[tuple[date, date, tuple[str, ...]], Trend] = {}
        # The working tables go in pieces too: freed whole when this returns, they held the
        # GIL for 50-120 ms at 100,000 dossiers (a frozen window beside the count).
        for working in (rows, persons, current):
            _let_go(working)

    def dismantle(self, pause: float = 0.0) -> None:
        """Free everything in small pieces. Dropping a whole history at 100,000 dossiers
        frees about a million objects in one decref, C code that holds the GIL for
        0.15-0.3 s (a frozen window when the GUI thread drops it); piece by piece, the
        Python loop hands the GIL over every few milliseconds, and with a `pause` (seconds)
        between pieces it leaves the GIL to the other threads most of the time. The history
        is empty after."""
        mappings: tuple[dict[Any, Any], ...] = (
            self.info,
            self.ids,
            self.days,
            self.codes,
            self.groups,
            self.trend_memo,
        )
        for mapping in mappings:
            _let_go(mapping, pause)
        sequences: tuple[list[Any], ...] = (self.spans, self.closes, self.opens, self.exits)
        for items in sequences:
            while items:
                del items[-DISMANTLE_PIECE:]
                if pause:
                    time.sleep(pause)

    def scope(self, nis_codes: Sequence[str]) -> set[int] | None:
        """The dossiers of these municipalities; None = all."""
        if not nis_codes:
            return None
        wanted = set(nis_codes)
        return {num for num, (_o, nis, _b) in self.info.items() if nis in wanted}

    def status_on(self, num: int, day: str) -> str | None:
        index = bisect.bisect_right(self.days[num], day)
        return self.codes[num][index - 1] if index else None

    def active_in(self, start: str, end: str, scope: set[int] | None = None) -> set[int]:
        found = {num for first, closed, num in self.spans if first <= end and closed > start}
        return found if scope is None else found & scope

    def open_on(self, day: str, scope: set[int] | None = None) -> set[int]:
        found = {num for first, closed, num in self.spans if first <= day < closed}
        return found if scope is None else found & scope

    def new_in(self, start: str, end: str, scope: set[int] | None = None) -> set[int]:
        lo = bisect.bisect_left(self.opens, (start, -1))
        hi = bisect.bisect_right(self.opens, (end, 1 << 62))
        found = {num for _day, num in self.opens[lo:hi]}
        return found if scope is None else found & scope

    def closed_in(self, start: str, end: str, scope: set[int] | None = None) -> set[int]:
        lo = bisect.bisect_left(self.closes, (start, -1))
        hi = bisect.bisect_right(self.closes, (end, 1 << 62))
        found = {num for _day, num in self.closes[lo:hi]}
        return found if scope is None else found & scope

    def exits_in(
        self, start: date, end: date, scope: set[int] | None = None
    ) -> list[tuple[Any, ...]]:
        return [
            row
            for row in self.exits
            if start <= row[1] <= end and (scope is None or row[0] in scope)
        ]

    def group_members(self, nums: set[int], end: date) -> dict[str, list[int]]:
        """Target group code -> dossiers among `nums`; age groups from the birth date on `end`."""
        members = {code: sorted(found & nums) for code, found in self.groups.items()}
        members[JONGERE] = []
        members[PLUS55] = []
        for num in nums:
            birth = self.info[num][2]
            if birth:
                for code in age_based_groups(date.fromisoformat(str(birth)[:10]), end):
                    members[code].append(num)
        return members
