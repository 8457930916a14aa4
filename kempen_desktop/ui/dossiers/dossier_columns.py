"""The Dossiers list's columns: their headers and what each shows of a row.

Shared by the list's model (dossier_table_model.py) and the first look at start-up
(ui/first_look.py), which shows the top of the list before the data layer has loaded: the
two show a row the same way, and the window does not change under the user's eyes when the
list takes over. Imports Qt and the domain only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont

from kempen_desktop.domain.dossier_rows import DossierRow
from kempen_desktop.ui.common import colours

CONTEXT = "DossierTableModel"  # the translations' context, as before the columns moved here

# Header labels: marked for lupdate here, translated by `header` at use time.
HEADERS = (
    QT_TRANSLATE_NOOP("DossierTableModel", "Naam"),
    QT_TRANSLATE_NOOP("DossierTableModel", "Voornaam"),
    QT_TRANSLATE_NOOP("DossierTableModel", "Gemeente"),
    QT_TRANSLATE_NOOP("DossierTableModel", "Status"),
    QT_TRANSLATE_NOOP("DossierTableModel", "Kansengroepen"),
    QT_TRANSLATE_NOOP("DossierTableModel", "Begeleider"),
    QT_TRANSLATE_NOOP("DossierTableModel", "Volgende opvolging"),
)
COL_NAME, COL_FIRST, COL_PLACE, COL_STATUS, COL_GROUPS, COL_COUNSELLOR, COL_FOLLOW_UP = range(7)


def header(section: int) -> str:
    return QCoreApplication.translate(CONTEXT, HEADERS[section])


def short_label(label: str) -> str:
    """'Jongere (< 25 jaar)' -> 'Jongere': the table has no room for explanations."""
    return label.split(" (")[0]


def display(
    row: DossierRow, column: int, status_labels: dict[str, str], group_labels: dict[str, str]
) -> str:
    """The text a cell of the list shows."""
    if column == COL_NAME:
        return row.last_name
    if column == COL_FIRST:
        return row.first_name
    if column == COL_PLACE:
        return row.municipality
    if column == COL_STATUS:
        return status_labels.get(row.status_code, row.status_code)
    if column == COL_GROUPS:
        return ", ".join(short_label(group_labels.get(c, c)) for c in row.target_group_codes)
    if column == COL_COUNSELLOR:
        return row.counsellor
    if column == COL_FOLLOW_UP:
        return row.follow_up_on.strftime("%d-%m-%Y") if row.follow_up_on else ""
    return ""


def groups_tooltip(row: DossierRow, group_labels: dict[str, str]) -> str:
    """The groups column's tooltip: every group's whole label, one a line."""
    return "\n".join(group_labels.get(code, code) for code in row.target_group_codes)


def overdue_style(role: int, bold: QFont) -> Any:
    """How the follow-up cell of an overdue dossier looks, for `role` (None: as any cell)."""
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(colours.colour(colours.OVERDUE))  # light or dark variant
    if role == Qt.ItemDataRole.FontRole:
        return bold
    if role == Qt.ItemDataRole.ToolTipRole:
        return QCoreApplication.translate("DossierTableModel", "Opvolging verlopen")
    return None
