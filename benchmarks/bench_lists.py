"""The dossier list: sort, reverse, clear, backspace, search and reload, beside raw SQL (issue 17).

    python benchmarks/bench_lists.py [--dossiers 100000] [--encrypted] [--runs 5]
                                     [--workdir /tmp/kempen-bench]

Each figure is the app's own path, the table model of the Dossiers tab over the workspace
façade (`DossierTableModel` with `workspace.dossiers`), on the tab's default filter (open
dossiers), timed until the model holds the new list (the view then asks for one page of
rows, timed as a figure of its own). Its floor is the same SQL on a raw sqlcipher3 cursor
on the same file, `fetchall()`: the ORDER BY of the sort for sorts and lists, the FTS5 MATCH
for a search. Value and floor runs alternate, so a busy machine slows both.

* sort, first time: the column was not shown since the data changed (the orders kept are
  dropped first). A list of 20,000 rows or more shows its top at once and reads the whole
  order in the background: "list shown" is until the top is there, "whole order in" until
  the whole list is, and the longest frozen frame meanwhile (a 10 ms timer probe on the
  event loop, beside the same probe on an idle loop: a busy machine delays timers too);
* reverse, sort again, clear the search box, backspace: what the user does next; the model
  keeps the orders it read per filter and sort key, so these read nothing;
* clear the search box after a change (the orders kept dropped): a long list shows its top
  at once and reads the whole order in the background, as a first sort does;
* search keystroke: the first letter (nothing to search yet: the list's place table is
  made), then the second, from the list shown without search;
* reload: after a change (an import) every order is dropped and the list read again in
  the background: until the new list is shown, and the longest frozen frame meanwhile.

Budgets: sort, reverse, clear, backspace ≤ 2× the floor (and ≤ 100 ms at 1,000,000);
a search keystroke ≤ 30 ms; no frozen frame over 50 ms in a reload.

At 1,000,000 the file is the 100,000 demo multiplied (`multiplied_database`) unless a demo
of that size was made in `workdir`: copies have no notes, so searches find fewer there.

`figures(scale, encrypted, workdir)` is what benchmarks/bench_all.py collects. The demo file
is made once in `workdir` through the CLI; the encrypted one is an encrypted copy of it
(sqlcipher_export), so plain and encrypted figures are over the same dossiers.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from figures import Figure, print_figures

PASSPHRASE = "bench-lists-17"  # the benchmark's demo files only
SEARCHES = ("pe", "ma", "ja", "de", "an")  # two-letter prefixes, common to rare
OPEN_ONLY = "status_code != 'afgesloten'"
# The ORDER BY of each sort key (services/dossiers/dossier_list.py), ascending.
_NAME = "list_last_name, list_first_name, num"
ORDER_BY = {
    "naam": _NAME,
    "voornaam": "list_first_name, list_last_name, num",
    "gemeente": f"list_place, {_NAME}",
    "status": f"list_status_rank, {_NAME}",
    "kansengroepen": f"list_groups, {_NAME}",
    "begeleider": f"list_counsellor, {_NAME}",
    "opvolging": f"list_follow_up, {_NAME}",
}


# --- the demo files ------------------------------------------------------------------------
def demo_database(scale: int, encrypted: bool, workdir: Path) -> tuple[Path, str | None]:
    """The demo file with `scale` dossiers (made once), and its passphrase."""
    workdir.mkdir(parents=True, exist_ok=True)
    plain = workdir / f"lists-demo-{scale}-plain.db"
    base = workdir / "lists-demo-100000-plain.db"
    if scale > 100_000 and scale % 100_000 == 0 and not plain.with_suffix(".done").exists():
        demo_database(100_000, False, workdir)
        multiplied_database(base, scale // 100_000, plain)
        plain.with_suffix(".done").write_text("the 100,000 demo multiplied\n")
    if not plain.with_suffix(".done").exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{plain}{suffix}").unlink(missing_ok=True)
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        env.pop("KEMPEN_PASSPHRASE", None)
        subprocess.run(
            [sys.executable, "-m", "kempen_desktop.cli", "--db", str(plain), "demo",
             "--dossiers", str(scale)],
            check=True, cwd=ROOT, env=env, capture_output=True,
        )  # fmt: skip
        plain.with_suffix(".done").write_text("made\n")
    _migrated(plain, None)  # a file made by an older demo gets the newest schema
    if not encrypted:
        return plain, None
    secret = workdir / f"lists-demo-{scale}-encrypted.db"
    if not secret.with_suffix(".done").exists():
        _encrypted_copy(plain, secret)
        secret.with_suffix(".done").write_text("made\n")
    return secret, PASSPHRASE


def multiplied_database(base: Path, times: int, target: Path) -> None:
    """`times` × the dossiers of the demo file `base`, for the list figures at 1,000,000
    when a demo of that size is not at hand (it takes long to make): each dossier copied
    with a new number and id, the same person, its sort columns and search row (names,
    identifiers, place; no notes) copied, no timeline. The copies are written with the
    dossier's triggers set aside, which are then put back as they were."""
    import shutil

    from kempen_desktop.db.raw import connect_raw

    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(base, target)
    connection = connect_raw(target, None)
    try:
        (count,) = connection.execute("SELECT max(num) FROM dossier").fetchone()
        columns = [row[1] for row in connection.execute("PRAGMA table_info(dossier)")]
        copied = ", ".join(
            "num + {step}"
            if name == "num"
            else "lower(hex(randomblob(16)))"
            if name == "id"
            else name
            for name in columns
        )
        triggers = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'dossier'"
        ).fetchall()
        for name, _sql in triggers:
            connection.execute(f"DROP TRIGGER {name}")
        for k in range(1, times):
            step = k * count
            connection.execute(
                f"INSERT INTO dossier ({', '.join(columns)}) "
                f"SELECT {copied.format(step=step)} FROM dossier WHERE num <= {count}"
            )
            connection.execute(
                "INSERT INTO dossier_fts(rowid, names, identifiers, place, notes) "
                f"SELECT rowid + {step}, names, identifiers, place, '' FROM dossier_fts "
                f"WHERE rowid <= {count} ORDER BY rowid"
            )
            connection.commit()
        for _name, sql in triggers:
            connection.execute(sql)
        connection.execute(
            "UPDATE counter SET value = (SELECT max(num) FROM dossier) WHERE name = 'dossier.num'"
        )
        connection.commit()
        connection.execute("INSERT INTO dossier_fts(dossier_fts) VALUES ('optimize')")
        connection.commit()
    finally:
        connection.close()


