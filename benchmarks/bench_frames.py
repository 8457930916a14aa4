"""The longest frozen frame of the main window during long work (issue 17: none over 50 ms).

    python benchmarks/bench_frames.py [--dossiers 100000] [--encrypted] [--only 'first dash;import']
                                      [--workdir /tmp/kempen-bench]

A child process opens a copy of the demo database (the work writes: audit entries,
backups, an import) in the real main window, offscreen, and runs each scenario the way a
click would, while a 10 ms QTimer on the GUI thread records the gaps between its ticks.
The longest gap is the longest time the window could not paint or answer a click. The
scenarios: the preloading after start-up (the other tabs' modules, then the tabs
themselves built one by one, as the app does), the Dossiers list reloaded (F5), the first
dashboard (the Rapporten tab shown for the first time), another period on it and F5 while
it shows, the period report's figures and its PDF, the Overlegmomenten tab shown for the
first time and a meeting series written as .ics, a backup, and an import of 10,000 rows
through the wizard (when benchmarks/bench_import_perf.py is there to write the list), and
the Dossiers list scrolled while the period report's figures are counted. Gaps
over 50 ms are printed with the scenario, so a profile can follow: BENCH_FRAMES_WHY=1
samples the threads' stacks while the GUI thread is late, and BENCH_FRAMES_NO_FILTERS=1
removes the app-wide Python event filter (keys, idle lock: ui/common/app_events), which
takes the GIL for every event.
BENCH_FRAMES_GC=1 prints every garbage collector walk over 15 ms; BENCH_FRAMES_GC_AS_IS=1
leaves the collector as it is (without app/gc_pauses.py, which the app's main switches on).
BENCH_FRAMES_SWITCH=MS sets the GIL's switch interval (sys.setswitchinterval; 5 ms as is).
BENCH_FRAMES_DUMP=0.045 prints every thread's stack whenever a tick is 45 ms late.

`figures(scale, encrypted, workdir)` is what benchmarks/bench_all.py collects.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_startup import child_env, demo_database
from figures import Figure, print_figures

BUDGET_MS = 50
SCENARIOS = (
    "idle window (the machine's own noise)",
    "preloading after start-up",
    "list reload (F5)",
    "first dashboard",
    "dashboard: another period",
    "F5 on the dashboard (its figures counted again)",
    "period report figures",
    "period report PDF",
    "first Overlegmomenten tab",
    ".ics of a meeting series",
    "backup",
    "import 10,000 rows",
    "Dossiers list scrolled while the figures are counted",
)

CHILD = r"""
import json, os, sys, time
from pathlib import Path

path, passphrase, only, import_list = sys.argv[1], sys.argv[2] or None, sys.argv[3], sys.argv[4]
from kempen_desktop.app import opening  # the data layer first, as the app does
from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from kempen_desktop.ui.app import configure_application
from kempen_desktop.ui.main_window import MainWindow

app = QApplication(sys.argv[:1])
configure_application(app)
if os.environ.get("BENCH_FRAMES_SWITCH"):  # diagnosis: the GIL's switch interval, in ms
    sys.setswitchinterval(float(os.environ["BENCH_FRAMES_SWITCH"]) / 1000)
if not os.environ.get("BENCH_FRAMES_GC_AS_IS"):  # as ui.app.main does (app/gc_pauses.py)
    from kempen_desktop.app import gc_pauses

    gc_pauses.switch_on()
if os.environ.get("BENCH_FRAMES_GC"):  # diagnosis: every collector walk over 15 ms
    import gc, threading

    walks = {}

    def walk(phase, info):
        if phase == "start":
            walks[threading.get_ident()] = time.perf_counter()
            return
        took = (time.perf_counter() - walks.pop(threading.get_ident(), time.perf_counter()))
        if took > 0.015:
            print(f"    gc generation {info['generation']}: {took * 1000:.0f} ms on "
                  f"{threading.current_thread().name}", file=sys.stderr)

    gc.callbacks.append(walk)
