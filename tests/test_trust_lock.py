"""One writer: a second instance is refused with host and process; stale locks are taken over."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from kempen_desktop.services import instance_lock
from kempen_desktop.services.instance_lock import (
    DatabaseInUseError,
    InstanceLock,
    location_warning,
    lock_path,
)


def _holder(tmp_path: Path) -> subprocess.Popen[str]:
    """Another process that holds the lock until its stdin closes."""
    code = ("import sys; from pathlib import Path; from kempen_desktop.services.instance_lock import acquire; "
            f"lock = acquire(Path({str(tmp_path / 'kempen.db')!r})); print('ok', flush=True); sys.stdin.read(); "
            "lock.release()")
    process = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "ok"
    return process


def test_second_instance_is_told_host_and_process(tmp_path: Path) -> None:
    holder = _holder(tmp_path)
    try:
        with pytest.raises(DatabaseInUseError) as caught:
            InstanceLock(tmp_path / "kempen.db").acquire()
        message = str(caught.value)
        assert socket.gethostname() in message and str(holder.pid) in message
        assert "in gebruik op" in message
    finally:
        holder.stdin.close()  # type: ignore[union-attr]
        holder.wait(timeout=30)
    assert not lock_path(tmp_path / "kempen.db").exists()
    lock = InstanceLock(tmp_path / "kempen.db").acquire()
    lock.release()


def test_cli_is_refused_while_another_instance_holds_the_database(tmp_path: Path) -> None:
    db = tmp_path / "kempen.db"
    holder = _holder(tmp_path)
    try:
        result = subprocess.run([sys.executable, "-m", "kempen_desktop.cli", "--db", str(db), "init"],
                                capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60, check=False)
    finally:
        holder.stdin.close()  # type: ignore[union-attr]
        holder.wait(timeout=30)
    assert result.returncode == 2
    assert f"door proces {holder.pid}" in result.stderr
    assert not db.exists() or db.stat().st_size == 0


def test_stale_lock_of_a_killed_process_is_taken_over(tmp_path: Path) -> None:
    holder = _holder(tmp_path)
    holder.kill()  # SIGKILL: the lock file stays behind
    holder.wait()
    assert lock_path(tmp_path / "kempen.db").exists()
    lock = InstanceLock(tmp_path / "kempen.db").acquire()
    data = json.loads(lock_path(tmp_path / "kempen.db").read_text())
    assert data["pid"] == os.getpid()
    lock.release()
    assert not lock_path(tmp_path / "kempen.db").exists()


def test_lock_whose_pid_now_belongs_to_a_younger_process_is_taken_over(tmp_path: Path) -> None:
    """After a crash and a reboot the old PID may run something else, started later."""
    if not Path(f"/proc/{os.getppid()}").exists():
        pytest.skip("needs /proc")
    path = lock_path(tmp_path / "kempen.db")
    path.write_text(json.dumps({"host": socket.gethostname(), "pid": os.getppid(), "started": "gisteren"}))
    os.utime(path, (0, 0))  # written long before that process started
    lock = InstanceLock(tmp_path / "kempen.db").acquire()
    assert json.loads(path.read_text())["pid"] == os.getpid()
    lock.release()


def test_lock_of_a_running_process_written_after_it_started_is_respected(tmp_path: Path) -> None:
    path = lock_path(tmp_path / "kempen.db")
    path.write_text(json.dumps({"host": socket.gethostname(), "pid": os.getppid(), "started": "nu"}))
    with pytest.raises(DatabaseInUseError, match=str(os.getppid())):
        InstanceLock(tmp_path / "kempen.db").acquire()


def test_a_stale_lock_taken_over_by_another_process_meanwhile_is_not_removed(tmp_path: Path) -> None:
    path = lock_path(tmp_path / "kempen.db")
    fresh = {"host": socket.gethostname(), "pid": os.getppid(), "started": "nu"}
    path.write_text(json.dumps(fresh))
    judged_stale = instance_lock.LockOwner(socket.gethostname(), 999_999_999, "gisteren")
    InstanceLock(tmp_path / "kempen.db")._remove_stale(judged_stale)
    assert json.loads(path.read_text()) == fresh


def test_lock_of_another_host_is_respected(tmp_path: Path) -> None:
    lock_path(tmp_path / "kempen.db").write_text(json.dumps({"host": "laptop-collega", "pid": 1, "started": "x"}))
    with pytest.raises(DatabaseInUseError, match="laptop-collega"):
        InstanceLock(tmp_path / "kempen.db").acquire()


def test_garbage_lock_file_is_taken_over_when_old(tmp_path: Path) -> None:
    path = lock_path(tmp_path / "kempen.db")
    path.write_text("{half")
    with pytest.raises(DatabaseInUseError):
        InstanceLock(tmp_path / "kempen.db").acquire()
    os.utime(path, (0, 0))
    InstanceLock(tmp_path / "kempen.db").acquire().release()


@pytest.mark.parametrize("folder", ["/home/an/OneDrive - OCMW Geel/kempen", "/Users/an/Dropbox/data",
                                    "/home/an/Google Drive/kempen", "/Users/an/Library/Mobile Documents/x"])
def test_cloud_sync_folders_get_a_warning(folder: str) -> None:
    assert "cloud" in (location_warning(Path(folder) / "kempen.db", mounts=[]) or "")


def test_network_filesystem_gets_a_warning() -> None:
    mounts = [("/", "ext4"), ("/mnt/server", "cifs"), ("/mnt/server/lokaal", "ext4")]
    assert "netwerkschijf" in (location_warning(Path("/mnt/server/team/kempen.db"), mounts) or "")
    assert location_warning(Path("/mnt/server/lokaal/kempen.db"), mounts) is None
    assert location_warning(Path("/home/an/kempen.db"), mounts) is None


def test_proc_mounts_parsing_does_not_fail() -> None:
    assert isinstance(instance_lock._mounts(), list)
