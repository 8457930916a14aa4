"""One writer per database: a lock file next to it with host, process and start time.

A second instance is told who holds the database instead of writing into it. A lock
left behind by a crash (same host, process no longer running) is taken over. The lock
file is created with O_EXCL, so two instances starting at the same moment cannot both
win. Also: a warning when the database lives on a network share or in a cloud-sync
folder, where another computer may open it at the same time or sync a half-written file.
"""

from __future__ import annotations

import json
import logging
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

log = logging.getLogger(__name__)

CLOUD_MARKERS = ("onedrive", "dropbox", "google drive", "googledrive", "my drive", "mijn drive",
                 "icloud", "icloud drive", "mobile documents", "nextcloud", "owncloud", "box sync")
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "afs", "9p", "sshfs", "fuse.sshfs",
                       "davfs", "fuse.davfs", "ncpfs", "glusterfs", "ceph", "fuse.rclone", "fuse.s3fs"}


class DatabaseInUseError(RuntimeError):
    """Another running instance holds the database; the message is Dutch."""


@dataclass(frozen=True)
class LockOwner:
    host: str
    pid: int
    started: str

    def describe(self) -> str:
        return f"in gebruik op {self.host} door proces {self.pid} (sinds {self.started})"


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_owner(db_path: Path) -> LockOwner | None:
    try:
        data = json.loads(lock_path(db_path).read_text(encoding="utf-8"))
        return LockOwner(str(data["host"]), int(data["pid"]), str(data.get("started", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class InstanceLock:
    """Held while this process works on the database; `release()` when done."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self.held = False

    def acquire(self) -> InstanceLock:
        me = LockOwner(socket.gethostname(), os.getpid(), datetime.now().strftime("%d-%m-%Y %H:%M"))
        for _attempt in range(3):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            except FileExistsError:
                owner = read_owner(self.path.with_name(self.path.name[: -len(".lock")]))
                if owner is None:
                    # Unreadable: a lock being written right now, or garbage from a crash.
                    if self._older_than(seconds=10):
                        self._remove_stale()
                        continue
                    raise DatabaseInUseError("De database wordt op dit moment door een ander programma geopend.")
                if owner.host == me.host and owner.pid == me.pid:
                    self.held = True  # this process already holds it
                    return self
                if owner.host == me.host and not self._owner_running(owner):
                    log.warning("stale instance lock taken over (dead process)")
                    self._remove_stale(owner)
                    continue
                raise DatabaseInUseError(
                    f"De database is {owner.describe()}. Sluit Kempen Desktop daar eerst af."
                )
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"host": me.host, "pid": me.pid, "started": me.started}, handle)
                handle.flush()
                os.fsync(handle.fileno())
            self.held = True
            return self
        raise DatabaseInUseError("De database wordt op dit moment door een ander programma geopend.")

    def _older_than(self, seconds: float) -> bool:
        try:
            return datetime.now().timestamp() - self.path.stat().st_mtime > seconds
        except OSError:
            return True

    def _owner_running(self, owner: LockOwner) -> bool:
        """Is the process that wrote the lock still running? A live PID is not enough after
        a crash and a reboot: the number may now belong to a younger, unrelated process."""
        if not _pid_alive(owner.pid):
            return False
        try:
            process_started = os.stat(f"/proc/{owner.pid}").st_ctime  # Linux: process start
            lock_written = self.path.stat().st_mtime
        except OSError:
            return True  # no /proc (Windows, macOS): trust the PID
        return process_started <= lock_written + 1

    def _remove_stale(self, judged: LockOwner | None = None) -> None:
        # Rename first: of two processes taking over the same stale lock only one succeeds.
        aside = self.path.with_name(f"{self.path.name}.stale.{os.getpid()}")
        try:
            os.replace(self.path, aside)
        except FileNotFoundError:
            return
        if judged is not None:
            try:
                data = json.loads(aside.read_text(encoding="utf-8"))
                still_stale = (data.get("host"), data.get("pid")) == (judged.host, judged.pid)
            except (OSError, ValueError, AttributeError):
                still_stale = True
            if not still_stale:
                # Another process took the stale lock over just before us: give it back.
                os.replace(aside, self.path)
                return
        aside.unlink(missing_ok=True)

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        owner = read_owner(self.path.with_name(self.path.name[: -len(".lock")]))
        if owner is not None and owner.pid == os.getpid() and owner.host == socket.gethostname():
            self.path.unlink(missing_ok=True)


def acquire(db_path: Path) -> InstanceLock:
    return InstanceLock(db_path).acquire()


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
        return ("De database staat in een map die met de cloud gesynchroniseerd wordt. Een "
                "synchronisatie tijdens het werk kan het bestand beschadigen of laten botsen met een "
                "andere computer; bewaar de database liever op de eigen schijf.")
    if os.name == "nt":  # pragma: no cover - Windows
        if str(resolved).startswith("\\\\"):
            return ("De database staat op een netwerkschijf. Werk liever met een bestand op de eigen "
                    "schijf: een netwerkonderbreking kan het bestand beschadigen.")
        return None
    best = ("", "")
    for mount_point, fstype in mounts if mounts is not None else _mounts():
        prefix = mount_point.rstrip("/") + "/"
        if (str(resolved) + "/").startswith(prefix) and len(mount_point) > len(best[0]):
            best = (mount_point, fstype)
    if best[1].lower() in NETWORK_FILESYSTEMS:
        return ("De database staat op een netwerkschijf. Werk liever met een bestand op de eigen "
                "schijf: een netwerkonderbreking kan het bestand beschadigen.")
    return None
