"""Start-up loads its modules without garbage-collector walks, and leaves the collector on
(issue 17; the time saved is in benchmarks/bench_startup.py)."""

from __future__ import annotations

import gc
import subprocess
import sys


def test_loading_the_app_leaves_the_collector_on_with_its_modules_frozen() -> None:
    probe = (
        "import gc\n"
        "import kempen_desktop.ui.app\n"
        "print(gc.isenabled(), gc.get_freeze_count() > 10000)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.split() == ["True", "True"]
    assert gc.isenabled()  # and in this process, which imported it long ago
