"""The plan an import shows before it writes: one PlannedRow per non-empty data row."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kempen_desktop.services.importing.layout import Layout
from kempen_desktop.services.importing.profiles import Profile

#: "differs": nothing to write, but the file disagrees with filled fields (fill mode)
KINDS = ("new", "update", "unchanged", "differs", "review", "rejected")
MODES = ("fill", "overwrite")


@dataclass
class FieldChange:
    field: str  # field key (FIELD_KEYS)
    label: str  # Dutch label
    old: str  # display values
    new: str


@dataclass
class PlannedRow:
    row: int  # row number as the spreadsheet shows it
    kind: str  # 'new' | 'update' | 'unchanged' | 'review' | 'rejected'
    values: dict[str, str]  # field key -> display value from the file
    reason: str = ""  # rejected: why (Dutch); review: why a decision is needed
    dossier_id: uuid.UUID | None = None  # matched dossier, or the candidate for review
    dossier_num: int | None = None
    #: review: the candidate dossier, Dutch label -> value, to show beside the file's values
    candidate_summary: dict[str, str] = field(default_factory=dict)
    #: update: what changes; review: what would change when merged
    changes: list[FieldChange] = field(default_factory=list)
    #: cells that could not be used (unknown municipality, bad e-mail, ...); the row goes on
    warnings: list[str] = field(default_factory=list)
    #: fill mode: filled fields whose file value differs and is not written
    differences: list[FieldChange] = field(default_factory=list)
    #: rejected: the field key of the cell in question ('' when not one cell)
    cell_field: str = ""
    #: review: a decision remembered from an earlier import of this source ('merge')
    remembered: str = ""
    #: the original cells of the row (kept for rejected and review rows, for the rejects file)
    cells: list[object] = field(default_factory=list, repr=False)


@dataclass(slots=True)
class RowWork:
    """What applying a row writes; internal to the package (storage-format values)."""

    person: dict[str, Any]  # all usable person values from the file (for a new person)
    situation: str
    partner: str | None
    counsellor: str | None
    groups: list[str]  # codes from the file and the profile
    opened_on: str
    status_text: str
    status_code: str  # starting status of a new dossier
    # For a matched dossier (update, or review when merged):
    person_id: str | None = None
    dossier_id: str | None = None
    num: int | None = None
    person_stamp: str = ""
    dossier_stamp: str = ""
    person_updates: dict[str, Any] = field(default_factory=dict)
    person_before: dict[str, Any] = field(default_factory=dict)
    dossier_updates: dict[str, Any] = field(default_factory=dict)
    dossier_before: dict[str, Any] = field(default_factory=dict)
    groups_added: list[str] = field(default_factory=list)
    groups_after: list[str] = field(default_factory=list)
    changed_labels: list[str] = field(default_factory=list)
    differences: list[FieldChange] = field(default_factory=list)
    identity: str = ""  # hash of source and row identity, for remembered decisions


@dataclass
class ImportPlan:
    path: Path
    file_sha256: str
    profile: Profile
    layout: Layout
    mode: str
    rows: list[PlannedRow]
    #: row number -> what to write; internal, read by apply_plan
    work: dict[int, RowWork] = field(default_factory=dict, repr=False, compare=False)
    #: set by apply_plan: a plan is applied once
    applied_batch: uuid.UUID | None = field(default=None, repr=False, compare=False)

    def counts(self) -> dict[str, int]:
        counts = {
            "rows": len(self.rows),
            "created": 0,
            "updated": 0,
            "unchanged": 0,
            "differs": 0,
            "review": 0,
            "rejected": 0,
        }
        names = {
            "new": "created",
            "update": "updated",
            "unchanged": "unchanged",
            "differs": "differs",
            "review": "review",
            "rejected": "rejected",
        }
        for row in self.rows:
            counts[names[row.kind]] += 1
            if row.kind == "update" and row.differences:
                counts["differs"] += 1  # filled empty fields, and the file differs elsewhere
        return counts

    def review_rows(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.kind == "review"]

    def rejected_rows(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.kind == "rejected"]
