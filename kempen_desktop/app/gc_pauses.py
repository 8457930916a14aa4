"""Short garbage-collector pauses in the desktop app (issue 17).

CPython's full collection walks every container object of the process with the GIL held,
on whichever thread happens to allocate. At 100,000 dossiers the process holds a few
hundred thousand (the modules, mappers and Qt wrappers of start-up, the kept report
history), and building the history or the period report triggered walk after walk of
0.2-0.8 s each, every one a frozen window (benchmarks/bench_frames.py, BENCH_FRAMES_GC=1).

So bulk work runs `quiet()`: no automatic collection while it runs (from any thread);
afterwards the next young collection sees only what the work left alive, and collects its
reference cycles as usual. What lives as long as the app (start-up's modules, the kept
history) is moved out of the walks' sight with `gc.freeze()`: frozen objects are still
freed by reference counting when dropped; only a reference cycle among them would stay.

Off unless `switch_on()` was called (the desktop app's main does): tests and the command
line keep the collector as it is.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_state = {"on": False, "quiet": 0, "was_enabled": True, "keep": False}


def switch_on() -> None:
    _state["on"] = True


def switch_off() -> None:
    _state["on"] = False


def keep_long_lived() -> None:
    """Everything the process holds now lives as long as the app: out of the walks."""
    if _state["on"]:
        gc.freeze()


@contextmanager
def quiet(*, keep: bool = False) -> Iterator[None]:
    """No automatic collection while the work inside runs. `keep`: the work builds data
    kept for a long time (the report history): what is alive when the last quiet work
    ends is frozen. Nested and concurrent quiet work is counted; the collector comes back
    after the last."""
    if not _state["on"]:
        yield
        return
    with _lock:
        if _state["quiet"] == 0:
            _state["was_enabled"] = gc.isenabled()
            gc.disable()
        _state["quiet"] += 1
    try:
        yield
    finally:
        with _lock:
            _state["keep"] = _state["keep"] or keep
            _state["quiet"] -= 1
            if _state["quiet"] == 0:
                if _state["keep"]:
                    gc.freeze()  # before enabling: what was built is never walked
                    _state["keep"] = False
                if _state["was_enabled"]:
                    gc.enable()
