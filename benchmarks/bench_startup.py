"""Start-up to a usable, painted main window, beside a bare PySide6 window (issue 17).

    python benchmarks/bench_startup.py [--dossiers 100000] [--encrypted] [--runs 5]
                                       [--workdir /tmp/kempen-bench]

Each run is a fresh process, timed from before the spawn to the moment its first window has
painted with the top of the list (the first look, ui/first_look.py), and, as a second
figure, to the main window in its place. The app's child goes through the app's own start path
(`kempen_desktop.ui.app.start`: arguments, translations, instance lock, passphrase,
integrity check, the main window with its list of dossiers); for an encrypted file the
passphrase dialog is answered at once (the typing is not timed). The floor's child is a
bare PySide6 main window with five tabs and a table over as many rows. Runs alternate
between the two, so a busy machine slows both. Budget: ≤ 2× the floor.

With a built bundle (dist/KempenDesktop or KEMPEN_BUNDLE; packaging/build.sh) the bundle's
`--smoke` on an existing database is timed too (plain runs only). Budget: < 2 s.

`figures(scale, encrypted, workdir)` is what benchmarks/bench_all.py collects;
`demo_database()` makes (once) the demo file the other frame and start-up benchmarks use.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from figures import Figure, print_figures

PASSPHRASE = "bench-17"  # the demo files of the benchmarks (as bench_import_perf.py)

APP_CHILD = r"""
import sys, time
path, passphrase = sys.argv[1], sys.argv[2]
from kempen_desktop.ui import app as entry  # the app's own import order
from kempen_desktop.ui import first_look

first_paint = []
looked = first_look.show_first_look


def timed(*args, **kwargs):  # the first look's window, painted with the top of the list
    window = looked(*args, **kwargs)
    if window is not None:
        from PySide6.QtWidgets import QApplication

        QApplication.instance().processEvents()
        first_paint.append(time.time())
    return window


first_look.show_first_look = timed
given = []  # when the passphrase was given: what a user waits for after typing it
if passphrase:  # answer the passphrase dialog at once: the typing is not start-up
    from kempen_desktop.ui.trust.passphrase_dialog import UnlockDialog

    def answered(dialog):
        dialog.field.setText(passphrase)
        given.append(time.time())
        return UnlockDialog.DialogCode.Accepted

    UnlockDialog.exec = answered
started = entry.start(["--db", path])
if isinstance(started, int):
    raise SystemExit(f"start-up ended with {started}")
app, controller = started
window = controller.window
while not window.isVisible():
    app.processEvents()
app.processEvents()  # the first paint, with the first rows of the list
whole = time.time()
painted = first_paint[0] if first_paint else whole
print(painted, whole, window.dossiers.model.rowCount(), painted - given[0] if given else -1)
"""

FLOOR_CHILD = r"""
import sys, time
from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QTabWidget, QWidget

rows = int(sys.argv[1])


class Model(QAbstractTableModel):
    def rowCount(self, parent=None):
        return rows

    def columnCount(self, parent=None):
        return 8

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row()}-{index.column()}"
        return None


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.menuBar().addMenu("&Bestand")
tabs = QTabWidget()
table = QTableView()
table.setModel(Model())
tabs.addTab(table, "&Dossiers")
for label in ("&Overlegmomenten", "&Partners", "&Rapporten", "A&cties"):
    tabs.addTab(QWidget(), label)
window.setCentralWidget(tabs)
window.statusBar().showMessage("klaar")
window.resize(1280, 800)
window.show()
while not window.isVisible():
    app.processEvents()
app.processEvents()
print(time.time(), rows)
"""


def child_env(workdir: Path) -> dict[str, str]:
    """Offscreen, settings in the work folder (no remembered tab or window of the user),
    and byte-code cached as in an installed app (this machine sets PYTHONDONTWRITEBYTECODE;
    the cache goes to the work folder, not into the source tree)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(workdir / "pycache")
    env["XDG_CONFIG_HOME"] = str(workdir / "config")
    env["XDG_DATA_HOME"] = str(workdir / "data")
    env.pop("KEMPEN_DB", None)
    return env


def demo_database(scale: int, encrypted: bool, workdir: Path) -> tuple[Path, str | None]:
    """The demo file with `scale` dossiers (made once, through the CLI), and its passphrase.
    The encrypted one is bench_lists' encrypted copy of its demo: the CLI's demo command
    makes a plain file whatever KEMPEN_PASSPHRASE says (the figures called encrypted until
    2026-12-02 were measured on such a plain file)."""
    if encrypted:
        from bench_lists import demo_database as lists_demo

        return lists_demo(scale, True, workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    tag = "encrypted" if encrypted else "plain"
    path = workdir / f"startup-demo-{scale}-{tag}.db"
    passphrase = PASSPHRASE if encrypted else None
    done = path.with_suffix(".done")
    if not done.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        env = child_env(workdir)
        if passphrase:
            env["KEMPEN_PASSPHRASE"] = passphrase
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
                str(scale),
            ],
            check=True,
            cwd=ROOT,
            env=env,
            capture_output=True,
        )
        done.write_text(f"{time.perf_counter() - started:.1f} s\n")
    return path, passphrase


