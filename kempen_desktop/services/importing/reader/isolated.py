"""Read a large workbook in a child process, so the window stays responsive.

python-calamine parses a whole sheet in one native call that holds the GIL: 0.14 s for
a 10,000-row .xlsx and 1.2 s for 100,000 rows (measured with 0.9.1), during which the
GUI thread cannot run even though the reading happens on a worker thread. In a child
process that call holds only the child's GIL. The rows come back in chunks, each
unpickled in a few milliseconds, so the parent's GUI thread gets its turn between them.

The child runs the same :func:`read_sheet` with all its pre-checks; its errors come back
as the same Dutch :class:`SpreadsheetError`. Cancelling terminates the child. Small
files are read in-process: starting a child costs more than it saves there.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from kempen_desktop.services.importing.perf import no_gc
from kempen_desktop.services.importing.reader.errors import (
    MSG_CORRUPT,
    ImportCancelled,
    SpreadsheetError,
)
from kempen_desktop.services.importing.reader.results import SheetData

CHILD_THRESHOLD_BYTES = 256 * 1024  # ~3,000 rows of .xlsx: about 40 ms of parsing
_CHUNK_ROWS = 2_000
_POLL_SECONDS = 0.05


def _child_main(connection: Connection, path: str, sheet: str | None, max_rows: int) -> None:
    from kempen_desktop.services.importing.reader import read_sheet

    try:
        data = read_sheet(Path(path), sheet, max_rows=max_rows)
    except SpreadsheetError as error:
        connection.send(("error", str(error)))
        return
    except Exception:  # noqa: BLE001 - anything else is a file we cannot read
        connection.send(("error", MSG_CORRUPT))
        return
    connection.send(("sheet", data.name))
    rows = data.rows
    for start in range(0, len(rows), _CHUNK_ROWS):
        connection.send(("rows", rows[start : start + _CHUNK_ROWS]))
    connection.send(("end", None))
    connection.close()


def read_sheet_in_child(
    path: Path, sheet: str | None, *, max_rows: int, should_cancel: Callable[[], bool] | None = None
) -> SheetData:
    context = multiprocessing.get_context("spawn")  # no fork of a process that runs Qt threads
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_child_main, args=(sender, str(path), sheet, max_rows), daemon=True
    )
    child.start()
    sender.close()
    # A full collection over the growing row list holds the GIL for 100+ ms; the rows
    # hold no reference cycles (see perf.no_gc, which this is).
    with no_gc():
        return _receive(receiver, child, should_cancel)


def _receive(
    receiver: Connection, child: Any, should_cancel: Callable[[], bool] | None
) -> SheetData:
    name = ""
    rows: list[tuple[int, list[object]]] = []
    try:
        while True:
            if should_cancel is not None and should_cancel():
                raise ImportCancelled()
            if not receiver.poll(_POLL_SECONDS):
                if not child.is_alive() and not receiver.poll(0):
                    raise SpreadsheetError(MSG_CORRUPT)  # the child died (e.g. out of memory)
                continue
            try:
                kind, payload = receiver.recv()
            except EOFError:
                raise SpreadsheetError(MSG_CORRUPT) from None
            if kind == "error":
                raise SpreadsheetError(payload)
            if kind == "sheet":
                name = payload
            elif kind == "rows":
                rows.extend(payload)
            elif kind == "end":
                return SheetData(name=name, rows=rows)
    finally:
        receiver.close()
        if child.is_alive():
            child.terminate()
        child.join(timeout=5)
