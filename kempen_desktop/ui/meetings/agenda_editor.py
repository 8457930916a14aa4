"""Build the agenda of an overlegmoment: tick rules to get suggested dossiers (counts per
rule, the reason, shareable ones apart: agenda_suggestions.py), pick dossiers by hand, add
free items or the standard items of the meeting type, reorder by drag and drop or with
Ctrl+Up / Ctrl+Down, remove several at once or empty the agenda. Every change is saved at
once and can be undone with Ctrl+Z (agenda_undo.py) while the editor is open."""

from __future__ import annotations

import uuid

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.app import Workspace
from kempen_desktop.domain.merge import EditConflictError
from kempen_desktop.domain.status import status_label
from kempen_desktop.services.dossiers.dossier_list import DossierFilter
from kempen_desktop.services.meetings.meetings import MeetingError
from kempen_desktop.ui.common.conflict_dialog import stale_message
from kempen_desktop.ui.common.widgets import ErrorLabel, RememberingDialog
from kempen_desktop.ui.meetings import agenda_undo as undo
from kempen_desktop.ui.meetings.agenda_suggestions import (
    ID_ROLE,
    RULE_ROLE,
    SuggestionPanel,
    rule_text,
)

SEARCH_LIMIT = 50
TITLE_ROLE = Qt.ItemDataRole.UserRole + 3  # the stored title of a free item