# No modal boxes in a benchmark: questions answer Yes, notices are dismissed.
QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
QMessageBox.information = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok)
QMessageBox.warning = staticmethod(lambda *a, **k: print("warning:", a[2:3], file=sys.stderr))
workspace = opening.open_workspace(Path(path), passphrase=passphrase)
window = MainWindow(workspace)
window.resize(1280, 800)
window.show()


def wait_until(done, timeout=900.0, settle=0.3):
    end = time.perf_counter() + timeout
    while not done():
        app.processEvents()
        time.sleep(0.002)
        if time.perf_counter() > end:
            raise TimeoutError
    end = time.perf_counter() + settle  # what the result sets off (reloads, painting)
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)


# Diagnosis: BENCH_FRAMES_DUMP=S dumps every thread's Python stack when the GUI thread is
# S seconds late, from faulthandler's own C thread: it needs no GIL, so it also shows the
# thread that holds the GIL (which a Python sampler cannot see while it is held).
DUMP = float(os.environ.get("BENCH_FRAMES_DUMP") or 0)
if DUMP:
    import faulthandler


class Probe:
    def __init__(self):
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.tick)
        self.active = False

    def begin(self, name):
        self.name, self.gaps, self.last = name, [], time.perf_counter()
        self.started = self.last
        self.active = True
        if DUMP:
            faulthandler.dump_traceback_later(DUMP)
        self.timer.start()

    def tick(self):
        if DUMP:  # a C thread prints every thread's stack once the next tick is late
            faulthandler.dump_traceback_later(DUMP)
        now = time.perf_counter()
        gap = (now - self.last) * 1000
        if gap > 50:
            print(f"  {self.name}: {gap:.0f} ms ending {now - self.started:.2f} s in",
                  file=sys.stderr)
        self.gaps.append(gap)
        self.last = now

    def end(self):
        self.active = False
        self.tick()
        self.timer.stop()
        if DUMP:
            faulthandler.cancel_dump_traceback_later()
        took = (time.perf_counter() - self.started) * 1000
        return {"longest": max(self.gaps), "over": sum(g > 50 for g in self.gaps), "ms": took}


if os.environ.get("BENCH_FRAMES_NO_FILTERS"):  # diagnosis: without the app-wide filters
    from kempen_desktop.ui.common import app_events

    app.removeEventFilter(app_events.installed(app))

wait_until(lambda: True, settle=1.0)
probe = Probe()
results = {}

if os.environ.get("BENCH_FRAMES_WHY"):  # sample the GUI thread's stack while it is frozen
    import collections, threading, traceback

    gui_thread, samples = threading.get_ident(), collections.Counter()

    def watch():
        while True:
            time.sleep(0.005)
            if probe.active and time.perf_counter() - probe.last > 0.03:
                for ident, frame in sys._current_frames().items():
                    if ident == threading.get_ident():
                        continue
                    full = traceback.extract_stack(frame)
                    ours = [f for f in full[:-1]
                            if "kempen_desktop" in f.filename or "<string>" in f.filename][-4:]
                    stack = [*ours, full[-1]]
                    where = " < ".join(
                        f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(stack)
                    )
                    who = "GUI" if ident == gui_thread else "other"
                    samples[(probe.name, f"{who}: {where}")] += 1

    threading.Thread(target=watch, daemon=True).start()
    import atexit

    def report():
        for (name, where), count in samples.most_common(25):
            print(f"why {name} x{count}: {where}", file=sys.stderr)

    atexit.register(report)


def scenario(name):
    def run(body):
        if only and not any(name.startswith(part) for part in only.split(";") if part):
            return
        probe.begin(name)
        try:
            body()
        except Exception as error:  # the figure is missing; say why
            probe.end()
            print(f"{name}: {type(error).__name__}: {error}", file=sys.stderr)
            return
        results[name] = probe.end()
    return run


