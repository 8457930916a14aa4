"""The three-way merge of one record at check-in of a working copy (issue 20), as a table."""

from __future__ import annotations

import pytest

from kempen_desktop.domain.offline_merge import WHOLE_RECORD, RecordConflict, merge_record

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
