"""The start-up path of the desktop app for the real database: one instance, a
passphrase (chosen on first start, asked when encrypted), the quick check with a restore
offer when the file is damaged, and a warning for network or cloud-sync folders."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kempen_desktop import APP_NAME
from kempen_desktop.app.file_facts import is_encrypted_file, is_new_file
from kempen_desktop.services.trust.instance_lock import (
    GUI_NAME,
    DatabaseInUseError,
    InstanceLock,
    location_warning,
)

if TYPE_CHECKING:  # the data layer loads after the first look (ui/first_look.py)
    from kempen_desktop.app import Workspace
    from kempen_desktop.ui.trust.passphrase_dialog import UnlockDialog

log = logging.getLogger(__name__)
CONTEXT = "Startup"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _choose_or_ask(path: Path, parent: QWidget | None) -> tuple[bool, str | None]:
    """(go on, passphrase): a new file gets a chosen passphrase, an encrypted one is asked."""
    from kempen_desktop.ui.trust.passphrase_dialog import NewPassphraseDialog

    if is_new_file(path):
        dialog = NewPassphraseDialog(parent, first_start=True)
        if dialog.exec() != NewPassphraseDialog.DialogCode.Accepted:
            return False, None
        return True, dialog.passphrase
    return True, None


@dataclass
class Unlocked:
    """The file's writer lock, held, and the passphrase it opens with (None: plain or new)."""

    lock: InstanceLock
    passphrase: str | None
    asked: UnlockDialog | None = None  # the dialog that asked it: asked again when wrong


def open_for_gui(
    path: Path, parent: QWidget | None = None, chosen: tuple[str | None] | None = None
) -> Workspace | None:
    """The opened workspace, or None when the user gave up (the reason was shown).

    `chosen`: the passphrase already chosen for a new file (the first-run setup); `(None,)`
    for none."""
    unlocked = unlock(path, parent, chosen)
    return None if unlocked is None else open_unlocked(path, unlocked, parent)


def unlock(
    path: Path, parent: QWidget | None = None, chosen: tuple[str | None] | None = None
) -> Unlocked | None:
    """The first half of the start, before the data layer loads: the writer lock (held for
    the life of the window, released when the database closes), the warning for a network
    or cloud folder, the passphrase chosen for a new file or asked for an encrypted one.
    None when the user gave up (the lock is released)."""
    from kempen_desktop.ui.trust.passphrase_dialog import UnlockDialog

    lock = InstanceLock(path, GUI_NAME)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock.acquire()
    except DatabaseInUseError as error:
        QMessageBox.critical(parent, APP_NAME, str(error))
        return None
    try:
        warning = location_warning(path)
        if warning:
            QMessageBox.warning(parent, APP_NAME, warning)
        if chosen is not None and is_new_file(path):
            go_on, passphrase = True, chosen[0]
        else:
            go_on, passphrase = _choose_or_ask(path, parent)
        asked: UnlockDialog | None = None
        if go_on and passphrase is None and is_encrypted_file(path):
            asked = UnlockDialog(path.name, parent)
            go_on = asked.exec() == UnlockDialog.DialogCode.Accepted
            passphrase = asked.passphrase if go_on else None
    except BaseException:
        lock.release()
        raise
    if not go_on:
        lock.release()
        return None
    return Unlocked(lock, passphrase, asked)


def open_unlocked(
    path: Path, unlocked: Unlocked, parent: QWidget | None = None
) -> Workspace | None:
    """The second half: open and check the file (asking again for a wrong passphrase),
    offer a restore when it is damaged. None when the user gave up (the lock is released);
    DatabaseOpenError (the lock released) when it cannot be opened."""
    from kempen_desktop.app import opening
    from kempen_desktop.services.common.database import (
        DatabaseOpenError,
        PassphraseRequiredError,
        WrongPassphraseError,
    )
    from kempen_desktop.ui.trust.passphrase_dialog import UnlockDialog

    lock, passphrase, unlock_dialog = unlocked.lock, unlocked.passphrase, unlocked.asked
    try:
        while True:
            if passphrase is None and is_encrypted_file(path):
                unlock_dialog = unlock_dialog or UnlockDialog(path.name, parent)
                if unlock_dialog.exec() != UnlockDialog.DialogCode.Accepted:
                    lock.release()
                    return None
                passphrase = unlock_dialog.passphrase
            try:
                result = opening.open_checked(
                    path, passphrase, check=opening.check_before_start(path)
                )
            except (WrongPassphraseError, PassphraseRequiredError):
                if unlock_dialog is None:
                    unlock_dialog = UnlockDialog(path.name, parent)
                unlock_dialog.show_wrong()
                passphrase = None
                continue
            break
        if result.damaged and not _offer_restore(path, passphrase, result.workspace, parent):
            if result.workspace is None:
                lock.release()
                return None
        elif result.damaged:
            # Restored: open the restored file afresh.
            if result.workspace is not None:
                result.workspace.close()
            result = opening.open_checked(path, passphrase)
        if result.workspace is None:
            lock.release()
            return None
    except DatabaseOpenError:
        lock.release()
        raise
    opening.call_on_close(result.workspace, lock.release)
    return result.workspace


def _offer_restore(
    path: Path, passphrase: str | None, database: Workspace | None, parent: QWidget | None
) -> bool:
    """Tell the user the file is damaged and offer the backups; True when one was restored."""
    from kempen_desktop.ui.trust.backup_dialog import BackupDialog

    text = _tr(
        QT_TRANSLATE_NOOP(
            "Startup",
            "De controle van de database vond beschadigingen. "
            "Zet een back-up terug om verder te werken.",
        )
    )
    if database is not None:
        text += "\n\n" + _tr(
            QT_TRANSLATE_NOOP(
                "Startup",
                "U kunt ook verdergaan zonder terug te zetten: de database opent dan alleen-lezen, "
                "zodat u gegevens kunt bekijken maar niets wijzigt.",
            )
        )
    box = QMessageBox(
        QMessageBox.Icon.Critical, APP_NAME, text, QMessageBox.StandardButton.NoButton, parent
    )
    restore = box.addButton(
        _tr(QT_TRANSLATE_NOOP("Startup", "Back-up terugzetten…")), QMessageBox.ButtonRole.AcceptRole
    )
    if database is not None:
        box.addButton(
            _tr(QT_TRANSLATE_NOOP("Startup", "Alleen-lezen openen")),
            QMessageBox.ButtonRole.RejectRole,
        )
    else:
        box.addButton(
            _tr(QT_TRANSLATE_NOOP("Startup", "Afsluiten")), QMessageBox.ButtonRole.RejectRole
        )
    box.exec()
    if box.clickedButton() is not restore:
        return False
    if database is not None:
        database.close()
    dialog = BackupDialog(None, parent, db_path=path, passphrase=passphrase)
    return dialog.exec() == BackupDialog.DialogCode.Accepted
