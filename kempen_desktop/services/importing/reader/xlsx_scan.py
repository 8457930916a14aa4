"""Pre-scan of one .xlsx worksheet: bounding box and shared-string text volume."""

from __future__ import annotations

import re
import zipfile
from array import array
from pathlib import Path
from typing import Any

from kempen_desktop.services.importing.reader.box import _Box
from kempen_desktop.services.importing.reader.errors import (
    _HEAD,
    MAX_CELLS,
    MAX_TEXT,
    MSG_DOCTYPE,
    MSG_TOO_MUCH_TEXT,
    SpreadsheetError,
    _msg_too_many_cells,
)
from kempen_desktop.services.importing.reader.zipstream import (
    _DTD,
    _chunks_until,
    _open_zip,
    _prolog,
    _zip_stream,
)

# --------------------------------------------------------------------------- .xlsx sheets

_TOKENS = re.compile(rb"<(?:[A-Za-z_][\w.\-]*:)?(row|c)(?=[\s/>])([^>]*)>")
_ATTR_R = re.compile(rb'(?:^|\s)r\s*=\s*["\']([A-Za-z]*)([0-9]*)["\']')
_SHARED_REF_EXCEL = re.compile(rb't="s"><v>([0-9]+)</v>')  # how Excel and LibreOffice write it
_SHARED_REF = re.compile(rb'<c [^>]*t="s"[^>]*>\s*<v>\s*([0-9]+)\s*</v>')


def _column_index(letters: bytes) -> int:
    index = 0
    for byte in letters.upper():
        index = index * 26 + (byte - 64)
    return index - 1


def _greater_than(n: int) -> bytes:
    """Regex alternatives matching a decimal integer strictly greater than ``n``."""
    digits = str(n)
    width = len(digits)
    alternatives = [b"[1-9][0-9]{%d,}" % width]
    for i, char in enumerate(digits):
        d = int(char)
        if d < 9:
            rest = width - i - 1
            alternatives.append(
                digits[:i].encode() + b"[%d-9]" % (d + 1) + (b"[0-9]{%d}" % rest if rest else b"")
            )
    return b"0*(?:" + b"|".join(alternatives) + b')"'


def _resolve_sheet_parts(zf: zipfile.ZipFile, names: dict[str, zipfile.ZipInfo]) -> dict[str, str]:
    """Sheet name -> lower-case zip entry name, through _rels/.rels and the workbook rels."""
    from defusedxml import ElementTree as SafeET  # type: ignore[import-untyped,unused-ignore]

    def parse(entry: str) -> Any:
        info = names.get(entry)
        if info is None or info.file_size > 16 * 1024 * 1024:
            return None
        try:
            return SafeET.fromstring(b"".join(_zip_stream(zf, info)), forbid_dtd=True)
        except SpreadsheetError:
            raise
        except Exception:  # noqa: BLE001 - unreadable rels: fall back to scanning every sheet
            return None

    def local(tag: str) -> str:
        return tag.rsplit("}", 1)[-1]

    def resolve(base_dir: str, target: str) -> str:
        target = target.replace("\\", "/")
        joined = (
            target.lstrip("/")
            if target.startswith("/")
            else f"{base_dir}/{target}"
            if base_dir
            else target
        )
        parts: list[str] = []
        for piece in joined.split("/"):
            if piece in ("", "."):
                continue
            if piece == "..":
                if parts:
                    parts.pop()
            else:
                parts.append(piece)
        return "/".join(parts).lower()

    result: dict[str, str] = {}
    root_rels = parse("_rels/.rels")
    if root_rels is None:
        return result
    workbook_part = None
    for rel in root_rels:
        if local(rel.tag) == "Relationship" and rel.get("Type", "").endswith("/officeDocument"):
            workbook_part = resolve("", rel.get("Target", ""))
    if workbook_part is None:
        return result
    workbook = parse(workbook_part)
    base_dir, _, file_name = workbook_part.rpartition("/")
    workbook_rels = parse(
        f"{base_dir}/_rels/{file_name}.rels" if base_dir else f"_rels/{file_name}.rels"
    )
    if workbook is None or workbook_rels is None:
        return result
    targets = {
        rel.get("Id"): resolve(base_dir, rel.get("Target", ""))
        for rel in workbook_rels
        if local(rel.tag) == "Relationship"
    }
    for element in workbook.iter():
        if local(element.tag) != "sheet":
            continue
        rel_id = next((v for k, v in element.attrib.items() if local(k) == "id"), None)
        name = element.get("name")
        if name is not None and rel_id in targets:
            result[name] = targets[rel_id]
    return result


