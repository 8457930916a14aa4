"""Export what a table view shows to an .xlsx workbook: "Lijst exporteren…".

`export_view(parent, view, title, file_stem)` asks where to save, then writes the rows in
the order the view shows them (the model's current sort and filter, a proxy included),
the visible columns in their on-screen order, with typed cells: a model may return a
typed value (date, datetime, int, float, str) for `EXPORT_ROLE`; otherwise the displayed
text is used, and a column whose every value reads as a date (dd-mm-jjjj) becomes a
date column, a right-aligned column of whole numbers a number column. Everything else
stays text, so INSZ and klantnummer keep their leading zeros. The workbook itself is
written by documents/xlsx.py (styled frozen header, autofilter, formula-safe).

Pass `workspace=` to have the export recorded in the audit trail (entity = what was
exported, detail = the number of rows; never names) as one disclosure: the entry commits
before the file appears under its name (services/common/disclosure.py).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDir, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableView, QWidget

from kempen_desktop.ui.common import settings

if TYPE_CHECKING:
    from kempen_desktop.app import Workspace

log = logging.getLogger(__name__)

# Models may answer this role with a typed value for the export (a date, a number).
EXPORT_ROLE = Qt.ItemDataRole.UserRole + 40
LAST_DIR = settings.Setting("export/last_dir", str, "")

_DATE = re.compile(r"^(\d{2})-(\d{2})-(\d{4})$")
_DATETIME = re.compile(r"^(\d{2})-(\d{2})-(\d{4}) (\d{2}):(\d{2})$")
_INT = re.compile(r"^-?\d{1,15}$")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ListExport", text)


@dataclass(frozen=True)
class ViewData:
    headers: list[str]
    kinds: list[str]
    rows: list[list[Any]]
    widths: list[float]


def visible_columns(view: QTableView) -> list[int]:
    """Logical column numbers of the shown columns, in on-screen order."""
    header = view.horizontalHeader()
    model = view.model()
    columns = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
    return sorted(columns, key=header.visualIndex)


def _parse_date(text: str) -> date | None:
    match = _DATE.match(text)
    if not match:
        return None
    try:
        return date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        return None


def _parse_datetime(text: str) -> datetime | None:
    match = _DATETIME.match(text)
    if not match:
        return None
    try:
        return datetime(int(match[3]), int(match[2]), int(match[1]), int(match[4]), int(match[5]))
    except ValueError:
        return None


def _kind_of_values(values: Sequence[Any]) -> str:
    kinds = set()
    for value in values:
        if value is None or value == "":
            continue
        if isinstance(value, bool):
            kinds.add("text")
        elif isinstance(value, datetime):
            kinds.add("datetime")
        elif isinstance(value, date):
            kinds.add("date")
        elif isinstance(value, int):
            kinds.add("int")
        elif isinstance(value, float):
            kinds.add("number")
        else:
            kinds.add("text")
    if kinds == {"int", "number"}:
        return "number"
    return kinds.pop() if len(kinds) == 1 else "text"


def _right_aligned(model: Any, column: int) -> bool:
    if model.rowCount() == 0:
        return False
    alignment = model.data(model.index(0, column), Qt.ItemDataRole.TextAlignmentRole)
    if alignment is None:
        return False
    try:
        return bool(int(alignment) & int(Qt.AlignmentFlag.AlignRight))
    except TypeError:
        return bool(alignment & Qt.AlignmentFlag.AlignRight)


def _typed_column(texts: list[str], right_aligned: bool) -> tuple[str, list[Any]]:
    """Choose a kind for a column of displayed texts and convert the values to it."""
    filled = [t for t in texts if t]
    if not filled:
        return "text", texts
    dates = [_parse_date(t) for t in filled]
    if all(d is not None for d in dates):
        return "date", [_parse_date(t) if t else None for t in texts]
    stamps = [_parse_datetime(t) for t in filled]
    if all(s is not None for s in stamps):
        return "datetime", [_parse_datetime(t) if t else None for t in texts]
    if right_aligned and all(
        _INT.match(t) and not (len(t) > 1 and t.startswith("0")) for t in filled
    ):
        return "int", [int(t) if t else None for t in texts]
    return "text", texts


def collect_view(view: QTableView) -> ViewData:
    """What the view shows: headers, column kinds and typed rows, in view order."""
    model = view.model()
    columns = visible_columns(view)
    rows = [r for r in range(model.rowCount()) if not view.isRowHidden(r)]
    headers = [
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        for c in columns
    ]
    by_column: list[list[Any]] = []
    kinds: list[str] = []
    for column in columns:
        typed = [model.data(model.index(r, column), EXPORT_ROLE) for r in rows]
        if any(value is not None for value in typed):
            kinds.append(_kind_of_values(typed))
            by_column.append(typed)
            continue
        texts = []
        for r in rows:
            value = model.data(model.index(r, column), Qt.ItemDataRole.DisplayRole)
            texts.append("" if value is None else str(value))
        kind, values = _typed_column(texts, _right_aligned(model, column))
        kinds.append(kind)
        by_column.append(values)
    widths = []
    for header, kind, values in zip(headers, kinds, by_column, strict=True):
        if kind == "date":
            longest = 10
        elif kind == "datetime":
            longest = 16
        else:
            longest = max((len(str(v)) for v in values[:500] if v is not None), default=0)
        widths.append(float(max(8, min(50, max(longest, len(header)) + 2))))
    table = [list(row) for row in zip(*by_column, strict=True)] if by_column else [[] for _ in rows]
    return ViewData(headers, kinds, table, widths)


def write_view(
    view: QTableView,
    path: Path,
    title: str,
    subtitle: str = "",
    *,
    workspace: Workspace | None = None,
    entity: str = "",
) -> int:
    """Write what the view shows to `path`; returns the number of rows. With `workspace`
    the export is an audited disclosure (export.xlsx of `entity`)."""
    from kempen_desktop.documents.xlsx import XlsxColumn, XlsxSheet, write_workbook

    data = collect_view(view)
    columns = [
        XlsxColumn(h, k, w)  # type: ignore[arg-type]
        for h, k, w in zip(data.headers, data.kinds, data.widths, strict=True)
    ]
    sheets = [XlsxSheet(title, columns, data.rows, title, subtitle)]
    if workspace is None:
        return write_workbook(Path(path), sheets)
    return workspace.trust.export_workbook(
        Path(path), sheets, entity=entity or title, detail="{rows} rijen"
    )


def suggested_name(file_stem: str, day: date | None = None) -> str:
    safe = (
        "".join(ch if ch.isalnum() or ch in "-_ " else "_" for ch in file_stem).strip() or "lijst"
    )
    return f"{safe} {(day or date.today()).isoformat()}.xlsx"


def ask_save_path(
    parent: QWidget | None, caption: str, file_name: str, file_filter: str | None = None
) -> Path | None:
    """The system save dialog, starting in the folder used last; None when cancelled."""
    store = settings.open_settings()
    folder = LAST_DIR.get(store) or QDir.homePath()
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        caption,
        str(Path(folder) / file_name),
        file_filter or _tr(QT_TRANSLATE_NOOP("ListExport", "Excel-werkmap (*.xlsx)")),
    )
    if not chosen:
        return None
    path = Path(chosen)
    suffix = Path(file_name).suffix
    if suffix and path.suffix.lower() != suffix.lower():
        path = path.with_name(path.name + suffix)
    LAST_DIR.set(store, str(path.parent))
    return path


def show_write_error(parent: QWidget | None, path: Path, error: Exception) -> None:
    log.warning("export failed: %s", type(error).__name__)
    if isinstance(error, PermissionError):
        reason = _tr(
            QT_TRANSLATE_NOOP(
                "ListExport",
                "Het bestand is in gebruik of de map is niet "
                "schrijfbaar. Sluit het in Excel of LibreOffice en probeer opnieuw.",
            )
        )
    else:
        reason = str(error)
    QMessageBox.warning(
        parent,
        _tr(QT_TRANSLATE_NOOP("ListExport", "Exporteren mislukt")),
        _tr(QT_TRANSLATE_NOOP("ListExport", "%1 kon niet geschreven worden.\n\n%2"))
        .replace("%1", path.name)
        .replace("%2", reason),
    )


def export_view(
    parent: QWidget | None,
    view: QTableView,
    title: str,
    file_stem: str,
    *,
    workspace: Workspace | None = None,
    entity: str = "",
) -> Path | None:
    """Ask for a file and export what `view` shows; returns the path, or None if cancelled."""
    path = ask_save_path(
        parent, _tr(QT_TRANSLATE_NOOP("ListExport", "Lijst exporteren")), suggested_name(file_stem)
    )
    if path is None:
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        rows = write_view(view, path, title, workspace=workspace, entity=entity or file_stem)
    except (OSError, ValueError, TypeError) as error:
        QGuiApplication.restoreOverrideCursor()
        show_write_error(parent, path, error)
        return None
    QGuiApplication.restoreOverrideCursor()
    log.info("list exported: %d rows", rows)
    return path


__all__ = [
    "EXPORT_ROLE",
    "ViewData",
    "ask_save_path",
    "collect_view",
    "export_view",
    "suggested_name",
    "visible_columns",
    "write_view",
]
