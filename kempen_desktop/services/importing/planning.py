"""plan_import: read the file, check every row, match it, and say what applying would do.

Nothing is written. The plan keeps, per row, what apply_plan will write, together with
the ``updated_at`` stamps it saw, so that applying refuses when a dossier changed in
between.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

from kempen_desktop.domain.status import AANGEMELD, AFGESLOTEN
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.importing.changes import display, plan_update
from kempen_desktop.services.importing.decisions import identity_key, remembered_decisions
from kempen_desktop.services.importing.errors import ImportFailed
from kempen_desktop.services.importing.fields import FIELD_KEYS, FIELD_LABELS
from kempen_desktop.services.importing.layout import MAX_HEADER_ROW, Layout, detect_layout
from kempen_desktop.services.importing.matching import (
    NEW,
    REVIEW,
    Existing,
    Match,
    Matcher,
    PersonIndex,
    load_existing,
)
from kempen_desktop.services.importing.model import MODES, ImportPlan, PlannedRow, RowWork
from kempen_desktop.services.importing.parsing import name_key
from kempen_desktop.services.importing.perf import large_cache, no_gc, release_gradually
from kempen_desktop.services.importing.profiles import Profile
from kempen_desktop.services.importing.reader import (
    ImportCancelled,
    SheetData,
    list_sheets,
    read_sheet,
)
from kempen_desktop.services.importing.reference import Reference
from kempen_desktop.services.importing.rows import Memo, ParsedRow, parse_row

Progress = Callable[[str, int], None]
CHECK_EVERY = 500
MAX_COLUMNS = 16_384  # XFD, the last column Excel has


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        raise ImportFailed(f"Het bestand ‘{path.name}’ kon niet gelezen worden.") from None
    return digest.hexdigest()


def _choose_sheet(path: Path, profile: Profile, sheet: str | None) -> str | None:
    """The sheet asked for; else the profile's if the file has it; else the reader's default."""
    if sheet:
        return sheet
    if profile.sheet:
        names = [info.name for info in list_sheets(path)]
        if profile.sheet in names:
            return profile.sheet
        folded = {name.casefold(): name for name in names}
        return folded.get(profile.sheet.casefold())
    return None


def _layout(
    data: SheetData, profile: Profile, header_row: int | None, columns: dict[str, int] | None
) -> Layout:
    if header_row is not None and not 1 <= header_row <= MAX_HEADER_ROW:
        raise ImportFailed(f"Rij {header_row} kan de kopregel niet zijn.")
    chosen = replace(
        profile,
        columns=dict(profile.columns),
        header_row=header_row if header_row is not None else profile.header_row,
        target_groups=list(profile.target_groups),
    )
    layout = detect_layout(data, chosen)
    if columns is not None:
        unknown = [key for key in columns if key not in FIELD_KEYS]
        if unknown:
            raise ImportFailed(f"Onbekend veld '{unknown[0]}' in de kolomkeuze.")
        if any(not isinstance(i, int) or not 0 <= i < MAX_COLUMNS for i in columns.values()):
            raise ImportFailed("De kolomkeuze verwijst naar een kolom die niet bestaat.")
        layout.columns = dict(columns)
    cols = layout.columns
    if "insz" not in cols and not {"last_name", "first_name", "birth_date"} <= cols.keys():
        raise ImportFailed(
            "Kies minstens de kolom met het INSZ, of de kolommen naam, voornaam en geboortedatum: "
            "anders is niemand te herkennen."
        )
    return layout


def _check(should_cancel: Callable[[], bool] | None) -> None:
    if should_cancel is not None and should_cancel():
        raise ImportCancelled("De import werd geannuleerd.")


def _summary(existing: Existing, ref: Reference) -> dict[str, str]:
    person = existing.person
    status = ref.status_labels.get(existing.status_code, existing.status_code)
    summary = {"Dossier": f"{existing.num} ({status})"}
    for column, label in (
        ("insz", FIELD_LABELS["insz"]),
        ("vdab_number", FIELD_LABELS["vdab_client_number"]),
        ("last_name", FIELD_LABELS["last_name"]),
        ("first_name", FIELD_LABELS["first_name"]),
        ("birth_date", FIELD_LABELS["birth_date"]),
        ("sex", FIELD_LABELS["sex"]),
        ("street", FIELD_LABELS["street"]),
        ("postcode", FIELD_LABELS["postal_code"]),
        ("municipality_nis", FIELD_LABELS["municipality"]),
        ("phone", FIELD_LABELS["phone"]),
        ("email", FIELD_LABELS["email"]),
    ):
        summary[label] = display(column, person.get(column), ref)
    summary[FIELD_LABELS["target_groups"]] = ref.group_text(existing.groups)
    return summary


def plan_import(
    db: Database,
    path: Path,
    profile: Profile,
    *,
    mode: str = "fill",
    sheet: str | None = None,
    header_row: int | None = None,
    columns: dict[str, int] | None = None,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    isolated: bool = False,
    data: SheetData | None = None,
) -> ImportPlan:
    """Read, check and match the file; the preview of what apply_plan would write.

    ``isolated``: read a large workbook in a child process (for the GUI; see read_sheet).
    ``data``: the sheet as already read (the wizard reads it for the mapping page), used
    when it is the sheet this import would read.
    """
    if mode not in MODES:
        raise ImportFailed(
            f"Onbekende modus '{mode}': kies 'fill' (aanvullen) of 'overwrite' (overschrijven)."
        )
    with no_gc():
        return _plan(
            db,
            path,
            profile,
            mode,
            sheet,
            header_row,
            columns,
            progress or (lambda _stage, _pct: None),
            should_cancel,
            isolated,
            data,
        )


def _plan(
    db: Database,
    path: Path,
    profile: Profile,
    mode: str,
    sheet: str | None,
    header_row: int | None,
    columns: dict[str, int] | None,
    report: Progress,
    should_cancel: Callable[[], bool] | None,
    isolated: bool,
    data: SheetData | None,
) -> ImportPlan:
    report("Bestand lezen", 0)
    # The reader first: it refuses what is not a spreadsheet (or is too large) before we hash it.
    chosen = _choose_sheet(path, profile, sheet)
    if data is None or (chosen is not None and chosen != data.name):
        data = read_sheet(path, chosen, should_cancel=should_cancel, isolated=isolated)
    digest = file_sha256(path)
    _check(should_cancel)
    layout = _layout(data, profile, header_row, columns)
    report("Rijen controleren", 30)
    today = date.today()
    with db.engine.connect() as connection, large_cache(connection):
        ref = Reference.load(connection, today)
        parsed: list[ParsedRow] = []
        memo: Memo = {}  # each distinct cell of the repeating columns parsed once
        for position, (number, cells) in enumerate(data.rows):
            if number <= layout.header_row:
                continue
            if position % CHECK_EVERY == 0:
                _check(should_cancel)
            if all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in cells):
                continue  # rule 1
            parsed.append(
                parse_row(
                    number,
                    cells,
                    layout.columns,
                    ref,
                    profile.target_groups,
                    profile.vdab_number_width,
                    memo=memo,
                )
            )
        del data, memo
        _reject_duplicates(parsed)
        report("Vergelijken met de dossiers", 60)
        _check(should_cancel)
        index = PersonIndex.load(connection, [r for r in parsed if not r.reject])
        _check(should_cancel)
        matcher = Matcher(index)
        matches: dict[int, Match] = {}
        for position, row in enumerate(parsed):
            if position % CHECK_EVERY == 0:
                _check(should_cancel)
            if not row.reject:
                matches[row.row] = matcher.match(row)
        # The persons read for matching and not matched are no longer needed: freed before
        # the preview is built, their memory serves it (a 100,000-row file: tens of MB).
        release_gradually(index.by_insz, index.by_vdab, index.by_birth)
        existing = load_existing(
            connection, {m.person.person_id for m in matches.values() if m.person}, index.details
        )
        remembered = remembered_decisions(connection)
    report("Voorbeeld opbouwen", 85)
    plan = ImportPlan(
        path=path, file_sha256=digest, profile=profile, layout=layout, mode=mode, rows=[]
    )
    _build_rows(plan, parsed, matches, existing, ref, today, remembered)
    release_gradually(matches, existing, index.details)
    report("Klaar", 100)
    return plan


def _reject_duplicates(rows: list[ParsedRow]) -> None:
    """Rule 2, last part: an INSZ that already appeared on an earlier row of the file."""
    first_row: dict[str, int] = {}
    for row in rows:
        if row.insz is None:
            continue
        if row.insz in first_row and not row.reject:
            row.reject = f"Dit INSZ staat al op rij {first_row[row.insz]} van dit bestand."
        first_row.setdefault(row.insz, row.row)


def _starting_status(text: str, ref: Reference, status_map: dict[str, str] | None = None) -> str:
    """A new dossier starts in the file's status when it names one of ours (a list we
    exported, say) or the profile maps it to one of ours ([status] in the profile: VDAB's
    "In bemiddeling" -> in begeleiding); other texts are kept as a note. Closing needs a
    reason and a date, so a closed status in a list never closes a new dossier."""
    mapped = {name_key(k): v for k, v in (status_map or {}).items()}
    key = name_key(text) if text else ""
    code = None
    if key in mapped:
        wanted = mapped[key]
        code = ref.status_by_key.get(name_key(wanted)) or (
            wanted if wanted in ref.status_labels else None
        )
    elif key:
        code = ref.status_by_key.get(key)
    return code if code is not None and code != AFGESLOTEN else AANGEMELD


def _build_rows(
    plan: ImportPlan,
    parsed: list[ParsedRow],
    matches: dict[int, Match],
    existing: dict[str, Existing],
    ref: Reference,
    today: date,
    remembered: dict[str, str],
) -> None:
    claimed: dict[str, int] = {}  # dossier id -> row that updates it
    # ('vdab', nr) / ('name', key|birth) -> (row planned as new, its INSZ)
    new_keys: dict[tuple[str, str], tuple[int, str | None]] = {}
    starting: dict[str, str] = {}  # status text -> starting status, worked out once per text
    for row in _drain(parsed):  # frees each row (and the cells of accepted rows) as it goes
        planned = PlannedRow(
            row=row.row, kind="rejected", values=row.display, warnings=row.warnings
        )
        plan.rows.append(planned)
        if row.reject:
            planned.reason = row.reject
            planned.cell_field = row.reject_field
            planned.cells = row.cells
            continue
        status_code = starting.get(row.status_text)
        if status_code is None:
            status_code = starting[row.status_text] = _starting_status(
                row.status_text, ref, plan.profile.status_map
            )
        work = RowWork(
            person=row.person,
            situation=row.situation,
            partner=row.partner,
            counsellor=row.counsellor,
            groups=row.groups,
            opened_on=(row.start or today).isoformat(),
            status_text=row.status_text,
            status_code=status_code,
        )
        match = matches[row.row]
        found = existing.get(match.person.person_id) if match.person else None
        if match.person is not None and found is None:
            planned.reason = "Er bestaat al een persoon met deze gegevens, maar zonder dossier."
            planned.cells = row.cells
            continue
        if match.kind == NEW:
            keys = _new_keys(row)
            earlier = next(
                (
                    new_keys[k][0]
                    for k in keys
                    if k in new_keys
                    and not (row.insz and new_keys[k][1] and new_keys[k][1] != row.insz)
                ),
                None,
            )
            if earlier is not None:
                planned.reason = f"Deze persoon staat al op rij {earlier} van dit bestand."
                planned.cells = row.cells
                continue
            for key in keys:
                new_keys.setdefault(key, (row.row, row.insz))
            if not (row.last and row.first):
                planned.reason = (
                    "Nieuw dossier zonder naam of voornaam: vul ze aan in het bestand "
                    "(het INSZ is nog niet gekend)."
                )
                planned.cells = row.cells
                continue
            planned.kind = "new"
            plan.work[row.row] = work
            continue
        assert found is not None
        planned.dossier_id = _uuid(found.dossier_id)
        planned.dossier_num = found.num
        planned.changes = plan_update(row, found, work, plan.mode, ref)
        planned.differences = work.differences
        plan.work[row.row] = work
        if match.kind == REVIEW:
            work.identity = identity_key(plan.profile, row)
            if remembered.get(work.identity) != found.dossier_id:
                planned.kind = "review"
                planned.reason = match.reason
                planned.candidate_summary = _summary(found, ref)
                continue
            # Decided at an earlier import of this source: the same person, not asked again.
            planned.remembered = "merge"
            planned.warnings.append(
                f"Eerder beslist bij een import van deze bron: zelfde persoon als dossier "
                f"{found.num} ({match.reason[:-1].lower()})."
            )
        earlier = claimed.get(found.dossier_id)
        if earlier is not None:
            planned.kind = "rejected"
            planned.reason = (
                f"Deze persoon staat al op rij {earlier} van dit bestand (dossier {found.num})."
            )
            planned.cells = row.cells
            del plan.work[row.row]
            continue
        claimed[found.dossier_id] = row.row
        if planned.changes:
            planned.kind = "update"
        else:
            planned.kind = "differs" if planned.differences else "unchanged"
    for planned in plan.rows:
        pending = plan.work.get(planned.row)
        if planned.kind == "review" and pending is not None and pending.dossier_id in claimed:
            planned.reason += (
                f" Rij {claimed[pending.dossier_id]} hoort al bij dossier {pending.num}: "
                "samenvoegen kan dus niet."
            )


def _drain(rows: list[ParsedRow]) -> Iterator[ParsedRow]:
    """The rows in order, each removed from the list as it is handed out."""
    rows.reverse()
    while rows:
        yield rows.pop()


def _new_keys(row: ParsedRow) -> list[tuple[str, str]]:
    keys = []
    if row.vdab:
        keys.append(("vdab", row.vdab))
    if row.last and row.first and row.birth:
        keys.append(("name", f"{name_key(row.last)}|{name_key(row.first)}|{row.birth.isoformat()}"))
    return keys


def _uuid(hex_id: str) -> uuid.UUID:
    return uuid.UUID(hex=hex_id)