def _precheck_xlsx_sheet(path: Path, sheet: str) -> None:
    """Bounding box and shared-string text volume of one sheet, before calamine sees it."""
    zf = _open_zip(path)
    with zf:
        names = {info.filename.replace("\\", "/").lower(): info for info in zf.infolist()}
        part = _resolve_sheet_parts(zf, names).get(sheet)
        if part in names:
            parts = [names[part]]
        else:  # could not follow the relationships: check every worksheet-like part
            parts = [info for n, info in names.items() if n.endswith(".xml") and "worksheets/" in n]
        shared = next((info for n, info in names.items() if n.endswith("sharedstrings.xml")), None)
        lengths: array[int] = (
            _shared_string_lengths(zf, shared) if shared is not None else array("q")
        )
        for info in parts:
            box_cells, shared_refs = _scan_xlsx_fast(zf, info, count_shared=bool(lengths))
            if box_cells is None or box_cells > MAX_CELLS:
                box_cells = _scan_xlsx_precise(zf, info)
            if box_cells > MAX_CELLS:
                raise SpreadsheetError(_msg_too_many_cells(sheet))
            if shared_refs:
                _check_shared_text(zf, info, shared_refs, lengths)


def _scan_xlsx_fast(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, count_shared: bool
) -> tuple[int | None, int]:
    """Upper bound of the sheet's bounding box from a few regex passes (None: use precise).

    Rows: the largest ``<row r="N">``, raised by any cell whose row number is larger still
    (found with a regex that only matches numbers above the running maximum). Columns:
    26 (A-Z) unless cells with two or more column letters say more. The box is counted
    from A1, which only over-estimates. A cell or row written another way (no ``r``,
    another attribute first, a namespace prefix) sends the sheet to the precise scan.
    """
    max_row = 0
    max_col = 25
    shared_refs = 0
    first = True
    for chunk in _chunks_until(_zip_stream(zf, info), b">"):
        if first:
            if _DTD.search(_prolog(chunk[:_HEAD])):
                raise SpreadsheetError(MSG_DOCTYPE)
            first = False
        if max_row < 0:
            continue  # precise scan follows; keep reading: the CRC check is part of the scan
        rows = _ROW_TAG.findall(chunk)
        if rows:
            if b"" in rows:
                max_row = -1
                continue
            max_row = max(max_row, max(map(int, rows)))
        if _PREFIXED.search(chunk):
            max_row = -1
            continue
        for column, column_row, beyond in _cell_pattern(max_row).findall(chunk):
            if column:
                max_col = max(max_col, _column_index(column))
                max_row = max(max_row, int(column_row))
            elif beyond:
                max_row = max(max_row, int(beyond))
            else:  # a cell without r="..." as its first attribute
                max_row = -1
                break
        if count_shared:
            shared_refs += chunk.count(b't="s"')
    if max_row < 0:
        return None, shared_refs
    return max_row * (max_col + 1), shared_refs


_ROW_TAG = re.compile(rb'<row(?: r="([0-9]+)"|[\s>/])')
_PREFIXED = re.compile(rb":(?:c|row)[\s>/]")  # <x:c ...>: cells in a prefixed namespace


