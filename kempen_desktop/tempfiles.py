"""One name pattern for every temporary file Kempen Desktop writes, and the sweep that
removes what a crash left behind.

A temporary file is `.<target name>.<pid>.<token>.kempen-tmp`, in the folder of its
target (so the final rename is atomic); SQLite may add `-journal`, `-wal` or `-shm`.

Telling a leftover from a file that is being written: the writer holds an exclusive OS
lock on the temporary file itself for as long as it exists (`flock` on Linux/macOS, which
is independent of SQLite's own POSIX locks; on Windows `msvcrt.locking` on one byte far
past any data, so SQLite's reads and writes are not blocked). The kernel drops that lock
when the process ends, however it ends, so a temporary file whose lock can be taken has
no writer and is removed. Nothing is guessed from PIDs (they are reused) or from ages (a
kill followed by a quick restart must still clean up). Files of this process are known
from a registry and never opened by the sweep: closing a descriptor would drop the POSIX
locks SQLite holds on them. The PID in the name only tells a reader who made the file.

Caveat: on a network share where `flock` is emulated with POSIX locks (NFS) a live file
could look abandoned; the app keeps its database on a local disk.
"""

from __future__ import annotations

import logging
import os
import re
import secrets
import sys
import threading
from pathlib import Path
from typing import Self

log = logging.getLogger(__name__)

SUFFIX = ".kempen-tmp"
SIDE_FILES = ("-journal", "-wal", "-shm")
PATTERN = re.compile(
    r"^\.(?P<target>.+)\.(?P<pid>\d+)\.(?P<token>[0-9a-f]{8})\.kempen-tmp"
    r"(?P<side>-journal|-wal|-shm)?$"
)
_WINDOWS_LOCK_OFFSET = 0x7FFF_FFF0  # under 2 GiB, far above SQLite's lock bytes at 1 GiB

_held: dict[Path, int] = {}  # temp path -> descriptor holding its lock, for this process
_held_guard = threading.Lock()
_removed: list[Path] = []  # what the sweeps of this process removed (reported by `kempen check`)


def is_temp_name(name: str) -> bool:
    return PATTERN.match(name) is not None


def _try_lock(fd: int) -> bool:
    """Take the exclusive lock without waiting; False when another open file holds it."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _lock(fd: int) -> None:
    """Wait for the lock (a sweep holds it only for the moment it takes to check a file)."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_EX)


class TempFile:
    """A locked temporary file next to `target`; `publish` renames it into place."""

    def __init__(self, target: Path) -> None:
        self.target = Path(target)
        while True:
            path = self.target.with_name(
                f".{self.target.name}.{os.getpid()}.{secrets.token_hex(4)}{SUFFIX}"
            )
            fd = os.open(
                path, os.O_CREAT | os.O_EXCL | os.O_RDWR | getattr(os, "O_BINARY", 0), 0o600
            )
            try:
                _lock(fd)
                # A sweep may have taken the lock between create and lock and removed the
                # file: then our descriptor points at a deleted file; make another.
                if os.name == "nt" or os.path.samestat(os.fstat(fd), os.stat(path)):
                    break
            except FileNotFoundError:
                pass
            except BaseException:
                os.close(fd)
                raise
            os.close(fd)
        self.path = path
        with _held_guard:
            _held[path] = fd

    def sync(self) -> None:
        """Flush the written bytes to the disk (the descriptor shares the file)."""
        os.fsync(_held[self.path])

    def publish(self, target: Path | None = None) -> Path:
        """fsync, rename over the target, fsync the folder; then drop the lock."""
        final = Path(target) if target is not None else self.target
        self.sync()
        os.replace(self.path, final)
        sync_folder(final.parent)
        self.release()
        return final

    def release(self) -> None:
        """Drop the lock (the file itself stays, e.g. after it was renamed into place)."""
        with _held_guard:
            fd = _held.pop(self.path, None)
        if fd is not None:
            os.close(fd)

    def discard(self) -> None:
        """Remove the file and SQLite's side files; drop the lock."""
        for suffix in ("", *SIDE_FILES):
            try:
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            except OSError as error:
                log.warning("could not remove a temporary file: %s", type(error).__name__)
        self.release()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.discard()  # after publish the name is gone and this only drops the lock


def release(path: Path) -> None:
    """Drop this process's lock on `path` (before the file becomes the live database)."""
    with _held_guard:
        fd = _held.pop(Path(path), None)
    if fd is not None:
        os.close(fd)


def sync_folder(folder: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _abandoned(path: Path) -> bool:
    """True (and the file removed) when no process holds the lock of `path`."""
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return True
    except OSError:
        return False  # not ours to judge (permissions)
    try:
        if not _try_lock(fd):
            return False
        if os.name != "nt":
            path.unlink(missing_ok=True)  # while holding the lock: no writer can start on it
    except OSError:
        return False
    finally:
        os.close(fd)
    if os.name == "nt":
        path.unlink(missing_ok=True)
    return True


def sweep(*folders: Path | None) -> list[Path]:
    """Remove the abandoned temporary files (and their side files) in `folders`."""
    removed: list[Path] = []
    for folder in {Path(f) for f in folders if f is not None}:
        try:
            names = sorted(entry.name for entry in os.scandir(folder))
        except OSError:
            continue  # a missing folder, an unplugged stick
        for name in names:
            match = PATTERN.match(name)
            if match is None:
                continue
            path = folder / name
            main = folder / name[: len(name) - len(match["side"] or "")]
            with _held_guard:
                ours = main in _held
            if ours:
                continue
            try:
                if match["side"]:
                    if (
                        path.exists() and not main.exists()
                    ):  # the main file was removed: a side file alone is dead
                        path.unlink(missing_ok=True)
                        removed.append(path)
                    continue
                if _abandoned(path):
                    removed.append(path)
                    for suffix in SIDE_FILES:
                        side = Path(f"{path}{suffix}")
                        if side.exists():
                            side.unlink(missing_ok=True)
                            removed.append(side)
            except OSError as error:
                log.warning("could not remove a temporary file: %s", type(error).__name__)
    if removed:
        log.info("removed %d temporary file(s) left by an interrupted operation", len(removed))
        _removed.extend(removed)
    return removed


def removed_by_this_process() -> list[Path]:
    return list(_removed)
