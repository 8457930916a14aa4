"""The trust features in the desktop app: start-up path, lock screen, backup dialog,
audit log view, retention dialog."""

from __future__ import annotations

import os
import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QVBoxLayout
from sqlalchemy import text

from kempen_desktop.app import Workspace
from kempen_desktop.services.common.database import Database, open_database
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.trust import backups
from kempen_desktop.ui.main_window import MainWindow
from kempen_desktop.ui.trust import trust_startup
from kempen_desktop.ui.trust.backup_dialog import BackupDialog
from kempen_desktop.ui.trust.passphrase_dialog import NewPassphraseDialog, UnlockDialog
from tests.import_helpers import make_insz

PASS = "ui-wachtwoord 'é' 😀"


@pytest.fixture
def encrypted(tmp_path: Path):
    database = open_database(tmp_path / "kempen.db", passphrase=PASS)
    Workspace(database).dossiers.create(
        DossierInput(
            last_name="Schermtest", first_name="Ilse", insz=make_insz(date(1988, 8, 8), 21)
        )
    )
    yield database
    database.close()


def _no_boxes(monkeypatch: pytest.MonkeyPatch, answer=QMessageBox.StandardButton.Yes) -> list[str]:
    shown: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(
            QMessageBox, name, lambda _p, _t, message, *a, **k: shown.append(message)
        )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answer)
    return shown


def test_lock_hides_everything_and_keeps_typed_text(qtbot, encrypted: Database) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(Workspace(encrypted))
    qtbot.addWidget(window)
    window.show()
    dialog = QDialog(window)
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.show()
    field.setText("half getypte notitie")
    lock = window.trust.app_lock
    assert lock.lock_action.shortcut().toString() == "Ctrl+L"
    lock.lock()
    assert lock.locked
    assert any(cover.isVisible() and cover.geometry() == window.rect() for cover in lock._covers)
    assert any(cover.parentWidget() is dialog and cover.isVisible() for cover in lock._covers)
    assert not window.new_action.isEnabled() and not window.trust.backup_action.isEnabled()
    prompt = lock._prompt
    assert prompt is not None and prompt.isVisible()
    prompt.reject()  # Esc does nothing
    prompt.field.setText("fout")
    prompt._try()
    assert lock.locked and prompt.error.isVisible()
    prompt.field.setText(PASS)
    prompt._try()
    assert not lock.locked
    assert window.new_action.isEnabled()
    assert dialog.isVisible() and field.text() == "half getypte notitie"
    assert lock._covers == []


def test_idle_time_locks_automatically(qtbot, encrypted: Database) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(Workspace(encrypted))
    qtbot.addWidget(window)
    lock = window.trust.app_lock
    lock.set_idle_minutes(10)
    lock._check_idle(time.monotonic() + 9 * 60)
    assert not lock.locked
    lock._check_idle(time.monotonic() + 10 * 60 + 1)
    assert lock.locked
    lock.unlock()
    lock.set_idle_minutes(0)  # never
    lock._check_idle(time.monotonic() + 10_000)
    assert not lock.locked


