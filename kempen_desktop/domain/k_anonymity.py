"""k-anonymity for row-level statistical sheets: generalise along fixed hierarchies, then
suppress what is still rare.

A row is a tuple of quasi-identifiers (values that, combined, could point at one person:
age band, sex, place, start month, ...). The rows are k-anonymous when every combination
that appears, appears at least `k` times.

The method is full-domain generalisation along a fixed, explainable path: each column has
a hierarchy of levels (level 0 = the value as given, the last level = one value for all),
and `steps` says which column is coarsened next. After each step the rows in classes
smaller than `k` are counted; the first step at which at most `max_suppressed` of the
rows would have to go is taken, and those rows are left out. Coarsening only merges
classes, so every later step suppresses no more than an earlier one: if no step meets the
limit, the last one (the coarsest) is used and its small classes are left out all the same.
The result is k-anonymous in every case; with fewer than `k` rows nothing is left.

Pure: no I/O, no database; the hierarchies are plain functions supplied by the caller.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

K = 5  # the smallest group that may be shown
MAX_SUPPRESSED = 0.05  # share of rows we accept to leave out before coarsening further


@dataclass(frozen=True)
class Hierarchy:
    """How one column can be coarsened. `levels[i]` maps the original value to its value
    at level i+1 (level 0 is the value itself); `names[i]` says in Dutch what level i is
    ("gemeente", "arrondissement", ...), so the sheet can tell the reader."""

    column: int
    names: tuple[str, ...]
    levels: tuple[Callable[[Hashable], Hashable], ...]

    def __post_init__(self) -> None:
        if len(self.names) != len(self.levels) + 1:
            raise ValueError("names needs one entry per level, level 0 included")

    def at(self, level: int, value: Hashable) -> Hashable:
        return value if level == 0 else self.levels[level - 1](value)


@dataclass(frozen=True)
class Anonymised:
    rows: list[tuple[Hashable, ...]]  # the kept rows, generalised, in input order
    kept: list[int]  # index in the input of each kept row
    suppressed: int  # rows left out because their class stayed smaller than k
    levels: dict[int, int]  # column -> level used
    level_names: dict[int, str]  # column -> what that level is called


def generalise(
    rows: Sequence[Sequence[Hashable]], hierarchies: Sequence[Hierarchy], levels: dict[int, int]
) -> list[tuple[Hashable, ...]]:
    """The rows with every column that has a hierarchy lifted to the given level."""
    by_column = {h.column: h for h in hierarchies}
    lifted = []
    for row in rows:
        lifted.append(
            tuple(
                by_column[i].at(levels.get(i, 0), value) if i in by_column else value
                for i, value in enumerate(row)
            )
        )
    return lifted


def small_classes(rows: Sequence[tuple[Hashable, ...]], k: int = K) -> set[tuple[Hashable, ...]]:
    """The combinations that occur fewer than k times."""
    return {combo for combo, count in Counter(rows).items() if count < k}


def anonymise(
    rows: Sequence[Sequence[Hashable]],
    hierarchies: Sequence[Hierarchy],
    steps: Sequence[int],
    *,
    k: int = K,
    max_suppressed: float = MAX_SUPPRESSED,
) -> Anonymised:
    """Generalise step by step (each entry of `steps` raises that column one level) until at
    most `max_suppressed` of the rows sit in classes smaller than `k`; leave those out."""
    by_column = {h.column: h for h in hierarchies}
    for column in steps:
        if column not in by_column:
            raise ValueError(f"no hierarchy for column {column}")
    levels = {h.column: 0 for h in hierarchies}
    plan = [dict(levels)]
    for column in steps:
        if levels[column] + 1 < len(by_column[column].names):
            levels[column] += 1
            plan.append(dict(levels))
    limit = max_suppressed * len(rows)
    for index, candidate in enumerate(plan):
        lifted = generalise(rows, hierarchies, candidate)
        rare = small_classes(lifted, k)
        rare_rows = sum(1 for row in lifted if row in rare)
        if rare_rows <= limit or index == len(plan) - 1:
            kept = [i for i, row in enumerate(lifted) if row not in rare]
            return Anonymised(
                rows=[lifted[i] for i in kept],
                kept=kept,
                suppressed=len(rows) - len(kept),
                levels=candidate,
                level_names={c: by_column[c].names[lv] for c, lv in candidate.items()},
            )
    raise AssertionError("unreachable: the plan always has a last step")
