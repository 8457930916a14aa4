"""One writer by an OS lock on `<db>.lock`: a second process is told who holds it; a dead
holder (also SIGKILL) has released it; nothing is judged from process numbers or files."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from kempen_desktop.services.trust import instance_lock
from kempen_desktop.services.trust.instance_lock import (
    DatabaseInUseError,
    InstanceLock,
    held_by_this_process,
    info_path,
    location_warning,
    lock_path,
)


def _holder(tmp_path: Path, program: str = "kempen import") -> subprocess.Popen[str]:
    """Another process that holds the lock until its stdin closes."""
    code = (
        "import sys; from pathlib import Path; from kempen_desktop.services.trust.instance_lock "
        "import acquire; "
        f"lock = acquire(Path({str(tmp_path / 'kempen.db')!r}), {program!r}); print('ok', "
        "flush=True); "
        "sys.stdin.read(); lock.release()"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "ok"
    return process


def test_second_instance_is_told_program_host_and_process(tmp_path: Path) -> None:
    holder = _holder(tmp_path)
    try:
        with pytest.raises(DatabaseInUseError) as caught:
            InstanceLock(tmp_path / "kempen.db").acquire()
        message = str(caught.value)
        assert (
            "'kempen import'" in message
            and socket.gethostname() in message
            and str(holder.pid) in message
        )
        assert message.startswith("De database is in gebruik door")
    finally:
        holder.stdin.close()  # type: ignore[union-attr]
        holder.wait(timeout=30)
    assert not info_path(tmp_path / "kempen.db").exists()
    lock = InstanceLock(tmp_path / "kempen.db").acquire()
    lock.release()


def test_the_desktop_app_as_holder_is_asked_to_be_closed(tmp_path: Path) -> None:
    holder = _holder(tmp_path, instance_lock.GUI_NAME)
    try:
        with pytest.raises(DatabaseInUseError, match="Sluit Kempen Desktop daar eerst af"):
            InstanceLock(tmp_path / "kempen.db", "kempen restore").acquire()
    finally:
        holder.stdin.close()  # type: ignore[union-attr]
        holder.wait(timeout=30)


def test_cli_is_refused_while_another_instance_holds_the_database(tmp_path: Path) -> None:
    db = tmp_path / "kempen.db"
    holder = _holder(tmp_path)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "kempen_desktop.cli", "--db", str(db), "init"],
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            timeout=60,
            check=False,
        )
    finally:
        holder.stdin.close()  # type: ignore[union-attr]
        holder.wait(timeout=30)
    assert result.returncode == 2
    assert f"proces {holder.pid}" in result.stderr
    assert not db.exists() or db.stat().st_size == 0


def test_a_killed_holder_has_released_the_lock(tmp_path: Path) -> None:
    holder = _holder(tmp_path)
    holder.kill()  # SIGKILL: the lock and info files stay behind, the OS lock does not
    holder.wait()
    assert lock_path(tmp_path / "kempen.db").exists() and info_path(tmp_path / "kempen.db").exists()
    lock = InstanceLock(tmp_path / "kempen.db", "kempen stats").acquire()
    assert json.loads(info_path(tmp_path / "kempen.db").read_text())["pid"] == os.getpid()
    lock.release()


@pytest.mark.parametrize(
    "content", ['{"host": "laptop-collega", "pid": 1, "started": "x"}', "{half", ""]
)
def test_files_left_behind_decide_nothing(tmp_path: Path, content: str) -> None:
    """Only the OS lock counts: a lock or info file with any content, of any age, is no holder."""
    lock_path(tmp_path / "kempen.db").write_text(content)
    info_path(tmp_path / "kempen.db").write_text(content)
    InstanceLock(tmp_path / "kempen.db").acquire().release()


def test_locks_in_one_process_share_the_os_lock_until_the_last_release(tmp_path: Path) -> None:
    first = InstanceLock(tmp_path / "kempen.db").acquire()
    second = InstanceLock(tmp_path / "kempen.db").acquire()
    first.release()
    assert held_by_this_process(tmp_path / "kempen.db")
    probe = [
        sys.executable,
        "-c",
        (
            "from pathlib import Path; from kempen_desktop.services.trust.instance_lock import "
            f"acquire; acquire(Path({str(tmp_path / 'kempen.db')!r}))"
        ),
    ]
    assert subprocess.run(probe, capture_output=True, timeout=60, check=False).returncode != 0
    second.release()
    assert not held_by_this_process(tmp_path / "kempen.db")
    assert subprocess.run(probe, capture_output=True, timeout=60, check=False).returncode == 0


def test_the_lock_never_opens_the_database_file(tmp_path: Path) -> None:
    """Closing any descriptor on the database file would drop SQLite's POSIX locks on it."""
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc/self/fd")
    db = tmp_path / "kempen.db"
    db.write_bytes(b"")
    lock = InstanceLock(db).acquire()
    try:
        open_files = {os.path.realpath(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd")}
        assert str(db.resolve()) not in open_files
        assert str(lock_path(db.resolve())) in open_files
    finally:
        lock.release()


@pytest.mark.parametrize(
    "folder",
    [
        "/home/an/OneDrive - OCMW Geel/kempen",
        "/Users/an/Dropbox/data",
        "/home/an/Google Drive/kempen",
        "/Users/an/Library/Mobile Documents/x",
    ],
)
def test_cloud_sync_folders_get_a_warning(folder: str) -> None:
    assert "cloud" in (location_warning(Path(folder) / "kempen.db", mounts=[]) or "")


def test_network_filesystem_gets_a_warning() -> None:
    mounts = [("/", "ext4"), ("/mnt/server", "cifs"), ("/mnt/server/lokaal", "ext4")]
    assert "netwerkschijf" in (location_warning(Path("/mnt/server/team/kempen.db"), mounts) or "")
    assert location_warning(Path("/mnt/server/lokaal/kempen.db"), mounts) is None
    assert location_warning(Path("/home/an/kempen.db"), mounts) is None


def test_proc_mounts_parsing_does_not_fail() -> None:
    assert isinstance(instance_lock._mounts(), list)
