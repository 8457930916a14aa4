"""The start-up path of the desktop app for the real database: one instance, a
passphrase (chosen on first start, asked when encrypted), the quick check with a restore
offer when the file is damaged, and a warning for network or cloud-sync folders."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kempen_desktop import APP_NAME
from kempen_desktop.app import Workspace, opening
from kempen_desktop.services.common.database import (
    DatabaseOpenError,
    PassphraseRequiredError,
    WrongPassphraseError,
    is_encrypted_file,
    is_new_file,
)
from kempen_desktop.services.trust.instance_lock import (
    GUI_NAME,
    DatabaseInUseError,
    InstanceLock,
    location_warning,
)

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


def open_for_gui(
    path: Path, parent: QWidget | None = None, chosen: tuple[str | None] | None = None
) -> Workspace | None:
    """The opened workspace, or None when the user gave up (the reason was shown).

    `chosen`: the passphrase already chosen for a new file (the first-run setup); `(None,)`
    for none."""
    from kempen_desktop.ui.trust.passphrase_dialog import UnlockDialog

    # The writer lock, held for the life of the window (released when the database closes).
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
        if not go_on:
            lock.release()
            return None
        unlock: UnlockDialog | None = None
        while True:
            if passphrase is None and is_encrypted_file(path):
                unlock = unlock or UnlockDialog(path.name, parent)
                if unlock.exec() != UnlockDialog.DialogCode.Accepted:
                    lock.release()
                    return None
                passphrase = unlock.passphrase
            try:
                result = opening.open_checked(
                    path, passphrase, check=opening.check_before_start(path)
                )
            except (WrongPassphraseError, PassphraseRequiredError):
                if unlock is None:
                    unlock = UnlockDialog(path.name, parent)
                unlock.show_wrong()
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
