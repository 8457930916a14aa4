"""Issue 17: the start paints the main window's first look -- the top of the Dossiers list --
before the data layer loads, and the main window then takes its place (app/first_look.py,
ui/first_look.py).

What a user would notice is checked: the first look shows exactly the rows, labels and
length the list shows, for every sort and both languages; the start paints it before
SQLAlchemy is imported, and the main window replaces it in the same place; a file the app
would have to migrate, a working copy, a damaged file or a wrong passphrase gets no first
look (the start goes on as before); looking leaves the file as it was. Timings are in
benchmarks/bench_startup.py.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from kempen_desktop.app import Workspace
from kempen_desktop.app.first_look import SORTS, read_first_look
from kempen_desktop.db.raw import connect_raw
from kempen_desktop.services.common import labels as label_language
from kempen_desktop.services.common.database import open_database
from kempen_desktop.services.common.lookups import label_map
from kempen_desktop.services.demo import generate_demo
from kempen_desktop.services.dossiers.dossier_list import SORT_KEYS, DossierFilter

TODAY = date(2026, 6, 30)
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("first-look") / "kempen.db"
    database = open_database(path)
    try:
        generate_demo(database, dossiers=150, seed=5, today=TODAY)
    finally:
        database.close()
    return path


def _copy(source: Path, target: Path) -> Path:
    target.write_bytes(source.read_bytes())
    return target


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_first_look_shows_what_the_list_shows_for_every_sort(
    demo_file: Path, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert len(SORTS) == len(SORT_KEYS)
    monkeypatch.setattr(label_language, "_language", language)
    workspace = Workspace(open_database(demo_file))
    try:
        shown = DossierFilter(open_only=True)  # the Dossiers tab's first list
        choices = workspace.dossiers.form_choices()
        for column, key in enumerate(SORT_KEYS):
            for descending in (False, True):
                look = read_first_look(
                    demo_file,
                    None,
                    sort_column=column,
                    descending=descending,
                    count=40,
                    language=language,
                    today=date.today(),  # as the list's rows (their age groups)
                )
                assert look is not None
                nums = workspace.dossiers.first(shown, key, descending, 40)
                rows = workspace.dossiers.rows(nums)
                assert look.rows == [rows[num] for num in nums], (key, descending)
                assert look.total == workspace.dossiers.count(shown)
                assert look.status_labels == label_map(choices.statuses)
                assert look.group_labels == label_map(choices.target_groups)
                assert look.is_demo == workspace.is_demo
    finally:
        workspace.close()


def test_looking_leaves_the_file_as_it_was(demo_file: Path, tmp_path: Path) -> None:
    path = _copy(demo_file, tmp_path / "kempen.db")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert read_first_look(path, None) is not None
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kempen.db"]  # no -wal, no -shm


def test_no_first_look_where_the_app_has_more_to_do_first(demo_file: Path, tmp_path: Path) -> None:
    older = _copy(demo_file, tmp_path / "ouder.db")  # the data layer migrates it first
    connection = connect_raw(older, None)
    connection.execute("UPDATE alembic_version SET version_num = '0016'")
    connection.commit()
    connection.close()
    assert read_first_look(older, None) is None

    copy = _copy(demo_file, tmp_path / "werkkopie.db")  # a working copy: its title says so
    connection = connect_raw(copy, None)
    connection.execute("INSERT INTO app_meta (key, value) VALUES ('werkkopie.server', 'x')")
    connection.commit()
    connection.close()
    assert read_first_look(copy, None) is None

    damaged = tmp_path / "kapot.db"
    damaged.write_bytes(demo_file.read_bytes()[:4096] + b"\x00" * 8192)
    assert read_first_look(damaged, None) is None
    assert read_first_look(tmp_path / "bestaat-niet.db", None) is None
    assert not (tmp_path / "bestaat-niet.db").exists()  # looking creates nothing


def test_an_encrypted_file_is_looked_at_with_its_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "versleuteld.db"
    database = open_database(path, passphrase="lang geheim")
    try:
        generate_demo(database, dossiers=20, seed=2, today=TODAY)
    finally:
        database.close()
    look = read_first_look(path, "lang geheim", today=TODAY)
    assert look is not None and look.rows and look.total > 0
    assert read_first_look(path, "fout", today=TODAY) is None
    assert read_first_look(path, None, today=TODAY) is None


CHILD = r"""
import json, sys
from kempen_desktop.ui import app as entry
from kempen_desktop.ui import first_look

seen = {}
looked = first_look.show_first_look


