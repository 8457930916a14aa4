"""The orders the dossier list has read, and a search narrowing one of them (issue 17).

An order is the ascending list of dossier numbers for one filter and sort key (descending
is its reverse: every sort ends in the unique number). A search shows the dossiers of the
list without search that its text finds, in that list's order. Walking the whole list for
that costs more than the search itself, so the list gets a place table first (each
number's place in it, indexed by number: the numbers come from a counter, so they are
dense), made at the first letter typed, when there is nothing to search for yet; the
matches are then put in order by their places.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict, deque
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from kempen_desktop.services.dossiers.dossier_list import DossierFilter

OrderKey = tuple[DossierFilter, str]  # filter, sort key
# A few lists, at most this many numbers in all (8 bytes each in an array: 32 MB).
MAX_ORDERS = 8
MAX_ORDERED_NUMS = 4_000_000
_SPARSE = 4  # a place table over more than 4 slots a number is not worth its memory
_SLICE = 32_768


class OrderCache:
    """The ascending orders read for (filter, sort key), the most recent last, and the
    place table of the one a search narrows."""

    def __init__(self) -> None:
        self._orders: OrderedDict[OrderKey, Sequence[int]] = OrderedDict()
        self._places: tuple[OrderKey, array[int] | None] | None = None

    def get(self, key: OrderKey) -> Sequence[int] | None:
        found = self._orders.get(key)
        if found is not None:
            self._orders.move_to_end(key)
        return found

    def put(self, key: OrderKey, order: Sequence[int]) -> None:
        self._orders[key] = order
        self._orders.move_to_end(key)
        while len(self._orders) > MAX_ORDERS or (
            len(self._orders) > 1 and sum(map(len, self._orders.values())) > MAX_ORDERED_NUMS
        ):
            self._orders.popitem(last=False)

    def places(self, key: OrderKey, order: Sequence[int]) -> array[int] | None:
        """The place table of the order under `key` (kept for one order at a time)."""
        if self._places is None or self._places[0] != key:
            self._places = (key, place_table(order))
        return self._places[1]

    def kept_places(self, key: OrderKey) -> array[int] | None:
        """The place table kept for the order under `key`, None when none is kept."""
        return self._places[1] if self._places is not None and self._places[0] == key else None

    def put_places(self, key: OrderKey, places: array[int] | None) -> None:
        """A place table made beside the order (off the GUI thread, for a long list)."""
        self._places = (key, places)

    def clear(self) -> None:
        self._orders.clear()
        self._places = None


def place_table(order: Sequence[int]) -> array[int] | None:
    """Each number's place in `order`, indexed by number (-1: not in it); None when the
    numbers are too sparse for a table."""
    if not order:
        return None
    top = max(order)
    if top > _SPARSE * len(order) + 10_000:
        return None
    places = array("q", [-1]) * (top + 1)
    # A loop in C, in slices: between them another thread (the GUI) may take the GIL.
    for start in range(0, len(order), _SLICE):
        part = order[start : start + _SLICE]
        deque(map(places.__setitem__, part, range(start, start + len(part))), maxlen=0)
    return places


def narrowed(
    order: Sequence[int], wanted: AbstractSet[int], places: array[int] | None
) -> array[int]:
    """The numbers of `order` that are in `wanted`, in the order's order."""
    if places is None or 2 * len(wanted) > len(order):  # most of the list: walk it
        return array("q", filter(wanted.__contains__, order))
    top = len(places) - 1
    found = sorted(filter((0).__le__, map(places.__getitem__, filter(top.__ge__, wanted))))
    return array("q", map(order.__getitem__, found))
