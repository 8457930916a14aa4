"""Build the agenda of an overlegmoment: tick rules to get suggested dossiers (with the
reason), pick dossiers by hand, add free items, and reorder by drag and drop or with
Ctrl+Up / Ctrl+Down. Every change is saved at once."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.app import Workspace
from kempen_desktop.domain.status import status_label
from kempen_desktop.services.dossiers.dossier_list import DossierFilter
from kempen_desktop.services.meetings import agenda as rules
from kempen_desktop.services.meetings.meetings import MeetingError
from kempen_desktop.ui.common.widgets import ErrorLabel, RememberingDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1
RULE_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_LIMIT = 50

RULE_TEXT = {
    rules.FOLLOW_UP: QT_TRANSLATE_NOOP("AgendaEditor", "Opvolgdatum vóór het overleg"),
    rules.NEW: QT_TRANSLATE_NOOP("AgendaEditor", "Nieuw sinds het vorige overleg"),
    rules.STATUS_CHANGED: QT_TRANSLATE_NOOP(
        "AgendaEditor", "Status gewijzigd sinds het vorige overleg"
    ),
    rules.FLAGGED: QT_TRANSLATE_NOOP("AgendaEditor", "Gemarkeerd om te bespreken"),
    rules.ACTION_DUE: QT_TRANSLATE_NOOP("AgendaEditor", "Open actiepunt dat vervalt"),
}
DEFAULT_RULES = (rules.FOLLOW_UP, rules.FLAGGED, rules.ACTION_DUE)


class AgendaList(QListWidget):
    """The agenda in order; drag and drop or Ctrl+Up/Down to move, Delete to remove."""

    def __init__(self, editor: AgendaEditor) -> None:
        super().__init__()
        self._editor = editor
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        # A drop moves rows (or, depending on the Qt version, removes and inserts them);
        # the new order is saved once the drop has finished.
        self.model().rowsMoved.connect(self._dropped)
        self.model().rowsInserted.connect(self._dropped)

    def _dropped(self, *_args: object) -> None:
        if not self._editor.reloading:
            QTimer.singleShot(0, self._editor.save_order)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if event.key() == Qt.Key.Key_Delete:
            self._editor.remove_current()
            return
        if event.key() == Qt.Key.Key_F2:
            self._editor.rename_current()
            return
        super().keyPressEvent(event)

    def move_current(self, step: int) -> None:
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count():
            return
        self.model().blockSignals(True)
        item = self.takeItem(row)
        self.insertItem(target, item)
        self.model().blockSignals(False)
        self.setCurrentRow(target)
        self._editor.save_order()

    def ids(self) -> list[uuid.UUID]:
        return [uuid.UUID(self.item(i).data(ID_ROLE)) for i in range(self.count())]


class AgendaEditor(RememberingDialog):
    def __init__(
        self, workspace: Workspace, meeting_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._meeting_id = meeting_id
        self._meetings = workspace.meetings
        self.reloading = False
        view = self._meetings.get(meeting_id)
        self.setWindowTitle(self.tr("Agenda — %1").replace("%1", view.title))
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(splitter, 1)

        # Left: where items come from.
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        rule_box = QGroupBox(self.tr("Voorstellen op basis van regels"))
        rule_layout = QVBoxLayout(rule_box)
        self.rule_boxes: dict[str, QCheckBox] = {}
        for code in rules.RULES:
            box = QCheckBox(QCoreApplication.translate("AgendaEditor", RULE_TEXT[code]))
            box.setChecked(code in DEFAULT_RULES)
            self.rule_boxes[code] = box
            rule_layout.addWidget(box)
        scope = QLabel(
            self.tr(
                "Alleen dossiers die de uitgenodigde partners opvolgen "
                "(alle dossiers als er geen partner is uitgenodigd)."
            )
        )
        scope.setWordWrap(True)
        scope.setStyleSheet("color: palette(mid);")
        rule_layout.addWidget(scope)
        self.suggest_button = QPushButton(self.tr("&Voorstellen zoeken"))
        self.suggest_button.clicked.connect(self.find_suggestions)
        rule_layout.addWidget(self.suggest_button)
        self.suggestions = QTreeWidget()
        self.suggestions.setHeaderLabels(
            [self.tr("Dossier"), self.tr("Naam"), self.tr("Status"), self.tr("Waarom")]
        )
        self.suggestions.setRootIsDecorated(False)
        self.suggestions.setAlternatingRowColors(True)
        self.suggestions.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.suggestions.setColumnWidth(0, 62)
        self.suggestions.setColumnWidth(1, 140)
        self.suggestions.setColumnWidth(2, 96)
        rule_layout.addWidget(self.suggestions, 1)
        self.add_suggested = QPushButton(self.tr("Aangevinkte &toevoegen"))
        self.add_suggested.clicked.connect(self.add_checked_suggestions)
        rule_layout.addWidget(self.add_suggested)
        left_layout.addWidget(rule_box, 3)

        pick_box = QGroupBox(self.tr("Dossier zelf kiezen"))
        pick_layout = QVBoxLayout(pick_box)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Naam, dossiernummer, gemeente… en Enter"))
        self.search.returnPressed.connect(self.run_search)
        self.results = QListWidget()
        self.results.itemActivated.connect(
            lambda item: self._add_dossiers([(uuid.UUID(item.data(ID_ROLE)), "")])
        )
        add_picked = QPushButton(self.tr("Gekozen dossier toevoegen"))
        add_picked.clicked.connect(self._add_selected_result)
        pick_layout.addWidget(self.search)
        pick_layout.addWidget(self.results, 1)
        pick_layout.addWidget(add_picked)
        left_layout.addWidget(pick_box, 2)

        free_row = QHBoxLayout()
        self.free_title = QLineEdit()
        self.free_title.setPlaceholderText(self.tr("Vrij agendapunt, bv. Varia"))
        self.free_title.returnPressed.connect(self.add_free)
        add_free = QPushButton(self.tr("Punt toevoegen"))
        add_free.clicked.connect(self.add_free)
        free_row.addWidget(self.free_title, 1)
        free_row.addWidget(add_free)
        left_layout.addLayout(free_row)
        splitter.addWidget(left)

        # Right: the agenda itself.
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(
            QLabel(
                self.tr(
                    "<b>Agenda</b> — slepen of Ctrl+↑/↓ om te ordenen, "
                    "Delete om te schrappen, F2 om te hernoemen"
                )
            )
        )
        self.agenda = AgendaList(self)
        right_layout.addWidget(self.agenda, 1)
        buttons_row = QHBoxLayout()
        for text, slot in (
            (self.tr("Omhoog"), lambda: self.agenda.move_current(-1)),
            (self.tr("Omlaag"), lambda: self.agenda.move_current(1)),
            (self.tr("Hernoemen"), self.rename_current),
            (self.tr("Schrappen"), self.remove_current),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)
        right_layout.addLayout(buttons_row)
        splitter.addWidget(right)
        splitter.setSizes([600, 460])
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.search.setFocus)
        self.resize(1120, 720)
        self.reload_agenda()

    # -- agenda ------------------------------------------------------------------------------

    def reload_agenda(self, select_id: uuid.UUID | None = None) -> None:
        view = self._meetings.get(self._meeting_id)
        self.reloading = True
        self.agenda.clear()
        for number, item in enumerate(view.agenda, start=1):
            text = item.label
            if item.suggested_by:
                text += "   · " + QCoreApplication.translate(
                    "AgendaEditor", RULE_TEXT.get(item.suggested_by, "")
                )
            entry = QListWidgetItem(f"{number}. {text}")
            entry.setData(ID_ROLE, str(item.id))
            entry.setData(RULE_ROLE, "dossier" if item.dossier_id else "free")
            self.agenda.addItem(entry)
            if select_id == item.id:
                self.agenda.setCurrentItem(entry)
        self.reloading = False

    def save_order(self) -> None:
        try:
            self._meetings.reorder_items(self._meeting_id, self.agenda.ids())
        except MeetingError as error:
            self.error.show_message(str(error))
        current = self.agenda.currentItem()
        self.reload_agenda(uuid.UUID(current.data(ID_ROLE)) if current else None)

    def remove_current(self) -> None:
        item = self.agenda.currentItem()
        if item is None:
            return
        row = self.agenda.currentRow()
        try:
            self._meetings.remove_item(uuid.UUID(item.data(ID_ROLE)))
        except MeetingError as error:
            self.error.show_message(str(error))
            return
        self.reload_agenda()
        self.agenda.setCurrentRow(min(row, self.agenda.count() - 1))

    def rename_current(self) -> None:
        item = self.agenda.currentItem()
        if item is None or item.data(RULE_ROLE) != "free":
            return
        current = item.text().split(". ", 1)[-1]
        title, ok = QInputDialog.getText(
            self, self.tr("Agendapunt hernoemen"), self.tr("Titel"), text=current
        )
        if ok:
            try:
                self._meetings.rename_item(uuid.UUID(item.data(ID_ROLE)), title)
            except MeetingError as error:
                self.error.show_message(str(error))
                return
            self.reload_agenda(uuid.UUID(item.data(ID_ROLE)))

    def add_free(self) -> None:
        try:
            item_id = self._meetings.add_free_item(self._meeting_id, self.free_title.text())
        except MeetingError as error:
            self.error.show_message(str(error))
            return
        self.free_title.clear()
        self.error.show_message(None)
        self.reload_agenda(item_id)

    def _add_dossiers(self, dossiers: list[tuple[uuid.UUID, str]]) -> int:
        try:
            added = self._meetings.add_dossiers(self._meeting_id, dossiers)
        except MeetingError as error:
            self.error.show_message(str(error))
            return 0
        self.error.show_message(None)
        self.reload_agenda(added[-1] if added else None)
        return len(added)

    # -- suggestions -------------------------------------------------------------------------

    def checked_rules(self) -> list[str]:
        return [code for code, box in self.rule_boxes.items() if box.isChecked()]

    def find_suggestions(self) -> None:
        try:
            found = self._meetings.suggest(self._meeting_id, self.checked_rules())
        except MeetingError as error:
            self.error.show_message(str(error))
            return
        self.suggestions.clear()
        for suggestion in found:
            item = QTreeWidgetItem(
                [
                    str(suggestion.num),
                    suggestion.name,
                    status_label(suggestion.status_code),
                    suggestion.reason_text,
                ]
            )
            item.setData(0, ID_ROLE, str(suggestion.dossier_id))
            item.setData(0, RULE_ROLE, suggestion.rules[0])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setToolTip(3, suggestion.reason_text)
            self.suggestions.addTopLevelItem(item)
        self.error.show_message(
            None if found else self.tr("Geen dossiers gevonden voor de aangevinkte regels.")
        )

    def add_checked_suggestions(self) -> None:
        chosen = []
        for index in range(self.suggestions.topLevelItemCount()):
            item = self.suggestions.topLevelItem(index)
            if item.checkState(0) == Qt.CheckState.Checked:
                chosen.append((uuid.UUID(item.data(0, ID_ROLE)), item.data(0, RULE_ROLE)))
        if chosen and self._add_dossiers(chosen):
            self.suggestions.clear()

    # -- hand-picked -------------------------------------------------------------------------

    def run_search(self) -> None:
        text = self.search.text().strip()
        self.results.clear()
        if not text:
            return
        dossiers = self._workspace.dossiers
        nums = (
            [int(text)]
            if text.isdigit()
            else dossiers.find(DossierFilter(text=text))[:SEARCH_LIMIT]
        )
        rows = dossiers.rows(nums)
        for num in nums:
            row = rows.get(num)
            if row is None:
                continue
            item = QListWidgetItem(
                f"{row.num}  {row.last_name}, {row.first_name} — {row.municipality} "
                f"({status_label(row.status_code)})"
            )
            item.setData(ID_ROLE, str(row.id))
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
            self.results.setFocus()
        else:
            self.error.show_message(self.tr("Geen dossier gevonden."))

    def _add_selected_result(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._add_dossiers([(uuid.UUID(item.data(ID_ROLE)), "")])