def _spawn_ms(args: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(ms to the first painted window, ms to the whole main window, ms from the passphrase
    given to the first painted window: -1 without one) of one child."""
    started = time.time()
    out = subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    fields = out.stdout.strip().splitlines()[-1].split()
    painted = float(fields[0])
    whole = float(fields[1]) if len(fields) > 2 else painted  # the floor has one window
    after_passphrase = float(fields[3]) * 1000 if len(fields) > 3 else -1.0
    return (painted - started) * 1000, (whole - started) * 1000, after_passphrase


def startup_pair(
    path: Path, passphrase: str | None, rows: int, workdir: Path, runs: int
) -> tuple[float, float, float, float]:
    """Medians (app's first paint, app's whole main window, floor, app's first paint after
    the passphrase was given or -1) in ms over `runs` alternating pairs, after one warm-up
    each."""
    env = child_env(workdir)
    # No remembered tab from another benchmark's window: the app opens on Dossiers.
    shutil.rmtree(workdir / "config", ignore_errors=True)
    app_args = ["-c", APP_CHILD, str(path), passphrase or ""]
    floor_args = ["-c", FLOOR_CHILD, str(rows)]
    _spawn_ms(app_args, env)  # warm: byte-code written, files in the page cache
    _spawn_ms(floor_args, env)
    first, whole, floor, given = [], [], [], []
    for _ in range(runs):
        painted, ready, after_passphrase = _spawn_ms(app_args, env)
        first.append(painted)
        whole.append(ready)
        given.append(after_passphrase)
        floor.append(_spawn_ms(floor_args, env)[0])
    medians = (statistics.median(values) for values in (first, whole, floor, given))
    return tuple(medians)  # type: ignore[return-value]


def bundle_figure(workdir: Path, runs: int) -> Figure | None:
    """The packaged app's --smoke on an existing database, when a bundle was built
    (dist/KempenDesktop, or the folder in KEMPEN_BUNDLE)."""
    bundle = Path(os.environ.get("KEMPEN_BUNDLE") or ROOT / "dist" / "KempenDesktop")
    exe = bundle / ("kempen-desktop.exe" if sys.platform == "win32" else "kempen-desktop")
    if not exe.exists():
        return None
    existing = workdir / "bundle-existing.db"  # small: --smoke copies the file it opens
    env = child_env(workdir)
    if not existing.exists():  # made and migrated once, as after the first start
        subprocess.run(
            [sys.executable, "-m", "kempen_desktop.cli", "--db", str(existing), "stats"],
            env=env,
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
    times = []
    for index in range(runs + 1):
        started = time.perf_counter()
        subprocess.run(
            [str(exe), "--smoke", "--db", str(existing)],
            env=env,
            check=True,
            capture_output=True,
            timeout=60,
        )
        if index:  # the first run warms the file cache
            times.append((time.perf_counter() - started) * 1000)
    return Figure(
        "bundle --smoke --db (existing database)", statistics.median(times), budget_ms=2000
    )


def figures(scale: int, encrypted: bool, workdir: Path, runs: int = 5) -> list[Figure]:
    path, passphrase = demo_database(scale, encrypted, workdir)
    first_ms, whole_ms, floor_ms, given_ms = startup_pair(path, passphrase, scale, workdir, runs)
    kind = "encrypted" if encrypted else "plain"
    result = [
        Figure(
            f"start-up to painted window, {scale:,} {kind}",
            first_ms,
            "bare PySide6 window, tabs + table",
            floor_ms,
            budget_ratio=2,
        ),
        # The first look's window paints with the top of the list (ui/first_look.py); the
        # main window, with every button working, takes its place once the rest has loaded.
        Figure(
            f"start-up: the main window in its place, {scale:,} {kind}",
            whole_ms,
            "bare PySide6 window, tabs + table",
            floor_ms,
        ),
    ]
    if given_ms >= 0:
        # What a user waits for once the passphrase is typed: the start before the dialog
        # (Qt, the dialog itself) is behind them; the key derivation and the read are not.
        result.append(
            Figure(
                f"start-up: from the passphrase given to the painted window, {scale:,} {kind}",
                given_ms,
                "bare PySide6 window, tabs + table",
                floor_ms,
            )
        )
    if not encrypted:  # once per size: the bundle's start does not depend on the data
        bundle = bundle_figure(workdir, runs)
        result += [bundle] if bundle is not None else []
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dossiers", type=int, default=100_000)
    parser.add_argument("--encrypted", action="store_true")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/kempen-bench"))
    args = parser.parse_args()
    print_figures("start-up", figures(args.dossiers, args.encrypted, args.workdir, args.runs))


if __name__ == "__main__":
    main()