@scenario("idle window (the machine's own noise)")
def _():
    wait_until(lambda: True, settle=2.0)


@scenario("preloading after start-up")
def _():
    from kempen_desktop.ui.common.background import Preloader

    preloader = Preloader().start()  # as Application.show() does, 0.3 s after the paint
    window.build_tabs_when_idle(preloader.finished)  # then the other tabs, one by one
    wait_until(lambda: len(window.built_tabs()) == 5)


@scenario("list reload (F5)")
def _():
    window.reload_all()
    # The order and, in a large database, the form's pickers are read in the background.
    tab = window.dossiers
    wait_until(lambda: not tab.model.reloading and not tab.reading_choices)


@scenario("first dashboard")
def _():
    window.tabs.setCurrentIndex(3)
    reports = window.reports
    wait_until(lambda: getattr(reports, "dashboard", None) is not None)


@scenario("dashboard: another period")
def _():
    from datetime import timedelta

    reports = window.reports
    start, end = reports.period()
    earlier = start - timedelta(days=1)
    reports.set_period(earlier.replace(day=1, month=1), earlier)  # counted from memory
    wait_until(lambda: reports.dashboard is not None and reports.dashboard.end == earlier)


@scenario("F5 on the dashboard (its figures counted again)")
def _():
    reports, tab = window.reports, window.dossiers
    shown = reports.dashboard
    window.reload_all()  # the kept history is dropped (freed in pieces, off the GUI thread)
    wait_until(
        lambda: reports.dashboard is not shown
        and not tab.model.reloading
        and not tab.reading_choices
    )


dialog = None


@scenario("period report figures")
def _():
    global dialog
    dialog = window.reports.open_period_report()
    wait_until(lambda: dialog.report is not None)


@scenario("period report PDF")
def _():
    dialog.make_pdf()
    wait_until(lambda: True)
    preview = getattr(dialog, "preview", None)
    if preview is not None:
        preview.close()
    dialog.close()


@scenario("first Overlegmomenten tab")
def _():
    window.tabs.setCurrentIndex(1)
    wait_until(lambda: window.meetings.table.model().rowCount() > 0)


@scenario(".ics of a meeting series")
def _():
    tab = window.meetings
    model = tab.table.model()
    for row in range(model.rowCount()):
        tab.table.selectRow(row)
        current = tab.current_row()
        if current is not None and current.series_id is not None:
            break
    target = Path(path).with_name("bench-frames.ics")
    tab.ask_save_path = lambda *args: target
    tab.export_ics()
    wait_until(lambda: True)


@scenario("backup")
def _():
    window.trust.make_backup()
    wait_until(lambda: True)


@scenario("import 10,000 rows")
def _():
    if not import_list:
        raise RuntimeError("no list to import (benchmarks/bench_import_perf.py missing)")
    from kempen_desktop.ui.importing.import_wizard import PAGE_DONE, PAGE_MAPPING, PAGE_PREVIEW

    # As a user goes: the tab is shown before the menu is used, and the dialog has been seen
    # before its Volgende is clicked (a click comes 0.1 s or more after the one before; done
    # in one turn of the event loop, the three paints added up to one 65 ms frame).
    window.tabs.setCurrentIndex(0)
    wait_until(lambda: True, settle=0.2)
    wizard = window.open_import(Path(import_list))
    wait_until(lambda: True, settle=0.2)
    for page in (PAGE_MAPPING, PAGE_PREVIEW, PAGE_DONE):
        wizard.go_next()
        wait_until(lambda page=page: wizard.pages.currentIndex() == page, settle=0.05)
    wait_until(lambda: True, settle=1.0)  # the lists reload after the import
    wizard.close()


