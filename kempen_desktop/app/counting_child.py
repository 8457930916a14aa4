"""The figures of a large file counted in a child process, so the window never waits.

The status history behind the Rapporten dashboard and the beleidsrapportage is 2-3 s of
Python at 100,000 dossiers. On a worker thread it holds the GIL, and a list scrolled
meanwhile waits for the GIL at each of the thousand cells it paints: frames of 200+ ms
(benchmarks/bench_frames.py, "Dossiers list scrolled while the figures are counted"). In a
child process it holds only the child's GIL; the parent's worker thread waits on a pipe.

The child opens the file read-only, with the app's own SQLite library (db/engine.py's
connect_raw), and keeps the history between counts as the area does in-process. Every
request carries the area's generation (bumped by each change that concerns the figures);
a history of another generation is dropped. The passphrase of an encrypted file, and the
key derived from it (db/keys.py: the child then derives none), go over the pipe, never in
the arguments or the environment. The parent's end closes the pipe and so ends the child;
a child that died is started again at the next count.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from kempen_desktop.db import keys

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

#: Seconds to wait for a child to end when asked (it then is killed).
STOP_WAIT_S = 2.0


class CountingChildError(RuntimeError):
    """The child ended or could not open the file; the next count starts another."""


def _read_only_engine(path: str, passphrase: str | None) -> Any:
    """An engine on the live file that can only read (never a write, never a checkpoint)."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from kempen_desktop.db.driver import sqlcipher3
    from kempen_desktop.db.raw import connect_raw

    def connect() -> Any:
        connection = connect_raw(
            Path(f"file:{quote(path)}?mode=ro"), passphrase, uri=True, check_same_thread=False
        )
        # Sorts stay in memory (no plaintext temp file); wait out a writer's checkpoint.
        connection.execute("PRAGMA temp_store = MEMORY")
        connection.execute("PRAGMA busy_timeout = 5000")
        connection.execute("PRAGMA query_only = ON")
        return connection

    return create_engine("sqlite://", module=sqlcipher3, creator=connect, poolclass=StaticPool)


def _count(session: Any, history: Any, kind: str, args: tuple[Any, ...], today: date | None) -> Any:
    from kempen_desktop.services.reports import dashboard, period_report

    start, end, nis_codes = args
    if kind == "dashboard":
        return dashboard.dashboard(session, history, start, end, nis_codes, today=today)
    if kind == "period_report":
        return period_report.compute(
            session, start, end, nis_codes, history=history, with_texts=True, today=today
        )
    raise ValueError(f"unknown count: {kind}")


def _sendable(error: BaseException) -> BaseException:
    """The error as it can cross the pipe: itself when it pickles, else its type and text."""
    import pickle

    try:
        pickle.loads(pickle.dumps(error))
    except Exception:  # noqa: BLE001 - any error that does not survive pickling
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error


def _serve(connection: Connection) -> None:
    """The child: open the file, then answer counts until the pipe closes."""
    from sqlalchemy.orm import Session

    from kempen_desktop.services.reports.history import History

    try:
        path, passphrase, key = connection.recv()
        if passphrase and key:  # derived by the parent: no derivation of our own
            keys.remember(path, passphrase, key)
        engine = _read_only_engine(path, passphrase)
        del passphrase, key
    except EOFError:
        return
    history: Any = None
    generation = None
    while True:
        try:
            request_generation, kind, args, today = connection.recv()
        except EOFError:  # the parent ended or closed the workspace
            break
        try:
            with Session(engine) as session:
                if history is None or generation != request_generation:
                    history, generation = None, None
                    history = History(session)
                    generation = request_generation
                result = ("ok", _count(session, history, kind, args, today))
        except Exception as error:  # noqa: BLE001 - every failure goes back to the caller
            history, generation = None, None  # read afresh next time
            result = ("error", _sendable(error))
        connection.send(result)
    engine.dispose()


class CountingChild:
    """One child process that counts for one open file; `count` blocks its caller (a
    worker thread) until the answer is there. One count at a time (the area's lock)."""

    def __init__(self, path: Path, passphrase: str | None) -> None:
        import multiprocessing  # when a child is started: not with the Rapporten tab

        context = multiprocessing.get_context("spawn")  # no fork of a process with Qt threads
        self._connection, child_end = context.Pipe(duplex=True)
        self._process = context.Process(
            target=_serve, args=(child_end,), name="kempen-counting", daemon=True
        )
        self._process.start()
        child_end.close()
        key = keys.known(path, passphrase) if passphrase else None
        self._connection.send((str(path), passphrase, key))
        self._stopping = threading.Event()

    @property
    def pid(self) -> int | None:
        return self._process.pid

    def alive(self) -> bool:
        return self._process.is_alive() and not self._stopping.is_set()

    def count(self, generation: int, kind: str, args: tuple[Any, ...], today: date | None) -> Any:
        try:
            self._connection.send((generation, kind, args, today))
            outcome, value = self._connection.recv()
        except (EOFError, OSError) as error:
            self._stopping.set()  # the next count starts another child
            raise CountingChildError("De berekening van de cijfers stopte onverwacht.") from error
        if outcome == "error":
            raise value
        return value

    def stop(self) -> None:
        """End the child (its pipe closes; a count it was busy with fails in its caller)."""
        self._stopping.set()
        if self._process.is_alive():
            self._process.terminate()
        self._process.join(STOP_WAIT_S)
        if self._process.is_alive():  # pragma: no cover - a child that ignores SIGTERM
            self._process.kill()
            self._process.join(STOP_WAIT_S)
