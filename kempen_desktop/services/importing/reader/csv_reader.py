"""Text lists (.csv/.txt): encoding and separator detection, reading with stdlib csv."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable
from pathlib import Path

from kempen_desktop.services.importing.reader.errors import (
    _HEAD,
    CANCEL_EVERY,
    ImportCancelled,
    SpreadsheetError,
    _dutch_int,
    _msg_too_many_rows,
)
from kempen_desktop.services.importing.reader.files import _read_all
from kempen_desktop.services.importing.reader.results import SheetData

# --------------------------------------------------------------------------- CSV


def _decode(data: bytes) -> tuple[str, str]:
    """Text and encoding name: UTF-8 (BOM or not), UTF-16 with BOM, else Windows-1252."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    body = data[3:] if data.startswith(codecs.BOM_UTF8) else data
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        # A head cut in the middle of a multi-byte character is still UTF-8.
        if error.reason == "unexpected end of data" and len(body) - error.start < 4:
            return body[: error.start].decode("utf-8"), "utf-8"
        return body.decode("cp1252", errors="replace"), "cp1252"


_DELIMITERS = (";", "\t", ",", "|")


def _sniff_delimiter(sample: str) -> tuple[str, bool]:
    """Pick the separator whose column count is the most consistent over the first lines.

    Returns (delimiter, found); found is False when no candidate splits the lines into two
    or more columns consistently (a single-column list).
    """
    lines = sample.splitlines()
    if len(lines) > 1 and not sample.endswith(("\n", "\r")):
        lines = lines[:-1]  # the last line of a sample may be cut off
    lines = [line for line in lines[:100] if line.strip()]
    if lines and lines[0].lower().startswith("sep=") and len(lines[0]) == 5:
        return lines[0][4], True
    best, best_score = ";", (0.0, 0.0, 0)
    for delimiter in _DELIMITERS:
        try:
            widths = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:
            widths = [line.count(delimiter) + 1 for line in lines]
        if not widths:
            continue
        counts: dict[int, int] = {}
        for w in widths:
            counts[w] = counts.get(w, 0) + 1
        mode, frequency = max(counts.items(), key=lambda item: (item[1], item[0]))
        split = sum(1 for w in widths if w >= 2) / len(widths)
        # Most lines split in two or more, then the most consistent column count; on a
        # tie the earlier candidate wins (";" first: Belgian Excel, where "," is decimal).
        score = (split, frequency / len(widths), mode)
        if split >= 0.5 and score > best_score:
            best, best_score = delimiter, score
    return best, best_score[0] >= 0.5


def _read_csv(path: Path, max_rows: int, should_cancel: Callable[[], bool] | None) -> SheetData:
    text, _encoding = _decode(_read_all(path))
    text = text.removeprefix("\ufeff")
    delimiter, _found = _sniff_delimiter(text[:_HEAD])
    first_line_end = text.find("\n")
    first_line = text[: first_line_end if first_line_end >= 0 else len(text)].rstrip("\r")
    if first_line.lower().startswith("sep=") and len(first_line) == 5:
        text = text[first_line_end + 1 :] if first_line_end >= 0 else ""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[object]]] = []
    number = 0
    try:
        for record in reader:
            number += 1
            if should_cancel is not None and number % CANCEL_EVERY == 0 and should_cancel():
                raise ImportCancelled()
            if not any(record):  # blank line, or only separators
                continue
            if len(rows) >= max_rows:
                raise SpreadsheetError(_msg_too_many_rows(max_rows))
            rows.append((number, [field or None for field in record]))
    except csv.Error:
        raise SpreadsheetError(
            f"Het tekstbestand kon niet gelezen worden als lijst: rij {_dutch_int(number + 1)} is "
            "ongeldig."
        ) from None
    if should_cancel is not None and should_cancel():
        raise ImportCancelled()
    return SheetData(name=path.stem, rows=rows)
