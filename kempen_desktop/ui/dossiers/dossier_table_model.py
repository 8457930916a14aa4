"""Table model over the dossier list: holds dossier numbers, fetches rows in pages.

Sorting and filtering are done in SQL by the listing service (see PERFORMANCE.md: a
QSortFilterProxyModel over 100,000 rows takes seconds); the model only asks for the
rows that the view paints.

A search finding a large share of a long list ('de') shows its first page at once, found
by walking the sorted list in the database, and reads the rest when the view scrolls past
it (fetchMore), appending it below the page.

The orders it read are kept per filter and sort key until the data changes (`reload`), so
reversing a sort, sorting on a column shown before, clearing the search box or a backspace
back to an earlier search show a list without asking the database again (issue 17).

After a change, sorted on a column not read before, or loaded the first time (start-up),
a long list is read off the GUI thread (an import into 100,000 dossiers froze a frame for
the whole read): after a change the list shown stays, its rows refetched; a sort or the
first load shows the top of the list at once (one page, from the index; the first load
counts the list first) and blank rows below it for that moment. The new order replaces the
list when read; `reloaded` says when, for every kind of reload.
"""

from __future__ import annotations

import atexit
import logging
import uuid
from array import array
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtGui import QFont

from kempen_desktop.domain.dossier_rows import DossierRow
from kempen_desktop.services.dossiers.dossier_list import SORT_KEYS, DossierFilter
from kempen_desktop.ui.dossiers.dossier_columns import (
    COL_FOLLOW_UP,
    COL_GROUPS,
    HEADERS,
    display,
    groups_tooltip,
    header,
    overdue_style,
)
from kempen_desktop.ui.dossiers.dossier_orders import OrderCache, narrowed, place_table

ModelIndex = QModelIndex | QPersistentModelIndex
log = logging.getLogger(__name__)


class DossierSource(Protocol):
    def order(self, flt: DossierFilter, sort_key: str = "naam") -> Sequence[int]:
        """The matching dossier numbers, ascending (descending is the exact reverse)."""
        ...

    def matching(self, typed: str) -> frozenset[int] | None:
        """The numbers the search text finds; None when there is nothing to search for."""
        ...

    def first(self, flt: DossierFilter, sort_key: str, descending: bool, count: int) -> list[int]:
        """The top `count` numbers of the sorted list."""
        ...

    def rows(self, nums: list[int]) -> dict[int, DossierRow]: ...

    def count(self, flt: DossierFilter) -> int:
        """How many dossiers match (the first load's length, before the order is read)."""
        ...

    def largest_num(self) -> int:
        """The highest dossier number (0: none), telling a large database from a small one."""
        ...

    def top_of_many(
        self, flt: DossierFilter, sort_key: str, descending: bool, count: int
    ) -> list[int] | None:
        """The first page of a search finding many dossiers, without reading every match;
        None: read the matches (`matching`)."""
        ...


# The invalid index: a shared default for the `parent` arguments (never mutated).
_ROOT = QModelIndex()
ID_ROLE = Qt.ItemDataRole.UserRole + 1
NUM_ROLE = Qt.ItemDataRole.UserRole + 2
# Rows fetched together (one IN query): a screenful is ~30 rows, and at 100,000 dossiers a
# page costs ~0.3 ms a row on the GUI thread (scattered index pages): 200 froze ~60-80 ms.
PAGE_SIZE = 64
_MAX_CACHED = 5000
# From this many rows a reload, a sort on a column not read before or the first load reads
# the list off the GUI thread (a sort shows the top of the list at once); shorter lists are read
# in a few milliseconds, at once, so a small list is right as soon as the call returns.
BACKGROUND_FROM = 20_000


class _OrderReader(QThread):
    """Reads one order off the GUI thread; `read` carries (generation, what was read or
    None when reading failed)."""

    read = Signal(int, object)

    def __init__(self, generation: int, work: Any) -> None:
        super().__init__()
        self._generation = generation
        self._work = work

    def run(self) -> None:
        try:
            order = self._work()
        except Exception:  # any: the GUI thread then reads it again itself
            log.exception("reading the dossier list in the background failed")
            order = None
        self.read.emit(self._generation, order)