class AgendaList(QListWidget):
    """The agenda in order; drag and drop or Ctrl+Up/Down to move, Delete to remove."""

    def __init__(self, editor: AgendaEditor) -> None:
        super().__init__()
        self._editor = editor
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
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
        if event.matches(QKeySequence.StandardKey.Undo):
            self._editor.undo_stack.undo()
            return
        if event.matches(QKeySequence.StandardKey.Redo) or (ctrl and event.key() == Qt.Key.Key_Y):
            self._editor.undo_stack.redo()
            return
        if event.key() == Qt.Key.Key_Delete:
            self._editor.remove_selected()
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
        self._saved_order: list[uuid.UUID] = []
        self.error = ErrorLabel()
        view = self._meetings.get(meeting_id)
        self._type_code = view.type_code
        self.setWindowTitle(self.tr("Agenda — %1").replace("%1", view.title))
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(splitter, 1)

        # Left: where items come from.
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.undo_stack = QUndoStack(self)
        self.panel = SuggestionPanel(
            workspace, meeting_id, self._add_dossiers, self.error_message, self
        )
        self.suggestions = self.panel
        self.rule_boxes = self.panel.rule_boxes
        self.suggest_button = self.panel.suggest_button
        self.add_suggested = self.panel.add_button
        left_layout.addWidget(self.panel, 3)

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
        left_layout.addWidget(pick_box, 1)

        free_row = QHBoxLayout()
        self.free_title = QLineEdit()
        self.free_title.setMaxLength(200)  # AgendaItem.title; the service refuses longer
        self.free_title.setPlaceholderText(self.tr("Vrij agendapunt, bv. Varia"))
        self.free_title.returnPressed.connect(self.add_free)
        add_free = QPushButton(self.tr("Punt toevoegen"))
        add_free.clicked.connect(self.add_free)
        free_row.addWidget(self.free_title, 1)
        free_row.addWidget(add_free)
        left_layout.addLayout(free_row)
        template_row = QHBoxLayout()
        self.template_button = QPushButton(self.tr("Standaardpunten toevoegen"))
        self.template_button.setToolTip(
            self.tr("De vaste vrije punten van deze soort overleg bovenaan zetten")
        )
        self.template_button.clicked.connect(self.add_template_items)
        edit_template = QPushButton(self.tr("Standaardpunten bewerken…"))
        edit_template.clicked.connect(self.edit_template)
        template_row.addWidget(self.template_button)
        template_row.addWidget(edit_template)
        template_row.addStretch(1)
        left_layout.addLayout(template_row)
        splitter.addWidget(left)

        # Right: the agenda itself.
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(
            QLabel(
                self.tr(
                    "<b>Agenda</b> — slepen of Ctrl+↑/↓ om te ordenen, Delete om de "
                    "gekozen punten te schrappen, F2 om te hernoemen, Ctrl+Z om ongedaan te maken"
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
            (self.tr("Schrappen"), self.remove_selected),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)
        self.clear_button = QPushButton(self.tr("Agenda &leegmaken"))
        self.clear_button.clicked.connect(self.clear_agenda)
        buttons_row.addWidget(self.clear_button)
        undo_row = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("Ongedaan maken"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button = QPushButton(self.tr("Opnieuw"))
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._undo_text_changed)
        self.undo_stack.indexChanged.connect(self._undo_index_changed)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        undo_row.addWidget(self.undo_button)
        undo_row.addWidget(self.redo_button)
        undo_row.addStretch(1)
        right_layout.addLayout(buttons_row)
        right_layout.addLayout(undo_row)
        buttons_row = QHBoxLayout()
        right_layout.addLayout(buttons_row)
        splitter.addWidget(right)
        splitter.setSizes([640, 420])
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.search.setFocus)
        # Named actions ("Ongedaan maken: 3 agendapunt(en) schrappen") with Ctrl+Z / Ctrl+Y.
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Ongedaan maken"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Opnieuw"))
        self.redo_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")]
        )
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.resize(1120, 720)
        self.reload_agenda()

    # -- agenda ------------------------------------------------------------------------------

    def error_message(self, message: str | None) -> None:
        self.error.show_message(message)

    def _record(self, command: undo.AgendaCommand) -> None:
        self.undo_stack.push(command)  # the change is done: the first redo is skipped

    # The stack is destroyed with the dialog and still signals while it clears, after the
    # widgets these slots touch are gone: they check first.
    def _undo_text_changed(self, text: str) -> None:
        if shiboken6.isValid(self.undo_button):
            self.undo_button.setToolTip(self.tr("Ongedaan maken: %1").replace("%1", text))

    def _undo_index_changed(self, _index: int) -> None:
        if shiboken6.isValid(self.agenda):
            self.reload_agenda()

    def reload_agenda(self, select_id: uuid.UUID | None = None) -> None:
        view = self._meetings.get(self._meeting_id)
        refused = self._meetings.not_shareable(self._meeting_id)
        self.reloading = True
        self.agenda.clear()
        for number, item in enumerate(view.agenda, start=1):
            text = item.label
            if item.suggested_by:
                text += "   · " + rule_text(item.suggested_by)
            if item.dossier_id in refused:
                text = "⚠ " + text
            entry = QListWidgetItem(f"{number}. {text}")
            entry.setData(ID_ROLE, str(item.id))
            entry.setData(RULE_ROLE, "dossier" if item.dossier_id else "free")
            entry.setData(TITLE_ROLE, item.title)  # the stored title, without the display extras
            if item.dossier_id in refused:
                entry.setToolTip(refused[item.dossier_id])
            self.agenda.addItem(entry)
            if select_id == item.id:
                self.agenda.setCurrentItem(entry)
        self._saved_order = self.agenda.ids()
        self.reloading = False

    def save_order(self) -> None:
        before, after = self._saved_order, self.agenda.ids()
        current = self.agenda.currentItem()
        current_id = uuid.UUID(current.data(ID_ROLE)) if current else None
        try:
            self._meetings.reorder_items(self._meeting_id, after)
        except MeetingError as error:
            self.error.show_message(str(error))
        else:
            if before != after:
                self._record(
                    undo.Reordered(
                        self.tr("volgorde wijzigen"),
                        self.error_message,
                        self._meetings,
                        self._meeting_id,
                        before,
                        after,
                    )
                )
        self.reload_agenda(current_id)

    def selected_ids(self) -> list[uuid.UUID]:
        return [uuid.UUID(item.data(ID_ROLE)) for item in self.agenda.selectedItems()]

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if not ids and self.agenda.currentItem() is not None:
            ids = [uuid.UUID(self.agenda.currentItem().data(ID_ROLE))]
        if not ids:
            return
        row = self.agenda.currentRow()
        self._remove(ids, self.tr("%1 agendapunt(en) schrappen").replace("%1", str(len(ids))))
        self.agenda.setCurrentRow(min(row, self.agenda.count() - 1))

    def clear_agenda(self) -> None:
        if self.agenda.count():
            self._remove(None, self.tr("agenda leegmaken"))

    def _remove(self, ids: list[uuid.UUID] | None, name: str) -> None:
        try:
            if ids is None:
                removed = self._meetings.clear_agenda(self._meeting_id)
            else:
                removed = self._meetings.remove_items(self._meeting_id, ids)
        except MeetingError as error:
            self.error.show_message(str(error))
            return
        self._record(
            undo.Removed(name, self.error_message, self._meetings, self._meeting_id, removed)
        )
        self.error.show_message(None)
        self.reload_agenda()

    def rename_current(self) -> None:
        item = self.agenda.currentItem()
        if item is None or item.data(RULE_ROLE) != "free":
            return
        current = str(item.data(TITLE_ROLE) or "")
        title, ok = QInputDialog.getText(
            self, self.tr("Agendapunt hernoemen"), self.tr("Titel"), text=current
        )
        if ok and title.strip() != current.strip():
            item_id = uuid.UUID(item.data(ID_ROLE))
            try:  # renamed by someone else since it was shown: refused (issue 19)
                self._meetings.rename_item(item_id, title, base=current)
            except MeetingError as error:
                self.error.show_message(str(error))
                return
            except EditConflictError:
                self.error.show_message(stale_message())
                self.reload_agenda(item_id)
                return
            self._record(
                undo.Renamed(
                    self.tr("hernoemen"),
                    self.error_message,
                    self._meetings,
                    item_id,
                    current,
                    title,
                )
            )
            self.reload_agenda(item_id)

    def _added(self, name: str, ids: list[uuid.UUID]) -> None:
        if ids:
            self._record(
                undo.Added(name, self.error_message, self._meetings, self._meeting_id, ids)
            )
        self.error.show_message(None)
        self.reload_agenda(ids[-1] if ids else None)

    def add_free(self) -> None:
        try:
            item_id = self._meetings.add_free_item(self._meeting_id, self.free_title.text())
        except MeetingError as error:
            self.error.show_message(str(error))
            return
        self.free_title.clear()
        self._added(self.tr("vrij punt toevoegen"), [item_id])

    def _add_dossiers(self, dossiers: list[tuple[uuid.UUID, str]]) -> int:
        try:
            added = self._meetings.add_dossiers(self._meeting_id, dossiers)
        except MeetingError as error:
            self.error.show_message(str(error))
            return 0
        self._added(self.tr("%1 dossier(s) toevoegen").replace("%1", str(len(added))), added)
        return len(added)

    # -- the meeting type's standard items ---------------------------------------------------

    def add_template_items(self) -> None:
        try:
            added = self._meetings.apply_template(self._meeting_id)
        except MeetingError as error:
            self.error.show_message(str(error))
            return
        if not added:
            self.error.show_message(
                self.tr("Geen standaardpunten (meer) toe te voegen voor deze soort overleg.")
            )
            return
        self._added(self.tr("standaardpunten toevoegen"), added)

    def edit_template(self) -> None:
        current = "\n".join(self._meetings.template_items(self._type_code))
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Standaardpunten"),
            self.tr("Vaste vrije agendapunten van deze soort overleg, één per regel:"),
            current,
        )
        if ok:
            try:
                self._meetings.set_template_items(self._type_code, text.splitlines())
            except MeetingError as error:
                self.error.show_message(str(error))

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
