"""The action tree in and out of .xlsx, as a BBC or financial system exports it.

Import: the header row is found among the first rows by known column names (Code,
Niveau, Korte omschrijving, Lange omschrijving, Status, Startdatum, Einddatum,
Prioritair, WSE-code, Verantwoordelijke; case, accents and punctuation ignored), read with
the hardened import reader. Rows are matched on code: a new code is created, a known one
updated field by field (only the columns the file has), rows that cannot be used are
rejected with a Dutch reason. A row's parent is the action whose code is its own minus the
last part (5.2.4.11 → 5.2.4), when that exists. The export writes the same columns, so an
exported tree imports again unchanged.

Session functions: the caller owns the transaction; a dry run is a session never committed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import ActionStatus, PolicyAction
from kempen_desktop.documents.xlsx import XlsxColumn, XlsxSheet, write_workbook
from kempen_desktop.domain.actions import LEVELS, action_problem, level_from_code, parent_code
from kempen_desktop.domain.wse import WSE_CODES
from kempen_desktop.services.actions.actions import code_key
from kempen_desktop.services.common import audit
from kempen_desktop.services.importing.fields import header_key
from kempen_desktop.services.importing.parsing import cell_text, parse_date
from kempen_desktop.services.importing.reader import SpreadsheetError, read_sheet

HEADER_SCAN_ROWS = 20
MAX_ROWS = 5_000

COLUMN_SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": ("Code", "Actiecode", "Nummer", "Nr", "BBC-code", "Sleutel"),
    "level": ("Niveau", "Type", "Soort", "Level"),
    "short": ("Korte omschrijving", "Omschrijving", "Titel", "Naam", "Kort"),
    "long": ("Lange omschrijving", "Beschrijving", "Toelichting", "Lang"),
    "status": ("Status", "Stand"),
    "start": ("Startdatum", "Start", "Begindatum", "Van"),
    "end": ("Einddatum", "Einde", "Tot"),
    "priority": ("Prioritair", "Prioriteit", "Prioritaire actie"),
    "wse": ("WSE-code", "WSE", "WSE-prioriteit", "Rapporteringsprioriteit"),
    "responsible": ("Verantwoordelijke", "Trekker", "Verantwoordelijk"),
}
_KEYS = {header_key(text): name for name, texts in COLUMN_SYNONYMS.items() for text in texts}

EXPORT_COLUMNS = (
    XlsxColumn("Code", width=12),
    XlsxColumn("Niveau", width=20),
    XlsxColumn("Korte omschrijving", width=50),
    XlsxColumn("Lange omschrijving", width=60),
    XlsxColumn("Status", width=16),
    XlsxColumn("Startdatum", "date", 12),
    XlsxColumn("Einddatum", "date", 12),
    XlsxColumn("Prioritair", width=10),
    XlsxColumn("WSE-code", width=10),
    XlsxColumn("Verantwoordelijke", width=24),
)
_YES = {"ja", "j", "yes", "y", "x", "1", "waar", "true", "prioritair"}
_NO = {"nee", "n", "no", "0", "onwaar", "false", ""}


class ActionTreeError(ValueError):
    """The file as a whole cannot be used; the message is one Dutch sentence."""


@dataclass
class ActionImportResult:
    rows: int = 0
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)
    sheet: str = ""
    header_row: int = 0

    def as_dict(self) -> dict[str, object]:
        return {
            "rows": self.rows,
            "created": len(self.created),
            "updated": len(self.updated),
            "unchanged": self.unchanged,
            "rejected": len(self.rejected),
            "created_codes": self.created,
            "updated_codes": self.updated,
            "rejected_rows": [{"row": row, "reason": reason} for row, reason in self.rejected],
        }


def _find_header(rows: list[tuple[int, list[object]]]) -> tuple[int, dict[str, int]]:
    best: tuple[int, dict[str, int]] = (-1, {})
    for position, (_number, cells) in enumerate(rows[:HEADER_SCAN_ROWS]):
        columns: dict[str, int] = {}
        for index, cell in enumerate(cells):
            name = _KEYS.get(header_key(cell)) if isinstance(cell, str) else None
            if name and name not in columns:
                columns[name] = index
        if "code" in columns and "short" in columns and len(columns) > len(best[1]):
            best = (position, columns)
    return best


def import_tree(session: Session, path: Path, today: date | None = None) -> ActionImportResult:
    """Read the file and write its actions into `session`; ActionTreeError for a file that
    cannot be used. Not committing the session is a dry run."""
    try:
        sheet = read_sheet(Path(path), max_rows=MAX_ROWS)
    except SpreadsheetError as error:
        raise ActionTreeError(str(error)) from None
    position, columns = _find_header(sheet.rows)
    if position < 0:
        raise ActionTreeError(
            "Geen kopregel met de kolommen ‘Code’ en ‘Korte omschrijving’ gevonden in de eerste "
            f"{HEADER_SCAN_ROWS} rijen van blad ‘{sheet.name}’."
        )
    day = today or date.today()
    result = ActionImportResult(sheet=sheet.name, header_row=sheet.rows[position][0])
    statuses: dict[str, str] = {}
    for code, label in session.execute(select(ActionStatus.code, ActionStatus.label)):
        statuses[header_key(code)] = code
        statuses[header_key(label)] = code
    statuses.setdefault(header_key("Beëindigd"), "afgerond")
    by_code = {a.code: a for a in session.scalars(select(PolicyAction))}
    seen: set[str] = set()
    for number, cells in sheet.rows[position + 1 :]:

        def raw(key: str, cells: list[object] = cells) -> object:
            index = columns.get(key)
            return cells[index] if index is not None and index < len(cells) else None

        if not any(cell_text(raw(key)) for key in columns):
            continue
        result.rows += 1
        values, reason = _row(raw, columns, statuses, day)
        code = str(values.get("code", ""))
        if reason is None and code in seen:
            reason = f"Code {code} komt meer dan eens voor in het bestand."
        if reason is not None:
            result.rejected.append((number, reason))
            continue
        seen.add(code)
        action = by_code.get(code)
        if action is None:
            action = PolicyAction(code=code, short_description="", level="actie")
            action.level = level_from_code(code)
            action.status = "niet_gestart"
            session.add(action)
            by_code[code] = action
            result.created.append(code)
            changed = True
        else:
            changed = False
        for name, value in values.items():
            if getattr(action, name) != value:
                setattr(action, name, value)
                changed = True
        if action not in session.new:
            if changed:
                result.updated.append(code)
            else:
                result.unchanged += 1
    session.flush()
    for code, action in by_code.items():
        parent = by_code.get(parent_code(code))
        if parent is not None and action.parent_id is None and parent is not action:
            action.parent_id = parent.id
    if result.created or result.updated:
        audit.record(
            session,
            "import.actions",
            "policy_action",
            "",
            f"created={len(result.created)} updated={len(result.updated)}",
        )
    return result


def _row(
    get: Callable[[str], object], columns: dict[str, int], statuses: dict[str, str], today: date
) -> tuple[dict[str, object], str | None]:
    values: dict[str, object] = {}
    code = cell_text(get("code")).strip()
    short = " ".join(cell_text(get("short")).split())
    long = cell_text(get("long")).strip() if "long" in columns else ""
    problem = action_problem(code, short, long)
    if problem:
        return values, f"{code or '(geen code)'}: {problem}"
    values["code"] = code
    values["short_description"] = short
    if "long" in columns:
        values["long_description"] = long
    if "level" in columns:
        text = header_key(cell_text(get("level")))
        level = next((lv for lv in LEVELS if header_key(lv) == text), None)
        if level is None and text:
            return values, f"{code}: onbekend niveau ‘{cell_text(get('level'))[:40]}’."
        values["level"] = level or level_from_code(code)
    if "status" in columns:
        text = cell_text(get("status"))
        if text:
            status = statuses.get(header_key(text))
            if status is None:
                return values, f"{code}: onbekende status ‘{text[:40]}’."
            values["status"] = status
    for key, name in (("start", "starts_on"), ("end", "ends_on")):
        if key in columns:
            day, problem = parse_date(get(key), today)
            if problem:
                return values, f"{code}: {problem}"
            values[name] = day
    starts, ends = values.get("starts_on"), values.get("ends_on")
    if isinstance(starts, date) and isinstance(ends, date) and ends < starts:
        return values, f"{code}: de einddatum ligt voor de startdatum."
    if "priority" in columns:
        text = cell_text(get("priority")).strip().lower()
        if text not in _YES and text not in _NO:
            return values, f"{code}: ‘{text[:20]}’ bij Prioritair: gebruik ja of nee."
        values["priority"] = text in _YES
    if "wse" in columns:
        text = cell_text(get("wse")).strip().upper().replace(" ", "")
        if text and not text.startswith("WSE-"):
            text = "WSE-" + text
        if text and text not in WSE_CODES:
            return values, f"{code}: onbekende WSE-code ‘{cell_text(get('wse'))[:20]}’."
        values["wse_code"] = text or None
    if "responsible" in columns:
        text = cell_text(get("responsible")).strip()
        if len(text) > 200:
            return values, f"{code}: de verantwoordelijke is langer dan 200 tekens."
        values["responsible"] = text
    return values, None


def export_tree(session: Session, path: Path) -> int:
    """Write every action to .xlsx in code order; returns how many."""
    labels = dict(session.execute(select(ActionStatus.code, ActionStatus.label)).all())
    actions = sorted(session.scalars(select(PolicyAction)), key=lambda a: code_key(a.code))
    rows = [
        (
            a.code,
            a.level,
            a.short_description,
            a.long_description,
            labels.get(a.status, a.status),
            a.starts_on,
            a.ends_on,
            "ja" if a.priority else "nee",
            a.wse_code or "",
            a.responsible,
        )
        for a in actions
    ]
    write_workbook(
        Path(path),
        [XlsxSheet("Acties", EXPORT_COLUMNS, rows, title="Acties", subtitle=f"{len(rows)} acties")],
    )
    audit.record(session, "export.xlsx", "policy_action", "", f"actions={len(rows)}")
    return len(rows)
