"""Issue 11, items 3 and 4: one SQLite library per live file, and storage errors named for
what they are (full disk, read-only medium, no permission, locked, damaged)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kempen_desktop.app import Workspace
from kempen_desktop.services.common.database import open_database
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.trust import backups
from tests.faults.gui import (
    answer_boxes,
    choose_passphrase,
    deleted_links,
    outside_query,
    start_gui,
)
from tests.faults.small_fs import fill, remount  # the small_fs fixture: tests/conftest.py
from tests.import_helpers import make_insz

PASS = "veilig wachtwoord 'é'"
NEW_PASS = "een ander wachtwoord"


def _people(path: Path, key: str | None) -> int:
    return int(outside_query(path, key, "SELECT count(*) FROM person")[0][0])


class _Probe:
    """After each action: an outside process opens and closes the database; the app's
    -wal must still be there, and a write made afterwards must be visible outside."""

    def __init__(self, window: object, path: Path) -> None:
        self.window = window
        self.path = path
        self.writes = 0

    def __call__(self, action: str) -> None:
        database = self.window.workspace._database  # type: ignore[attr-defined]
        key = database.passphrase
        outside_query(self.path, key)
        assert deleted_links(self.path) == [], f"-wal deleted under the app after: {action}"
        self.writes += 1
        Workspace(database).dossiers.create(
            DossierInput(
                last_name=f"Na{action.replace(' ', '')}",
                first_name="Probe",
                insz=make_insz(date(1970, 1, 1 + self.writes), 200 + self.writes),
            )
        )
        with database.session() as session:
            from sqlalchemy import text

            inside = session.execute(text("SELECT count(*) FROM person")).scalar()
        assert _people(self.path, key) == inside, f"a write after {action} is invisible outside"


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_trust_actions_never_lose_the_wal_to_an_outside_reader(
    qtbot,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
    encrypted: bool,
) -> None:
    from kempen_desktop.services.trust.integrity import integrity_check, quick_check
    from kempen_desktop.ui.trust.backup_dialog import BackupDialog

    path = tmp_path / "kempen.db"
    first = open_database(path, passphrase=PASS if encrypted else None)
    Workspace(first).dossiers.create(
        DossierInput(last_name="Eerste", first_name="Ilse", insz=make_insz(date(1988, 8, 8), 21))
    )
    first.close()
    answer_boxes(monkeypatch)
    window = start_gui(qtbot, monkeypatch, path, PASS if encrypted else None)
    probe = _Probe(window, path)
    probe("start")

    window.trust.make_backup()
    probe("backup")

    window.trust.after_start()  # the background quick check and the daily backup
    qtbot.waitUntil(
        lambda: (
            not any(
                t.isRunning()
                for t in __import__(
                    "kempen_desktop.ui.trust.trust_actions", fromlist=["_RUNNING"]
                )._RUNNING
            )
        ),
        timeout=30000,
    )
    assert (
        quick_check(window.workspace._database) == []
        and integrity_check(window.workspace._database) == []
    )
    probe("check")

    info = backups.list_backups(window.workspace._database)[-1]
    dialog = BackupDialog(window.workspace, window)
    qtbot.addWidget(dialog)
    assert dialog.restore(info.path, info.made_at, confirm=False)
    probe("restore")

    lock = window.trust.app_lock
    lock.lock()
    if lock._prompt.field is not None:
        lock._prompt.field.setText(window.workspace._database.passphrase)
    lock._prompt._try()
    assert not lock.locked
    probe("lock unlock")

    choose_passphrase(monkeypatch, NEW_PASS)
    window.trust.change_passphrase()
    assert window.workspace._database.passphrase == NEW_PASS
    probe("passphrase change")

    choose_passphrase(monkeypatch, None)
    window.trust.change_passphrase()
    assert window.workspace._database.passphrase is None
    probe("encryption off")
    window.close()
    window.workspace._database.close()


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_checks_and_copies_of_the_open_file_keep_its_locks(tmp_path: Path, encrypted: bool) -> None:
    """Header checks, file checks, backups and the re-encryption copy read the live file:
    with a plain open() or a second SQLite library that drops the app's locks."""
    from kempen_desktop.db.raw import connect_raw
    from kempen_desktop.services.common.database import is_encrypted_file, is_new_file

    path = tmp_path / "kempen.db"
    key = PASS if encrypted else None
    database = open_database(path, passphrase=key)
    try:
        Workspace(database).dossiers.create(
            DossierInput(
                last_name="Eerste", first_name="Ilse", insz=make_insz(date(1988, 8, 8), 21)
            )
        )
        steps = {
            "header check": lambda: is_encrypted_file(path) or is_new_file(path),
            "file check": lambda: backups.check_file(path, key, full=True),
            "backup": lambda: backups.backup_to(path, key, tmp_path / "kopie.kbak"),
            "re-encryption copy": lambda: backups.export_to(
                path, key, _fresh(tmp_path / "rekey.tmp"), "x" * 12
            ),
        }
        for step, run in steps.items():
            run()
            outside_query(path, key)
            assert deleted_links(path) == [], f"-wal deleted under the open database after: {step}"
        # The engine and every raw connection use one and the same SQLite library.
        raw = connect_raw(tmp_path / "other.db", None)
        with database.engine.connect() as connection:
            engine_module = type(connection.connection.driver_connection).__module__
        assert engine_module.split(".")[0] == type(raw).__module__.split(".")[0] == "sqlcipher3"
        raw.close()
        Workspace(database).dossiers.create(
            DossierInput(last_name="Later", first_name="Jan", insz=make_insz(date(1990, 2, 2), 33))
        )
        assert _people(path, key) == 2
    finally:
        database.close()


