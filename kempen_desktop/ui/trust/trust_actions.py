"""The trust menu items of the main window: lock, backups, passphrase, audit log,
retention, subject access; and the daily backup shortly after start."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from kempen_desktop import APP_NAME
from kempen_desktop.services.common.storage_errors import DAMAGED, as_storage_error
from kempen_desktop.ui.trust.lock_screen import AppLock

if TYPE_CHECKING:
    from kempen_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)
_RUNNING: set[QThread] = set()


class _Check(QThread):
    """Runs one check off the GUI thread; `done` carries its result."""

    done = Signal(object)

    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # noqa: BLE001 - a check that cannot run counts as a problem
            # ... unless it could not run for a full disk, locked or read-only medium: that is
            # shown as such (status bar), never as damage with a restore offer.
            storage = as_storage_error(error)
            result = (
                storage
                if storage is not None and storage.kind != DAMAGED
                else [type(error).__name__]
            )
        self.done.emit(result)


class TrustActions(QObject):
    def __init__(self, window: MainWindow, file_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = window.workspace
        self.trust = window.workspace.trust
        self.app_lock = AppLock(window, window.workspace)
        self.app_lock.set_passphrase_requested.connect(self.change_passphrase)
        self.current_dialog: object | None = None

        self.backup_action = QAction(self.tr("&Back-up maken"), window)
        self.backup_action.triggered.connect(self.make_backup)
        self.restore_action = QAction(self.tr("Back-up &terugzetten…"), window)
        self.restore_action.triggered.connect(self.open_backups)
        self.passphrase_action = QAction(self.tr("&Wachtwoord wijzigen…"), window)
        self.passphrase_action.triggered.connect(self.change_passphrase)
        self.auto_lock_action = QAction(self.tr("&Automatisch vergrendelen…"), window)
        self.auto_lock_action.triggered.connect(self.choose_auto_lock)
        self.audit_action = QAction(self.tr("A&uditlog…"), window)
        self.audit_action.triggered.connect(self.open_audit_log)
        self.retention_action = QAction(self.tr("Bewaar&termijnen…"), window)
        self.retention_action.triggered.connect(self.open_retention)
        self.subject_access_action = QAction(self.tr("&Inzage-export…"), window)
        self.subject_access_action.setStatusTip(
            self.tr(
                "Alles wat over de persoon van het gekozen dossier bewaard wordt, als PDF en Excel"
            )
        )
        self.subject_access_action.triggered.connect(self.export_subject_access)

        for action in (self.backup_action, self.restore_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        security = file_menu.addMenu(self.tr("Bevei&liging"))
        for action in (self.app_lock.lock_action, self.passphrase_action, self.auto_lock_action):
            security.addAction(action)
        security.addSeparator()
        for action in (self.audit_action, self.retention_action, self.subject_access_action):
            security.addAction(action)
        self.security_menu = security
        file_menu.addSeparator()
        if self.workspace.read_only:
            for action in (self.backup_action, self.passphrase_action, self.retention_action):
                action.setEnabled(False)
            self._title = window.windowTitle()
            window.setWindowTitle(self._title + " — " + self.tr("ALLEEN-LEZEN (beschadigd)"))
        detail = getattr(getattr(window, "dossiers", None), "detail", None)
        if detail is not None:  # the audit entries of a dossier under its timeline
            trust = self.trust
            detail.audit_source = lambda dossier_id: trust.audit_of_dossier(dossier_id, limit=21)

    # -- after start ---------------------------------------------------------------------
    def after_start(self) -> None:
        """The background quick_check of a large database, then the daily backup.

        Never a backup of a damaged file: the rotation would push good backups out.
        """
        from kempen_desktop.services.trust.backups import BackupError

        if self.workspace.read_only or self.workspace.is_demo or not self.trust.local_file:
            return
        trust = self.trust
        checked = trust.check_before_start()  # small files: before the window opened

        def work() -> object:
            problems = [] if checked else trust.quick_check()
            if problems:
                return problems
            try:
                return trust.backup_if_due()
            except BackupError as error:
                return error

        checker = _Check(work)
        _RUNNING.add(checker)  # outlives the window if that closes during the work
        checker.finished.connect(lambda: _RUNNING.discard(checker))
        checker.done.connect(self._checked)
        checker.start()

    def _checked(self, outcome: object) -> None:
        from pathlib import Path

        if isinstance(outcome, Exception):
            self.window.statusBar().showMessage(str(outcome), 15000)
            return
        if outcome is None or isinstance(outcome, Path):
            if outcome is not None:
                self.window.statusBar().showMessage(self.tr("Dagelijkse back-up gemaakt."), 5000)
            return
        self.mark_damaged()
        answer = QMessageBox.critical(
            self.window,
            APP_NAME,
            self.tr(
                "De controle van de database vond beschadigingen. De database is nu alleen-lezen. "
                "Wilt u een back-up terugzetten?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.open_backups()

    def mark_damaged(self) -> None:
        log.error("database damaged: opened read-only")
        self.trust.make_read_only()
        for action in (self.backup_action, self.passphrase_action, self.retention_action):
            action.setEnabled(False)
        self._title = self.window.windowTitle()
        self.window.setWindowTitle(self._title + " — " + self.tr("ALLEEN-LEZEN (beschadigd)"))

    def _restored(self) -> None:
        """After a restore: the tabs already reloaded (Changes(database=True)); the menu too."""
        if not self.workspace.read_only:
            for action in (self.backup_action, self.passphrase_action, self.retention_action):
                action.setEnabled(True)
            if getattr(self, "_title", None):
                self.window.setWindowTitle(self._title)

    # -- backups -------------------------------------------------------------------------
    def make_backup(self) -> None:
        from kempen_desktop.services.trust.backups import BackupError
        from kempen_desktop.ui.common.background import page_progress, run_blocking

        title = self.tr("Back-up maken…")
        try:
            path = run_blocking(
                self.window,
                title,
                lambda task: self.trust.make_backup(
                    "handmatig", progress=page_progress(task, title)
                ),
            )
        except BackupError as error:
            QMessageBox.warning(self.window, APP_NAME, str(error))
            return
        self.window.statusBar().showMessage(
            self.tr("Back-up gemaakt: %1").replace("%1", str(path)), 10000
        )

    def open_backups(self) -> None:
        from kempen_desktop.ui.trust.backup_dialog import BackupDialog

        dialog = BackupDialog(self.workspace, self.window)
        dialog.restored.connect(self._restored)
        self.current_dialog = dialog
        dialog.open()

    # -- passphrase and lock ---------------------------------------------------------------
    def change_passphrase(self) -> None:
        from kempen_desktop.services.trust.backups import BackupError
        from kempen_desktop.ui.trust.passphrase_dialog import NewPassphraseDialog

        encrypted = self.workspace.encrypted
        dialog = NewPassphraseDialog(
            self.window,
            first_start=not encrypted,
            current=self.trust.passphrase,
            allow_plain=encrypted,
        )
        if not encrypted:
            dialog.setWindowTitle(self.tr("Database versleutelen"))
        if dialog.exec() != NewPassphraseDialog.DialogCode.Accepted:
            return
        from kempen_desktop.ui.common.background import run_blocking

        try:
            run_blocking(
                self.window,
                self.tr("Database opnieuw versleutelen…"),
                lambda _task: self.trust.change_passphrase(dialog.passphrase),
            )
        except (BackupError, OSError) as error:
            log.warning("passphrase change failed: %s", type(error).__name__)
            QMessageBox.warning(self.window, APP_NAME, str(error))
            return
        QMessageBox.information(
            self.window,
            APP_NAME,
            self.tr(
                "De database is nu versleuteld met het nieuwe wachtwoord; onversleutelde back-ups "
                "werden "
                "mee versleuteld. Oudere versleutelde back-ups openen nog met het wachtwoord van "
                "toen."
            )
            if dialog.passphrase
            else self.tr("De database is niet meer versleuteld."),
        )

    def choose_auto_lock(self) -> None:
        minutes, ok = QInputDialog.getInt(
            self.window,
            self.tr("Automatisch vergrendelen"),
            self.tr("Vergrendelen na zoveel minuten zonder gebruik (0 = nooit):"),
            self.app_lock.idle_minutes,
            0,
            240,
            1,
        )
        if ok:
            self.app_lock.set_idle_minutes(minutes)

    # -- audit --------------------------------------------------------------------------
    def open_audit_log(self) -> None:
        from kempen_desktop.ui.trust.audit_view import AuditView

        dialog = AuditView(self.workspace, self.window)
        self.current_dialog = dialog
        dialog.open()

    def open_retention(self) -> None:
        from kempen_desktop.ui.trust.retention_dialog import RetentionDialog

        dialog = RetentionDialog(self.workspace, self.window)  # its changes reach every tab
        self.current_dialog = dialog
        dialog.open()

    def export_subject_access(self) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        selected = self.window.dossiers.selected_ids()
        if not selected:
            QMessageBox.information(
                self.window, APP_NAME, self.tr("Kies eerst in de lijst een dossier van de persoon.")
            )
            return
        person_id = self.trust.person_of_dossier(selected[0])
        if person_id is None:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Inzage-export bewaren"),
            str(Path.home() / "inzage.pdf"),
            self.tr("PDF en Excel (*.pdf)"),
        )
        if not chosen:
            return
        pdf = Path(chosen).with_suffix(".pdf")
        xlsx = pdf.with_suffix(".xlsx")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.trust.export_subject_access(person_id, pdf=pdf, xlsx=xlsx)
        except (OSError, LookupError) as error:
            QGuiApplication.restoreOverrideCursor()
            log.warning("subject access export failed: %s", type(error).__name__)
            QMessageBox.warning(
                self.window,
                APP_NAME,
                self.tr("De inzage-export is mislukt: %1").replace(
                    "%1", str(getattr(error, "strerror", None) or error)
                ),
            )
            return
        QGuiApplication.restoreOverrideCursor()
        self.window.statusBar().showMessage(
            self.tr("Inzage-export bewaard: %1 en %2")
            .replace("%1", pdf.name)
            .replace("%2", xlsx.name),
            10000,
        )
