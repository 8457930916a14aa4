"""What a check-in left waiting, side by side: the server's side and the laptop's (issue 20).

A field both changed: the server's value, the laptop's, or (for text) a merged value. A
person made offline with an INSZ the server holds for someone else: the same person
(linked to the server's), or the INSZ corrected here. A
record deleted on one side and edited on the other: "verwijderd op de server" against
"gewijzigd op de laptop" (keep it deleted, or restore it with the laptop's values), or
the reverse (delete it, or keep the server's edit). Every row starts at *Later
beslissen*: nothing is chosen for the user, and until a choice both sides keep their
value. The labels (which record, which field) and the way values are shown come from the
caller, which knows the user's words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.app import working_copy as copies
from kempen_desktop.ui.common.conflict_dialog import plain_value
from kempen_desktop.ui.common.widgets import RememberingDialog

LATER, SERVER, LAPTOP, MERGED = 0, 1, 2, 3  # for a record: SERVER/LAPTOP = the side kept


def is_record(conflict: copies.Conflict) -> bool:
    return conflict.field == "*"


class _Row:
    def __init__(
        self, conflict: copies.Conflict, group: QButtonGroup, merged: QLineEdit | None
    ) -> None:
        self.conflict = conflict
        self.group = group
        self.merged = merged

    def decided(self) -> bool:
        return self.group.checkedId() != LATER

    def value(self) -> Any:
        """The decision's value: a field's chosen value, or DELETED / KEPT for a record."""
        choice, c = self.group.checkedId(), self.conflict
        if is_record(c):
            deleted_side = SERVER if c.server is None else LAPTOP
            return copies.DELETED if choice == deleted_side else copies.KEPT
        if copies.is_insz_clash(c):
            if choice == SERVER:
                return copies.SAME_PERSON
            return self.merged.text().strip() if self.merged is not None else ""
        if choice == LAPTOP:
            return c.laptop
        if choice == MERGED and self.merged is not None:
            return self.merged.text().strip()
        return c.server


class WorkingCopyConflictDialog(RememberingDialog):
    def __init__(
        self,
        conflicts: Sequence[copies.Conflict],
        label: Callable[[copies.Conflict], str],
        describe: Callable[[copies.Conflict, Any], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Werkkopie: conflicten beslissen"))
        show = describe or (lambda _conflict, value: plain_value(value))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Wat maar aan één kant gewijzigd was, is samengevoegd. Deze dingen werden op "
                "de server én op de laptop gewijzigd (of aan één kant verwijderd): kies per "
                "regel wat blijft. Wat u op Later beslissen laat, blijft aan beide kanten "
                "bewaard tot u het terugbrengt en beslist."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        body = QWidget()
        grid = QGridLayout(body)
        has_merged = any(
            isinstance(c.server, str) and isinstance(c.laptop, str) for c in conflicts
        )  # fmt: skip
        titles = [self.tr("Wat"), self.tr("Op de server"), self.tr("Op de laptop")]
        titles += [self.tr("Samengevoegd")] if has_merged else []
        for column, title in enumerate([*titles, self.tr("Later")]):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        later_column = len(titles)
        self.rows: list[_Row] = []
        for line, conflict in enumerate(conflicts, start=1):
            what = QLabel(label(conflict))
            what.setWordWrap(True)
            grid.addWidget(what, line, 0)
            group = QButtonGroup(self)
            later = QRadioButton(self.tr("Later beslissen"))
            group.addButton(later, LATER)
            merged = None
            if is_record(conflict):
                server, laptop = self._record_choices(conflict, show)
            elif copies.is_insz_clash(conflict):
                server, laptop = self._insz_choices(conflict, show)
                merged = QLineEdit()
                merged.setPlaceholderText(self.tr("het juiste INSZ"))
                merged.setAccessibleName(self.tr("Het juiste INSZ"))
                merged.textEdited.connect(lambda _text, b=laptop: b.setChecked(True))
                cell = QVBoxLayout()
                cell.addWidget(laptop)
                cell.addWidget(merged)
            else:
                server = QRadioButton(show(conflict, conflict.server))
                laptop = QRadioButton(show(conflict, conflict.laptop))
                if isinstance(conflict.server, str) and isinstance(conflict.laptop, str):
                    merged = self._merged_cell(grid, line, group, conflict.laptop)
            for button, side in ((server, SERVER), (laptop, LAPTOP)):
                group.addButton(button, side)
            grid.addWidget(server, line, 1)
            if copies.is_insz_clash(conflict):
                grid.addLayout(cell, line, 2)
            else:
                grid.addWidget(laptop, line, 2)
            grid.addWidget(later, line, later_column)
            later.setChecked(True)  # nothing is chosen for the user
            self.rows.append(_Row(conflict, group, merged))
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(self.rows) + 1, 1)  # rows at the top, not spread out
        grid.setVerticalSpacing(12)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Keuzes toepassen")
        )  # fmt: skip
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, min(640, 220 + 56 * len(self.rows)))

    def _record_choices(
        self, conflict: copies.Conflict, show: Callable[[copies.Conflict, Any], str]
    ) -> tuple[QRadioButton, QRadioButton]:
        """The two sides of a deleted-against-edited record, each with what choosing it does."""
        if conflict.server is None:
            server = QRadioButton(
                self.tr("Verwijderd op de server") + "\n" + self.tr("→ verwijderd laten")
            )
            laptop = QRadioButton(
                self.tr("Gewijzigd op de laptop")
                + "\n"
                + show(conflict, conflict.laptop)
                + "\n"
                + self.tr("→ herstellen met de waarden van de laptop")
            )
        else:  # edited on the server, or rows added under it there
            server = QRadioButton(
                self.tr("Gewijzigd of aangevuld op de server")
                + "\n"
                + show(conflict, conflict.server)
                + "\n"
                + self.tr("→ de wijziging van de server houden")
            )
            laptop = QRadioButton(
                self.tr("Verwijderd op de laptop")
                + "\n"
                + self.tr("→ ook op de server verwijderen")
            )
        return server, laptop

    def _insz_choices(
        self, conflict: copies.Conflict, show: Callable[[copies.Conflict, Any], str]
    ) -> tuple[QRadioButton, QRadioButton]:
        """Someone else holds this INSZ on the server: the same person, or a typing error."""
        if conflict.server is None:
            server = QRadioButton(
                self.tr("Op de server hoort dit INSZ bij iemand die u niet mag zien")
            )
            server.setEnabled(False)
        else:
            server = QRadioButton(
                self.tr("Op de server hoort dit INSZ bij")
                + "\n"
                + show(conflict, conflict.server)
                + "\n"
                + self.tr("→ dezelfde persoon: koppelen")
            )
        laptop = QRadioButton(
            self.tr("Op de laptop ingegeven voor")
            + "\n"
            + show(conflict, conflict.laptop)
            + "\n"
            + self.tr("→ INSZ verbeteren:")
        )
        return server, laptop

    def _merged_cell(
        self, grid: QGridLayout, line: int, group: QButtonGroup, start: str
    ) -> QLineEdit:
        choice = QRadioButton()
        choice.setAccessibleName(self.tr("Samengevoegd"))
        group.addButton(choice, MERGED)
        merged = QLineEdit(start)
        merged.textEdited.connect(lambda _text, b=choice: b.setChecked(True))
        cell = QGridLayout()
        cell.addWidget(choice, 0, 0)
        cell.addWidget(merged, 0, 1)
        grid.addLayout(cell, line, 3)
        return merged

    def choose(self, index: int, which: int, merged_text: str | None = None) -> None:
        """Pick LATER, SERVER, LAPTOP or MERGED for row `index` (what a click does)."""
        row = self.rows[index]
        if which == MERGED and row.merged is not None and merged_text is not None:
            row.merged.setText(merged_text)
        button = row.group.button(which)
        if button is not None:
            button.setChecked(True)

    def choices(self) -> dict[int, Any]:
        """{row: value} for every row decided now; rows left for later are not in it."""
        return {i: row.value() for i, row in enumerate(self.rows) if row.decided()}