def _fresh(path: Path) -> Path:
    path.touch(mode=0o600)
    return path


# -- item 4: errors named for what they are ---------------------------------------------


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    from kempen_desktop.cli import main

    code = main(list(argv))
    _out, err = capsys.readouterr()
    return code, err


def _seed(path: Path, people: int = 5) -> None:
    database = open_database(path)
    service = Workspace(database).dossiers
    for i in range(people):
        service.create(
            DossierInput(
                last_name=f"Persoon{i}",
                first_name="Test",
                insz=make_insz(date(1980, 1, 1 + i), 100 + i),
            )
        )
    database.close()


def _intact(path: Path, people: int) -> None:
    """The database opens, passes quick_check and holds what it held before."""
    from kempen_desktop.services.trust.integrity import quick_check

    database = open_database(path)
    try:
        assert quick_check(database) == []
        with database.session() as session:
            from sqlalchemy import text

            assert session.execute(text("SELECT count(*) FROM person")).scalar() == people
    finally:
        database.close()


FULL_WORDS = "schijf is vol"


def _named_full(code: int, err: str) -> None:
    assert code == 2, err
    assert FULL_WORDS in err, err
    assert "beschadigd" not in err and "onverwachte fout" not in err, err
    assert len(err.strip().splitlines()) == 1, err


