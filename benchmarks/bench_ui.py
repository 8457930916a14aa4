"""Dossier list benchmark over a large demo database (budgets in issue 2).

    python benchmarks/bench_ui.py [--dossiers 100000] [--db PATH] [--runs 3]

Creates the demo database once (reused when it already has the requested size), then
measures, each in fresh processes where it matters:
  - process start to main window shown (median of --runs)
  - first page of the dossier list (model reload + painting the visible rows)
  - a search keystroke: text typed -> list updated and first page fetched
  - sort by each column
  - peak memory (max RSS) of the process that did all of the above
Reports medians; compare ratios, the machine is noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

STARTUP_PROBE = r"""
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication
from kempen_desktop.ui.app import Application
from kempen_desktop.ui.trust.trust_startup import open_for_gui
from pathlib import Path
app = QApplication(sys.argv[:1])
controller = Application(Path(sys.argv[1]))
# The app's own start-up path: instance lock, passphrase if encrypted, integrity check.
controller.show(open_for_gui(Path(sys.argv[1])))
while not controller.window.isVisible():
    app.processEvents()
app.processEvents()  # first paint of the visible rows
print(time.time())
"""


def ensure_demo(path: Path, dossiers: int) -> float | None:
    from kempen_desktop.services.common.database import open_database

    if path.exists():
        db = open_database(path)
        with db.session() as session:
            from sqlalchemy import text

            count = session.execute(text("SELECT count(*) FROM dossier")).scalar()
        db.close()
        if count == dossiers:
            return None
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "kempen_desktop.cli",
            "--db",
            str(path),
            "demo",
            "--dossiers",
            str(dossiers),
        ],
        check=True,
        cwd=ROOT,
    )
    return time.perf_counter() - started


def startup_seconds(path: Path, env: dict[str, str]) -> float:
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", STARTUP_PROBE, str(path)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=ROOT,
    ).stdout
    return float(out.strip().splitlines()[-1]) - started


def in_process(path: Path) -> dict[str, object]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import resource

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from kempen_desktop.app import Workspace
    from kempen_desktop.services.common.database import open_database
    from kempen_desktop.ui.dossiers.dossiers_tab import DossiersTab

    app = QApplication.instance() or QApplication([])
    db = open_database(path)
    tab = DossiersTab(Workspace(db))
    tab.resize(1300, 800)
    tab.show()
    app.processEvents()
    model = tab.model
    results: dict[str, object] = {}
    if hasattr(tab, "filters"):  # issue 14: the tab opens on open dossiers; measure them all
        results["open_dossiers_rows"] = model.rowCount()
        tab.filters.clear()

    def first_page() -> None:
        for row in range(min(40, model.rowCount())):
            for column in range(model.columnCount()):
                model.index(row, column).data()

    def timed(action) -> float:  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        action()
        first_page()
        app.processEvents()
        return (time.perf_counter() - started) * 1000

    results["first_page_ms"] = statistics.median(timed(tab.reload) for _ in range(5))
    keystrokes: dict[str, float] = {}
    for word in ("janssens", "mol", "850"):
        typed = ""
        for char in word:
            typed += char
            keystrokes[typed] = timed(lambda t=typed: tab.search.setText(t))
        if word != "850":
            tab.search.clear()
    keystrokes["(wissen)"] = timed(tab.search.clear)  # back from '850' to the full list
    results["keystroke_ms"] = keystrokes
    results["keystroke_worst_ms"] = max(keystrokes.values())
    results["keystroke_median_ms"] = statistics.median(keystrokes.values())
    sorts = {}
    for column, name in enumerate(
        ("naam", "voornaam", "gemeente", "status", "kansengroepen", "begeleider", "opvolging")
    ):
        sorts[name] = statistics.median(
            timed(lambda c=column, o=order: model.sort(c, o))
            for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder)
        )
    results["sort_ms"] = sorts
    results["rows"] = model.rowCount()
    results["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    db.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dossiers", type=int, default=100_000)
    parser.add_argument(
        "--db", type=Path, default=Path(tempfile.gettempdir()) / "kempen-bench-100k.db"
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--in-process", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.in_process:
        print(json.dumps(in_process(args.db)))
        return
    demo_seconds = ensure_demo(args.db, args.dossiers)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    startups = [startup_seconds(args.db, env) for _ in range(args.runs)]
    measured = json.loads(
        subprocess.run(
            [sys.executable, __file__, "--in-process", "--db", str(args.db)],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        ).stdout
    )
    print(f"database: {args.db} ({measured['rows']} dossiers)")
    if demo_seconds is not None:
        print(f"kempen demo --dossiers {args.dossiers}: {demo_seconds:.1f} s   (budget 60 s)")
    print(
        f"start to window shown, median of {args.runs}: {statistics.median(startups):.2f} s "
        f"(runs {', '.join(f'{s:.2f}' for s in startups)})   (budget 1.5 s)"
    )
    print(f"first page of the list: {measured['first_page_ms']:.0f} ms   (budget 300 ms)")
    print(
        f"search keystroke: median {measured['keystroke_median_ms']:.0f} ms, "
        f"worst {measured['keystroke_worst_ms']:.0f} ms   (budget 100 ms)"
    )
    for typed, ms in measured["keystroke_ms"].items():
        print(f"    {typed!r:>12}: {ms:6.0f} ms")
    print("sort (median of descending/ascending), budget 300 ms:")
    for name, ms in measured["sort_ms"].items():
        print(f"    {name:>14}: {ms:6.0f} ms")
    print(f"peak memory of the list process: {measured['peak_rss_mb']:.0f} MB   (budget 400 MB)")


if __name__ == "__main__":
    main()
