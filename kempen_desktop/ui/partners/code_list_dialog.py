"""Generic editor for a user-editable code list (partner types, meeting types, ...).

``CodeListDialog(workspace, list_name, title, parent)`` (``list_name`` as in
``workspace.code_lists``: "partner_types", "meeting_types", ...): add a value, rename its
label, move it up or down, (de)activate it, and delete values that are not in use and not
shipped with the app. Every change is saved at once (one transaction per action) and
announced as reference data, so the pickers elsewhere follow; ``changed`` tells whether
anything was changed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.app import Workspace
from kempen_desktop.services.common.code_lists import CodeListError, CodeRow
from kempen_desktop.ui.common.service_messages import translated
from kempen_desktop.ui.common.widgets import RememberingDialog

_INACTIVE = QColor("#8a8a8a")


class CodeListDialog(RememberingDialog):
    def __init__(
        self, workspace: Workspace, list_name: str, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._lists = workspace.code_lists
        self._name = list_name
        self._rows: list[CodeRow] = []
        self.changed = False
        self.setWindowTitle(title)
        self.resize(620, 460)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Waarden in gebruik of meegeleverd met het programma kunnen niet verwijderd "
                "worden; "
                "zet ze op inactief, dan worden ze niet meer aangeboden maar blijven ze zichtbaar "
                "bij bestaande gegevens."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        body = QHBoxLayout()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Omschrijving"), self.tr("Status"), self.tr("In gebruik")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self._rename())
        body.addWidget(self.table, 1)

        buttons = QVBoxLayout()
        self.add_button = QPushButton(self.tr("Toevoegen…"))
        self.rename_button = QPushButton(self.tr("Naam wijzigen…"))
        self.up_button = QPushButton(self.tr("Omhoog"))
        self.down_button = QPushButton(self.tr("Omlaag"))
        self.active_button = QPushButton(self.tr("Deactiveren"))
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        self.add_button.clicked.connect(self._add)
        self.rename_button.clicked.connect(self._rename)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.active_button.clicked.connect(self._toggle_active)
        self.delete_button.clicked.connect(self._delete)
        for button in (
            self.add_button,
            self.rename_button,
            self.up_button,
            self.down_button,
            self.active_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        body.addLayout(buttons)
        layout.addLayout(body, 1)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.accepted.connect(self.accept)
        layout.addWidget(close)
        self._load()

    # -- data ---------------------------------------------------------------------------

    def _load(self, select_code: str | None = None) -> None:
        self._rows = self._lists.rows(self._name)
        self.table.setRowCount(len(self._rows))
        active_text, inactive_text = self.tr("actief"), self.tr("inactief")
        for row, code in enumerate(self._rows):
            items = [
                QTableWidgetItem(code.label),
                QTableWidgetItem(active_text if code.active else inactive_text),
                QTableWidgetItem(str(code.uses) if code.uses else ""),
            ]
            items[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items[0].setToolTip(code.description or code.code)
            for column, item in enumerate(items):
                if not code.active:
                    item.setForeground(QBrush(_INACTIVE))
                self.table.setItem(row, column, item)
        if select_code is not None:
            for row, code in enumerate(self._rows):
                if code.code == select_code:
                    self.table.selectRow(row)
        self._update_buttons()

    def current(self) -> CodeRow | None:
        row = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection()
        return self._rows[row] if selected and 0 <= row < len(self._rows) else None

    def _update_buttons(self) -> None:
        code = self.current()
        for button in (self.rename_button, self.up_button, self.down_button, self.active_button):
            button.setEnabled(code is not None)
        self.delete_button.setEnabled(code is not None and not code.uses and not code.shipped)
        if code is not None:
            self.up_button.setEnabled(self.table.currentRow() > 0)
            self.down_button.setEnabled(self.table.currentRow() < len(self._rows) - 1)
            self.active_button.setText(
                self.tr("Deactiveren") if code.active else self.tr("Activeren")
            )
            if code.uses:
                self.delete_button.setToolTip(
                    self.tr("In gebruik: alleen deactiveren is mogelijk.")
                )
            elif code.shipped:
                self.delete_button.setToolTip(
                    self.tr("Meegeleverd met het programma: alleen deactiveren is mogelijk.")
                )
            else:
                self.delete_button.setToolTip("")

    def _run(self, action, *args) -> bool:  # type: ignore[no-untyped-def]
        try:
            result = action(self._name, *args)
        except CodeListError as error:
            QMessageBox.warning(self, self.windowTitle(), translated(str(error)))
            return False
        self.changed = True
        self._last_result = result
        return True

    # -- actions --------------------------------------------------------------------------

    def _add(self) -> None:
        label, ok = QInputDialog.getText(
            self, self.tr("Waarde toevoegen"), self.tr("Omschrijving:")
        )
        if ok and label.strip() and self._run(self._lists.add, label):
            self._load(self._last_result)

    def _rename(self) -> None:
        code = self.current()
        if code is None:
            return
        label, ok = QInputDialog.getText(
            self, self.tr("Naam wijzigen"), self.tr("Omschrijving:"), text=code.label
        )
        if (
            ok
            and label.strip()
            and label.strip() != code.label
            and self._run(self._lists.rename, code.code, label)
        ):
            self._load(code.code)

    def _move(self, delta: int) -> None:
        code = self.current()
        if code is not None and self._run(self._lists.move, code.code, delta):
            self._load(code.code)

    def _toggle_active(self) -> None:
        code = self.current()
        if code is not None and self._run(self._lists.set_active, code.code, not code.active):
            self._load(code.code)

    def _delete(self) -> None:
        code = self.current()
        if code is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Waarde verwijderen"),
            self.tr("‘%1’ verwijderen?").replace("%1", code.label),
        )
        if answer == QMessageBox.StandardButton.Yes and self._run(self._lists.delete, code.code):
            self._load()
