"""Start the desktop app offscreen on a database and act on it, and look at it from outside.

In-process (pytest-qt): `start_gui` goes through the real start-up path
(`trust_startup.open_for_gui`: instance lock, header checks, passphrase, quick check) and
shows the main window; dialogs that would wait for a user are answered by monkeypatch.
`spawn_gui` starts `python -m kempen_desktop` as a separate offscreen process instead.

`outside_*` run a *separate* Python process that opens the database with its own SQLite
(stdlib sqlite3 for a plain file, sqlcipher3 for an encrypted one) and closes it again:
that is what any other reader on the machine does. When the app still holds its SQLite
locks, the outsider's close leaves the app's -wal alone.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QMessageBox

_OUTSIDE = r"""
import json, sys
path, key, sql = sys.argv[1], sys.argv[2], sys.argv[3]
if key:
    import sqlcipher3 as lib
else:
    import sqlite3 as lib
connection = lib.connect(path)
if key:
    connection.execute("PRAGMA key = '" + key.replace("'", "''") + "'")
rows = connection.execute(sql).fetchall()
connection.close()
print(json.dumps(rows))
"""


def outside_query(
    path: Path, passphrase: str | None, sql: str = "SELECT count(*) FROM sqlite_master"
) -> Any:
    """Open `path` in another process, run `sql`, close; the rows (JSON-decoded)."""
    result = subprocess.run(
        [sys.executable, "-c", _OUTSIDE, str(path), passphrase or "", sql],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout)


def deleted_links(path: Path) -> list[str]:
    """This process's open files that belong to `path` (or its -wal/-shm) and were deleted."""
    found = []
    folder = Path("/proc/self/fd")
    for entry in folder.iterdir() if folder.is_dir() else []:
        try:
            target = os.readlink(entry)
        except OSError:  # closed between listing and reading
            continue
        if target.startswith(str(path)) and target.endswith("(deleted)"):
            found.append(target)
    return found


def answer_boxes(
    monkeypatch: Any, answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
) -> list[str]:
    """Message boxes return at once; the texts they would have shown are collected."""
    shown: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(
            QMessageBox,
            name,
            lambda _p, _t, message, *a, _n=name, **k: shown.append(message) or answer,
        )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answer)
    return shown


def type_passphrase(monkeypatch: Any, passphrase: str | None) -> None:
    """The unlock dialog at start answers with `passphrase`."""
    from kempen_desktop.ui.trust.passphrase_dialog import UnlockDialog

    def unlock(dialog: UnlockDialog) -> int:
        dialog.field.setText(passphrase or "")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(UnlockDialog, "exec", unlock)


def choose_passphrase(monkeypatch: Any, passphrase: str | None) -> None:
    """The new-passphrase dialog (first start, passphrase change) answers with `passphrase`
    (None: no encryption)."""
    from kempen_desktop.ui.trust.passphrase_dialog import NewPassphraseDialog

    def choose(dialog: NewPassphraseDialog) -> int:
        if dialog.current_field is not None and dialog._current is not None:
            dialog.current_field.setText(dialog._current)
        if passphrase is None:
            dialog._choose_plain()
        else:
            dialog.first.setText(passphrase)
            dialog.second.setText(passphrase)
            dialog._accept_passphrase()
        return dialog.result()

    monkeypatch.setattr(NewPassphraseDialog, "exec", choose)


def start_gui(qtbot: Any, monkeypatch: Any, path: Path, passphrase: str | None = None) -> Any:
    """The main window on `path`, opened through the real start-up path."""
    from kempen_desktop.ui.main_window import MainWindow
    from kempen_desktop.ui.trust.trust_startup import open_for_gui

    type_passphrase(monkeypatch, passphrase)
    database = open_for_gui(path)
    assert database is not None, "the app did not open the database"
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    return window


def spawn_gui(
    path: Path, *, env: dict[str, str] | None = None, extra: list[str] | None = None
) -> subprocess.Popen[str]:
    """`kempen-desktop --db path` as its own offscreen process (stop it with .terminate())."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.Popen(
        [sys.executable, "-m", "kempen_desktop", "--db", str(path), *(extra or [])],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