# Referenced until finished, whatever becomes of the model: a QThread that is collected
# while running aborts the process (closing the window during a read); at exit the process
# waits for them (a read takes a few seconds at most, and only reads).
_RUNNING: set[_OrderReader] = set()


@atexit.register
def _wait_for_readers() -> None:
    for reader in list(_RUNNING):
        reader.wait()


class DossierTableModel(QAbstractTableModel):
    # A reload has finished: at once, or later for a long list read in the background.
    reloaded = Signal()

    def __init__(
        self,
        source: DossierSource,
        status_labels: dict[str, str],
        group_labels: dict[str, str],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._status_labels = status_labels
        self._group_labels = group_labels
        self._nums: Sequence[int] = []
        self._cache: dict[int, DossierRow] = {}
        self._orders = OrderCache()
        self._filter = DossierFilter()
        self._sort_key = "naam"
        self._descending = False
        self._today = date.today()
        # Bumped by every new list; a background read for an older one is dropped.
        self._generation = 0
        self._reader: _OrderReader | None = None  # the latest background read
        self._loaded = False  # the list's length is known (from the first load on)
        self._partial = False  # only the top of the list is known, the rest being read
        self._length_unknown = False  # a search's first page is shown, its length not known
        self._in_foreground = False  # a background read failed: this one is read here
        # (generation, filter, sort key) of the latest background read.
        self._read_for: tuple[int, DossierFilter, str] | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    # --- loading -------------------------------------------------------------------
    def set_filter(self, flt: DossierFilter, reload: bool = True) -> None:
        """reload=False: the first filter, before the view loads the list (by sorting)."""
        self._filter = flt
        self._generation += 1
        if reload:
            self.beginResetModel()
            self._load_soon(self._length_if_unread(same_list=False))
            self.endResetModel()

    @property
    def current_filter(self) -> DossierFilter:
        return self._filter

    def reload(self) -> None:
        """The data changed: read the list again, forgetting every order kept."""
        self._orders.clear()
        self._generation += 1
        if len(self._nums) < BACKGROUND_FROM or self._today != date.today():
            self._reload_now()
            return
        self.refresh_rows()  # the rows shown follow the change at once, the order soon
        self._read_later()

    def _read_later(self) -> None:
        """Read the current list's order off the GUI thread; it replaces the list when read."""
        flt, sort_key = self._filter, self._sort_key

        def read() -> tuple[Sequence[int], array[int] | None]:
            order = self._source.order(flt, sort_key)
            return order, place_table(order)  # ready for a search, made here too

        self._read_for = (self._generation, flt, sort_key)
        self._start_reader(read)

    def _start_reader(self, read: Any) -> None:
        reader = _OrderReader(self._generation, read)
        reader.read.connect(self._read_in_background)
        reader.finished.connect(lambda: _RUNNING.discard(reader))
        _RUNNING.add(reader)
        self._reader = reader
        reader.start()

    def _reload_now(self) -> None:
        self.beginResetModel()
        self._load()
        self.endResetModel()
        self.reloaded.emit()

    @property
    def reloading(self) -> bool:
        """A background read of the list is under way."""
        return self._reader is not None and self._reader.isRunning()

    def _read_in_background(
        self, generation: int, read: tuple[Sequence[int], array[int] | None] | None
    ) -> None:
        if generation != self._generation:
            return  # the filter or sort changed meanwhile: that list was read at once
        if read is None:  # failed off the GUI thread: read it here (errors show as usual)
            self._in_foreground = True
            try:
                self._reload_now()
            finally:
                self._in_foreground = False
            return
        order, places = read
        self._orders.put((self._filter, self._sort_key), order)
        if places is not None:  # a search's read keeps the place table of its list
            self._orders.put_places((self._filter, self._sort_key), places)
        shown = order[::-1] if self._descending else order
        page = len(self._nums)
        if self._length_unknown and list(shown[:page]) == list(self._nums):
            # A search's rest, read as the view scrolled past its first page: appended, so
            # the rows shown, the selection and the scroll position stay.
            more = len(shown) > page
            if more:
                self.beginInsertRows(_ROOT, page, len(shown) - 1)
            self._nums = shown
            self._partial = self._length_unknown = False
            if more:
                self.endInsertRows()
            self.reloaded.emit()
            return
        self.beginResetModel()
        self._nums = shown
        self._partial = self._length_unknown = False
        self._cache.clear()
        self.endResetModel()
        self.reloaded.emit()

    def _load(self) -> None:
        """The list for the current filter and sort, from the orders kept when possible."""
        if self._today != date.today():  # overdue and age filters move with the day
            self._today = date.today()
            self._orders.clear()
        self._length_unknown = False
        if self._show_top_of_many():
            return
        ascending = self._ascending(self._filter)
        self._nums = ascending[::-1] if self._descending else ascending
        self._loaded, self._partial = True, False
        self._cache.clear()

    def _show_top_of_many(self) -> bool:
        """A search of a long list that finds many dossiers (two letters: 80,000 of 100,000,
        two in three of 1,000,000 on a server) shows its first page without reading every
        match: the database walks the sorted list (30-100 ms saved in the file, 0.3-1 s on a
        server). The rest is read when the view scrolls past the page (fetchMore); the
        length is not known until then (`length_known`). False: the list is read as usual."""
        if (
            not self._filter.text.strip()
            or self._in_foreground
            or self._orders.get((self._filter, self._sort_key)) is not None
            or self._source.largest_num() < BACKGROUND_FROM
        ):
            return False
        top = self._source.top_of_many(self._filter, self._sort_key, self._descending, PAGE_SIZE)
        if top is None:
            return False
        self._nums = array("q", top)
        self._loaded = self._partial = self._length_unknown = True
        self._cache.clear()
        return True

    def canFetchMore(self, parent: ModelIndex = _ROOT) -> bool:
        return not parent.isValid() and self._length_unknown and not self.reloading

    def fetchMore(self, parent: ModelIndex = _ROOT) -> None:
        """The view reached the end of a search's first page: read the whole list."""
        if self.canFetchMore(parent):
            self._read_search_later()

    def _read_search_later(self) -> None:
        """The searched list's whole order, off the GUI thread: the list without search (when
        kept) narrowed by the numbers the search finds, else the order read in SQL."""
        flt, sort_key = self._filter, self._sort_key
        unsearched_key = (replace(flt, text=""), sort_key)
        unsearched = self._orders.get(unsearched_key)
        places = self._orders.kept_places(unsearched_key)

        def read() -> tuple[Sequence[int], None]:
            if unsearched is None:
                return self._source.order(flt, sort_key), None
            matches = self._source.matching(flt.text)
            if matches is None:
                return unsearched, None
            table = places if places is not None else place_table(unsearched)
            return narrowed(unsearched, matches | flt.pinned, table), None

        self._start_reader(read)

    @property
    def length_known(self) -> bool:
        """False while only a search's first page is shown (the count then says so)."""
        return not self._length_unknown

    def _ascending(self, flt: DossierFilter) -> Sequence[int]:
        key = (flt, self._sort_key)
        found = self._orders.get(key)
        if found is None:
            found = self._read_order(flt)
            self._orders.put(key, found)
        return found

    def _read_order(self, flt: DossierFilter) -> Sequence[int]:
        """A search narrows the list without its text (usually the one shown just before):
        the same dossiers as the SQL filter, in the same order, without sorting again."""
        if not flt.text:
            return self._source.order(flt, self._sort_key)
        unsearched_key = (replace(flt, text=""), self._sort_key)
        unsearched = self._ascending(unsearched_key[0])
        places = self._orders.places(unsearched_key, unsearched)  # made at the first letter
        matches = self._source.matching(flt.text)
        if matches is None:  # e.g. one letter: nothing to search for yet
            return unsearched
        return narrowed(unsearched, matches | flt.pinned if flt.pinned else matches, places)

    def refresh_rows(self) -> None:
        """Refetch what is shown (after an edit) without changing the order."""
        self._cache.clear()
        if self._nums:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._nums) - 1, len(HEADERS) - 1)
            )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        sort_key, descending = SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder
        if self._partial and self._read_for == (self._generation, self._filter, sort_key):
            # The order being read is this one (at start-up the view sorts again as it
            # restores its header): keep that read, its top the other way round if need be.
            if descending != self._descending:
                self._descending = descending
                self._show_top(len(self._nums))
            self.layoutChanged.emit()
            return
        self._generation += 1
        self._sort_key, self._descending = sort_key, descending
        self._load_soon(self._length_if_unread())
        self.layoutChanged.emit()

    def _load_soon(self, length: int) -> None:
        """A long list not read before: its top at once, the whole order in the background;
        else the list as usual (kept, short, or a search)."""
        if length >= BACKGROUND_FROM:
            self._show_top(length)
            self._read_later()
        else:
            self._load()

    def _length_if_unread(self, same_list: bool = True) -> int:
        """The list's length when its order is to be read from the database and may go
        to the background (0 otherwise). The first load (start-up: a second at 100,000
        dossiers) knows no length yet, nor does another filter (the search box cleared
        after a change dropped the orders kept: 48 ms read on the GUI thread at 100,000
        dossiers, 0.6 s at 1,000,000): a count tells it, a few index pages. `same_list`:
        only the order changes (a sort), so the length is the one shown."""
        if (
            self._filter.text
            or self._today != date.today()
            or self._orders.get((self._filter, self._sort_key)) is not None
        ):
            return 0
        if self._loaded and same_list:
            return len(self._nums)
        if self._source.largest_num() < BACKGROUND_FROM:
            return 0  # short whatever the filter: no count needed
        return self._source.count(self._filter)

    @property
    def complete(self) -> bool:
        """Every row of the list is known (False while only a long list's top is)."""
        return not self._partial

    def _show_top(self, length: int) -> None:
        """A long list sorted on a column not read before, or loaded the first time: its
        top at once (a few index pages) while the whole order is read in the background.
        Same filter, same count."""
        top = self._source.first(self._filter, self._sort_key, self._descending, PAGE_SIZE)
        rest = max(length - len(top), 0)
        self._nums = array("q", top) + array("q", bytes(8 * rest))  # 0: not read yet
        self._loaded, self._partial = True, rest > 0
        self._cache.clear()

    def _row(self, row: int) -> DossierRow | None:
        num = self._nums[row]
        if num == 0:  # below the top of a list still being read: blank for a moment
            return None
        cached = self._cache.get(num)
        if cached is not None:
            return cached
        if len(self._cache) > _MAX_CACHED:
            self._cache.clear()
        start = row - row % PAGE_SIZE
        self._cache.update(self._source.rows(self._nums[start : start + PAGE_SIZE]))
        return self._cache.get(num)

    # --- Qt model API --------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._nums)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header(section)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._row(index.row())
        if row is None:  # deleted since the list was loaded
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return display(row, column, self._status_labels, self._group_labels)
        if role == ID_ROLE:
            return row.id
        if role == NUM_ROLE:
            return row.num
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_GROUPS:
            return groups_tooltip(row, self._group_labels)
        if column == COL_FOLLOW_UP and row.is_overdue(self._today):
            return overdue_style(role, self._bold)
        return None

    # --- helpers for views ------------------------------------------------------------
    def dossier_id(self, row: int) -> uuid.UUID | None:
        found = self._row(row) if 0 <= row < len(self._nums) else None
        return found.id if found else None

    def row_of_num(self, num: int) -> int | None:
        try:
            return self._nums.index(num)
        except ValueError:
            return None
