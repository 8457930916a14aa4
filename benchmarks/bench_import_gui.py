"""Does the window stay responsive during an import? (issue 3: the event loop never
blocks longer than 100 ms).

    python benchmarks/bench_import_gui.py DATABASE LIST.xlsx

Runs the wizard's plan and apply operations on a copy of DATABASE while a 10 ms timer
records the longest gap between two timer ticks on the GUI thread.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kempen_desktop.services.common.database import open_database
from kempen_desktop.ui.importing.import_wizard import (
    PAGE_DONE,
    PAGE_MAPPING,
    PAGE_PREVIEW,
    ImportWizard,
)


def main() -> None:
    source, workbook = Path(sys.argv[1]), Path(sys.argv[2])
    copy = Path(tempfile.mkdtemp()) / "bench.db"
    shutil.copy(source, copy)
    app = QApplication([])
    database = open_database(copy)
    wizard = ImportWizard(database, workbook)
    wizard.show()
    gaps: list[float] = []
    worst: dict[str, float] = {}  # phase -> longest gap in it
    phase = ["read"]
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        worst[phase[0]] = max(worst.get(phase[0], 0.0), now - last[0])
        if now - last[0] > 0.05:
            print(
                f"  gap {1000 * (now - last[0]):.0f} ms ending {now - begun:.2f} s into the run "
                f"({phase[0]})"
            )
        last[0] = now

    begun = time.perf_counter()
    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)

    def wait_for(page: int) -> float:
        started = time.perf_counter()
        while wizard.pages.currentIndex() != page:
            app.processEvents()
            time.sleep(0.001)
        return time.perf_counter() - started

    wizard.go_next()
    read = wait_for(PAGE_MAPPING)
    phase[0] = "plan"
    wizard.go_next()
    plan = wait_for(PAGE_PREVIEW)
    phase[0] = "apply"
    wizard.go_next()
    apply = wait_for(PAGE_DONE)
    timer.stop()
    print(f"read {read:.2f} s, plan {plan:.2f} s, apply {apply:.2f} s")
    print(
        f"longest event-loop gap: {max(gaps) * 1000:.0f} ms (budget 100 ms); "
        f"gaps over 100 ms: {sum(1 for g in gaps if g > 0.1)} of {len(gaps)}"
    )
    print("longest gap per phase: " + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in worst.items()))
    database.close()


if __name__ == "__main__":
    main()
