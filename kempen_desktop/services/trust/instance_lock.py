"""One writer per database, enforced by the operating system.

The writer holds an OS lock (flock on Unix, LockFileEx on Windows, through `filelock`) on
`<db>.lock` for as long as it works on the database. The kernel drops that lock when the
process ends, also after a crash or a kill, so nothing guesses from process numbers. The
lock is never taken on the database file itself: closing any descriptor on that file would
drop the POSIX locks SQLite holds on it. Who holds the lock (program, host, process, since)
is written to `<db>.lock.info` for the message a second writer gets; it is only shown,
never used to decide. Also: a warning when the database lives on a network share or in a
cloud-sync folder, where another computer may open it at the same time.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from filelock import FileLock, Timeout

log = logging.getLogger(__name__)

CLOUD_MARKERS = (
    "onedrive",
    "dropbox",
    "google drive",
    "googledrive",
    "my drive",
    "mijn drive",
    "icloud",
    "icloud drive",
    "mobile documents",
    "nextcloud",
    "owncloud",
    "box sync",
)
NETWORK_FILESYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smbfs",
    "smb3",
    "afs",
    "9p",
    "sshfs",
    "fuse.sshfs",
    "davfs",
    "fuse.davfs",
    "ncpfs",
    "glusterfs",
    "ceph",
    "fuse.rclone",
    "fuse.s3fs",
}
GUI_NAME = "Kempen Desktop"
# A moment's patience: a holder that is just letting go is not reported as busy.
ACQUIRE_WAIT_SECONDS = 0.3


class DatabaseInUseError(RuntimeError):
    """Another process holds the database for writing; the message is Dutch."""


@dataclass(frozen=True)
class LockOwner:
    host: str
    pid: int
    started: str
    program: str = ""

    def describe(self) -> str:
        if not self.program:
            who = "een ander Kempen-programma"
        else:
            who = self.program if self.program == GUI_NAME else f"'{self.program}'"
        return f"in gebruik door {who} op {self.host} (proces {self.pid}, sinds {self.started})"

    def refusal(self) -> str:
        if self.program == GUI_NAME:
            advice = "Sluit Kempen Desktop daar eerst af."
        else:
            advice = "Probeer opnieuw wanneer dat klaar is."
        return f"De database is {self.describe()}. {advice}"


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def info_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock.info")


def read_owner(db_path: Path) -> LockOwner | None:
    """Who last took the lock, as written in the info file (None when unreadable)."""
    try:
        data = json.loads(info_path(db_path).read_text(encoding="utf-8"))
        return LockOwner(
            str(data["host"]),
            int(data["pid"]),
            str(data.get("started", "")),
            str(data.get("program", "")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _key(db_path: Path) -> Path:
    return db_path.expanduser().resolve()


# Holds per database in this process: the OS lock is per process, so a second InstanceLock
# here (e.g. a dialog reopening the file) shares it, and only the last release lets go.
_holds: dict[Path, tuple[FileLock, int]] = {}
_holds_guard = threading.Lock()


def held_by_this_process(db_path: Path) -> bool:
    """Does this process hold the writer lock of `db_path` (e.g. before tidying its folder)?"""
    with _holds_guard:
        return _key(db_path) in _holds


class InstanceLock:
    """The writer lock of one database; `release()` when done. A crash releases it too."""

    def __init__(self, db_path: Path, program: str = GUI_NAME) -> None:
        self.db_path = _key(db_path)
        self.path = lock_path(self.db_path)
        self.program = program
        self.held = False

    def acquire(self) -> InstanceLock:
        """Take the lock, or raise DatabaseInUseError naming who holds it.

        OSError when the folder cannot hold a lock file (read-only, missing).
        """
        if self.held:
            return self
        with _holds_guard:
            held = _holds.get(self.db_path)
            if held is not None:
                _holds[self.db_path] = (held[0], held[1] + 1)
                self.held = True
                return self
            os_lock = FileLock(
                self.path,
                timeout=ACQUIRE_WAIT_SECONDS,
                thread_local=False,
                fallback_to_soft=False,
                preserve_lock_file=True,
            )
            try:
                os_lock.acquire()
            except Timeout:
                owner = read_owner(self.db_path)
                raise DatabaseInUseError(
                    owner.refusal()
                    if owner is not None
                    else (
                        "De database is in gebruik door een ander Kempen-programma. "
                        "Probeer het zo dadelijk opnieuw."
                    )
                ) from None
            _holds[self.db_path] = (os_lock, 1)
            self.held = True
        self._write_info()
        return self

    def _write_info(self) -> None:
        me = {
            "program": self.program,
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "started": datetime.now().strftime("%d-%m-%Y %H:%M"),
        }
        try:
            info_path(self.db_path).write_text(json.dumps(me, ensure_ascii=False), encoding="utf-8")
        except OSError:
            log.warning("lock info not written")  # the lock holds anyway; the message is vaguer

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        with _holds_guard:
            os_lock, count = _holds[self.db_path]
            if count > 1:
                _holds[self.db_path] = (os_lock, count - 1)
                return
            del _holds[self.db_path]
            # Info first, while still holding: nobody else can have written it meanwhile.
            try:
                info_path(self.db_path).unlink(missing_ok=True)
            finally:
                os_lock.release()


def acquire(db_path: Path, program: str = GUI_NAME) -> InstanceLock:
    return InstanceLock(db_path, program).acquire()


# -- risky locations ---------------------------------------------------------------------


def _mounts() -> list[tuple[str, str]]:
    try:
        text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    result = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            result.append((parts[1].replace("\\040", " "), parts[2]))
    return result


def location_warning(db_path: Path, mounts: list[tuple[str, str]] | None = None) -> str | None:
    """A Dutch warning when the file is in a cloud-sync folder or on a network share."""
    resolved = db_path.expanduser().resolve()
    lowered = str(resolved).lower()
    if any(f"/{marker}" in lowered.replace("\\", "/") for marker in CLOUD_MARKERS):
        return (
            "De database staat in een map die met de cloud gesynchroniseerd wordt. Een "
            "synchronisatie tijdens het werk kan het bestand beschadigen of laten botsen met een "
            "andere computer; bewaar de database liever op de eigen schijf."
        )
    if os.name == "nt":  # pragma: no cover - Windows
        if str(resolved).startswith("\\\\"):
            return (
                "De database staat op een netwerkschijf. Werk liever met een bestand op de eigen "
                "schijf: een netwerkonderbreking kan het bestand beschadigen."
            )
        return None
    best = ("", "")
    for mount_point, fstype in mounts if mounts is not None else _mounts():
        prefix = mount_point.rstrip("/") + "/"
        if (str(resolved) + "/").startswith(prefix) and len(mount_point) > len(best[0]):
            best = (mount_point, fstype)
    if best[1].lower() in NETWORK_FILESYSTEMS:
        return (
            "De database staat op een netwerkschijf. Werk liever met een bestand op de eigen "
            "schijf: een netwerkonderbreking kan het bestand beschadigen."
        )
    return None
