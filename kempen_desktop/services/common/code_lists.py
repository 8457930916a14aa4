"""Edit a user-editable code list (partner types, meeting types, ...): add, rename,
reorder, deactivate, and delete codes that nothing refers to.

Generic over any :class:`kempen_desktop.db.base.CodeList` model. Whether a code is in
use is found from the schema: every foreign key that points at the list's ``code``
column is counted, so a new table that refers to a code list is covered automatically.
Codes in use can only be deactivated (they stay readable on the records that use them).
Codes shipped with the app cannot be deleted either: opening the database re-adds
missing shipped codes (db/seed.py), so they are deactivated instead.

Session functions: the caller owns the transaction. A list is named as in
``db.models.CODE_LISTS`` ("partner_types", "meeting_types", ...): :func:`model_for`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import Column, func, select
from sqlalchemy.orm import Session

from kempen_desktop.db.base import Base, CodeList
from kempen_desktop.db.models import CODE_LISTS
from kempen_desktop.db.reference_data import load_codes
from kempen_desktop.services.common import audit, labels

MAX_LABEL = 120


class CodeListError(ValueError):
    """A user error with a Dutch message."""


@dataclass(frozen=True)
class CodeRow:
    code: str
    label: str  # in the UI's language (services/common/labels.py)
    sort_order: int
    active: bool
    description: str
    uses: int  # records referring to this code
    shipped: bool  # delivered with the app: can be deactivated, not deleted


def _referring_columns(model: type[CodeList]) -> list[Column]:  # type: ignore[type-arg]
    target = model.__table__.c.code
    columns = []
    for table in Base.metadata.tables.values():
        for fk in table.foreign_keys:
            if fk.column is target:
                columns.append(fk.parent)
    return columns


def usage_counts(session: Session, model: type[CodeList]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for column in _referring_columns(model):
        for code, n in session.execute(
            select(column, func.count()).where(column.is_not(None)).group_by(column)
        ):
            counts[code] = counts.get(code, 0) + int(n)
    return counts


def shipped_codes(model: type[CodeList]) -> set[str]:
    for name, candidate in CODE_LISTS.items():
        if candidate is model:
            return {c.code for c in load_codes(name)}
    return set()


def model_for(name: str) -> type[CodeList]:
    """The code list called `name` ("partner_types", "meeting_types", ...)."""
    try:
        return CODE_LISTS[name]
    except KeyError:
        raise CodeListError(f"Onbekende lijst ‘{name}’.") from None


def list_codes(session: Session, model: type[CodeList]) -> list[CodeRow]:
    shipped = shipped_codes(model)
    uses = usage_counts(session, model)
    rows = session.scalars(select(model).order_by(model.sort_order, model.label)).all()
    return [
        CodeRow(
            r.code,
            labels.label_of(r),
            r.sort_order,
            r.active,
            r.description or "",
            uses.get(r.code, 0),
            r.code in shipped,
        )
        for r in rows
    ]


def _clean_label(label: str) -> str:
    text = " ".join((label or "").split())
    if not text:
        raise CodeListError("Geef een omschrijving.")
    if len(text) > MAX_LABEL:
        raise CodeListError(f"De omschrijving mag hoogstens {MAX_LABEL} tekens hebben.")
    return text


def _slug(label: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")
    return (slug or "code")[:36]


def _check_unique_label(
    session: Session, model: type[CodeList], label: str, except_code: str = ""
) -> None:
    clash = session.scalar(
        select(model.code)
        .where(
            (func.lower(model.label) == label.lower())
            | (func.lower(labels.label_column(model)) == label.lower())
        )
        .where(model.code != except_code)
    )
    if clash is not None:
        raise CodeListError(f"Er bestaat al een waarde ‘{label}’.")


def add_code(session: Session, model: type[CodeList], label: str) -> str:
    """Add a code at the end of the list; returns the new code (derived from the label)."""
    text = _clean_label(label)
    _check_unique_label(session, model, text)
    base = _slug(text)
    code, n = base, 2
    while session.get(model, code) is not None:
        code, n = f"{base}_{n}", n + 1
    last = session.scalar(select(func.max(model.sort_order))) or 0
    session.add(model(code=code, label=text, sort_order=last + 1, description="", active=True))  # type: ignore[call-arg]
    audit.record(session, "codelist.create", model.__tablename__, code)
    return code


def _get(session: Session, model: type[CodeList], code: str) -> CodeList:
    row = session.get(model, code)
    if row is None:
        raise CodeListError("Deze waarde bestaat niet meer.")
    return row


def rename_code(session: Session, model: type[CodeList], code: str, label: str) -> None:
    """Rename the label the user sees: the English one in the English UI, else the Dutch."""
    text = _clean_label(label)
    row = _get(session, model, code)
    _check_unique_label(session, model, text, except_code=code)
    if labels.language() == "en":
        row.label_en = text
        audit.record(session, "codelist.change", model.__tablename__, code, "label_en")
        return
    row.label = text
    audit.record(session, "codelist.change", model.__tablename__, code, "label")


def set_active(session: Session, model: type[CodeList], code: str, active: bool) -> None:
    row = _get(session, model, code)
    row.active = active
    audit.record(
        session,
        "codelist.change",
        model.__tablename__,
        code,
        "active" if active else "inactive",
    )


def move_code(session: Session, model: type[CodeList], code: str, delta: int) -> None:
    """Move a code up (delta < 0) or down in the list; the order is renumbered 1..n."""
    rows = list(session.scalars(select(model).order_by(model.sort_order, model.label)))
    index = next((i for i, r in enumerate(rows) if r.code == code), None)
    if index is None:
        raise CodeListError("Deze waarde bestaat niet meer.")
    target = max(0, min(len(rows) - 1, index + delta))
    rows.insert(target, rows.pop(index))
    for position, row in enumerate(rows, start=1):
        row.sort_order = position
    audit.record(session, "codelist.change", model.__tablename__, code, "order")


def delete_code(session: Session, model: type[CodeList], code: str) -> None:
    """Delete a code nothing refers to; a code in use raises CodeListError (deactivate it)."""
    row = _get(session, model, code)
    if code in shipped_codes(model):
        raise CodeListError(
            f"‘{row.label}’ wordt met het programma meegeleverd en kan niet verwijderd worden. "
            "Zet de waarde op inactief: ze wordt dan niet meer aangeboden."
        )
    uses = usage_counts(session, model).get(code, 0)
    if uses:
        raise CodeListError(
            f"‘{row.label}’ is in gebruik ({uses}×) en kan niet verwijderd worden. "
            "Zet de waarde op inactief: ze blijft dan zichtbaar bij bestaande gegevens "
            "maar wordt niet meer aangeboden."
        )
    session.delete(row)
    audit.record(session, "codelist.delete", model.__tablename__, code)