@scenario("Dossiers list scrolled while the figures are counted")
def _():
    # Interaction during background work: the period report's figures are counted from a
    # fresh status history (F5 dropped the kept one), 2-3 s of Python on a worker thread,
    # while the user scrolls the list. Every repaint calls the list model's data() over a
    # thousand times, each call a turn of the GIL between the two threads.
    window.tabs.setCurrentIndex(0)
    window.reload_all()
    tab = window.dossiers
    wait_until(lambda: not tab.model.reloading and not tab.reading_choices, settle=0.1)
    probe.begin(probe.name)  # the reload is another scenario's frame
    report = window.reports.open_period_report()
    bar = tab.table.verticalScrollBar()
    step = 0
    while report.report is None:
        step += 1
        bar.setValue((step * 977) % max(1, bar.maximum()))
        wait_until(lambda: True, settle=0.03)
    report.close()


print(json.dumps(results), flush=True)
wait_until(lambda: True, settle=2.0)  # background reloads the last scenario set off
window.close()
workspace.close()
"""


def import_list(
    scale: int, encrypted: bool, workdir: Path, db: Path, passphrase: str | None
) -> Path | None:
    """A 10,000-row list (half known people) written by bench_import_perf, when it is there."""
    try:
        from bench_import_perf import write_list
    except ImportError:
        return None
    tag = "encrypted" if encrypted else "plain"
    target = workdir / f"frames-list-{scale}-{tag}.xlsx"
    if not target.exists():
        write_list(target, db, encrypted, 10_000, 0.5, passphrase or "")
    return target


def measure(
    scale: int, encrypted: bool, workdir: Path, only: str = ""
) -> dict[str, dict[str, float]]:
    source, passphrase = demo_database(scale, encrypted, workdir)
    copy = workdir / f"frames-copy-{source.name}"
    shutil.copyfile(source, copy)  # the scenarios write (audit, backups, the import)
    try:
        listing = import_list(scale, encrypted, workdir, source, passphrase)
    except Exception as error:  # noqa: BLE001 - the other scenarios still run
        print(f"no import list: {type(error).__name__}: {error}", file=sys.stderr)
        listing = None
    # No remembered tab from an earlier run: the window opens on Dossiers, as the first
    # dashboard scenario expects (a remembered Rapporten tab starts counting at once).
    shutil.rmtree(workdir / "config", ignore_errors=True)
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(copy), passphrase or "", only, str(listing or "")],
        capture_output=True,
        text=True,
        env=child_env(workdir),
        cwd=ROOT,
        timeout=3600,
        check=False,
    )
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    shutil.rmtree(workdir / "backups", ignore_errors=True)
    sys.stderr.write(out.stderr[-20000:])
    lines = out.stdout.strip().splitlines()
    if not lines or not lines[-1].startswith("{"):
        raise RuntimeError(f"frames child failed ({out.returncode})")
    if out.returncode != 0:  # measured, then it went wrong on the way out: say so
        print(f"frames child ended with {out.returncode} after measuring", file=sys.stderr)
    return json.loads(lines[-1])


def figures(scale: int, encrypted: bool, workdir: Path, only: str = "") -> list[Figure]:
    kind = "encrypted" if encrypted else "plain"
    found = measure(scale, encrypted, workdir, only)
    result = []
    for name in SCENARIOS:
        if name in found:
            took = found[name]
            label = f"frozen frame: {name} ({took['ms'] / 1000:.1f} s, {took['over']:.0f} >50)"
            budget = None if name.startswith("idle") else BUDGET_MS  # the noise: no budget
            result.append(Figure(f"{label}, {scale:,} {kind}", took["longest"], budget_ms=budget))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dossiers", type=int, default=100_000)
    parser.add_argument("--encrypted", action="store_true")
    parser.add_argument(
        "--only", default="", help="scenario names or their beginnings, separated by ';'"
    )
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/kempen-bench"))
    args = parser.parse_args()
    print_figures("frozen frames", figures(args.dossiers, args.encrypted, args.workdir, args.only))


if __name__ == "__main__":
    main()
