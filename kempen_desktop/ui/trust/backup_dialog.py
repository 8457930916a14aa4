"""Bestand → Back-up terugzetten…: the backups with date, reason and size; make one,
choose the folder, restore one after a confirmation (the current state is kept first).

Also used at start-up when the database is damaged: then there is no usable Database
and a restore replaces the damaged file (which is kept aside, renamed).
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop import APP_NAME
from kempen_desktop.app import Workspace, opening
from kempen_desktop.services.common.database import WrongPassphraseError, is_encrypted_file
from kempen_desktop.services.trust.backups import BackupError, BackupInfo
from kempen_desktop.ui.common import colours
from kempen_desktop.ui.common.background import page_progress, run_blocking
from kempen_desktop.ui.common.record_table_model import Column, RecordTableModel
from kempen_desktop.ui.common.tables import configure_table
from kempen_desktop.ui.common.widgets import RememberingDialog
from kempen_desktop.ui.trust.passphrase_dialog import UnlockDialog

log = logging.getLogger(__name__)
CONTEXT = "BackupDialog"

REASON_LABELS = {
    "dagelijks": QT_TRANSLATE_NOOP("BackupDialog", "Dagelijks"),
    "handmatig": QT_TRANSLATE_NOOP("BackupDialog", "Handmatig"),
    "import": QT_TRANSLATE_NOOP("BackupDialog", "Voor een import"),
    "migratie": QT_TRANSLATE_NOOP("BackupDialog", "Voor een update van de database"),
    "terugzetten": QT_TRANSLATE_NOOP("BackupDialog", "Voor het terugzetten van een back-up"),
    "verwijderen": QT_TRANSLATE_NOOP("BackupDialog", "Voor het verwijderen van gegevens"),
    "wachtwoord": QT_TRANSLATE_NOOP("BackupDialog", "Voor een wachtwoordwijziging"),
    "bewaartermijn": QT_TRANSLATE_NOOP("BackupDialog", "Voor het toepassen van bewaartermijnen"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def reason_label(code: str) -> str:
    return _tr(REASON_LABELS[code]) if code in REASON_LABELS else code


def size_text(size: int) -> str:
    if size >= 1_048_576:
        return f"{size / 1_048_576:.1f} MB".replace(".", ",")
    return f"{max(1, size // 1024)} kB"


COLUMNS: list[Column[BackupInfo]] = [
    Column(
        QT_TRANSLATE_NOOP("BackupDialog", "Gemaakt op"),
        lambda b: f"{b.made_at:%d-%m-%Y %H:%M}",
        sort_key=lambda b: b.made_at,
    ),
    Column(QT_TRANSLATE_NOOP("BackupDialog", "Reden"), lambda b: reason_label(b.reason)),
    Column(
        QT_TRANSLATE_NOOP("BackupDialog", "Grootte"),
        lambda b: size_text(b.size),
        sort_key=lambda b: b.size,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("BackupDialog", "Versleuteld"),
        lambda b: (
            _tr(QT_TRANSLATE_NOOP("BackupDialog", "ja"))
            if b.encrypted
            else _tr(QT_TRANSLATE_NOOP("BackupDialog", "nee"))
        ),
    ),
]


class BackupDialog(RememberingDialog):
    """Lists the backups; `restored` is emitted after a successful restore."""

    restored = Signal()

    def __init__(
        self,
        workspace: Workspace | None,
        parent: QWidget | None = None,
        *,
        db_path: Path | None = None,
        passphrase: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.db_path = workspace.path if workspace is not None else db_path
        assert self.db_path is not None
        self.passphrase = workspace.trust.passphrase if workspace is not None else passphrase
        self.damaged_mode = workspace is None or workspace.read_only
        self.setWindowTitle(self.tr("Back-ups"))
        self.resize(720, 440)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        folder_row = QHBoxLayout()
        self.folder_label = QLabel(self)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder_row.addWidget(self.folder_label, 1)
        self.folder_button = QPushButton(self.tr("Map kiezen…"), self)
        self.folder_button.clicked.connect(self._choose_folder)
        folder_row.addWidget(self.folder_button)
        layout.addLayout(folder_row)
        self.model: RecordTableModel[BackupInfo] = RecordTableModel(COLUMNS, CONTEXT, self)
        self.table = QTableView(self)
        configure_table(self.table, self.model, (150, 300, 90, 90), 0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _index: self._restore_selected())
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self.tr("Er zijn nog geen back-ups in deze map."), self)
        self.empty_label.setStyleSheet(f"color: {colours.css(colours.MUTED)};")
        layout.addWidget(self.empty_label)
        buttons = QDialogButtonBox(self)
        self.make_button = buttons.addButton(
            self.tr("Nu een back-up maken"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.make_button.clicked.connect(self.make_backup)
        self.other_button = buttons.addButton(
            self.tr("Ander bestand…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.other_button.clicked.connect(self._restore_other)
        self.restore_button = buttons.addButton(
            self.tr("Terugzetten…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.clicked.connect(self._restore_selected)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.make_button.setVisible(not self.damaged_mode)
        self.folder_button.setVisible(not self.damaged_mode)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    # -- data ---------------------------------------------------------------------------
    def folder(self) -> Path:
        if self.workspace is not None:
            try:
                return self.workspace.trust.backup_folder()
            except Exception:  # noqa: BLE001 - a damaged database: fall back to the default
                log.warning("backup folder setting unreadable")
        return opening.backups_of_file(self.db_path)[0]

    def reload(self) -> None:
        folder = self.folder()
        items = (
            self.workspace.trust.list_backups(folder)
            if self.workspace is not None
            else opening.backups_of_file(self.db_path)[1]
        )
        self.model.set_records(items)
        self.folder_label.setText(self.tr("Map: %1").replace("%1", str(folder)))
        self.empty_label.setVisible(not items)
        if self.damaged_mode:
            self.intro.setText(
                self.tr(
                    "De database is beschadigd. Zet een back-up terug: het beschadigde bestand "
                    "wordt "
                    "niet gewist maar hernoemd, zodat er niets verloren gaat."
                )
            )
        else:
            self.intro.setText(
                self.tr(
                    "Back-ups worden automatisch gemaakt: elke dag bij de start en voor elke "
                    "import, "
                    "update, terugzetting of verwijdering. Bewaard worden: alles van de laatste 24 "
                    "uur, "
                    "daarna 7 dagelijkse, 4 wekelijkse en 12 maandelijkse."
                )
            )
        if items:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self._selected() is not None)

    def _selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    # -- actions ------------------------------------------------------------------------
    def make_backup(self) -> Path | None:
        if self.workspace is None:
            return None
        trust = self.workspace.trust
        title = self.tr("Back-up maken…")
        try:
            path = run_blocking(
                self,
                title,
                lambda task: trust.make_backup("handmatig", progress=page_progress(task, title)),
            )
        except BackupError as error:
            QMessageBox.warning(self, APP_NAME, str(error))
            return None
        self.reload()
        return path

    def _choose_folder(self) -> None:
        if self.workspace is None:
            return
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Map voor back-ups"), str(self.folder())
        )
        if not chosen:
            return
        self.workspace.trust.set_backup_folder(Path(chosen))
        self.reload()

    def _restore_selected(self) -> None:
        info = self._selected()
        if info is not None:
            self.restore(info.path, info.made_at)

    def _restore_other(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Back-up kiezen"),
            str(self.folder()),
            self.tr("Back-ups (*.kbak *.db);;Alle bestanden (*)"),
        )
        if chosen:
            path = Path(chosen)
            self.restore(path, datetime.fromtimestamp(path.stat().st_mtime))

    def restore(self, path: Path, made_at: datetime, *, confirm: bool = True) -> bool:
        if confirm:
            answer = QMessageBox.question(
                self,
                APP_NAME,
                self.tr(
                    "De database wordt vervangen door de back-up van %1. Wat sindsdien werd "
                    "ingevoerd, verdwijnt uit de database; de huidige toestand wordt eerst zelf "
                    "als "
                    "back-up bewaard.\n\nDeze back-up terugzetten?"
                ).replace("%1", f"{made_at:%d-%m-%Y %H:%M}"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        backup_key: str | None = None
        while True:
            try:
                run_blocking(
                    self,
                    self.tr("Back-up terugzetten…"),
                    lambda _task, key=backup_key: self._restore(path, key),
                )
            except WrongPassphraseError:
                if not is_encrypted_file(path):
                    QMessageBox.warning(
                        self, APP_NAME, self.tr("Dit bestand kan niet gelezen worden.")
                    )
                    return False
                ask = UnlockDialog(path.name, self)
                ask.setWindowTitle(self.tr("Wachtwoord van de back-up"))
                ask.cancel_button.setText(self.tr("Annuleren"))  # cancels the restore, not the app
                if backup_key is not None:
                    ask.show_wrong()
                if ask.exec() != UnlockDialog.DialogCode.Accepted:
                    return False
                backup_key = ask.passphrase
                continue
            except (BackupError, OSError) as error:
                log.warning("restore failed: %s", type(error).__name__)
                QMessageBox.warning(self, APP_NAME, str(error))
                return False
            break
        log.info("backup restored from the dialog")
        QMessageBox.information(self, APP_NAME, self.tr("De back-up werd teruggezet."))
        self.restored.emit()
        self.accept()
        return True

    def _restore(self, path: Path, backup_key: str | None) -> None:
        """Runs off the GUI thread; the workspace announces Changes(database=True)."""
        if self.workspace is None:  # start-up: no usable database, swap the file
            opening.replace_damaged(self.db_path, path, self.passphrase, backup_key)
        elif self.damaged_mode:  # a damaged file open in the running app: swap, reopen in place
            self.workspace.trust.replace_damaged(path, backup_key)
        else:
            self.workspace.trust.restore_backup(path, backup_key)
