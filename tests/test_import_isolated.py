"""Large workbooks are parsed in a child process (the GUI's path): same rows, same Dutch
errors, and a cancel stops the child."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CORPUS
from import_helpers import write_xlsx

from kempen_desktop.services.importing import reader
from kempen_desktop.services.importing.reader import (
    ImportCancelled,
    SpreadsheetError,
    read_sheet,
)


@pytest.fixture
def always_in_child(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "CHILD_THRESHOLD_BYTES", -1)


def _rows(n: int) -> list[list[object]]:
    return [
        [None, f"{i:07d}", f"Naam{i}", "Voornaam", f"{1 + i % 28:02d}/05/1990"] for i in range(n)
    ]


@pytest.mark.usefixtures("always_in_child")
def test_child_reads_exactly_what_the_process_reads(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "lijst.xlsx", _rows(4500))  # more than two chunks
    in_child = read_sheet(path, isolated=True)
    assert in_child == read_sheet(path)
    assert len(in_child.rows) == 4500 + 3 and in_child.name == "Lijst"


@pytest.mark.usefixtures("always_in_child")
@pytest.mark.parametrize(
    "name", ["encrypted/lo__simple-encryption-2010.xlsx", "attacks/poi__poc-xmlbomb.xlsx"]
)
def test_child_reports_the_same_dutch_message(name: str) -> None:
    path = CORPUS / name
    if not path.exists():
        pytest.skip("corpus not present")
    with pytest.raises(SpreadsheetError) as here:
        read_sheet(path)
    with pytest.raises(SpreadsheetError) as there:
        read_sheet(path, isolated=True)
    assert str(there.value) == str(here.value)


@pytest.mark.usefixtures("always_in_child")
def test_cancel_stops_the_child(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "lijst.xlsx", _rows(50))
    with pytest.raises(ImportCancelled):
        read_sheet(path, isolated=True, should_cancel=lambda: True)


def test_unknown_sheet_from_the_child(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "CHILD_THRESHOLD_BYTES", -1)
    path = write_xlsx(tmp_path / "lijst.xlsx", _rows(5))
    with pytest.raises(SpreadsheetError, match="bestaat niet in dit bestand"):
        read_sheet(path, "Bestaat niet", isolated=True)