def test_full_disk_is_named_in_every_cli_operation(
    small_fs: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from tests.import_helpers import write_xlsx

    path = small_fs / "kempen.db"
    _seed(path)
    sheet = write_xlsx(
        tmp_path / "lijst.xlsx",
        [
            [
                make_insz(date(1985, 7, 30), 300 + i),
                1234500 + i,
                f"NIEUW{i}",
                "JAN",
                "30/07/1985",
                2300,
                "Turnhout",
                None,
                "Kortgeschoold",
            ]
            for i in range(200)
        ],
    )
    filler = fill(small_fs)
    db = str(path)
    outcomes = {}
    outcomes["backup"] = _cli(capsys, "--db", db, "backup", str(small_fs / "kopie.kbak"))
    outcomes["backup to the default folder"] = _cli(capsys, "--db", db, "backup")
    outcomes["import"] = _cli(capsys, "--db", db, "import", str(sheet))
    outcomes["export"] = _cli(
        capsys, "--db", db, "export", "dossiers", str(small_fs / "lijst.xlsx")
    )
    for name, (code, err) in outcomes.items():
        assert code == 2, f"{name}: {err}"
        _named_full(code, err)
    code, err = _cli(capsys, "--db", db, "check")
    assert "beschadigd" not in err and "onverwachte fout" not in err, err
    assert code == 0 or FULL_WORDS in err, err
    filler.unlink()
    _intact(path, 5)
    assert not (small_fs / "lijst.xlsx").exists() and not (small_fs / "kopie.kbak").exists()


def test_full_disk_at_start_up_offers_no_restore(qtbot, small_fs: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kempen_desktop.services.common.database import DatabaseOpenError
    from kempen_desktop.ui.trust import trust_startup

    path = small_fs / "kempen.db"
    _seed(path)
    filler = fill(small_fs)
    offered: list[object] = []
    monkeypatch.setattr(trust_startup, "_offer_restore", lambda *a: offered.append(a) or False)
    answer_boxes(monkeypatch)
    try:
        database = trust_startup.open_for_gui(path)
    except DatabaseOpenError as error:
        assert (
            getattr(error, "kind", None) == "full"
            and FULL_WORDS in str(error)
            and "beschadigd" not in str(error)
        )
    else:
        # The file opened (SQLite found room in what it had): no damage claimed either.
        assert database is not None and not database.read_only
        database.close()
    assert offered == []
    filler.unlink()
    _intact(path, 5)


def test_read_only_medium_is_named(small_fs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = small_fs / "kempen.db"
    _seed(path)
    remount(small_fs, "ro")
    code, err = _cli(capsys, "--db", str(path), "backup", str(small_fs / "kopie.kbak"))
    assert (
        code == 2 and "alleen-lezen" in err and "beschadigd" not in err and "onverwachte" not in err
    ), err
    code, err = _cli(capsys, "--db", str(path), "import", "--undo", "1")
    assert code == 2 and "beschadigd" not in err and "onverwachte" not in err, err
    remount(small_fs, "rw")
    _intact(path, 5)


def test_classifier_names_each_kind() -> None:
    import errno
    import sqlite3

    from kempen_desktop.services.common import storage_errors as se

    def sqlite_error(code: int, text: str) -> Exception:
        error = sqlite3.OperationalError(text)
        error.sqlite_errorcode = code  # type: ignore[attr-defined]
        return error

    cases = {
        se.FULL: [
            OSError(errno.ENOSPC, "No space left"),
            sqlite_error(13, "database or disk is full"),
        ],
        se.READ_ONLY: [
            OSError(errno.EROFS, "Read-only"),
            sqlite_error(8, "attempt to write a readonly database"),
        ],
        se.PERMISSION: [
            PermissionError(errno.EACCES, "denied"),
            sqlite_error(14, "unable to open database file"),
        ],
        se.LOCKED: [sqlite_error(5, "database is locked")],
        se.DAMAGED: [
            sqlite_error(26, "file is not a database"),
            sqlite_error(11, "database disk image is malformed"),
        ],
    }
    messages = set()
    for kind, errors in cases.items():
        for error in errors:
            try:
                raise RuntimeError("wrapper") from error
            except RuntimeError as wrapped:
                problem = se.classify(wrapped)
            assert problem is not None and problem.kind == kind, (kind, error)
            messages.add(problem.message)
    assert len(messages) == 5  # five kinds, five different messages
    assert [m for m in messages if "beschadigd" in m] == [se.MESSAGES[se.DAMAGED]]
    assert se.classify(ValueError("x")) is None


def test_permission_denied_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import os

    if os.geteuid() == 0:
        pytest.skip(
            "als root negeert het systeem chmod: 'geen toegang' kan zo niet nagebootst worden "
            "(de vertaling van EACCES/SQLITE_CANTOPEN test test_classifier_names_each_kind)"
        )
    folder = tmp_path / "afgesloten"
    folder.mkdir()
    path = folder / "kempen.db"
    _seed(path)
    folder.chmod(0o500)
    path.chmod(0o400)
    try:
        code, err = _cli(capsys, "--db", str(path), "backup", str(folder / "kopie.kbak"))
        assert code == 2 and "beschadigd" not in err and "onverwachte" not in err, err
        assert "toegang" in err or "alleen-lezen" in err, err
    finally:
        folder.chmod(0o700)
        path.chmod(0o600)


def test_gui_operations_name_a_full_disk(
    qtbot, small_fs: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A backup onto a full stick and an unexpected full-disk error in the GUI: the Dutch
    message, not "onverwachte fout"; nothing offers a restore."""
    import sqlite3

    from kempen_desktop.ui.common import error_dialog

    path = tmp_path / "kempen.db"
    _seed(path)
    shown = answer_boxes(monkeypatch)
    window = start_gui(qtbot, monkeypatch, path)
    backups.set_backup_folder(window.workspace._database, small_fs / "backups")
    (small_fs / "backups").mkdir()
    filler = fill(small_fs)
    window.trust.make_backup()
    assert shown and FULL_WORDS in shown[-1] and "beschadigd" not in shown[-1], shown
    dialogs: list[object] = []
    monkeypatch.setattr(error_dialog.ErrorDialog, "exec", lambda self: dialogs.append(self))
    try:
        raise sqlite3.OperationalError("database or disk is full")
    except sqlite3.OperationalError as error:
        error_dialog.handle_exception(type(error), error, error.__traceback__)
    assert dialogs == [] and FULL_WORDS in shown[-1]
    filler.unlink()
    window.close()
    window.workspace._database.close()
    _intact(path, 5)