def _cell_pattern(max_row: int) -> re.Pattern[bytes]:
    """Cells that matter for the box: 2+ column letters, a row above ``max_row``, or no r."""
    return re.compile(
        rb'<c(?: r="(?:([A-Z]{2,})([0-9]+)|[A-Z]('
        + _greater_than(max_row)[:-1]
        + rb'))"|\s(?!r=")|>)'
    )


def _scan_xlsx_precise(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> int:
    """Walk every row and cell as calamine does; only cells with content count."""
    box = _Box()
    row = -1
    col = 0
    for chunk in _chunks_until(_zip_stream(zf, info), b">"):
        for match in _TOKENS.finditer(chunk):
            attrs = match.group(2)
            ref = _ATTR_R.search(attrs)
            if match.group(1) == b"row":
                row = int(ref.group(2)) - 1 if ref and ref.group(2) else row + 1
                col = 0
                continue
            if ref and ref.group(1) and ref.group(2):
                cell_row, col = int(ref.group(2)) - 1, _column_index(ref.group(1))
            else:
                cell_row = max(row, 0)
            if not attrs.endswith(b"/"):
                box.add(cell_row, col)
            col += 1
    return box.cells()


_SI_START = re.compile(rb"<(?:[A-Za-z_][\w.\-]*:)?si(?=[\s/>])")


def _shared_string_lengths(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> array[int]:
    """Raw XML length of every <si> (an upper bound on its text), in table order."""
    lengths = array("q")
    current = -1  # length so far of the <si> still open at the end of the previous chunk
    for chunk in _chunks_until(_zip_stream(zf, info), b">"):
        if b"<si " in chunk or b"<si/" in chunk or b":si" in chunk:
            pieces = _SI_START.split(chunk)  # attributes, self-closing or prefixed: slower
        else:
            pieces = chunk.split(b"<si>")  # how Excel and LibreOffice write it
        if current >= 0:
            current += len(pieces[0])
        if len(pieces) > 1:
            if current >= 0:
                lengths.append(current)
            lengths.extend(map(len, pieces[1:-1]))
            current = len(pieces[-1])
    if current >= 0:
        lengths.append(current)
    return lengths


def _check_shared_text(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, refs: int, lengths: array[int]
) -> None:
    """calamine copies a shared string into every cell that uses it: add those copies up.

    Cheap first: strings up to ``threshold`` bytes cannot exceed half the budget however
    often they are used, so only references to the few longer strings are counted. When
    there are many long strings, or cells are written unusually, every reference counts.
    """
    if not lengths:
        return
    longest = max(lengths)
    if refs * longest <= MAX_TEXT:
        return
    threshold = MAX_TEXT // (2 * refs)
    long_ids = [i for i, n in enumerate(lengths) if n > threshold]
    if len(long_ids) <= 64:
        pattern = re.compile(rb't="s"><v>(' + b"|".join(b"%d" % i for i in long_ids) + rb")</v>")
        total = refs * threshold
        standard = 0
        for chunk in _chunks_until(_zip_stream(zf, info), b"</c>"):
            standard += chunk.count(b't="s"><v>')
            total += sum(lengths[int(i)] for i in pattern.findall(chunk))
            if total > MAX_TEXT:
                raise SpreadsheetError(MSG_TOO_MUCH_TEXT)
        if standard >= refs:
            return
    count = len(lengths)
    for pattern in (_SHARED_REF_EXCEL, _SHARED_REF):
        total = 0
        matched = 0
        for chunk in _chunks_until(_zip_stream(zf, info), b"</c>"):
            indices = [i for i in map(int, pattern.findall(chunk)) if i < count]
            matched += len(indices)
            total += sum(map(lengths.__getitem__, indices))
            if total > MAX_TEXT:
                raise SpreadsheetError(MSG_TOO_MUCH_TEXT)
        if total + max(refs - matched, 0) * longest <= MAX_TEXT:
            return
    raise SpreadsheetError(MSG_TOO_MUCH_TEXT)
