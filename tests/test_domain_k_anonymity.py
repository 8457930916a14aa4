"""The k-anonymity rule: generalise along hierarchies in a fixed order, suppress the rest."""

from __future__ import annotations

from collections import Counter

import pytest

from kempen_desktop.domain.k_anonymity import Hierarchy, anonymise, generalise, small_classes


def _decade(value):
    return f"{str(value)[:3]}0s"


YEAR = Hierarchy(0, ("jaar", "decennium", "weggelaten"), (_decade, lambda _v: "alle"))
PLACE = Hierarchy(1, ("gemeente", "weggelaten"), (lambda _v: "alle",))


def _min_class(rows) -> int:
    return min(Counter(rows).values())


def test_already_k_anonymous_rows_stay_as_they_are() -> None:
    rows = [("1990", "Geel")] * 5 + [("1991", "Mol")] * 6
    result = anonymise(rows, [YEAR, PLACE], [0, 1, 0])
    assert result.rows == [tuple(r) for r in rows]
    assert result.suppressed == 0
    assert result.level_names == {0: "jaar", 1: "gemeente"}


def test_generalises_in_the_given_order_until_classes_are_large_enough() -> None:
    rows = (
        [("1990", "Geel")] * 3
        + [("1995", "Geel")] * 3
        + [("1991", "Mol")] * 5
        + [("1999", "Mol")] * 5
    )
    result = anonymise(rows, [YEAR, PLACE], [0, 1, 0], max_suppressed=0)
    # One step (year -> decade) is enough; place is kept.
    assert result.level_names == {0: "decennium", 1: "gemeente"}
    assert result.suppressed == 0 and _min_class(result.rows) >= 5
    assert ("1990s", "Mol") in result.rows


def test_rare_rows_left_out_within_the_suppression_limit() -> None:
    rows = [("1990", "Geel")] * 50 + [("1990", "Mol")] * 50 + [("1990", "Retie")]
    result = anonymise(rows, [YEAR, PLACE], [1], max_suppressed=0.05)
    assert result.level_names[1] == "gemeente"  # one stray row is not worth losing the places
    assert result.suppressed == 1
    assert 100 not in result.kept and _min_class(result.rows) >= 5


def test_beyond_the_limit_it_coarsens_and_uses_the_last_step_if_needed() -> None:
    rows = [(str(1700 + 10 * i), f"G{i}") for i in range(30)]  # unique even per decade
    result = anonymise(rows, [YEAR, PLACE], [0, 1, 0], max_suppressed=0.05)
    assert result.level_names == {0: "weggelaten", 1: "weggelaten"}
    assert result.suppressed == 0 and set(result.rows) == {("alle", "alle")}


def test_fewer_rows_than_k_leaves_nothing() -> None:
    rows = [("1990", "Geel")] * 4
    result = anonymise(rows, [YEAR, PLACE], [0, 1, 0])
    assert result.rows == [] and result.kept == [] and result.suppressed == 4


@pytest.mark.parametrize("size", [5, 7, 23, 200])
def test_result_is_always_k_anonymous(size: int) -> None:
    rows = [
        (str(1940 + (i * 7) % 60), f"G{(i * 3) % 11}", "ja" if i % 4 else "nee")
        for i in range(size)
    ]
    result = anonymise(rows, [YEAR, PLACE], [0, 1, 0])
    assert not small_classes(result.rows)
    assert len(result.rows) + result.suppressed == size
    # Columns without a hierarchy (here the third) are never changed.
    assert all(row[2] == rows[i][2] for row, i in zip(result.rows, result.kept, strict=True))


def test_generalise_and_hierarchy_checks() -> None:
    assert generalise([("1994", "Geel", "x")], [YEAR, PLACE], {0: 1, 1: 0}) == [
        ("1990s", "Geel", "x")
    ]
    with pytest.raises(ValueError):
        Hierarchy(0, ("a",), (_decade,))
    with pytest.raises(ValueError):
        anonymise([("1990", "Geel")], [YEAR], [1])
