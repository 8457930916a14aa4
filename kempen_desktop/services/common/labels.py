"""Which label of a code list the screens show: Dutch, or English in the English UI.

The display language is one per process (the UI picks it once at start, with its
translator), so a plain module value is enough; worker threads read it too. Documents
(reports, minutes, exports) stay Dutch: they select ``model.label`` directly, only the
queries that feed the screens go through :func:`label_column`. A value without an English
label (added or renamed by the user) shows its Dutch label.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func
from sqlalchemy.sql.elements import ColumnElement

from kempen_desktop.db.base import CodeList

LANGUAGES = ("nl", "en")
_language = "nl"


def set_language(code: str) -> None:
    """Show English labels for "en", Dutch for anything else."""
    global _language
    _language = "en" if code == "en" else "nl"


def language() -> str:
    return _language


def label_column(model: type[CodeList]) -> ColumnElement[Any]:
    """The label to show, as an SQL expression over the code list `model`."""
    if _language == "en":
        return func.coalesce(func.nullif(model.label_en, ""), model.label)
    return model.label  # type: ignore[return-value]


def label_of(row: CodeList) -> str:
    """The label to show for one loaded code-list row."""
    return (row.label_en or row.label) if _language == "en" else row.label
