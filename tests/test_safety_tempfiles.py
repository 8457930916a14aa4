"""Issue 11, item 6: one pattern for temporary files; leftovers go, live files stay.

A temporary file is removed only when no process holds its lock: a killed writer's file
goes at the next start or the next write to its folder, a file another live process (or
this one) is writing stays.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kempen_desktop import tempfiles
from kempen_desktop.documents.xlsx import XlsxColumn, XlsxSheet, write_workbook
from kempen_desktop.services.common.database import open_database

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="the helper process uses os.kill semantics"
)


def _writer(target: Path, *, hold: bool) -> tuple[subprocess.Popen[str], Path]:
    """Another process that makes a TempFile for `target` and then dies (or keeps writing)."""
    code = textwrap.dedent(f"""
        import os, sys, time
        from pathlib import Path
        from kempen_desktop.tempfiles import TempFile
        temp = TempFile(Path({str(target)!r}))
        temp.path.write_bytes(b"half a copy of the database")
        print(temp.path, flush=True)
        if {hold!r}:
            sys.stdin.readline()
        os._exit(9)  # no clean-up: like a kill
    """)
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    return process, Path(process.stdout.readline().strip())


def test_names_follow_one_pattern(tmp_path: Path) -> None:
    with tempfiles.TempFile(tmp_path / "lijst.xlsx") as temp:
        assert tempfiles.is_temp_name(temp.path.name) and temp.path.parent == tmp_path
        assert temp.path.name.startswith(".lijst.xlsx.") and temp.path.stat().st_mode & 0o077 == 0
    assert list(tmp_path.iterdir()) == []


def test_leftover_of_a_dead_process_is_removed_at_open(tmp_path: Path) -> None:
    db = tmp_path / "kempen.db"
    process, left = _writer(db, hold=False)
    process.wait()
    backup_left = tmp_path / "backups" / ".kempen-x.kbak.1.00000000.kempen-tmp"
    backup_left.parent.mkdir()
    backup_left.write_bytes(b"half")
    Path(f"{left}-journal").write_bytes(b"journal")
    assert left.exists()
    open_database(db).close()
    assert not left.exists() and not Path(f"{left}-journal").exists() and not backup_left.exists()


def test_file_of_a_live_writer_is_kept(tmp_path: Path) -> None:
    process, live = _writer(tmp_path / "kempen.db", hold=True)
    try:
        assert tempfiles.sweep(tmp_path) == []
        open_database(tmp_path / "kempen.db").close()
        assert live.exists()
    finally:
        assert process.stdin is not None
        process.stdin.write("\n")
        process.stdin.flush()
        process.wait()
    assert tempfiles.sweep(tmp_path) == [live]


def test_file_this_process_is_writing_is_kept(tmp_path: Path) -> None:
    with tempfiles.TempFile(tmp_path / "a.xlsx") as temp:
        assert tempfiles.sweep(tmp_path) == [] and temp.path.exists()


def test_writing_to_a_stick_cleans_its_leftovers(tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    process, left = _writer(stick / "vorige.xlsx", hold=False)
    process.wait()
    other = stick / ".iets.xlsx.tmp"  # not our pattern: never touched
    other.write_bytes(b"someone else's")
    write_workbook(
        stick / "lijst.xlsx", [XlsxSheet("Lijst", [XlsxColumn("A", "text", 10)], [["x"]])]
    )
    assert not left.exists() and other.exists() and (stick / "lijst.xlsx").is_file()
