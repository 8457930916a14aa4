"""One app-wide event filter, shared by everything that must see the whole app's events.

Qt calls an application event filter for every event of every object: timers, paints,
layout requests, the hundreds of child and polish events of a tab being built. Each call
into Python takes the GIL and wraps the event, so each filter costs the GUI thread
microseconds per event and, while a background read runs Python, a wait for the GIL.
Two filters (the idle lock's activity, the app-wide keys) added ~20-40 ms to building the
Overlegmomenten tab at 100,000 dossiers (benchmarks/bench_frames.py, issue 17).

So there is one filter, and it looks at an event's type only for the few events anyone
asked for: input events (`watch_input`) and the polish of given widget classes
(`watch_polish`). Everything else returns at an `isinstance` check. A listener stays until
`unwatch`: its owner removes it when it goes (Qt forgot a filter object of its own by
itself), or the filter keeps the owner alive.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QInputEvent
from PySide6.QtWidgets import QApplication, QWidget

# (watched, event) -> True when the event is handled and goes no further.
InputListener = Callable[[QObject, QInputEvent], bool]
PolishListener = Callable[[QWidget], None]


class _AppEvents(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.inputs: list[InputListener] = []
        self.polish = []  # with `polished`, every class any listener asked for

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QInputEvent):
            handled = False
            for listener in list(self.inputs):  # every listener sees it: the lock counts
                handled = listener(watched, event) or handled  # a key another one handled
            return handled
        # The class first: asking an event its type makes a Python enum each time.
        if isinstance(watched, self.polished) and event.type() == QEvent.Type.Polish:
            for classes, on_polish in self.polish:
                if isinstance(watched, classes):
                    on_polish(watched)
        return False

    @property
    def polish(self) -> list[tuple[tuple[type[QWidget], ...], PolishListener]]:
        return self._polish

    @polish.setter
    def polish(self, listeners: list[tuple[tuple[type[QWidget], ...], PolishListener]]) -> None:
        self._polish = listeners
        self.polished = tuple(kind for classes, _listener in listeners for kind in classes)

    def empty(self) -> bool:
        return not self.inputs and not self.polish


_filters: dict[int, _AppEvents] = {}  # per QApplication (tests make one; the app one)


def _filter(app: QApplication) -> _AppEvents:
    found = _filters.get(id(app))
    if found is None:
        found = _filters[id(app)] = _AppEvents(app)
        app.installEventFilter(found)
    return found


def _drop_if_empty(app: QApplication) -> None:
    found = _filters.get(id(app))
    if found is not None and found.empty():
        app.removeEventFilter(found)
        del _filters[id(app)]


def watch_input(app: QApplication, listener: InputListener) -> None:
    """`listener` sees every key, mouse, wheel and touch event of the app."""
    _filter(app).inputs.append(listener)


def watch_polish(
    app: QApplication, classes: tuple[type[QWidget], ...], listener: PolishListener
) -> None:
    """`listener` sees every widget of `classes` when it is polished (about to be shown)."""
    found = _filter(app)
    found.polish = [*found.polish, (classes, listener)]


def unwatch(app: QApplication, listener: InputListener | PolishListener) -> None:
    """`listener` sees nothing more; the filter goes when nobody watches."""
    found = _filters.get(id(app))
    if found is None:
        return
    found.inputs = [known for known in found.inputs if known != listener]
    found.polish = [(classes, known) for classes, known in found.polish if known != listener]
    _drop_if_empty(app)


def installed(app: QApplication) -> QObject | None:
    """The filter, when anything watches (benchmarks remove it to measure without it)."""
    return _filters.get(id(app))
