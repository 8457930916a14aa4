"""The preview page of the import wizard: what applying would do, tab by tab.

Tabs: Nieuw, Gewijzigd, Te beslissen, Verschilt (niet overgenomen), Ongewijzigd, Geweigerd.
The review tab is compact (issue 15): one line per decision with the differences between
the file and the dossier highlighted, the full values in the tooltip, and bulk decisions
"alle: nieuw dossier" / "alle: zelfde persoon". A rejected row keeps its name, its row
number in the file and the cell in question.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop.services.importing import FIELD_LABELS, FieldChange, ImportPlan, PlannedRow
from kempen_desktop.services.importing.status_values import StatusValue
from kempen_desktop.ui.common import colours
from kempen_desktop.ui.common.record_table_model import Column, RecordTableModel
from kempen_desktop.ui.common.tables import configure_table
from kempen_desktop.ui.common.widgets import combo_value

#: the preview tabs, in order
TABS = ("new", "update", "review", "differs", "unchanged", "rejected")


def _value(row: PlannedRow, key: str) -> str:
    return row.values.get(key, "")


def _name(row: PlannedRow) -> str:
    return f"{_value(row, 'last_name')}, {_value(row, 'first_name')}".strip(", ")


def _pairs(changes: list[FieldChange]) -> str:
    return "; ".join(f"{c.label}: {c.old or '(leeg)'} → {c.new}" for c in changes)


def _cell(row: PlannedRow) -> str:
    """The cell that rejected the row: 'INSZ: 5073003' (or '' when not one cell)."""
    if not row.cell_field:
        return ""
    return f"{FIELD_LABELS.get(row.cell_field, row.cell_field)}: {_value(row, row.cell_field)}"


ROW = Column[PlannedRow](
    QT_TRANSLATE_NOOP("ImportWizard", "Rij"), lambda r: str(r.row), lambda r: r.row, True
)
NAME = Column[PlannedRow](QT_TRANSLATE_NOOP("ImportWizard", "Naam"), _name)
DOSSIER = Column[PlannedRow](
    QT_TRANSLATE_NOOP("ImportWizard", "Dossier"),
    lambda r: str(r.dossier_num or ""),
    lambda r: r.dossier_num or 0,
    True,
)
NEW_COLUMNS = [
    ROW,
    NAME,
    Column[PlannedRow](QT_TRANSLATE_NOOP("ImportWizard", "INSZ"), lambda r: _value(r, "insz")),
    Column[PlannedRow](
        QT_TRANSLATE_NOOP("ImportWizard", "Geboortedatum"), lambda r: _value(r, "birth_date")
    ),
    Column[PlannedRow](
        QT_TRANSLATE_NOOP("ImportWizard", "Gemeente"), lambda r: _value(r, "municipality")
    ),
]
CHANGED_COLUMNS = [
    ROW,
    DOSSIER,
    NAME,
    Column[PlannedRow](
        QT_TRANSLATE_NOOP("ImportWizard", "Wijzigingen"), lambda r: _pairs(r.changes)
    ),
    Column[PlannedRow](
        QT_TRANSLATE_NOOP("ImportWizard", "Verschilt, niet overgenomen"),
        lambda r: _pairs(r.differences),
    ),
]
DIFFERS_COLUMNS = [
    ROW,
    DOSSIER,
    NAME,
    Column[PlannedRow](
        QT_TRANSLATE_NOOP("ImportWizard", "In het dossier → in het bestand (niet overgenomen)"),
        lambda r: _pairs(r.differences),
    ),
]
UNCHANGED_COLUMNS = CHANGED_COLUMNS[:3]
REJECTED_COLUMNS = [
    ROW,
    NAME,
    Column[PlannedRow](QT_TRANSLATE_NOOP("ImportWizard", "Cel"), _cell),
    Column[PlannedRow](QT_TRANSLATE_NOOP("ImportWizard", "Reden"), lambda r: r.reason),
]


class PreviewPage(QWidget):
    """The preview tabs; `decisions()` gives the review decisions chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        # The file's status column, value by value: what each value does (issue 15).
        self.status_summary = QLabel()
        self.status_summary.setWordWrap(True)
        self.status_summary.setVisible(False)
        layout.addWidget(self.status_summary)
        self.tabs = QTabWidget()
        models = {}
        for kind, columns in (
            ("new", NEW_COLUMNS),
            ("update", CHANGED_COLUMNS),
            ("differs", DIFFERS_COLUMNS),
            ("unchanged", UNCHANGED_COLUMNS),
            ("rejected", REJECTED_COLUMNS),
        ):
            models[kind] = RecordTableModel[PlannedRow](columns, "ImportWizard", self)
        self.models = models
        self.review_table = QTableWidget(0, 5)
        self.review_table.setHorizontalHeaderLabels(
            [
                self.tr("Rij"),
                self.tr("Naam in het bestand"),
                self.tr("Dossier"),
                self.tr("Wat verschilt (bestand ≠ dossier)"),
                self.tr("Beslissing"),
            ]
        )
        self.review_table.verticalHeader().hide()
        self.review_table.setWordWrap(False)
        header = self.review_table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.review_combos: dict[int, QComboBox] = {}
        review_page = QWidget()
        review_layout = QVBoxLayout(review_page)
        review_layout.setContentsMargins(0, 0, 0, 0)
        bulk = QHBoxLayout()
        bulk.addWidget(QLabel(self.tr("Voor alle rijen:")))
        self.all_new_button = QPushButton(self.tr("alle: nieuw dossier"))
        self.all_merge_button = QPushButton(self.tr("alle: zelfde persoon"))
        self.all_skip_button = QPushButton(self.tr("alle: overslaan"))
        self.all_new_button.clicked.connect(lambda: self.decide_all("new"))
        self.all_merge_button.clicked.connect(lambda: self.decide_all("merge"))
        self.all_skip_button.clicked.connect(lambda: self.decide_all("skip"))
        for button in (self.all_new_button, self.all_merge_button, self.all_skip_button):
            bulk.addWidget(button)
        bulk.addStretch()
        review_layout.addLayout(bulk)
        review_layout.addWidget(self.review_table, 1)
        self.review_note = QLabel(
            self.tr(
                "Een import koppelt nooit een INSZ aan een bestaand dossier op naam en "
                "geboortedatum alleen: zulke rijen staan hier. 'Zelfde persoon' wordt onthouden "
                "voor de volgende import van deze bron."
            )
        )
        self.review_note.setWordWrap(True)
        review_layout.addWidget(self.review_note)
        self.rejected_page = QWidget()
        rejected_layout = QVBoxLayout(self.rejected_page)
        rejected_layout.setContentsMargins(0, 0, 0, 0)
        rejected_layout.addWidget(
            configure_table(QTableView(), models["rejected"], (50, 180, 180, 420))
        )
        self.save_rejects_button = QPushButton(self.tr("Geweigerde rijen bewaren als .xlsx…"))
        rejected_layout.addWidget(self.save_rejects_button, 0, Qt.AlignmentFlag.AlignRight)
        for kind in TABS:
            if kind == "review":
                widget: QWidget = review_page
            elif kind == "rejected":
                widget = self.rejected_page
            else:
                widths = (50, 220, 130, 110) if kind == "new" else (50, 70, 200, 330)
                widget = configure_table(QTableView(), models[kind], widths)
            self.tabs.addTab(widget, "")
        layout.addWidget(self.tabs, 1)

    def show_plan(self, plan: ImportPlan) -> None:
        by_kind: dict[str, list[PlannedRow]] = {kind: [] for kind in TABS}
        for row in plan.rows:
            by_kind.setdefault(row.kind, []).append(row)
        for kind, model in self.models.items():
            model.set_records(by_kind[kind])
        self._fill_review(by_kind["review"])
        labels = {
            "new": self.tr("Nieuw (%1)"),
            "update": self.tr("Gewijzigd (%1)"),
            "review": self.tr("Te beslissen (%1)"),
            "differs": self.tr("Verschilt, niet overgenomen (%1)"),
            "unchanged": self.tr("Ongewijzigd (%1)"),
            "rejected": self.tr("Geweigerd (%1)"),
        }
        for index, kind in enumerate(TABS):
            self.tabs.setTabText(index, labels[kind].replace("%1", str(len(by_kind[kind]))))
        counts = plan.counts()
        text = (
            self.tr(
                "%1 rijen gelezen uit %2: %3 nieuwe dossiers, %4 gewijzigd, %5 ongewijzigd, "
                "%8 verschilt (niet overgenomen), %6 te beslissen, %7 geweigerd. "
                "Er is nog niets bewaard."
            )
            .replace("%1", str(counts["rows"]))
            .replace("%2", plan.path.name)
            .replace("%3", str(counts["created"]))
            .replace("%4", str(counts["updated"]))
            .replace("%5", str(counts["unchanged"]))
            .replace("%6", str(counts["review"]))
            .replace("%7", str(counts["rejected"]))
            .replace("%8", str(counts["differs"]))
        )
        if plan.mode == "fill" and counts["differs"]:
            text += " " + self.tr(
                "Aanvullen: waar het dossier al iets anders invult, blijft het dossier staan "
                "(zie het tabblad Verschilt)."
            )
        self.summary.setText(text)
        self.save_rejects_button.setEnabled(bool(by_kind["rejected"]))
        if by_kind["review"]:
            self.tabs.setCurrentIndex(TABS.index("review"))

    def show_status_values(self, values: list[StatusValue], labels: dict[str, str]) -> None:
        """One line on the file's status column: each value and what it does."""
        self.status_summary.setVisible(bool(values))
        if not values:
            self.status_summary.clear()
            return
        parts = []
        for value in values:
            if value.how == "not_taken":
                what = self.tr("niet overgenomen")
            elif value.code is None:
                what = self.tr("niet gekoppeld: de status blijft zoals hij is")
            elif value.code != value.starts_as:
                what = self.tr(
                    "%1: een nieuw dossier start als %2, want afsluiten vraagt een reden"
                ).replace("%1", labels.get(value.code, value.code))
                what = what.replace("%2", labels.get(value.starts_as, value.starts_as))
            else:
                what = labels.get(value.code, value.code)
            line = (
                self.tr("‘%1’ → %2 (1 rij)") if value.rows == 1 else self.tr("‘%1’ → %2 (%3 rijen)")
            )
            if value.existing_other:
                what += self.tr(
                    "; %1 bestaande dossier(s) met een andere status: niet gewijzigd"
                ).replace("%1", str(value.existing_other))
            parts.append(
                line.replace("%1", value.text).replace("%2", what).replace("%3", str(value.rows))
            )
        self.status_summary.setText(
            self.tr(
                "Status uit het bestand: %1. Nieuwe dossiers starten in de gekoppelde status; "
                "bestaande dossiers houden hun status; een waarde die niet overgenomen wordt, "
                "verandert niets (de tekst komt in de tijdlijn)."
            ).replace("%1", "; ".join(parts))
        )

    def _fill_review(self, rows: list[PlannedRow]) -> None:
        table = self.review_table
        table.setRowCount(len(rows))
        self.review_combos.clear()
        for position, row in enumerate(rows):
            differing = [c for c in row.differences] + [c for c in row.changes if c.old]
            what = "; ".join(f"{c.label}: {c.new} ≠ {c.old}" for c in differing) or row.reason
            file_side = "\n".join(
                f"{FIELD_LABELS.get(k, k)}: {v}" for k, v in row.values.items() if v
            )
            existing = "\n".join(f"{k}: {v}" for k, v in row.candidate_summary.items() if v)
            tooltip = f"{row.reason}\n\n{file_side}\n\n{existing}"
            texts = (str(row.row), _name(row), str(row.dossier_num or ""), what)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(tooltip)
                if column == 3 and differing:
                    item.setBackground(QBrush(colours.colour(colours.HIGHLIGHT_BACKGROUND)))
                table.setItem(position, column, item)
            combo = QComboBox()
            combo.addItem(self.tr("Overslaan"), "skip")
            combo.addItem(self.tr("Zelfde persoon: samenvoegen"), "merge")
            combo.addItem(self.tr("Andere persoon: nieuw dossier"), "new")
            self.review_combos[row.row] = combo
            table.setCellWidget(position, 4, combo)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for button in (self.all_new_button, self.all_merge_button, self.all_skip_button):
            button.setEnabled(bool(rows))

    def decide_all(self, decision: str) -> None:
        for combo in self.review_combos.values():
            combo.setCurrentIndex(combo.findData(decision))

    def decisions(self) -> dict[int, str]:
        return {row: combo_value(combo) for row, combo in self.review_combos.items()}