def test_typing_and_the_mouse_count_as_activity_other_events_not(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    """Activity is seen through the app's one event filter (ui/common/app_events), for any
    widget of any window; paints, timers and the like are no activity."""
    window = MainWindow(Workspace(database))
    qtbot.addWidget(window)
    window.show()
    lock = window.trust.app_lock
    table = window.dossiers.table.viewport()
    centre = QPointF(table.rect().center())

    def mouse(kind: QEvent.Type, button: Qt.MouseButton) -> None:
        event = QMouseEvent(
            kind, centre, table.mapToGlobal(centre), button, button, Qt.KeyboardModifier(0)
        )
        QApplication.sendEvent(table, event)  # as delivered: through the app's filters

    for name, act in (
        ("key", lambda: qtbot.keyClick(window.dossiers.search, Qt.Key.Key_A)),
        ("move", lambda: mouse(QEvent.Type.MouseMove, Qt.MouseButton.NoButton)),
        ("click", lambda: mouse(QEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton)),
    ):
        lock._last_activity = lock._last_activity_wall = 0.0
        act()
        assert lock._last_activity > 0 and lock._last_activity_wall > 0, name
    lock._last_activity = lock._last_activity_wall = 0.0
    table.update()
    QApplication.sendEvent(table, QEvent(QEvent.Type.User))
    qtbot.wait(30)
    assert lock._last_activity == 0.0
    lock.set_idle_minutes(10)
    lock._check_idle(time.monotonic(), time.time())
    assert lock.locked  # idle since "0"


def test_a_closed_window_leaves_nothing_in_the_app_filter(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    """Each main window's lock listens through the app's one filter; a window that goes (the
    demo opened) takes its listener along, and the lock with it."""
    import gc
    import weakref

    from kempen_desktop.ui.common import app_events

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = MainWindow(Workspace(database))
    lock = weakref.ref(window.trust.app_lock)
    found = app_events.installed(app)
    assert found is not None and window.trust.app_lock._input in found.inputs  # type: ignore[attr-defined]
    before = len(found.inputs)  # type: ignore[attr-defined]
    window.deleteLater()
    qtbot.waitUntil(lambda: len(getattr(app_events.installed(app), "inputs", [])) < before)
    del window
    gc.collect()
    assert lock() is None


def test_a_laptop_that_slept_locks_when_it_wakes(qtbot, encrypted: Database) -> None:  # type: ignore[no-untyped-def]
    """The monotonic clock stands still while the lid is closed; the wall clock does not."""
    window = MainWindow(Workspace(encrypted))
    qtbot.addWidget(window)
    lock = window.trust.app_lock
    lock.set_idle_minutes(10)
    lock._check_idle(time.monotonic(), time.time() + 5 * 60)
    assert not lock.locked
    lock._check_idle(time.monotonic(), time.time() + 45 * 60)  # 45 minutes asleep
    assert lock.locked


def test_unencrypted_lock_unlocks_without_password(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(Workspace(database))
    qtbot.addWidget(window)
    lock = window.trust.app_lock
    lock.lock()
    assert lock._prompt is not None and lock._prompt.field is None
    lock._prompt._try()
    assert not lock.locked


def test_backup_dialog_lists_and_restores(qtbot, encrypted: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown = _no_boxes(monkeypatch)
    first = backups.make_backup(encrypted, "handmatig")
    Workspace(encrypted).dossiers.create(
        DossierInput(
            last_name="Later", first_name="Toegevoegd", insz=make_insz(date(1977, 7, 7), 33)
        )
    )
    dialog = BackupDialog(Workspace(encrypted))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 1).data() == "Handmatig"
    assert dialog.restore(first, backups.list_backups(encrypted)[0].made_at)
    with encrypted.session() as session:
        assert session.execute(text("SELECT count(*) FROM person")).scalar() == 1
    assert shown and "teruggezet" in shown[-1]
    assert {b.reason for b in backups.list_backups(encrypted)} == {"handmatig", "terugzetten"}


def test_first_start_chooses_a_passphrase(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _no_boxes(monkeypatch)

    def choose(dialog: NewPassphraseDialog) -> int:
        dialog.first.setText(PASS)
        dialog.second.setText(PASS)
        dialog._accept_passphrase()
        return dialog.result()

    monkeypatch.setattr(NewPassphraseDialog, "exec", choose)
    database = trust_startup.open_for_gui(tmp_path / "nieuw.db")
    assert database is not None and database.encrypted
    database.close()
    # Closed: the OS lock is released (the empty lock file may stay; it decides nothing).
    from kempen_desktop.services.trust.instance_lock import held_by_this_process, info_path

    assert (
        not held_by_this_process(tmp_path / "nieuw.db")
        and not info_path(tmp_path / "nieuw.db").exists()
    )
    # Next start: asked for the passphrase; a wrong one is asked again.
    answers = iter(["fout", PASS])

    def unlock(dialog: UnlockDialog) -> int:
        dialog.field.setText(next(answers))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(UnlockDialog, "exec", unlock)
    again = trust_startup.open_for_gui(tmp_path / "nieuw.db")
    assert again is not None and again.encrypted
    again.close()


def test_passphrase_dialog_validates(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NewPassphraseDialog(None, first_start=False, current="oud-wachtwoord")
    qtbot.addWidget(dialog)
    dialog.current_field.setText("verkeerd")
    dialog.first.setText("nieuw-wachtwoord")
    dialog.second.setText("nieuw-wachtwoord")
    dialog._accept_passphrase()
    assert dialog.passphrase is None and "huidige" in dialog.error.text()
    dialog.current_field.setText("oud-wachtwoord")
    dialog.second.setText("anders")
    dialog._accept_passphrase()
    assert "verschillen" in dialog.error.text()
    dialog.first.setText("kort")
    dialog._accept_passphrase()
    assert "minstens" in dialog.error.text()
    dialog.first.setText("nieuw-wachtwoord")
    dialog.second.setText("nieuw-wachtwoord")
    dialog._accept_passphrase()
    assert dialog.passphrase == "nieuw-wachtwoord"


def test_damaged_database_offers_restore_or_read_only(
    qtbot, encrypted: Database, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _no_boxes(monkeypatch)
    service = Workspace(encrypted).dossiers
    for i in range(40):
        service.create(
            DossierInput(
                last_name=f"Veel{i}",
                first_name="X",
                insz=make_insz(date(1960, 1, 1 + i % 28), 100 + i),
            )
        )
    folder = tmp_path / "kopie"
    target = folder / "kempen.db"
    backups.make_backup(encrypted, "handmatig", target=target, rotate=False)
    backups.make_backup(encrypted, "handmatig", folder=folder / "backups")
    data = bytearray(target.read_bytes())
    for page in range(2, len(data) // 4096 - 1, 3):
        data[page * 4096 + 64 : page * 4096 + 1000] = os.urandom(936)
    target.write_bytes(bytes(data))
    monkeypatch.setattr(
        UnlockDialog, "exec", lambda d: (d.field.setText(PASS), QDialog.DialogCode.Accepted)[1]
    )

    # The user declines the restore: read-only (or nothing, if the file does not open at all).
    monkeypatch.setattr(trust_startup, "_offer_restore", lambda *a: False)
    declined = trust_startup.open_for_gui(target)
    if declined is not None:
        assert declined.read_only
        window = MainWindow(declined)
        qtbot.addWidget(window)
        assert "ALLEEN-LEZEN" in window.windowTitle() and not window.trust.backup_action.isEnabled()
        window.close()
        declined.close()

    # The user restores the backup offered in the dialog.
    def restore_first(dialog: BackupDialog) -> int:
        assert dialog.damaged_mode and dialog.model.rowCount() == 1
        info = dialog.model.record(0)
        return (
            QDialog.DialogCode.Accepted
            if dialog.restore(info.path, info.made_at, confirm=False)
            else 0
        )

    monkeypatch.setattr(BackupDialog, "exec", restore_first)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(
        QMessageBox,
        "clickedButton",
        lambda box: next(b for b in box.buttons() if "terugzetten" in b.text()),
    )
    monkeypatch.setattr(trust_startup, "_offer_restore", _real_offer_restore)
    restored = trust_startup.open_for_gui(target)
    assert restored is not None and not restored.read_only
    with restored._database.session() as session:
        assert session.execute(text("SELECT count(*) FROM person")).scalar() == 41
    restored.close()
    assert list(folder.glob("kempen-beschadigd-*.db"))


_real_offer_restore = trust_startup._offer_restore


def test_second_instance_is_refused_in_the_app(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    shown = _no_boxes(monkeypatch)
    code = (
        "import sys; from pathlib import Path; from kempen_desktop.services.trust.instance_lock "
        "import acquire; "
        f"lock = acquire(Path({str(tmp_path / 'kempen.db')!r}), 'Kempen Desktop'); print('ok', "
        "flush=True); "
        "sys.stdin.read()"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        assert trust_startup.open_for_gui(tmp_path / "kempen.db") is None
    finally:
        holder.stdin.close()  # type: ignore[union-attr]
        holder.wait(timeout=30)
    assert str(holder.pid) in shown[-1] and "Sluit Kempen Desktop daar eerst af" in shown[-1]


def test_audit_view_filters(qtbot, encrypted: Database) -> None:  # type: ignore[no-untyped-def]
    from kempen_desktop.ui.trust.audit_view import AuditView

    backups.make_backup(encrypted, "handmatig")
    view = AuditView(Workspace(encrypted))
    qtbot.addWidget(view)
    actions = {view.model.record(i).action for i in range(view.model.rowCount())}
    assert {"dossier.create", "backup.create"} <= actions
    view.action.setCurrentIndex(view.action.findData("backup."))
    view.reload()
    assert {view.model.record(i).action for i in range(view.model.rowCount())} == {"backup.create"}
    view.action.setCurrentIndex(0)
    with encrypted.session() as session:
        num = session.execute(text("SELECT num FROM dossier")).scalar()
    view.record.setText(str(num))
    view.reload()
    assert view.model.rowCount() == 1 and view.model.index(0, 3).data() == f"dossier {num}"
    assert "Schermtest" not in " ".join(str(view.model.index(0, c).data()) for c in range(5))


def test_dossier_detail_shows_its_audit_entries(qtbot, encrypted: Database) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(Workspace(encrypted))
    qtbot.addWidget(window)
    window.show()
    window.dossiers.reload()
    qtbot.waitUntil(lambda: window.dossiers.model.rowCount() == 1)
    window.dossiers.select_row(0)
    qtbot.waitUntil(
        lambda: "Auditlog van dit dossier" in window.dossiers.detail.browser.toPlainText()
    )
    assert "Dossier aangemaakt" in window.dossiers.detail.browser.toPlainText()


def test_retention_dialog_anonymises_selected(qtbot, database: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kempen_desktop.ui.trust.retention_dialog import RetentionDialog

    _no_boxes(monkeypatch)
    service = Workspace(database).dossiers
    old = service.create(
        DossierInput(last_name="Oudje", first_name="Jef", insz=make_insz(date(1950, 3, 3), 9)),
        opened_on=date(2010, 1, 1),
    )
    service.close(old, "werk", on=date(2012, 1, 1))
    dialog = RetentionDialog(Workspace(database))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    dialog.table.selectAll()
    assert dialog.forget(delete=False) == 1
    assert dialog.model.rowCount() == 0
    with database.session() as session:
        assert session.execute(text("SELECT last_name FROM person")).scalar() == "Geanonimiseerd"
    # After the confirmation the older backups (they still hold the name) were purged.
    assert backups.list_backups(database) == []


def _wait_checks(qtbot) -> None:  # type: ignore[no-untyped-def]
    from kempen_desktop.ui.trust import trust_actions

    qtbot.waitUntil(lambda: not trust_actions._RUNNING, timeout=20000)


def test_large_database_is_checked_in_the_background_then_backed_up(
    qtbot, encrypted: Database, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from kempen_desktop.services.trust import integrity

    monkeypatch.setattr(integrity, "SYNC_CHECK_LIMIT", 0)
    window = MainWindow(Workspace(encrypted))
    qtbot.addWidget(window)
    window.trust.after_start()
    _wait_checks(qtbot)
    qtbot.waitUntil(lambda: [b.reason for b in backups.list_backups(encrypted)] == ["dagelijks"])
    assert not encrypted.read_only


def test_background_check_finds_damage_and_goes_read_only(
    qtbot, encrypted: Database, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from kempen_desktop.services.trust import integrity

    monkeypatch.setattr(integrity, "SYNC_CHECK_LIMIT", 0)
    monkeypatch.setattr(
        integrity, "quick_check", lambda _db: ["*** in database main *** Page 7: btreeInitPage"]
    )
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "critical",
        lambda _p, _t, message, *a: asked.append(message) or QMessageBox.StandardButton.No,
    )
    window = MainWindow(Workspace(encrypted))
    qtbot.addWidget(window)
    window.trust.after_start()
    _wait_checks(qtbot)
    qtbot.waitUntil(lambda: bool(asked))
    assert encrypted.read_only and "ALLEEN-LEZEN" in window.windowTitle()
    assert backups.list_backups(encrypted) == []  # never a backup of a damaged file
    with pytest.raises(Exception), encrypted.transaction() as session:  # noqa: B017 - writes refused
        session.execute(text("DELETE FROM person"))


def test_no_personal_data_in_settings_or_logs(qtbot, encrypted: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import logging

    from kempen_desktop.logging_setup import setup_logging
    from kempen_desktop.paths import log_dir

    setup_logging()
    window = MainWindow(Workspace(encrypted))
    qtbot.addWidget(window)
    window.show()
    window.dossiers.reload()
    qtbot.waitUntil(lambda: window.dossiers.model.rowCount() == 1)
    window.dossiers.select_row(0)
    window.trust.app_lock.lock()
    window.trust.app_lock.unlock()
    window.trust.make_backup()
    window.close()
    for handler in logging.getLogger().handlers:
        handler.flush()
    files = [
        p
        for folder in (tmp_path / "settings", log_dir())
        if folder.exists()
        for p in folder.rglob("*")
        if p.is_file()
    ]
    assert any(p.suffix == ".ini" for p in files)
    for path in files:
        content = path.read_bytes()
        assert (
            b"Schermtest" not in content and make_insz(date(1988, 8, 8), 21).encode() not in content
        ), path


def test_backup_passphrase_prompt_cancels_instead_of_quitting(
    qtbot,
    encrypted: Database,  # type: ignore[no-untyped-def]
    monkeypatch,
) -> None:
    _no_boxes(monkeypatch)
    old = backups.make_backup(encrypted, "handmatig")
    backups.change_passphrase(encrypted, "een ander wachtwoord")
    asked: list[str] = []

    def cancel(dialog: UnlockDialog) -> int:
        asked.append(dialog.cancel_button.text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(UnlockDialog, "exec", cancel)
    dialog = BackupDialog(Workspace(encrypted))
    qtbot.addWidget(dialog)
    assert not dialog.restore(old, backups.list_backups(encrypted)[-1].made_at, confirm=False)
    assert asked == ["Annuleren"]
