"""A real, tiny filesystem for disk-full and read-only tests.

`small_fs` mounts a tmpfs of a few MB on a folder under tmp_path (CI runs as root; where
mounting is not allowed the test is skipped with the reason) and unmounts it afterwards.
`fill` takes the free space, `remount` switches it read-only or back. Every case runs on
a real kernel filesystem: ENOSPC and EROFS come from the kernel, not from a mock.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

SIZE = "4m"


def _run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(argv), capture_output=True, text=True, timeout=60, check=False)


@pytest.fixture
def small_fs(tmp_path: Path) -> Iterator[Path]:
    """A freshly mounted tmpfs of 4 MB (mode 0700); skipped where mounting is not allowed."""
    folder = tmp_path / "klein"
    folder.mkdir()
    if shutil.which("mount") is None:
        pytest.skip("geen 'mount' op dit systeem: een kleine schijf kan niet nagebootst worden")
    result = _run("mount", "-t", "tmpfs", "-o", f"size={SIZE},mode=0700", "tmpfs", str(folder))
    if result.returncode != 0:
        pytest.skip(
            f"tmpfs koppelen niet toegestaan (root of CAP_SYS_ADMIN nodig): {result.stderr.strip()}"
        )
    try:
        yield folder
    finally:
        _run("mount", "-o", "remount,rw", str(folder))
        if _run("umount", str(folder)).returncode != 0:
            _run("umount", "-l", str(folder))


def fill(folder: Path, leave: int = 0) -> Path:
    """Take all free space on the filesystem of `folder`, then give back `leave` bytes."""
    filler = folder / "vuller.bin"
    chunk = b"\0" * 65536
    with filler.open("ab") as handle:
        try:
            while True:
                handle.write(chunk)
                handle.flush()
        except OSError as error:
            if error.errno != errno.ENOSPC:
                raise
    # Single bytes into the last partial block.
    with filler.open("ab", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 512)
        except OSError as error:
            if error.errno != errno.ENOSPC:
                raise
    if leave:
        size = filler.stat().st_size
        os.truncate(filler, max(0, size - leave))
    return filler


def free_bytes(folder: Path) -> int:
    return shutil.disk_usage(folder).free


def remount(folder: Path, mode: str) -> None:
    """mode "ro" or "rw": the medium becomes read-only (like a locked SD card) or writable."""
    result = _run("mount", "-o", f"remount,{mode}", str(folder))
    if result.returncode != 0:
        pytest.skip(f"opnieuw koppelen ({mode}) niet toegestaan: {result.stderr.strip()}")
