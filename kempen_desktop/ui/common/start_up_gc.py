"""Imported first by ui/app.py: no garbage-collector walks while the app's modules load
(issue 17).

Loading SQLAlchemy, the models, PySide6 and the tabs makes a few hundred thousand objects
that all live as long as the app; the collector walked them again and again as they grew
(~240 ms of walks in 215 collections while importing). ui/app.py calls `resume()` once its
imports are done: what they made is frozen out of later walks and the collector runs again.
"""

from __future__ import annotations

import gc

_was_enabled = gc.isenabled()
gc.disable()


def resume() -> None:
    """What loaded lives as long as the process: frozen out of later walks (still freed by
    reference counting if ever dropped), then the collector runs as before."""
    gc.freeze()
    if _was_enabled:
        gc.enable()


def pause() -> None:
    """Again no walks: the data layer loads after the first look (ui/app.py), then
    `resume()`."""
    gc.disable()