def watched(*args, **kwargs):
    window = looked(*args, **kwargs)
    if window is not None:
        from PySide6.QtWidgets import QApplication

        QApplication.instance().processEvents()
        model = window.table.model()
        seen["visible"] = window.isVisible()
        seen["data_layer_loaded"] = "sqlalchemy" in sys.modules
        seen["first_row"] = [model.index(0, c).data() for c in range(3)]
        seen["rows"] = model.rowCount()
        seen["geometry"] = window.geometry().getRect()
        seen["window"] = window
        if sys.argv[2] == "close":
            window.close()  # the user closes it while the rest loads
    return window


first_look.show_first_look = watched
if sys.argv[3]:
    from kempen_desktop.ui.trust.passphrase_dialog import UnlockDialog

    def answered(dialog):
        dialog.field.setText(sys.argv[3])
        return UnlockDialog.DialogCode.Accepted

    UnlockDialog.exec = answered
started = entry.start(["--db", sys.argv[1]])
result = {key: value for key, value in seen.items() if key != "window"}
if isinstance(started, int):
    result["exit"] = started
    from kempen_desktop.services.trust.instance_lock import GUI_NAME, InstanceLock
    from pathlib import Path

    lock = InstanceLock(Path(sys.argv[1]), GUI_NAME)
    lock.acquire()  # the writer lock was let go of
    lock.release()
else:
    app, controller = started
    window = controller.window
    app.processEvents()
    model = window.dossiers.model
    result["main_first_row"] = [model.index(0, c).data() for c in range(3)]
    result["main_rows"] = model.rowCount()
    result["main_geometry"] = window.geometry().getRect()
    result["first_look_visible_after"] = seen["window"].isVisible() if "window" in seen else None
    window.close()
    controller.workspace.close()
print(json.dumps(result))
"""


def _start(path: Path, tmp_path: Path, mode: str = "", passphrase: str = "") -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")  # no remembered window of the user
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env.pop("KEMPEN_DB", None)
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), mode, passphrase],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    found: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return found


def test_the_start_paints_the_list_before_the_data_layer_then_the_main_window_takes_over(
    demo_file: Path, tmp_path: Path
) -> None:
    path = _copy(demo_file, tmp_path / "kempen.db")
    seen = _start(path, tmp_path)
    assert seen["visible"] is True
    assert seen["data_layer_loaded"] is False  # painted before SQLAlchemy was imported
    assert seen["first_row"] == seen["main_first_row"]  # the same top of the list
    assert seen["rows"] == seen["main_rows"]
    assert seen["geometry"] == seen["main_geometry"]  # in the same place
    assert seen["first_look_visible_after"] is False  # replaced, not left behind


def test_an_encrypted_file_gets_its_first_look_after_the_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "versleuteld.db"
    database = open_database(path, passphrase="lang geheim")
    try:
        generate_demo(database, dossiers=30, seed=4, today=date.today())
    finally:
        database.close()
    seen = _start(path, tmp_path, passphrase="lang geheim")
    assert seen["visible"] is True and seen["data_layer_loaded"] is False
    assert seen["first_row"] == seen["main_first_row"]


def test_closing_the_first_look_ends_the_start_and_lets_go_of_the_file(
    demo_file: Path, tmp_path: Path
) -> None:
    path = _copy(demo_file, tmp_path / "kempen.db")
    seen = _start(path, tmp_path, mode="close")
    assert seen["visible"] is True
    assert seen["exit"] == 0


def test_the_first_look_follows_the_remembered_sort_and_columns(
    qtbot, demo_file: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A list last sorted on Gemeente, descending, with Begeleider hidden: the first look
    shows that order and those columns, as the main window will."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    from kempen_desktop.ui.common import settings
    from kempen_desktop.ui.common.tables import configure_table
    from kempen_desktop.ui.first_look import COLUMN_WIDTHS, FirstLookModel, show_first_look

    path = _copy(demo_file, tmp_path / "kempen.db")
    look = read_first_look(path, None)
    assert look is not None
    remembered = QTableView()  # the Dossiers list as the user left it
    configure_table(remembered, FirstLookModel(look, date.today()), COLUMN_WIDTHS)
    remembered.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)
    remembered.horizontalHeader().hideSection(5)
    store = settings.open_settings()
    before = settings.DOSSIER_HEADER.get(store)
    settings.DOSSIER_HEADER.set(store, remembered.horizontalHeader().saveState())
    try:
        window = show_first_look(path, None, "nl")
        assert window is not None
        qtbot.addWidget(window)
        header = window.table.horizontalHeader()
        assert header.sortIndicatorSection() == 2
        assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        assert header.isSectionHidden(5)
        workspace = Workspace(open_database(path))
        try:
            nums = workspace.dossiers.first(DossierFilter(open_only=True), "gemeente", True, 5)
            places = [workspace.dossiers.rows(nums)[num].municipality for num in nums]
        finally:
            workspace.close()
        model = window.table.model()
        assert [model.index(row, 2).data() for row in range(5)] == places
        window.retire()
    finally:
        settings.DOSSIER_HEADER.set(store, before)