def _migrated(path: Path, passphrase: str | None) -> None:
    from kempen_desktop.services.common.database import open_database

    open_database(path, passphrase=passphrase).close()


def _encrypted_copy(plain: Path, secret: Path) -> None:
    from kempen_desktop.db.raw import connect_raw, quote_literal

    for suffix in ("", "-wal", "-shm"):
        Path(f"{secret}{suffix}").unlink(missing_ok=True)
    connection = connect_raw(plain, None)
    try:
        connection.execute(
            f"ATTACH DATABASE {quote_literal(str(secret))} AS secret "
            f"KEY {quote_literal(PASSPHRASE)}"
        )
        connection.execute("SELECT sqlcipher_export('secret')")
        connection.execute("DETACH DATABASE secret")
    finally:
        connection.close()


# --- timing ---------------------------------------------------------------------------------
def _ms(action: Callable[[], Any]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def _pair(
    value: Callable[[], Any],
    floor: Callable[[], Any],
    runs: int,
    prepare: Callable[[], Any] = lambda: None,
) -> tuple[float, float]:
    """Medians (value, floor) in ms over `runs` alternating runs after one warm-up each;
    `prepare` runs untimed before each value run."""
    prepare()
    value()
    floor()
    values, floors = [], []
    for _ in range(runs):
        prepare()
        values.append(_ms(value))
        floors.append(_ms(floor))
    return statistics.median(values), statistics.median(floors)


class Bench:
    """The app's list (model over the workspace) and a raw cursor on the same file."""

    def __init__(self, path: Path, passphrase: str | None) -> None:
        from PySide6.QtCore import QCoreApplication, Qt

        from kempen_desktop.app import Workspace
        from kempen_desktop.db.raw import connect_raw
        from kempen_desktop.services.common.database import open_database
        from kempen_desktop.services.common.lookups import label_map
        from kempen_desktop.services.dossiers.dossier_list import DossierFilter
        from kempen_desktop.ui.dossiers.dossier_table_model import DossierTableModel

        self.qt = QCoreApplication.instance() or QCoreApplication([])
        self.ascending, self.descending = (
            Qt.SortOrder.AscendingOrder,
            Qt.SortOrder.DescendingOrder,
        )
        self.database = open_database(path, passphrase=passphrase)
        self.workspace = Workspace(self.database)
        choices = self.workspace.dossiers.form_choices()
        self.model = DossierTableModel(
            self.workspace.dossiers, label_map(choices.statuses), label_map(choices.target_groups)
        )
        self.open_dossiers = DossierFilter(open_only=True)  # the tab's default view
        self.model.set_filter(self.open_dossiers, reload=False)
        self.model.sort(0, self.ascending)
        self.raw = connect_raw(path, passphrase)

    def close(self) -> None:
        self.raw.close()
        self.database.close()

    def floor_order(self, sort_key: str, descending: bool = False) -> Callable[[], Any]:
        keys = ORDER_BY[sort_key]
        if descending:
            keys = ", ".join(f"{key} DESC" for key in keys.split(", "))
        sql = f"SELECT num FROM dossier WHERE {OPEN_ONLY} ORDER BY {keys}"
        return lambda: self.raw.execute(sql).fetchall()

    def floor_match(self, prefix: str) -> Callable[[], Any]:
        sql = "SELECT rowid FROM dossier_fts WHERE dossier_fts MATCH ?"
        return lambda: self.raw.execute(sql, (f'"{prefix}"*',)).fetchall()

    def search(self, typed: str) -> None:
        from dataclasses import replace

        self.model.set_filter(replace(self.open_dossiers, text=typed))

    def with_probe(self, action: Callable[[], Any]) -> tuple[float, float, float]:
        """Run `action` on the event loop beside a 10 ms timer probe: (ms until it returned,
        ms until the whole list was shown, a background read included, and the longest
        gap between two ticks meanwhile: the longest frozen frame)."""
        from PySide6.QtCore import QEventLoop, Qt, QTimer

        ticks: list[float] = []
        at: dict[str, float] = {}
        loop = QEventLoop()
        probe = QTimer()
        probe.setTimerType(Qt.TimerType.PreciseTimer)
        probe.setInterval(10)
        probe.timeout.connect(lambda: ticks.append(time.perf_counter()))

        def shown() -> None:
            if "shown" not in at:
                at["shown"] = time.perf_counter()
                QTimer.singleShot(30, loop.quit)  # a few ticks after: the last frame counts

        def begin() -> None:
            at["started"] = time.perf_counter()
            action()
            at["returned"] = time.perf_counter()
            if not self.model.reloading:
                shown()

        self.model.reloaded.connect(shown)
        try:
            probe.start()
            QTimer.singleShot(30, begin)
            loop.exec()
        finally:
            probe.stop()
            self.model.reloaded.disconnect(shown)
        started = at["started"]
        points = [started, *(tick for tick in ticks if tick >= started)]
        longest = max(b - a for a, b in pairwise(points))
        whole = max(at["shown"], at["returned"])
        return (at["returned"] - started) * 1000, (whole - started) * 1000, longest * 1000

    def idle_gap(self, duration_ms: float) -> float:
        """The longest gap between two ticks of the same probe on an idle event loop: the
        floor of a frozen frame on this machine at this moment (a busy machine delays
        timers too)."""
        from PySide6.QtCore import QEventLoop, Qt, QTimer

        ticks: list[float] = []
        loop = QEventLoop()
        probe = QTimer()
        probe.setTimerType(Qt.TimerType.PreciseTimer)
        probe.setInterval(10)
        probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
        probe.start()
        QTimer.singleShot(int(duration_ms) + 30, loop.quit)
        loop.exec()
        probe.stop()
        return max((b - a for a, b in pairwise(ticks)), default=0.0) * 1000

    def forget(self) -> None:
        """Drop the orders kept (as after a change), keeping the list shown."""
        self.model._orders.clear()

    def settle(self) -> None:
        """Until a background read of the list is in and shown."""
        from PySide6.QtCore import QCoreApplication

        while self.model.reloading:
            QCoreApplication.processEvents()
        QCoreApplication.processEvents()


def search_figures(bench: Bench, tag: str, runs: int) -> list[Figure]:
    """Search keystrokes (first letter, then each two-letter prefix) beside the raw MATCH."""
    model = bench.model
    out: list[Figure] = []

    # Search as you type, from the list shown without search.
    def fresh_list() -> None:  # the list without search, as just read
        bench.search("")
        bench.forget()
        bench.search("")
        bench.settle()  # a long list is read in the background (its place table too)

    value, floor = _pair(
        lambda: bench.search("p"), bench.floor_match("pe"), runs, prepare=fresh_list
    )
    out.append(
        Figure(f"search keystroke, first letter (nothing to search), {tag}", value,
               "FTS5 MATCH 'pe', raw cursor", floor, budget_ms=30.0)
    )  # fmt: skip
    keystrokes, match_floors = [], []
    for prefix in SEARCHES:
        value, floor = _pair(
            lambda p=prefix: bench.search(p),
            bench.floor_match(prefix),
            runs,
            prepare=lambda p=prefix: (fresh_list(), bench.search(p[0])),
        )
        keystrokes.append(value)
        match_floors.append(floor)
        out.append(
            Figure(f"search keystroke '{prefix}' ({model.rowCount()} found), {tag}", value,
                   "FTS5 MATCH, raw cursor", floor, budget_ms=30.0)
        )  # fmt: skip
    return out


def figures(scale: int, encrypted: bool, workdir: Path, runs: int = 5) -> list[Figure]:
    path, passphrase = demo_database(scale, encrypted, workdir)
    bench = Bench(path, passphrase)
    tag = f"{scale // 1000}k {'encrypted' if encrypted else 'plain'}"
    big = scale >= 1_000_000
    list_budget: dict[str, float] = {"budget_ratio": 2.0}
    if big:
        list_budget["budget_ms"] = 100.0
    out: list[Figure] = []
    try:
        model = bench.model
        order_floor = "ORDER BY, raw cursor"
        # Sorting each column the first time (nothing kept), then reversing it.
        sorts, reverses, floors, reverse_floors = [], [], [], []
        whole_sorts, sort_frames = [], []
        for column, sort_key in enumerate(ORDER_BY):
            returned, whole, frames, floor_runs = [], [], [], []
            for _ in range(runs):  # the first sort of a column: nothing kept
                bench.forget()
                at_once, in_all, longest = bench.with_probe(
                    lambda c=column: model.sort(c, bench.ascending)
                )
                returned.append(at_once)
                whole.append(in_all)
                frames.append(longest)
                floor_runs.append(_ms(bench.floor_order(sort_key)))
            sorts.append(statistics.median(returned))
            floors.append(statistics.median(floor_runs))
            whole_sorts.append(statistics.median(whole))
            sort_frames.extend(frames)
            value, floor = _pair(
                lambda c=column: model.sort(c, bench.descending),
                bench.floor_order(sort_key, descending=True),
                runs,
                prepare=lambda c=column: model.sort(c, bench.ascending),
            )
            reverses.append(value)
            reverse_floors.append(floor)
            out.append(
                Figure(f"sort '{sort_key}', first time: list shown, {tag}", sorts[-1],
                       order_floor, floors[-1], **list_budget)
            )  # fmt: skip
        if max(whole_sorts) > max(sorts) + 1:  # the top first, the whole order later
            out.append(
                Figure(f"sort, first time: whole order in (background), {tag}",
                       statistics.median(whole_sorts), order_floor, statistics.median(floors))
            )  # fmt: skip
        idle = statistics.median(bench.idle_gap(max(whole_sorts)) for _ in range(runs))
        out.append(
            Figure(f"sort, first time: longest frozen frame (median), {tag}",
                   statistics.median(sort_frames),
                   "10 ms probe, idle event loop", idle)
        )  # fmt: skip
        out.append(
            Figure(f"reverse a sort (median of 7 columns), {tag}", statistics.median(reverses),
                   order_floor + " DESC", statistics.median(reverse_floors), **list_budget)
        )  # fmt: skip
        for column in (3, 0):  # both read whole (a first sort of a long list reads later)
            bench.with_probe(lambda c=column: model.sort(c, bench.ascending))
        value, floor = _pair(
            lambda: model.sort(3, bench.ascending),
            bench.floor_order("status"),
            runs,
            prepare=lambda: model.sort(0, bench.ascending),
        )
        out.append(Figure(f"sort a column shown before, {tag}", value, order_floor, floor,
                          **list_budget))  # fmt: skip
        model.sort(0, bench.ascending)

        out += search_figures(bench, tag, runs)
        value, floor = _pair(
            lambda: bench.search(""),
            bench.floor_order("naam"),
            runs,
            prepare=lambda: bench.search("pe"),
        )
        out.append(Figure(f"clear the search box, {tag}", value, order_floor, floor,
                          **list_budget))  # fmt: skip

        def searched_then_changed() -> None:  # a change dropped the orders kept
            bench.search("pe")
            bench.settle()
            bench.forget()

        shown_after, whole_after = [], []
        for _ in range(runs + 1):  # the first is a warm-up
            searched_then_changed()
            returned, until, _longest = bench.with_probe(lambda: bench.search(""))
            shown_after.append(returned)
            whole_after.append(until)
        floor = statistics.median(_ms(bench.floor_order("naam")) for _ in range(runs))
        out.append(Figure(f"clear the search box after a change: list shown, {tag}",
                          statistics.median(shown_after[1:]), order_floor, floor,
                          **list_budget))  # fmt: skip
        out.append(Figure(f"clear the search box after a change: whole order in "
                          f"(background), {tag}", statistics.median(whole_after[1:]),
                          order_floor, floor))  # fmt: skip
        value, floor = _pair(
            lambda: bench.search("pe"),
            bench.floor_order("naam"),
            runs,
            prepare=lambda: (bench.search("pe"), bench.search("pee")),
        )
        out.append(Figure(f"backspace ('pee' -> 'pe'), {tag}", value, order_floor, floor,
                          **list_budget))  # fmt: skip
        bench.search("")
        shown_after, frozen, floors = [], [], []
        bench.with_probe(model.reload)  # warm-up
        for _ in range(runs):
            _returned, until, longest = bench.with_probe(model.reload)
            shown_after.append(until)
            frozen.append(longest)
            floors.append(_ms(bench.floor_order("naam")))
        out.append(
            Figure(
                f"reload after a change (import): new list shown, {tag}",
                statistics.median(shown_after),
                order_floor,
                statistics.median(floors),
                budget_ratio=2.0,
            )
        )
        out.append(
            Figure(f"reload: longest frozen frame (median), {tag}", statistics.median(frozen),
                   "10 ms probe, idle event loop",
                   statistics.median(bench.idle_gap(max(shown_after)) for _ in range(runs)),
                   budget_ms=50.0)
        )  # fmt: skip
        middle = model.rowCount() // 2

        def page() -> None:
            model.refresh_rows()
            model.index(middle, 0).data()

        value, _unused = _pair(page, lambda: None, runs)
        out.append(Figure(f"one page of rows (200) for the view, {tag}", value))
    finally:
        bench.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dossiers", type=int, default=100_000)
    parser.add_argument("--encrypted", action="store_true")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/kempen-bench"))
    parser.add_argument("--search-only", action="store_true", help="only the search keystrokes")
    args = parser.parse_args()
    if args.search_only:
        path, passphrase = demo_database(args.dossiers, args.encrypted, args.workdir)
        bench = Bench(path, passphrase)
        try:
            tag = f"{args.dossiers // 1000}k {'encrypted' if args.encrypted else 'plain'}"
            found = search_figures(bench, tag, args.runs)
        finally:
            bench.close()
    else:
        found = figures(args.dossiers, args.encrypted, args.workdir, args.runs)
    kind = "encrypted" if args.encrypted else "plain"
    print_figures(f"Dossier list, {args.dossiers:,} dossiers, {kind}", found)


if __name__ == "__main__":
    main()
