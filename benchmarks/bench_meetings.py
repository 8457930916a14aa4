"""Overlegmomenten benchmark on a demo database (issue 4).

    python benchmarks/bench_meetings.py [--dossiers 20000] [--db PATH] [--runs 5]

Creates the demo database once (reused when it exists), then measures (median of --runs):
  - the meeting list (query, upcoming first) and the tab reload with its detail pane
  - agenda suggestions with all five rules for the next planned meeting
  - vergadermodus: opening the window, stepping to the next item (dossier summary),
    and one autosave (the small transaction behind every pause in typing)
  - the Actiepunten overview (all open action points)
  - minutes PDF (full and per partner), the .xlsx action list, a series as .ics
Reports milliseconds; compare ratios, the machine is noisy.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def timed(runs: int, work: Callable[[], object]) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dossiers", type=int, default=20000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    path = args.db or Path(tempfile.gettempdir()) / f"kempen-bench-meetings-{args.dossiers}.db"
    if not path.exists():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "kempen_desktop.cli",
                "--db",
                str(path),
                "demo",
                "--dossiers",
                str(args.dossiers),
            ],
            check=True,
            cwd=ROOT,
        )

    from PySide6.QtWidgets import QApplication

    from kempen_desktop.app import Workspace
    from kempen_desktop.services.common.database import open_database
    from kempen_desktop.services.meetings import agenda
    from kempen_desktop.services.meetings.action_points import ActionFilter
    from kempen_desktop.services.meetings.ics import export_ics, series_ids
    from kempen_desktop.services.meetings.meeting_list import list_meetings
    from kempen_desktop.services.meetings.minutes import write_action_list_xlsx, write_minutes_pdf
    from kempen_desktop.ui.meetings.meeting_mode import MeetingModeWindow
    from kempen_desktop.ui.meetings.meetings_tab import MeetingsTab

    app = QApplication(sys.argv[:1])
    database = open_database(path)
    results: dict[str, float] = {}
    with database.session() as session:
        rows = list_meetings(session)
    planned = next(r for r in rows if r.status == "gepland" and r.dossiers)
    held = max((r for r in rows if r.status == "gehouden"), key=lambda r: r.dossiers)
    view = Workspace(database).meetings.get(held.id)
    partner_id = next(p.partner_id for p in view.participants if p.partner_id)
    out = Path(tempfile.mkdtemp(prefix="kempen-bench-meetings-"))

    def in_session(work: Callable[..., object]) -> Callable[[], object]:
        def run() -> object:
            with database.transaction() as session:
                return work(session)

        return run

    results["meeting list (query)"] = timed(args.runs, in_session(list_meetings))
    tab = MeetingsTab(database)
    tab.resize(1280, 800)
    tab.show()
    results["tab reload + detail"] = timed(args.runs, lambda: (tab.reload(), app.processEvents()))
    results["agenda suggestions, 5 rules"] = timed(
        args.runs, in_session(lambda s: agenda.suggest(s, planned.id, agenda.RULES))
    )
    results["actiepunten overview (open)"] = timed(
        args.runs, lambda: Workspace(database).action_points.rows(ActionFilter())
    )

    def open_mode() -> MeetingModeWindow:
        window = MeetingModeWindow(Workspace(database), held.id)
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        return window

    windows: list[MeetingModeWindow] = []
    results["vergadermodus open"] = timed(args.runs, lambda: windows.append(open_mode()))
    window = windows[-1]
    results["vergadermodus next item"] = timed(
        args.runs, lambda: (window.step(1), app.processEvents())
    )
    item = window.current_item()
    counter = iter(range(10**6))
    results["autosave (one item)"] = timed(
        args.runs,
        lambda: Workspace(database).meetings.save_item_text(item.id, f"tekst {next(counter)}", ""),
    )
    for w in windows:
        w.close()
    results["minutes PDF (full)"] = timed(
        args.runs, in_session(lambda s: write_minutes_pdf(s, held.id, out / "full.pdf"))
    )
    results["minutes PDF (partner)"] = timed(
        args.runs,
        in_session(lambda s: write_minutes_pdf(s, held.id, out / "partner.pdf", partner_id)),
    )
    results["action list .xlsx"] = timed(
        args.runs, in_session(lambda s: write_action_list_xlsx(s, held.id, out / "acties.xlsx"))
    )
    results["series .ics"] = timed(
        args.runs, in_session(lambda s: export_ics(s, series_ids(s, held.id), out / "reeks.ics"))
    )
    print(
        f"database: {path.name}, {len(rows)} meetings; held meeting with {held.dossiers} dossiers"
    )
    for name, ms in results.items():
        print(f"{name:<32}{ms:>9.1f} ms")
    database.close()


if __name__ == "__main__":
    main()
