"""Rule 4: what a row changes in the dossier it matched, field by field.

``fill`` (default) only fills fields that are empty; ``overwrite`` replaces stored values
with the file's non-empty values. In fill mode a filled field the file disagrees with is a
*difference*: not written, but shown and counted ("Verschilt, niet overgenomen"). An
empty cell never erases anything: the row only carries the values it has. Target groups
are only ever added. Values that differ only in writing are not a change: names, street
and language without case, accents, spaces or hyphens; phone numbers by their digits;
e-mail addresses without case.

The responsible partner and the counsellor go together: a counsellor is only set when
they work for the dossier's (resulting) partner, and a partner is not replaced while the
dossier keeps a counsellor of the old partner.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kempen_desktop.domain.insz import format_insz
from kempen_desktop.services.importing.fields import FIELD_LABELS
from kempen_desktop.services.importing.matching import Existing, vdab_key
from kempen_desktop.services.importing.model import FieldChange, RowWork
from kempen_desktop.services.importing.parsing import name_key
from kempen_desktop.services.importing.reference import Reference
from kempen_desktop.services.importing.rows import ParsedRow

PERSON_FIELDS = {
    "last_name": "last_name",
    "first_name": "first_name",
    "insz": "insz",
    "vdab_number": "vdab_client_number",
    "birth_date": "birth_date",
    "sex": "sex",
    "street": "street",
    "postcode": "postal_code",
    "municipality_nis": "municipality",
    "phone": "phone",
    "email": "email",
    "language": "language",
}
DOSSIER_FIELDS = {
    "responsible_partner_id": "partner",
    "counsellor_id": "counsellor",
    "situation": "notes",
}
SEX_LABELS = {"M": "man", "F": "vrouw", "X": "X"}


def _digits(value: Any) -> str:
    return "".join(ch for ch in str(value) if ch.isdigit())


_SAME: dict[str, Callable[[Any], Any]] = {
    "last_name": name_key,
    "first_name": name_key,
    "street": name_key,
    "language": name_key,
    "phone": _digits,
    "vdab_number": vdab_key,
    "email": lambda v: str(v).casefold(),
}


def is_empty_value(value: Any) -> bool:
    return value is None or value == ""


def display(column: str, value: Any, ref: Reference) -> str:
    """A stored value as the user reads it."""
    if is_empty_value(value):
        return ""
    if column == "insz":
        return format_insz(value)
    if column in ("birth_date", "opened_on"):
        text = str(value)
        return f"{text[8:10]}-{text[5:7]}-{text[0:4]}" if len(text) >= 10 else text
    if column == "sex":
        return SEX_LABELS.get(str(value), str(value))
    if column == "municipality_nis":
        return ref.municipality_names.get(str(value), str(value))
    if column == "responsible_partner_id":
        return ref.partner_names.get(str(value), "")
    if column == "counsellor_id":
        return ref.contact_names.get(str(value), "")
    return str(value)


def _differs(old: Any, new: Any, column: str) -> bool:
    """Both filled and different, apart from writing (see the module docstring)."""
    if old == new or is_empty_value(new) or is_empty_value(old):
        return False  # equal values are equal written any way (most cells of a re-import)
    same = _SAME.get(column)
    if same is not None:
        return bool(same(old) != same(new))
    return bool(old != new)


def _wanted(old: Any, new: Any, column: str, mode: str) -> bool:
    if is_empty_value(new):
        return False
    if is_empty_value(old):
        return True
    if mode != "overwrite" or old == new:
        return False
    same = _SAME.get(column)
    if same is not None:
        return bool(same(old) != same(new))
    return bool(old != new)


def plan_update(
    row: ParsedRow, existing: Existing, work: RowWork, mode: str, ref: Reference
) -> list[FieldChange]:
    """Fill the update part of ``work`` and return the changes to show."""
    changes: list[FieldChange] = []
    work.person_id = existing.person_id
    work.dossier_id = existing.dossier_id
    work.num = existing.num
    work.person_stamp = existing.person_stamp
    work.dossier_stamp = existing.dossier_stamp
    for column, new in row.person.items():
        old = existing.person.get(column)
        if _wanted(old, new, column, mode):
            work.person_updates[column] = new
            work.person_before[column] = old
            field = PERSON_FIELDS[column]
            changes.append(
                FieldChange(
                    field, FIELD_LABELS[field], display(column, old, ref), display(column, new, ref)
                )
            )
        elif _differs(old, new, column):  # fill mode: the file disagrees, nothing is written
            field = PERSON_FIELDS[column]
            work.differences.append(
                FieldChange(
                    field, FIELD_LABELS[field], display(column, old, ref), display(column, new, ref)
                )
            )
    stored = existing.dossier
    partner = stored.get("responsible_partner_id")
    counsellor = stored.get("counsellor_id")
    new_partner = row.partner or (
        ref.contact_partner.get(row.counsellor) if row.counsellor else None
    )
    if new_partner and _wanted(partner, new_partner, "responsible_partner_id", mode):
        keeps_other_counsellor = (
            counsellor and ref.contact_partner.get(counsellor) != new_partner and not row.counsellor
        )
        if keeps_other_counsellor:
            row.warnings.append(
                "De partner wordt niet vervangen: de begeleider van het dossier hoort bij "
                "de huidige partner."
            )
        else:
            work.dossier_updates["responsible_partner_id"] = new_partner
            partner = new_partner
    if row.counsellor and _wanted(counsellor, row.counsellor, "counsellor_id", mode):
        if ref.contact_partner.get(row.counsellor) == partner:
            work.dossier_updates["counsellor_id"] = row.counsellor
        else:
            row.warnings.append(
                "De begeleider hoort niet bij de partner van het dossier; niet overgenomen."
            )
    if row.situation and _wanted(stored.get("situation"), row.situation, "situation", mode):
        work.dossier_updates["situation"] = row.situation
    for column, new in (
        ("responsible_partner_id", new_partner),
        ("counsellor_id", row.counsellor),
        ("situation", row.situation),
    ):
        old = stored.get(column)
        if column not in work.dossier_updates and _differs(old, new, column):
            field = DOSSIER_FIELDS[column]
            work.differences.append(
                FieldChange(
                    field, FIELD_LABELS[field], display(column, old, ref), display(column, new, ref)
                )
            )
    for column, new in work.dossier_updates.items():
        old = stored.get(column)
        work.dossier_before[column] = old
        field = DOSSIER_FIELDS[column]
        changes.append(
            FieldChange(
                field, FIELD_LABELS[field], display(column, old, ref), display(column, new, ref)
            )
        )
    added = [code for code in row.groups if code not in existing.groups]
    if added:
        work.groups_added = added
        changes.append(
            FieldChange(
                "target_groups",
                FIELD_LABELS["target_groups"],
                ref.group_text(existing.groups),
                ref.group_text(existing.groups | set(added)),
            )
        )
    work.groups_after = sorted(existing.groups | set(added))
    # "naam, postcode" but "INSZ, VDAB-klantnummer": acronyms keep their capitals.
    work.changed_labels = [
        c.label if c.label[:2].isupper() else c.label[:1].lower() + c.label[1:] for c in changes
    ]
    return changes
