"""The Dossiers tab's filter bar (issue 14, worklists).

* The tab opens on **Open dossiers** (status not afgesloten): closed dossiers are archive.
* **Filters wissen** clears every filter, the status one included: then all dossiers show.
* **Mijn opvolgingen**: open dossiers with a follow-up due by the end of this week, overdue
  ones included — one click.
* **Saved filters**: the current filters under a name, kept in the settings (so across
  restarts, per user and machine; never client data: search text is kept as typed).
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.services.common.lookups import DossierFormChoices
from kempen_desktop.services.dossiers.dossier_list import DossierFilter
from kempen_desktop.ui.common import settings
from kempen_desktop.ui.common.widgets import NO_CHOICE, combo_value

OPEN = "__open__"  # status combo item: every status but afgesloten


def end_of_week(today: date) -> date:
    """The Sunday of this week (ISO weeks start on Monday)."""
    return today + timedelta(days=6 - today.weekday())


class DossierFilterBar(QWidget):
    changed = Signal()

    def __init__(self, choices: DossierFormChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._applying = False
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.first_row = QHBoxLayout()
        self.second_row = QHBoxLayout()
        layout.addLayout(self.first_row)
        layout.addLayout(self.second_row)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Zoek op naam, INSZ, klantnummer, gemeente of notitie…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._emit)
        self.status_filter = self._combo(
            [(self.tr("Open dossiers"), OPEN), (self.tr("Alle statussen"), NO_CHOICE)]
            + [(c.label, c.value) for c in choices.statuses]
        )
        self.group_filter = self._combo(
            [(self.tr("Alle kansengroepen"), NO_CHOICE)]
            + [(c.label, c.value) for c in choices.target_groups]
        )
        self.place_filter = self._combo(
            [(self.tr("Alle gemeenten"), NO_CHOICE)]
            + [(c.label, c.value) for c in choices.municipalities]
        )
        self.overdue_filter = QCheckBox(self.tr("Opvolging verlopen"))
        self.overdue_filter.toggled.connect(self._emit)
        self.first_row.addWidget(self.search, 2)
        for combo in (self.status_filter, self.group_filter, self.place_filter):
            self.first_row.addWidget(combo, 1)
        self.first_row.addWidget(self.overdue_filter)
        self._build_second_row()

    def _combo(self, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        for label, value in items:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(self._emit)
        # Narrow enough for a 1000-pixel window; the popup still shows whole labels.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        return combo

    def _build_second_row(self) -> None:
        self.mine_button = QPushButton(self.tr("Mijn opvolgingen"))
        self.mine_button.setCheckable(True)
        self.mine_button.setToolTip(
            self.tr("Open dossiers met een opvolging tegen het einde van deze week of verlopen")
        )
        self.mine_button.toggled.connect(self._emit)
        self.clear_button = QPushButton(self.tr("Filters wissen"))
        self.clear_button.clicked.connect(self.clear)
        self.saved_combo = QComboBox()
        self.saved_combo.setToolTip(self.tr("Bewaarde filters"))
        self.saved_combo.setMinimumContentsLength(10)
        self.saved_combo.activated.connect(self._saved_chosen)
        self.save_button = QPushButton(self.tr("Bewaren…"))
        self.save_button.setToolTip(self.tr("De huidige filters bewaren onder een naam"))
        self.save_button.clicked.connect(self.ask_save)
        self.delete_saved_button = QPushButton(self.tr("Verwijderen"))
        self.delete_saved_button.setToolTip(self.tr("De gekozen bewaarde filter verwijderen"))
        self.delete_saved_button.clicked.connect(self.delete_chosen)
        for widget in (
            self.mine_button,
            self.clear_button,
            self.saved_combo,
            self.save_button,
            self.delete_saved_button,
        ):
            self.second_row.addWidget(widget)
        self.second_row.addStretch(1)
        self._fill_saved()

    # --- state -------------------------------------------------------------------------
    def _emit(self) -> None:
        if not self._applying:
            self.changed.emit()

    def current_filter(self, nums: frozenset[int] | None = None) -> DossierFilter:
        status = combo_value(self.status_filter)
        return DossierFilter(
            text=self.search.text(),
            status=None if status == OPEN else status,
            open_only=status == OPEN,
            target_group=combo_value(self.group_filter),
            municipality_nis=combo_value(self.place_filter),
            overdue_only=self.overdue_filter.isChecked(),
            follow_up_until=end_of_week(date.today()) if self.mine_button.isChecked() else None,
            nums=nums,
        )

    def state(self) -> dict[str, Any]:
        return {
            "text": self.search.text(),
            "status": self.status_filter.currentData(),
            "group": self.group_filter.currentData(),
            "place": self.place_filter.currentData(),
            "overdue": self.overdue_filter.isChecked(),
            "mine": self.mine_button.isChecked(),
        }

    def apply_state(self, state: dict[str, Any]) -> None:
        """Set every filter at once: one `changed`, one reload."""
        self._applying = True
        try:
            self.search.setText(str(state.get("text", "")))
            for combo, key in (
                (self.status_filter, "status"),
                (self.group_filter, "group"),
                (self.place_filter, "place"),
            ):
                index = combo.findData(state.get(key, NO_CHOICE))
                combo.setCurrentIndex(max(index, 0) if key != "status" else max(index, 1))
            self.overdue_filter.setChecked(bool(state.get("overdue")))
            self.mine_button.setChecked(bool(state.get("mine")))
        finally:
            self._applying = False
        self.changed.emit()

    def clear(self) -> None:
        """Filters wissen: every dossier, every status."""
        self.apply_state({"status": NO_CHOICE})
        self.saved_combo.setCurrentIndex(0)

    # --- saved filters ---------------------------------------------------------------------
    def saved(self) -> dict[str, dict[str, Any]]:
        try:
            found = json.loads(settings.DOSSIER_SAVED_FILTERS.get(settings.open_settings()))
        except ValueError:
            return {}
        return found if isinstance(found, dict) else {}

    def _store(self, saved: dict[str, dict[str, Any]]) -> None:
        settings.DOSSIER_SAVED_FILTERS.set(
            settings.open_settings(), json.dumps(saved, ensure_ascii=False, sort_keys=True)
        )
        self._fill_saved()

    def _fill_saved(self, current: str = "") -> None:
        self.saved_combo.blockSignals(True)
        self.saved_combo.clear()
        self.saved_combo.addItem(self.tr("Bewaarde filters…"), NO_CHOICE)
        for name in sorted(self.saved(), key=str.casefold):
            self.saved_combo.addItem(name, name)
        self.saved_combo.setCurrentIndex(max(self.saved_combo.findData(current), 0))
        self.saved_combo.blockSignals(False)
        self.delete_saved_button.setEnabled(bool(current))

    def save_current(self, name: str) -> None:
        name = name.strip()
        if name:
            self._store({**self.saved(), name: self.state()})
            self._fill_saved(name)

    def delete_saved(self, name: str) -> None:
        saved = self.saved()
        saved.pop(name, None)
        self._store(saved)

    def use_saved(self, name: str) -> None:
        state = self.saved().get(name)
        if state is not None:
            self.apply_state(state)
            self._fill_saved(name)

    def _saved_chosen(self, _index: int) -> None:
        name = combo_value(self.saved_combo)
        if name:
            self.use_saved(name)
        else:
            self.delete_saved_button.setEnabled(False)

    def ask_save(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Filter bewaren"), self.tr("Naam van deze filter:")
        )
        if ok:
            self.save_current(name)

    def delete_chosen(self) -> None:
        name = combo_value(self.saved_combo)
        if name:
            self.delete_saved(name)
