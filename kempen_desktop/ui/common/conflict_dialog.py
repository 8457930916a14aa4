"""Someone else saved the same record meanwhile: choose per field (issue 19, team mode).

Shown when a save finds fields that both the user and someone else changed since the form
was opened (domain.merge). Each field offers their value (what is stored now), mine, and
for text a merged value the user types; their value is chosen until the user picks
another, so nothing of theirs is overwritten without a choice. Fields only one side
changed were merged already and are not asked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.domain.merge import FieldConflict

THEIRS, MINE, MERGED = 0, 1, 2


def stale_message() -> str:
    """For editors that do not merge: the record changed, open it again."""
    return QCoreApplication.translate(
        "ConflictDialog", "Iemand anders heeft dit intussen gewijzigd — opnieuw openen"
    )


def plain_value(value: Any) -> str:
    """A value as the dialog shows it when the editor gives no better description."""
    if value is None or value == "" or value == set():
        return QCoreApplication.translate("ConflictDialog", "(leeg)")
    if isinstance(value, (set, frozenset)):
        return ", ".join(sorted(str(v) for v in value))
    if hasattr(value, "strftime"):
        return str(value.strftime("%d-%m-%Y"))
    return str(value)


class _Row:
    def __init__(self, conflict: FieldConflict, group: QButtonGroup, merged: QLineEdit | None):
        self.conflict = conflict
        self.group = group
        self.merged = merged

    def value(self) -> Any:
        choice = self.group.checkedId()
        if choice == MINE:
            return self.conflict.mine
        if choice == MERGED and self.merged is not None:
            return self.merged.text().strip()
        return self.conflict.theirs


class ConflictDialog(QDialog):
    def __init__(
        self,
        conflicts: Sequence[FieldConflict],
        labels: dict[str, str],
        describe: Callable[[str, Any], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Intussen gewijzigd door iemand anders"))
        show = describe or (lambda _field, value: plain_value(value))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Iemand anders heeft dit intussen bewaard. Wat maar één van jullie wijzigde, "
                "is samengevoegd. Deze velden wijzigden jullie allebei: kies per veld wat "
                "bewaard wordt."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        for column, title in enumerate(
            (
                self.tr("Veld"),
                self.tr("Hun versie (nu bewaard)"),
                self.tr("Mijn versie"),
                self.tr("Samengevoegd"),
            )
        ):
            heading = QLabel(f"<b>{title}</b>")
            grid.addWidget(heading, 0, column)
        self.rows: dict[str, _Row] = {}
        for line, conflict in enumerate(conflicts, start=1):
            group = QButtonGroup(self)
            grid.addWidget(QLabel(labels.get(conflict.field, conflict.field)), line, 0)
            theirs = QRadioButton(show(conflict.field, conflict.theirs))
            mine = QRadioButton(show(conflict.field, conflict.mine))
            group.addButton(theirs, THEIRS)
            group.addButton(mine, MINE)
            grid.addWidget(theirs, line, 1)
            grid.addWidget(mine, line, 2)
            merged: QLineEdit | None = None
            if isinstance(conflict.mine, str) and isinstance(conflict.theirs, str):
                merged_choice = QRadioButton()
                merged_choice.setAccessibleName(self.tr("Samengevoegd"))
                group.addButton(merged_choice, MERGED)
                merged = QLineEdit(conflict.mine)
                merged.textEdited.connect(lambda _text, b=merged_choice: b.setChecked(True))
                cell = QGridLayout()
                cell.addWidget(merged_choice, 0, 0)
                cell.addWidget(merged, 0, 1)
                grid.addLayout(cell, line, 3)
            theirs.setChecked(True)  # nothing of theirs is replaced without a choice
            self.rows[conflict.field] = _Row(conflict, group, merged)
        layout.addLayout(grid)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Bewaren"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choose(self, field: str, which: int, merged_text: str | None = None) -> None:
        """Pick THEIRS, MINE or MERGED for a field (what a click does; tests use it too)."""
        row = self.rows[field]
        if which == MERGED and row.merged is not None and merged_text is not None:
            row.merged.setText(merged_text)
        button = row.group.button(which)
        if button is not None:
            button.setChecked(True)

    def choices(self) -> dict[str, Any]:
        """The value chosen for every conflicting field."""
        return {name: row.value() for name, row in self.rows.items()}
