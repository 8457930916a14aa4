"""Bewerken → Instellingen (issue 18): what is saved is read back, and used where it matters."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QMessageBox

from kempen_desktop.app import Workspace
from kempen_desktop.ui.common import settings
from kempen_desktop.ui.main_menus import show_settings
from kempen_desktop.ui.main_window import MainWindow
from kempen_desktop.ui.settings_dialog import SettingsDialog


@pytest.fixture
def window(qtbot, workspace: Workspace) -> MainWindow:  # type: ignore[no-untyped-def]
    main = MainWindow(workspace)
    qtbot.addWidget(main)
    return main


def _open(qtbot, window: MainWindow) -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = show_settings(window)
    qtbot.addWidget(dialog)
    return dialog


def test_the_menu_item_and_its_shortcut(window: MainWindow) -> None:
    action = window.settings_action  # type: ignore[attr-defined]
    assert action in window.edit_menu.actions()
    assert action.shortcut().toString() == "Ctrl+,"


def test_saved_values_are_read_back_after_reopening(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *args, **kwargs: asked.append("restart") or QMessageBox.StandardButton.No,
    )
    folder = tmp_path / "stick"
    folder.mkdir()
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n")
    dialog = _open(qtbot, window)
    dialog.backup_folder.setText(str(folder))
    dialog.keep_daily.setValue(3)
    dialog.idle_lock.setValue(25)
    dialog.dossier_years.setValue(7)
    dialog.audit_years.setValue(0)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.region.setCurrentIndex(0)  # a preset ticks its municipalities
    chosen = dialog.chosen_municipalities()
    assert chosen
    dialog.letterhead_name.setText("IOK")
    dialog.letterhead_address.setPlainText("Antwerpseweg 1\n2440 Geel")
    dialog.letterhead_logo.setText(str(logo))
    dialog.import_mode.setCurrentIndex(dialog.import_mode.findData("overwrite"))
    dialog.meeting_minutes.setValue(90)
    dialog.meeting_place.setText("Raadzaal")
    dialog.save_button.click()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert asked == ["restart"]  # the language changed
    assert [a.data() for a in window.language_group.actions() if a.isChecked()] == ["en"]

    again = _open(qtbot, window)
    assert again.backup_folder.text() == str(folder)
    assert again.keep_daily.value() == 3
    assert again.idle_lock.value() == 25
    assert again.dossier_years.value() == 7
    assert again.audit_years.value() == 0
    assert again.language.currentData() == "en"
    assert again.region.currentIndex() == 0
    assert again.chosen_municipalities() == chosen
    assert again.letterhead_name.text() == "IOK"
    assert again.letterhead_address.toPlainText() == "Antwerpseweg 1\n2440 Geel"
    assert again.letterhead_logo.text() == str(logo)
    assert again.import_mode.currentData() == "overwrite"
    assert again.meeting_minutes.value() == 90
    assert again.meeting_place.text() == "Raadzaal"
    again.reject()

    # Stored once: the registry and the database hold these values, nowhere else.
    store = settings.open_settings()
    assert settings.IDLE_LOCK_MINUTES.get(store) == 25
    assert settings.LANGUAGE.get(store) == "en"
    assert window.workspace.trust.backup_folder() == folder
    assert window.workspace.trust.backup_keep_daily() == 3
    assert window.workspace.trust.retention_years() == {"dossier_closed": 7, "audit": 0}


def test_cancel_keeps_the_old_values(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, window)
    dialog.idle_lock.setValue(42)
    dialog.reject()
    assert settings.IDLE_LOCK_MINUTES.get(settings.open_settings()) == 10
    assert _open(qtbot, window).idle_lock.value() == 10


def test_a_missing_logo_or_folder_is_refused(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, window)
    dialog.letterhead_logo.setText(str(tmp_path / "nergens.png"))
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.pages.currentIndex() == 4
    dialog.letterhead_logo.clear()
    dialog.backup_folder.setText(str(tmp_path / "nergens"))
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.pages.currentIndex() == 0


def test_the_lock_reads_the_idle_minutes(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, window)
    dialog.idle_lock.setValue(3)
    dialog.save_button.click()
    lock = window.trust.app_lock
    assert lock.idle_minutes == 3
    start = lock._last_activity
    lock._check_idle(now=start + 2 * 60, wall_now=lock._last_activity_wall + 2 * 60)
    assert not lock.locked
    lock._check_idle(now=start + 3 * 60, wall_now=lock._last_activity_wall + 3 * 60)
    assert lock.locked
    lock.unlock()
    lock.shutdown()


def test_the_import_wizard_starts_in_the_chosen_mode(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from kempen_desktop.ui.importing.import_wizard import ImportWizard

    wizard = ImportWizard(window.workspace, parent=window)
    qtbot.addWidget(wizard)
    assert wizard.mode() == "fill"
    dialog = _open(qtbot, window)
    dialog.import_mode.setCurrentIndex(dialog.import_mode.findData("overwrite"))
    dialog.save_button.click()
    wizard = ImportWizard(window.workspace, parent=window)
    qtbot.addWidget(wizard)
    assert wizard.mode() == "overwrite"


def test_a_new_meeting_lasts_the_chosen_time(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from kempen_desktop.ui.meetings.meeting_dialog import MeetingDialog

    dialog = _open(qtbot, window)
    dialog.meeting_minutes.setValue(45)
    dialog.meeting_place.setText("Raadzaal")
    dialog.save_button.click()
    meeting = MeetingDialog(window.workspace, parent=window)
    qtbot.addWidget(meeting)
    assert meeting.start.time() == QTime(9, 30)
    assert meeting.end.time() == QTime(10, 15)
    assert meeting.location.text() == "Raadzaal"


def test_the_rotation_keeps_the_chosen_number_of_daily_backups(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from kempen_desktop.services.trust.backups import BackupInfo, backups_to_keep

    now = datetime(2026, 3, 20, 12, 0)
    infos = [
        BackupInfo(Path(f"b{day}.kbak"), now - timedelta(days=day), "dagelijks", 1, False)
        for day in range(1, 6)
    ]
    assert len(backups_to_keep(infos, now, 2)) < len(backups_to_keep(infos, now))
    dialog = _open(qtbot, window)
    dialog.keep_daily.setValue(2)
    dialog.save_button.click()
    assert window.workspace.trust.backup_keep_daily() == 2


def test_bewaren_writes_only_what_changed(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store = settings.open_settings()
    settings.REGION_MUNICIPALITIES.set(store, "99999;11001")  # 99999: not on the list
    settings.MEETING_DEFAULT_MINUTES.set(store, 2000)  # outside the spin box's range
    store.sync()
    dialog = _open(qtbot, window)
    # Another screen changes a value while the dialog is open.
    settings.IDLE_LOCK_MINUTES.set(settings.open_settings(), 33)
    dialog.meeting_place.setText("Raadzaal")  # the one field the user changes
    dialog.save_button.click()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    store = settings.open_settings()
    assert settings.MEETING_DEFAULT_PLACE.get(store) == "Raadzaal"
    assert settings.REGION_MUNICIPALITIES.get(store) == "99999;11001"
    assert settings.MEETING_DEFAULT_MINUTES.get(store) == 2000
    assert settings.IDLE_LOCK_MINUTES.get(store) == 33
