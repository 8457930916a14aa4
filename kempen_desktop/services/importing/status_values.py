"""The file's status column, value by value (issue 15): which of our statuses each value in
the list stands for, as the wizard's value-mapping step shows it and the preview repeats it.

The rule (the same as the planning's starting status, `planning._starting_status`):

* a value the profile maps (``[status]`` in the profile, or chosen in the wizard) becomes
  that status; mapped to ``-`` (:data:`NOT_TAKEN`) it is deliberately not taken;
* a value that names one of our statuses (a list we exported) is that status;
* anything else is **not mapped**.

What the import does with it:

* a **new dossier** starts in the mapped status. *Afgesloten* is the exception: closing a
  dossier needs a reason and a date, so a new dossier from a closed row starts as
  *Aangemeld* (and the preview says so);
* a value that is not mapped (or not taken) keeps the status as it is: a new dossier starts
  as *Aangemeld*, and the text from the list is written in its import entry on the timeline
  ("Status in de lijst: …"). Decided: the row is **not rejected** for it: refusing the name,
  INSZ and address of a person over a label we do not know would lose good data, and the
  user sees every such value in the preview before anything is written;
* an **existing dossier keeps its status**: a status moves through the workflow with a date
  (and a reason when closing) in the dossier itself; the text from the list goes into the
  timeline entry of an update, and the preview counts, per value, the existing dossiers
  whose status is another one (``existing_other``).
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from kempen_desktop.db.models import Dossier, DossierStatus
from kempen_desktop.domain.status import AANGEMELD, AFGESLOTEN
from kempen_desktop.services.importing.parsing import cell_text, name_key
from kempen_desktop.services.importing.reader import SheetData

#: a status map value: "this value of the list is deliberately not taken"
NOT_TAKEN = "-"
MAX_VALUES = 200  # a status column holds a handful of values; more is not a status column


@dataclass(frozen=True)
class StatusValue:
    text: str  # as the list spells it (the first spelling seen)
    rows: int  # data rows holding it
    code: str | None  # our status it stands for; None: not mapped (or not taken)
    #: 'map' (profile/wizard), 'label' (names one of ours), 'not_taken', 'unknown'
    how: str
    starts_as: str  # the status a new dossier from such a row starts in
    #: rows matched to an existing dossier whose status is another one: it stays as it is
    existing_other: int = 0


def status_labels(session: Session) -> dict[str, str]:
    """Our statuses, code -> Dutch label (what a list's text is compared with)."""
    return {
        code: label
        for code, label in session.execute(
            select(DossierStatus.code, DossierStatus.label).order_by(DossierStatus.sort_order)
        )
    }


def resolve_status(
    text: str, status_map: dict[str, str], labels: dict[str, str]
) -> tuple[str | None, str]:
    """(our status code or None, how) for one value of the list; ``labels``: code -> label."""
    key = name_key(text) if text else ""
    if not key:
        return None, "unknown"
    by_key = {name_key(label): code for code, label in labels.items()}
    by_key.update({name_key(code): code for code in labels})
    mapped = {name_key(k): v for k, v in status_map.items()}
    if key in mapped:
        wanted = mapped[key]
        if wanted.strip() == NOT_TAKEN:
            return None, "not_taken"
        code = by_key.get(name_key(wanted)) or (wanted if wanted in labels else None)
        return code, "map" if code else "unknown"
    code = by_key.get(key)
    return code, "label" if code else "unknown"


def starting_status(code: str | None) -> str:
    """The status a new dossier starts in for a resolved value."""
    return code if code is not None and code != AFGESLOTEN else AANGEMELD


def merge_status_map(profile_map: dict[str, str], chosen: dict[str, str]) -> dict[str, str]:
    """The profile's map with the wizard's choices on top; a value the wizard shows replaces
    the profile's entry for it even when spelled otherwise ("WERK" and "Werk")."""
    shown = {name_key(text) for text in chosen}
    kept = {text: code for text, code in profile_map.items() if name_key(text) not in shown}
    return {**kept, **chosen}


def column_values(data: SheetData, header_row: int, column: int) -> list[tuple[str, int]]:
    """The distinct non-empty values of a column below the header row, with how many rows
    hold each (values equal but for case and accents count as one), most frequent first."""
    raw: Counter[object] = Counter()  # a status column repeats a few values: fold each once
    for number, cells in data.rows:
        if number > header_row and column < len(cells):
            raw[cells[column]] += 1
            if len(raw) > MAX_VALUES:
                break
    counts: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for value, n in raw.items():
        text = cell_text(value).strip()
        key = name_key(text)
        if key:
            spelling.setdefault(key, text)
            counts[key] += n
    return [(spelling[key], n) for key, n in counts.most_common()]


def status_values(
    values: Iterable[tuple[str, int]], status_map: dict[str, str], labels: dict[str, str]
) -> list[StatusValue]:
    """Each value of the list with what it becomes."""
    result = []
    for text, rows in values:
        code, how = resolve_status(text, status_map, labels)
        result.append(StatusValue(text, rows, code, how, starting_status(code)))
    return result


def plan_status_values(
    rows: Iterable[dict[str, str]],
    status_map: dict[str, str],
    labels: dict[str, str],
    existing: Iterable[tuple[str, str]] = (),
) -> list[StatusValue]:
    """The values of the planned rows' status cells (their ``values['status']``);
    ``existing``: (the status text of a row matched to a dossier, that dossier's status)."""
    counts: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for values in rows:
        text = values.get("status", "").strip()
        key = name_key(text)
        if key:
            spelling.setdefault(key, text)
            counts[key] += 1
    found = status_values(
        [(spelling[key], n) for key, n in counts.most_common()], status_map, labels
    )
    other: Counter[str] = Counter()
    codes = {name_key(value.text): value.code for value in found}
    for text, current in existing:
        code = codes.get(name_key(text))
        if code is not None and code != current:
            other[name_key(text)] += 1
    return [replace(value, existing_other=other[name_key(value.text)]) for value in found]


def dossier_statuses(session: Session, dossier_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The current status of these dossiers."""
    found: dict[uuid.UUID, str] = {}
    for start in range(0, len(dossier_ids), 500):
        chunk = dossier_ids[start : start + 500]
        rows = session.execute(select(Dossier.id, Dossier.status_code).where(Dossier.id.in_(chunk)))
        found.update((dossier_id, code) for dossier_id, code in rows)
    return found
