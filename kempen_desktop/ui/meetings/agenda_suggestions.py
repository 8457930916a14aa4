"""The suggestion step of the agenda editor: tick rules, see per rule how many dossiers it
puts forward and which, shareable ones apart from the others.

Only suggestions shareable with every invited partner, among the dossiers those partners
follow, are ticked beforehand (domain.meetings.preselected); the others are listed under
their own heading, unticked, with the reason. Adding more than
domain.meetings.AGENDA_CONFIRM_ABOVE dossiers at once asks first.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.app import Workspace
from kempen_desktop.domain import meetings as rules
from kempen_desktop.domain.status import status_label
from kempen_desktop.services.meetings.agenda import Suggestion, rule_counts
from kempen_desktop.services.meetings.meetings import MeetingError

ID_ROLE = Qt.ItemDataRole.UserRole + 1
RULE_ROLE = Qt.ItemDataRole.UserRole + 2

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


def rule_text(code: str) -> str:
    return QCoreApplication.translate("AgendaEditor", str(RULE_TEXT.get(code, code)))


class SuggestionPanel(QGroupBox):
    """Rules, counts and suggested dossiers; `add` receives the ticked (dossier, rule) pairs
    and returns how many were added."""

    def __init__(
        self,
        workspace: Workspace,
        meeting_id: uuid.UUID,
        add: Callable[[list[tuple[uuid.UUID, str]]], int],
        report: Callable[[str | None], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Voorstellen op basis van regels"))
        self._meetings = workspace.meetings
        self._meeting_id = meeting_id
        self._add = add
        self._report = report
        layout = QVBoxLayout(self)
        self.rule_boxes: dict[str, QCheckBox] = {}
        for code in rules.AGENDA_RULES:
            box = QCheckBox(rule_text(code))
            box.setChecked(code in DEFAULT_RULES)
            self.rule_boxes[code] = box
            layout.addWidget(box)
        self.followed_only = QCheckBox(
            self.tr("Alleen dossiers die de uitgenodigde partners opvolgen")
        )
        self.followed_only.setChecked(True)
        self.followed_only.setToolTip(
            self.tr(
                "Uit: ook andere dossiers; die worden getoond maar niet vooraf aangevinkt. "
                "Zonder uitgenodigde partner: alle dossiers."
            )
        )
        layout.addWidget(self.followed_only)
        self.suggest_button = QPushButton(self.tr("&Voorstellen zoeken"))
        self.suggest_button.clicked.connect(self.find_suggestions)
        layout.addWidget(self.suggest_button)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [self.tr("Dossier"), self.tr("Naam"), self.tr("Status"), self.tr("Waarom")]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tree.setColumnWidth(0, 110)
        self.tree.setMinimumHeight(240)
        self.tree.setColumnWidth(1, 140)
        self.tree.setColumnWidth(2, 96)
        self.tree.itemChanged.connect(lambda *_: self._update_summary())
        layout.addWidget(self.tree, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.add_button = QPushButton(self.tr("Aangevinkte &toevoegen"))
        self.add_button.clicked.connect(self.add_checked)
        layout.addWidget(self.add_button)
        self.shareable_group: QTreeWidgetItem | None = None
        self.refused_group: QTreeWidgetItem | None = None

    def checked_rules(self) -> list[str]:
        return [code for code, box in self.rule_boxes.items() if box.isChecked()]

    def find_suggestions(self) -> None:
        chosen = self.checked_rules()
        try:
            found = self._meetings.suggest(
                self._meeting_id, chosen, followed_only=self.followed_only.isChecked()
            )
        except MeetingError as error:
            self._report(str(error))
            return
        counts = rule_counts(found, chosen)
        for code, box in self.rule_boxes.items():
            box.setText(rule_text(code) + (f" ({counts[code]})" if code in counts else ""))
        self._fill(found)
        self._report(
            None if found else self.tr("Geen dossiers gevonden voor de aangevinkte regels.")
        )

    def _fill(self, found: list[Suggestion]) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        shareable = [s for s in found if s.shareable]
        refused = [s for s in found if not s.shareable]
        self.shareable_group = self._group(
            self.tr("Deelbaar met alle uitgenodigde partners (%1)").replace(
                "%1", str(len(shareable))
            ),
            shareable,
        )
        self.refused_group = self._group(
            self.tr("Niet deelbaar met elke uitgenodigde partner — niet aangevinkt (%1)").replace(
                "%1", str(len(refused))
            ),
            refused,
        )
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self._update_summary()

    def _group(self, title: str, found: list[Suggestion]) -> QTreeWidgetItem:
        group = QTreeWidgetItem([title])
        group.setFirstColumnSpanned(True)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree.addTopLevelItem(group)
        group.setFirstColumnSpanned(True)
        for suggestion in found:
            why = suggestion.reason_text
            if suggestion.share_reason:
                why += " — " + suggestion.share_reason
            if not suggestion.followed:
                why += " — " + self.tr("niet opgevolgd door een uitgenodigde partner")
            item = QTreeWidgetItem(
                [str(suggestion.num), suggestion.name, status_label(suggestion.status_code), why]
            )
            item.setData(0, ID_ROLE, str(suggestion.dossier_id))
            item.setData(0, RULE_ROLE, suggestion.rules[0])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                0, Qt.CheckState.Checked if suggestion.preselected else Qt.CheckState.Unchecked
            )
            item.setToolTip(3, why)
            group.addChild(item)
        return group

    def items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            if group is not None:
                found += [c for i in range(group.childCount()) if (c := group.child(i))]
        return found

    def checked(self) -> list[tuple[uuid.UUID, str]]:
        return [
            (uuid.UUID(item.data(0, ID_ROLE)), item.data(0, RULE_ROLE))
            for item in self.items()
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    def _update_summary(self) -> None:
        items = self.items()
        if not items:
            self.summary.clear()
            return
        self.summary.setText(
            self.tr("%1 voorgesteld, %2 aangevinkt.")
            .replace("%1", str(len(items)))
            .replace("%2", str(len(self.checked())))
        )

    def confirm_many(self, count: int) -> bool:
        """Ask before adding more than AGENDA_CONFIRM_ABOVE dossiers at once."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Veel dossiers"),
            self.tr(
                "U voegt %1 dossiers in één keer toe aan de agenda. Dat is meer dan in één "
                "overleg besproken kan worden. Toch toevoegen?"
            ).replace("%1", str(count)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.confirmation = box
        return box.exec() == QMessageBox.StandardButton.Yes

    def add_checked(self) -> None:
        chosen = self.checked()
        if not chosen:
            return
        if len(chosen) > rules.AGENDA_CONFIRM_ABOVE and not self.confirm_many(len(chosen)):
            return
        if self._add(chosen):
            self.tree.clear()
            self._update_summary()
