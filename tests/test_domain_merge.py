"""The three-way merge of one record at check-in of a working copy (issue 20), as a table."""

from __future__ import annotations

import pytest

from kempen_desktop.domain.offline_merge import (
    WHOLE_RECORD,
    RecordConflict,
    merge_record,
    merge_set,
    same_person,
)

BASE = {"situation": "a", "follow_up_on": "2026-01-01"}

CASES = [
    # (name, server, laptop, changes, conflicts, delete)
    ("nobody changed", BASE, BASE, {}, [], False),
    ("laptop only", BASE, {**BASE, "situation": "L"}, {"situation": "L"}, [], False),
    ("server only", {**BASE, "situation": "S"}, BASE, {}, [], False),
    ("both the same", {**BASE, "situation": "X"}, {**BASE, "situation": "X"}, {}, [], False),
    (
        "both different",
        {**BASE, "situation": "S"},
        {**BASE, "situation": "L"},
        {},
        [RecordConflict("situation", "S", "L")],
        False,
    ),
    (
        "different fields on each side",
        {**BASE, "situation": "S"},
        {**BASE, "follow_up_on": None},
        {"follow_up_on": None},
        [],
        False,
    ),
    ("deleted on laptop, server untouched", BASE, None, {}, [], True),
    (
        "deleted on laptop, edited on server",
        {**BASE, "situation": "S"},
        None,
        {},
        [RecordConflict(WHOLE_RECORD, {**BASE, "situation": "S"}, None)],
        False,
    ),
    ("deleted on server, laptop untouched", None, BASE, {}, [], False),
    (
        "deleted on server, edited on laptop",
        None,
        {**BASE, "situation": "L"},
        {},
        [RecordConflict(WHOLE_RECORD, None, {**BASE, "situation": "L"})],
        False,
    ),
    ("deleted on both", None, None, {}, [], False),
]


@pytest.mark.parametrize(
    ("server", "laptop", "changes", "conflicts", "delete"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_merge_record(server, laptop, changes, conflicts, delete) -> None:
    merged = merge_record(BASE, server, laptop)
    assert merged.changes == changes
    assert list(merged.conflicts) == conflicts
    assert merged.delete is delete
    assert merged.applies is bool(changes or delete)


# A set field (kansengroepen) merges per element: (base, server, laptop) -> merged.
SET_CASES = [
    ("nobody changed", ["a", "b"], ["a", "b"], ["a", "b"], ["a", "b"]),
    ("added on laptop and on server: both survive", ["a"], ["a", "s"], ["a", "l"],
     ["a", "l", "s"]),
    ("removed on laptop, untouched on server", ["a", "b"], ["a", "b"], ["a"], ["a"]),
    ("removed on server, untouched on laptop", ["a", "b"], ["b"], ["a", "b"], ["b"]),
    ("removed on both", ["a", "b"], ["b"], ["b"], ["b"]),
    ("same element added on both", [], ["x"], ["x"], ["x"]),
    ("removed on laptop while server added another", ["a"], ["a", "s"], [], ["s"]),
    ("no base (both created it): the union", None, ["s"], ["l"], ["l", "s"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("base", "server", "laptop", "merged"),
    [case[1:] for case in SET_CASES],
    ids=[case[0] for case in SET_CASES],
)
def test_merge_set(base, server, laptop, merged) -> None:
    assert merge_set(base, server, laptop) == merged


def test_a_set_field_in_a_record_merges_per_element_and_never_conflicts() -> None:
    base = {"situation": "a", "kansengroepen": ["leefloon", "neet"]}
    server = {"situation": "a", "kansengroepen": ["leefloon", "neet", "nieuwkomer"]}
    laptop = {"situation": "a", "kansengroepen": ["anderstalig", "leefloon"]}
    merged = merge_record(base, server, laptop, sets={"kansengroepen"})
    assert merged.conflicts == ()
    assert merged.changes == {"kansengroepen": ["anderstalig", "leefloon", "nieuwkomer"]}


def test_a_set_removal_the_server_already_made_changes_nothing() -> None:
    base = {"kansengroepen": ["leefloon", "neet"]}
    server = {"kansengroepen": ["leefloon"]}
    laptop = {"kansengroepen": ["leefloon"]}
    assert merge_record(base, server, laptop, sets={"kansengroepen"}).changes == {}


def test_without_sets_a_list_field_still_conflicts_as_a_whole() -> None:
    base = {"codes": ["a"]}
    merged = merge_record(base, {"codes": ["a", "s"]}, {"codes": ["a", "l"]})
    assert merged.conflicts == (RecordConflict("codes", ["a", "s"], ["a", "l"]),)


def test_a_record_held_on_both_sides_without_a_base_conflicts_where_the_values_differ() -> None:
    """Created on both sides under the same key (a code): equal fields are fine, a field
    only one side filled keeps the filled value, different values are conflicts."""
    server = {"label": "Werk", "description": "", "active": True}
    laptop = {"label": "Aan het werk", "description": "", "active": True}
    merged = merge_record({}, server, laptop)
    assert merged.changes == {}
    assert merged.conflicts == (RecordConflict("label", "Werk", "Aan het werk"),)
    only_laptop = merge_record({}, {"label": "x", "note": None}, {"label": "x", "note": "n"})
    assert only_laptop.changes == {"note": "n"} and only_laptop.conflicts == ()


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (("Peeters", "An"), ("PEETERS", "an"), True),
        (("Van den Broeck", "Jan"), ("Vandenbroeck", "Jan"), True),
        (("Müller", "Zoë"), ("Muller", "Zoe"), True),
        (("Peeters", "An"), ("Peters", "An"), False),
        (("Peeters", "An"), ("Peeters", "Anna"), False),
    ],
)
def test_same_person_compares_names_without_case_accents_or_spaces(a, b, same) -> None:
    assert same_person(*a, *b) is same
