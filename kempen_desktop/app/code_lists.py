"""Code lists the user edits (kinds of organisation, kinds of meeting, ...): every change is
announced as ``Changes(reference_data=True)``, so the pickers and labels elsewhere follow.
A list is named as in ``db.models.CODE_LISTS`` ("partner_types", "meeting_types", ...).
"""

from __future__ import annotations

from kempen_desktop.app.area import Area
from kempen_desktop.app.changes import Changes
from kempen_desktop.domain.address import AddressBook
from kempen_desktop.services.common import code_lists, labels, lookups
from kempen_desktop.services.common.code_lists import CodeRow

CHANGED = Changes(reference_data=True)


class CodeListsArea(Area):
    def address_book(self) -> AddressBook:
        """Postcode ↔ gemeente (with deelgemeenten) for the address fields of the forms."""
        with self._read() as session:
            return lookups.address_book(session)

    def rows(self, name: str) -> list[CodeRow]:
        with self._read() as session:
            return code_lists.list_codes(session, code_lists.model_for(name))

    def add(self, name: str, label: str) -> str:
        """Add a value at the end of the list; returns its new code."""
        with self._write(CHANGED) as session:
            return code_lists.add_code(session, code_lists.model_for(name), label)

    def rename(self, name: str, code: str, label: str) -> Changes:
        with self._write(CHANGED) as session:
            code_lists.rename_code(session, code_lists.model_for(name), code, label)
        return CHANGED

    def set_active(self, name: str, code: str, active: bool) -> Changes:
        with self._write(CHANGED) as session:
            code_lists.set_active(session, code_lists.model_for(name), code, active)
        return CHANGED

    def move(self, name: str, code: str, delta: int) -> Changes:
        with self._write(CHANGED) as session:
            code_lists.move_code(session, code_lists.model_for(name), code, delta)
        return CHANGED

    def delete(self, name: str, code: str) -> Changes:
        with self._write(CHANGED) as session:
            code_lists.delete_code(session, code_lists.model_for(name), code)
        return CHANGED


def use_language(code: str) -> None:
    """Show code-list labels in this UI language ("en" English, else Dutch), process-wide."""
    labels.set_language(code)


def label_language() -> str:
    return labels.language()
