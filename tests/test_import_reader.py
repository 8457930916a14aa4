"""The spreadsheet reader: every corpus file ends in data or a clear Dutch refusal.

The corpus run and the crafted attacks go through a child process (fresh interpreter,
address-space limit on Linux), so a regression that makes calamine allocate gigabytes or
abort cannot take the test run down with it, and its peak memory is measured per file.
"""

from __future__ import annotations

import datetime
import json
import os
import queue
import shutil
import struct
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest

from kempen_desktop.services.importing import reader
from kempen_desktop.services.importing.reader import (
    ImportCancelled,
    SheetData,
    SheetInfo,
    SpreadsheetError,
    list_sheets,
    read_sheet,
)
from tests.paths import CORPUS, REPO

_SKIPPED_SUFFIXES = {".md", ".txt", ".json"}
CORPUS_FILES = (
    sorted(
        p.relative_to(CORPUS).as_posix()
        for p in CORPUS.rglob("*")
        if p.is_file() and p.name != "MANIFEST.tsv" and p.suffix.lower() not in _SKIPPED_SUFFIXES
    )
    if CORPUS.is_dir()
    else []
)

TIME_LIMIT = 20.0  # seconds per file
RSS_LIMIT_MB = 1024  # peak resident memory of the child after any one file
AS_LIMIT = 3 * 1024**3  # address-space cap of the child (virtual; well above the RSS bound)

PASSWORD = reader.MSG_PASSWORD
CORRUPT = reader.MSG_CORRUPT
NOT_SPREADSHEET = reader.MSG_NOT_SPREADSHEET
DATA = "data"

# What specific corpus files must give: DATA, or the start of the refusal message.
EXPECTED = {
    "encrypted/cal__pass_protected.ods": PASSWORD,
    "encrypted/cal__pass_protected.xlsx": PASSWORD,
    "encrypted/lo__simple-encryption-2007.xlsx": PASSWORD,
    "encrypted/lo__simple-encryption-2010.xlsx": PASSWORD,
    "encrypted/poi__protected_passtika.xlsx": PASSWORD,
    "encrypted/pycal__password.xls": PASSWORD,
    "encrypted/sjs__password_2002_40_xor.xls": PASSWORD,
    "encrypted/poi__sheetProtection_allLocked.xlsx": DATA,  # protection is not encryption
    "encrypted/poi__workbookProtection-workbook_password-2013.xlsx": DATA,
    "malformed/pycal__empty_file.xlsx": reader.MSG_EMPTY,
    "malformed/poi__duplicate-filename.xlsx": CORRUPT,
    "malformed/poi__duplicate-filename-case-insensitive.xlsx": CORRUPT,
    "malformed/poi__invalid.xlsx": CORRUPT,
    "malformed/poi__clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-5636439151607808.xlsx": CORRUPT,
    "malformed/cal__too_small.xls": NOT_SPREADSHEET,
    "malformed/cal__OOM_alloc.xls": DATA,
    "malformed/sjs__wtf_path.xlsx": DATA,
    "malformed/cal__strict_iso_paths.xlsx": DATA,
    "attacks/poi__poc-xmlbomb.xlsx": reader.MSG_DOCTYPE,
    "attacks/poi__54764.xlsx": reader.MSG_DOCTYPE,
    "attacks/poi__ContentTypeHasEntities.ooxml": reader.MSG_DOCTYPE,
    "attacks/poi__poc-shared-strings.xlsx": reader.MSG_TOO_MUCH_TEXT,
    "attacks/cal__issue_594_dos.ods": "Een werkblad in dit bestand beslaat meer dan",
    "attacks/dfx__xmlbomb.xml": NOT_SPREADSHEET,
    "attacks/dfx__external.xml": NOT_SPREADSHEET,
    "formats/sjs__crlf.htm": NOT_SPREADSHEET,
    "formats/lo__german-numbers.html": NOT_SPREADSHEET,
    "formats/sjs__crlf.xml": NOT_SPREADSHEET,
    "formats/sjs__crlf.fods": NOT_SPREADSHEET,
    "formats/sjs__CRLFR9.WK1": NOT_SPREADSHEET,
    "formats/sjs__CRLFX5_2.XLS": reader.MSG_OLD_EXCEL,
    "formats/xlrd__biff4_no_format_no_window2.xls": reader.MSG_OLD_EXCEL,
    "formats/cal__biff5_write.xls": DATA,
    "formats/cal__issue127.xlsb": DATA,
    "belgium/bemaps__TF_PSNL_INC_TAX_MUNTY_tcm325-272513.zip": NOT_SPREADSHEET,
    "belgium/bopr__TF_SOC_POP_STRUCT_2022.zip": NOT_SPREADSHEET,
    "csv/lo__malformed-quotes.xls": DATA,  # tab-separated text misnamed .xls
    "structure/lo__300000_line_sample.xlsx": "Het bestand heeft meer dan 200.000 rijen",
    "structure/lo__export-millon-rows.xlsx": DATA,
    "structure/lo__xlsx-export-single-cell-at-last-row.xlsx": DATA,
    "macros/poi__xlmmacro.xlsm": reader.MSG_MACROSHEET,
}
# Whole folders whose every file must import.
DATA_FOLDERS = ("dates/", "strings/", "merged/", "visibility/", "formulas/", "csv/")

# Crafted files that exercise attacks the corpus does not hold (built by _craft below).
CRAFTED = {
    "far_cell.xlsx": "Het werkblad ‘Blad1’ beslaat meer dan",  # A1 + XFD1048576: calamine aborts
    "far_cell_r_last.xlsx": "Het werkblad ‘Blad1’ beslaat meer dan",  # same, r= not first
    "far_26m.xlsx": "Het werkblad ‘Blad1’ beslaat meer dan",  # A1 + Z1048576: 850 MB in calamine
    "shared_amplification.xlsx": reader.MSG_TOO_MUCH_TEXT,  # 1M chars x 2,600 cells: 2.5 GB
    "zip_bomb.xlsx": reader.MSG_BOMB,
    "doctype_in_sheet.xlsx": reader.MSG_DOCTYPE,
    "lying_size.xlsx": CORRUPT,
    "ods_repeat.ods": "Een werkblad in dit bestand beslaat meer dan",  # 98M cells: calamine aborts
    "ods_spaces.ods": reader.MSG_TOO_MUCH_TEXT,  # text:c="100000" repeated
    "xls_far_cell.xls": "Een werkblad in dit bestand beslaat meer dan",  # patched BIFF: abort
    "docx_renamed.xlsx": NOT_SPREADSHEET,
    "random.xlsx": NOT_SPREADSHEET,
    "xlsx_named.csv": DATA,
    "ods_named.xlsx": DATA,
    "single_cell_last_row_wide.xlsx": DATA,
    "xlsb_far_cell.xlsb": "Een werkblad in dit bestand beslaat meer dan",  # calamine aborts
    "xlsb_cells.xlsb": DATA,
    "many_entries.xlsx": reader.MSG_BOMB,  # 10,001 empty entries
}


# --------------------------------------------------------------------------- child runner

_CHILD = r"""
import json, os, resource, sys, time
if sys.platform.startswith("linux"):
    limit = int(os.environ["READER_AS_LIMIT"])
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from kempen_desktop.services.importing.reader import SpreadsheetError, list_sheets, read_sheet
scale = 1024 if sys.platform != "darwin" else 1024 * 1024


def peak_mb():
    # VmHWM belongs to this process image; ru_maxrss on Linux also counts the memory of
    # the parent at fork time, which says nothing about the reader.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale


for line in sys.stdin:
    path = line.rstrip("\n")
    print(json.dumps({"start": path}), flush=True)
    started = time.perf_counter()
    try:
        sheets = list_sheets(path)
        data = read_sheet(path)
        result = {"kind": "data", "sheets": len(sheets), "rows": len(data.rows)}
    except SpreadsheetError as error:
        result = {"kind": "error", "message": str(error)}
    except BaseException as error:
        result = {"kind": "other", "message": f"{type(error).__name__}: {error}"}
    result["seconds"] = time.perf_counter() - started
    result["rss_mb"] = peak_mb()
    result["path"] = path
    print(json.dumps(result), flush=True)
"""


def _pump(stream, lines: queue.Queue) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)


def _run_in_child(paths: list[str]) -> dict[str, dict]:
    """Read every path in a child process; a hang or crash is recorded and the rest goes on."""
    results: dict[str, dict] = {}
    remaining = list(paths)
    env = dict(os.environ, PYTHONPATH=str(REPO), READER_AS_LIMIT=str(AS_LIMIT))
    while remaining:
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            cwd=REPO,
            env=env,
        )
        lines: queue.Queue = queue.Queue()
        threading.Thread(target=_pump, args=(child.stdout, lines), daemon=True).start()
        child.stdin.write("".join(p + "\n" for p in remaining))
        child.stdin.close()
        current = None
        while True:
            try:
                line = lines.get(timeout=TIME_LIMIT + 10)
            except queue.Empty:
                child.kill()
                results[current or remaining[0]] = {
                    "kind": "hang",
                    "message": "",
                    "seconds": TIME_LIMIT + 10,
                    "rss_mb": 0,
                }
                break
            if line is None:  # the child died (abort, out of memory)
                if current is not None:
                    results[current] = {
                        "kind": "crash",
                        "message": f"exit {child.wait()}",
                        "seconds": 0,
                        "rss_mb": 0,
                    }
                break
            record = json.loads(line)
            if "start" in record:
                current = record["start"]
            else:
                results[record["path"]] = record
                current = None
        child.wait()
        remaining = [p for p in remaining if p not in results]
    return results


@pytest.fixture(scope="module")
def crafted_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("crafted")
    _craft(folder)
    return folder


@pytest.fixture(scope="module")
def outcomes(crafted_dir: Path) -> dict[str, dict]:
    paths = [str(CORPUS / name) for name in CORPUS_FILES] + [
        str(crafted_dir / name) for name in CRAFTED
    ]
    started = time.perf_counter()
    results = _run_in_child(paths)
    results["__total_seconds__"] = {"seconds": time.perf_counter() - started}
    return results


def _check_outcome(result: dict, expected: str | None) -> None:
    assert result["kind"] in ("data", "error"), f"{result['kind']}: {result.get('message')}"
    assert result["seconds"] < TIME_LIMIT, f"took {result['seconds']:.1f} s"
    assert result["rss_mb"] < RSS_LIMIT_MB, f"peak memory {result['rss_mb']:.0f} MB"
    if result["kind"] == "error":
        _assert_dutch_sentence(result["message"])
    if expected == DATA:
        assert result["kind"] == "data", result.get("message")
    elif expected is not None:
        assert result["kind"] == "error", f"expected a refusal, got {result}"
        assert result["message"].startswith(expected), result["message"]


def _assert_dutch_sentence(message: str) -> None:
    assert message and message.strip() == message
    assert "\n" not in message and "Traceback" not in message
    for english in ("Error", "Exception", "calamine", "zip file", "Invalid", "not found"):
        assert english not in message, message
    lowered = f" {message.lower()} "
    assert any(
        word in lowered for word in (" het ", " de ", " dit ", " een ", "bestand", "werkblad")
    ), message
    assert message.endswith("."), message


@pytest.mark.skipif(not CORPUS_FILES, reason=f"corpus not found at {CORPUS}")
@pytest.mark.parametrize("name", CORPUS_FILES)
def test_corpus_file_ends_in_data_or_a_dutch_refusal(name: str, outcomes: dict[str, dict]) -> None:
    expected = EXPECTED.get(name)
    if expected is None and name.startswith(DATA_FOLDERS):
        expected = DATA
    _check_outcome(outcomes[str(CORPUS / name)], expected)


@pytest.mark.parametrize("name", sorted(CRAFTED))
def test_crafted_attack(name: str, outcomes: dict[str, dict], crafted_dir: Path) -> None:
    _check_outcome(outcomes[str(crafted_dir / name)], CRAFTED[name])


def test_whole_corpus_is_fast(outcomes: dict[str, dict]) -> None:
    assert outcomes["__total_seconds__"]["seconds"] < 60


# --------------------------------------------------------------------------- crafted files

_CT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
    'Target="sharedStrings.xml"/>'
    "</Relationships>"
)


def _sheet_xml(rows: str, prolog: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{prolog}'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{rows}</sheetData></worksheet>"
    )


def _inline(ref: str, text: str, first: bool = True) -> str:
    if first:
        return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'
    return f'<c t="inlineStr" r="{ref}"><is><t>{text}</t></is></c>'


def _xlsx(path: Path, sheet: str, shared: str = "", compress: int = zipfile.ZIP_DEFLATED) -> None:
    shared = (
        shared
        or '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'count="0" uniqueCount="0"/>'
    )
    with zipfile.ZipFile(path, "w", compress) as package:
        package.writestr("[Content_Types].xml", _CT)
        package.writestr("_rels/.rels", _RELS)
        package.writestr("xl/workbook.xml", _WORKBOOK)
        package.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        package.writestr("xl/sharedStrings.xml", shared)
        package.writestr("xl/worksheets/sheet1.xml", sheet)


def _ods(path: Path, tables: str) -> None:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" '
        'manifest:media-type="text/xml"/></manifest:manifest>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"
        )
        package.writestr("META-INF/manifest.xml", manifest)
        package.writestr("content.xml", content)


def _craft(folder: Path) -> None:
    _xlsx(
        folder / "far_cell.xlsx",
        _sheet_xml(
            f'<row r="1">{_inline("A1", "Naam")}</row>'
            f'<row r="1048576">{_inline("XFD1048576", "x")}</row>'
        ),
    )
    _xlsx(
        folder / "far_cell_r_last.xlsx",
        _sheet_xml(
            f'<row r="1">{_inline("A1", "Naam")}{_inline("XFD1048576", "x", first=False)}</row>'
        ),
    )
    _xlsx(
        folder / "far_26m.xlsx",
        _sheet_xml(
            f'<row r="1">{_inline("A1", "Naam")}</row><row r="2">{_inline("Z1048576", "x")}</row>'
        ),
    )
    rows = "".join(
        f'<row r="{r}">'
        + "".join(f'<c r="{chr(65 + c)}{r}" t="s"><v>0</v></c>' for c in range(26))
        + "</row>"
        for r in range(1, 101)
    )
    shared = (
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2600" '
        'uniqueCount="1">'
        f"<si><t>{'A' * 1_000_000}</t></si></sst>"
    )
    _xlsx(folder / "shared_amplification.xlsx", _sheet_xml(rows), shared)
    bomb_rows = f'<row r="1">{_inline("A1", "Naam")}</row>' + " " * 150_000_000
    _xlsx(folder / "zip_bomb.xlsx", _sheet_xml(bomb_rows))
    _xlsx(
        folder / "doctype_in_sheet.xlsx",
        _sheet_xml(
            f'<row r="1">{_inline("A1", "&lol;")}</row>',
            prolog='<!DOCTYPE worksheet [<!ENTITY lol "lol">]>',
        ),
    )
    # A central directory that claims a small uncompressed size for a bigger sheet.
    _xlsx(
        folder / "lying_size.xlsx", _sheet_xml(f'<row r="1">{_inline("A1", "Naam" * 5000)}</row>')
    )
    data = bytearray((folder / "lying_size.xlsx").read_bytes())
    with zipfile.ZipFile(folder / "lying_size.xlsx") as package:
        info = package.getinfo("xl/worksheets/sheet1.xml")
    name = info.filename.encode()
    central = data.find(b"PK\x01\x02")
    while data[central + 46 : central + 46 + len(name)] != name:
        central = data.find(b"PK\x01\x02", central + 4)
    struct.pack_into("<I", data, central + 24, info.file_size // 10)  # uncompressed size
    struct.pack_into("<I", data, info.header_offset + 22, info.file_size // 10)
    (folder / "lying_size.xlsx").write_bytes(bytes(data))

    _ods(
        folder / "ods_repeat.ods",
        '<table:table table:name="Blad1"><table:table-row table:number-rows-repeated="6000">'
        '<table:table-cell table:number-columns-repeated="16384" office:value-type="float" '
        'office:value="1"/>'
        "</table:table-row></table:table>",
    )
    _ods(
        folder / "ods_spaces.ods",
        '<table:table table:name="Blad1"><table:table-row table:number-rows-repeated="1000">'
        '<table:table-cell table:number-columns-repeated="100" office:value-type="string">'
        '<text:p>a<text:s text:c="100000"/>b</text:p></table:table-cell>'
        "</table:table-row></table:table>",
    )
    # A real .xls with one RK cell record moved to row 65535, column 16383.
    xls = (
        bytearray((CORPUS / "dates" / "cal__date_1904.xls").read_bytes())
        if CORPUS.is_dir()
        else None
    )
    if xls is not None:
        at = xls.find(struct.pack("<HH", 0x027E, 10))
        struct.pack_into("<HH", xls, at + 4, 0xFFFF, 0x3FFF)
        (folder / "xls_far_cell.xls").write_bytes(bytes(xls))
    else:
        (folder / "xls_far_cell.xls").write_bytes(b"")
    with zipfile.ZipFile(folder / "docx_renamed.xlsx", "w") as package:
        package.writestr(
            "[Content_Types].xml",
            _CT.replace("spreadsheetml.sheet.main", "wordprocessingml.document.main"),
        )
        package.writestr("word/document.xml", "<w:document/>")
    (folder / "random.xlsx").write_bytes(bytes((i * 7919 + 13) % 256 for i in range(4096)))
    _write_openpyxl(folder / "xlsx_named.csv", [["Naam", "Voornaam"], ["Peeters", "Céline"]])
    _ods(
        folder / "ods_named.xlsx",
        '<table:table table:name="Blad1"><table:table-row><table:table-cell '
        'office:value-type="string">'
        "<text:p>Naam</text:p></table:table-cell></table:table-row></table:table>",
    )
    _xlsx(
        folder / "single_cell_last_row_wide.xlsx",
        _sheet_xml(
            f'<row r="1048576">{_inline("A1048576", "a")}{_inline("XFD1048576", "b")}</row>'
        ),
    )
    with zipfile.ZipFile(folder / "many_entries.xlsx", "w") as package:
        for index in range(10_001):
            package.writestr(f"x{index}", b"")
    _xlsb(folder / "xlsb_cells.xlsb", [(0, 0, 1.0), (0, 1, 2.0), (2, 0, 3.0)])
    _xlsb(folder / "xlsb_far_cell.xlsb", [(0, 0, 1.0), (1048575, 16383, 2.0)])


def _xlsb(path: Path, cells: list[tuple[int, int, float]]) -> None:
    """The corpus .xlsb with BrtRowHdr + BrtCellReal records put into its first sheet."""
    source = CORPUS / "formats" / "cal__issue127.xlsb"
    if not source.exists():
        path.write_bytes(b"")
        return

    def record(kind: int, body: bytes) -> bytes:
        head = bytes([(kind & 0x7F) | 0x80, kind >> 7]) if kind >= 0x80 else bytes([kind])
        size, encoded = len(body), bytearray()
        while True:
            encoded.append((size & 0x7F) | (0x80 if size >> 7 else 0))
            size >>= 7
            if not size:
                break
        return head + bytes(encoded) + body

    body = b"".join(
        record(0, struct.pack("<I", row) + bytes(21))
        + record(5, struct.pack("<IId", col, 0, value))
        for row, col, value in cells
    )
    with (
        zipfile.ZipFile(source) as original,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package,
    ):
        for info in original.infolist():
            data = original.read(info)
            if info.filename == "xl/worksheets/sheet1.bin":
                begin = data.index(bytes([0x91, 0x01, 0x00])) + 3  # after BrtBeginSheetData
                data = data[:begin] + body + data[begin:]
            package.writestr(info, data)


def _write_openpyxl(
    path: Path,
    rows: list[list[object]],
    *,
    title_rows: int = 0,
    start_col: int = 1,
    sheets: tuple[tuple[str, str], ...] = (("Blad1", "visible"),),
) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, state in sheets:
        sheet = workbook.create_sheet(name)
        sheet.sheet_state = state
        for r, row in enumerate(rows, start=1 + title_rows):
            for c, value in enumerate(row, start=start_col):
                if value is not None:
                    sheet.cell(row=r, column=c, value=value)
    workbook.save(path)


# --------------------------------------------------------------------------- specific behaviour


def test_api_types(tmp_path: Path) -> None:
    path = tmp_path / "lijst.xlsx"
    _write_openpyxl(path, [["Naam"], ["Peeters"]])
    assert list_sheets(path) == [SheetInfo(name="Blad1", visible=True)]
    data = read_sheet(path)
    assert isinstance(data, SheetData)
    assert data == SheetData(name="Blad1", rows=[(1, ["Naam"]), (2, ["Peeters"])])


def test_title_rows_keep_true_row_numbers(tmp_path: Path) -> None:
    path = tmp_path / "titels.xlsx"
    # Two empty title rows, the table starting in column C: calamine's range starts at C3.
    _write_openpyxl(
        path,
        [["Naam", "Voornaam"], ["Peeters", "Céline"], ["Maes", "Jan"]],
        title_rows=2,
        start_col=3,
    )
    data = read_sheet(path)
    assert data.rows == [
        (3, [None, None, "Naam", "Voornaam"]),
        (4, [None, None, "Peeters", "Céline"]),
        (5, [None, None, "Maes", "Jan"]),
    ]
    # Title text in rows 1-2, an empty row 3, the header in row 4.
    path2 = tmp_path / "titels2.xlsx"
    _write_openpyxl(
        path2, [["Lijst VDAB Kempen"], ["Stand op 1 maart"], [None], ["Naam"], ["Peeters"]]
    )
    assert [number for number, _ in read_sheet(path2).rows] == [1, 2, 4, 5]


def test_corpus_header_row_numbers() -> None:
    path = CORPUS / "structure" / "cal__header-row.xlsx"
    if not path.exists():
        pytest.skip("corpus not available")
    rows = dict(read_sheet(path).rows)
    assert rows[3] == [None, None, "Note 1", None]
    assert rows[9] == ["Columns", "Column A", "Column B", "Column C"]
    assert rows[10] == ["put data here", 1, 2, 3]


def test_empty_rows_are_skipped_but_numbers_stay_true(tmp_path: Path) -> None:
    path = tmp_path / "gaten.xlsx"
    _write_openpyxl(path, [["Naam"], [None], ["Peeters"], [None], [None], ["Maes"]])
    assert read_sheet(path).rows == [(1, ["Naam"]), (3, ["Peeters"]), (6, ["Maes"])]


def test_values_keep_their_types(tmp_path: Path) -> None:
    path = tmp_path / "types.xlsx"
    _write_openpyxl(path, [["x", 2440, 30.4, True, datetime.date(2024, 3, 1), None, " spatie "]])
    ((number, cells),) = read_sheet(path).rows
    assert number == 1
    assert cells[0] == "x" and cells[6] == " spatie "
    assert cells[1] == 2440 and type(cells[1]) is int  # calamine gives 2440.0
    assert cells[2] == 30.4
    assert cells[3] is True
    assert cells[4] in (datetime.date(2024, 3, 1), datetime.datetime(2024, 3, 1))
    assert cells[5] is None


def test_hidden_first_sheet_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "verborgen.xlsx"
    _write_openpyxl(
        path, [["Naam"], ["Peeters"]], sheets=(("Geheim", "hidden"), ("Lijst", "visible"))
    )
    assert list_sheets(path) == [SheetInfo("Geheim", False), SheetInfo("Lijst", True)]
    assert read_sheet(path).name == "Lijst"
    assert read_sheet(path, "Geheim").name == "Geheim"  # named explicitly: read anyway


@pytest.mark.parametrize(
    "name", ["sjs__sheet_visibility.xlsx", "sjs__sheet_visibility.ods", "cal__any_sheets.xlsx"]
)
def test_corpus_visibility(name: str) -> None:
    path = CORPUS / "visibility" / name
    if not path.exists():
        pytest.skip("corpus not available")
    sheets = list_sheets(path)
    assert sheets[0] == SheetInfo("Visible", True)
    assert [s.visible for s in sheets[1:]] == [False] * (
        len(sheets) - 1
    )  # chart sheets are not listed
    assert read_sheet(path).name == "Visible"
    hidden = sheets[1].name
    assert read_sheet(path, hidden).name == hidden


def test_unknown_sheet_lists_the_available_ones(tmp_path: Path) -> None:
    path = tmp_path / "lijst.xlsx"
    _write_openpyxl(path, [["Naam"]], sheets=(("Blad1", "visible"), ("Blad2", "hidden")))
    with pytest.raises(SpreadsheetError) as caught:
        read_sheet(path, "Deelnemers")
    assert str(caught.value) == (
        "Het werkblad ‘Deelnemers’ bestaat niet in dit bestand. Beschikbare werkbladen: ‘Blad1’, "
        "‘Blad2’."
    )


@pytest.mark.parametrize("name", ["cal__date.xlsx", "cal__date_1904.xlsx", "cal__date_1904.xls"])
def test_dates_in_both_date_systems(name: str) -> None:
    path = CORPUS / "dates" / name
    if not path.exists():
        pytest.skip("corpus not available")
    rows = read_sheet(path).rows
    assert rows[0] == (1, [datetime.date(2021, 1, 1), 15])
    assert rows[1] == (2, [datetime.date(2021, 1, 2), 16])
    assert rows[2] == (3, [datetime.timedelta(days=10, seconds=54610), 17])


def test_ods_dates_and_times() -> None:
    path = CORPUS / "dates" / "cal__date.ods"
    if not path.exists():
        pytest.skip("corpus not available")
    cells = [row[0] for _, row in read_sheet(path).rows]
    assert cells[0] == datetime.date(2021, 1, 1)
    assert cells[1] == datetime.datetime(2021, 1, 1, 10, 10, 10)
    assert cells[2] == datetime.time(10, 10, 10)


def test_csv_semicolon_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "vdab.csv"
    path.write_bytes(
        "Voornaam;Naam;Uren\r\nCé\u00adline;Peeters;3,5\r\nJosé;Maes;19\r\n".encode("cp1252")
    )
    assert read_sheet(path).rows == [
        (1, ["Voornaam", "Naam", "Uren"]),
        (2, ["Cé\u00adline", "Peeters", "3,5"]),  # text stays text: "3,5" is not converted
        (3, ["José", "Maes", "19"]),
    ]
    assert list_sheets(path) == [SheetInfo("vdab", True)]


def test_csv_utf8_with_bom_and_comma(tmp_path: Path) -> None:
    path = tmp_path / "ocmw.csv"
    path.write_bytes(
        b"\xef\xbb\xbf" + "Naam,Voornaam,INSZ\nPeeters,Céline,0085073100362\n".encode()
    )
    assert read_sheet(path).rows == [
        (1, ["Naam", "Voornaam", "INSZ"]),
        (2, ["Peeters", "Céline", "0085073100362"]),
    ]


def test_csv_details(tmp_path: Path) -> None:
    path = tmp_path / "lijst.txt"
    path.write_text(
        'sep=;\nNaam;Opmerking\n\n"Peeters";"regel 1\nregel 2"\n;\n Maes ;\n', encoding="utf-8"
    )
    assert read_sheet(path).rows == [
        (1, ["Naam", "Opmerking"]),
        (3, ["Peeters", "regel 1\nregel 2"]),
        (5, [" Maes ", None]),
    ]
    tabs = tmp_path / "export.csv"
    tabs.write_bytes(
        "Naam\tVoornaam\r\nPeeters\tCéline\r\n".encode("utf-16")
    )  # Excel "Unicode text"
    assert read_sheet(tabs).rows == [(1, ["Naam", "Voornaam"]), (2, ["Peeters", "Céline"])]
    single = tmp_path / "insz.csv"
    single.write_text("85073100362\n90010112345\n", encoding="ascii")
    assert read_sheet(single).rows == [(1, ["85073100362"]), (2, ["90010112345"])]


def test_max_rows(tmp_path: Path) -> None:
    path = tmp_path / "groot.xlsx"
    _write_openpyxl(path, [["Naam"]] + [[f"Persoon {i}"] for i in range(10)])
    assert len(read_sheet(path, max_rows=11).rows) == 11
    with pytest.raises(SpreadsheetError, match="^Het bestand heeft meer dan 5 rijen; "):
        read_sheet(path, max_rows=5)
    csv_path = tmp_path / "groot.csv"
    csv_path.write_text("\n".join(f"a;{i}" for i in range(10)), encoding="utf-8")
    with pytest.raises(SpreadsheetError, match="^Het bestand heeft meer dan 5 rijen; "):
        read_sheet(csv_path, max_rows=5)


def test_cancel(tmp_path: Path) -> None:
    path = tmp_path / "lang.xlsx"
    _write_openpyxl(path, [[f"Persoon {i}", i] for i in range(5000)])
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) >= 2

    with pytest.raises(ImportCancelled):
        read_sheet(path, should_cancel=cancel)
    assert len(calls) == 2  # checked every few thousand rows, not per row
    with pytest.raises(ImportCancelled):
        read_sheet(path, should_cancel=lambda: True)
    csv_path = tmp_path / "lang.csv"
    csv_path.write_text("\n".join(f"a;{i}" for i in range(5000)), encoding="utf-8")
    with pytest.raises(ImportCancelled):
        read_sheet(csv_path, should_cancel=lambda: True)
    assert len(read_sheet(path, should_cancel=lambda: False).rows) == 5000


def test_wrong_extension_still_reads(tmp_path: Path) -> None:
    source = tmp_path / "lijst.xlsx"
    _write_openpyxl(source, [["Naam"], ["Peeters"]])
    for name in ("lijst.xls", "lijst.ods", "lijst.dat", "LIJST.XLSX"):
        target = tmp_path / name
        shutil.copy(source, target)
        assert read_sheet(target).rows == [(1, ["Naam"]), (2, ["Peeters"])], name


def test_file_problems_are_dutch(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError, match="^Het bestand ‘weg.xlsx’ bestaat niet"):
        read_sheet(tmp_path / "weg.xlsx")
    with pytest.raises(SpreadsheetError, match="is een map"):
        list_sheets(tmp_path)
    empty = tmp_path / "leeg.csv"
    empty.write_bytes(b"")
    with pytest.raises(SpreadsheetError, match="^Het bestand is leeg.$"):
        read_sheet(empty)
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        locked = tmp_path / "slot.xlsx"
        _write_openpyxl(locked, [["Naam"]])
        locked.chmod(0)
        with pytest.raises(SpreadsheetError, match="niet openen"):
            read_sheet(locked)


def test_helpers_for_the_pre_scan() -> None:
    import re

    for n in (0, 7, 9, 99, 105, 100001, 1048576):
        pattern = re.compile(rb"^" + reader._greater_than(n))
        for candidate in range(max(0, n - 120), n + 120):
            assert bool(pattern.match(b'%d"' % candidate)) == (candidate > n), (n, candidate)
    pieces = [b"ab</x", b">cd</", b"x>e", b"f"]
    assert list(reader._chunks_until(iter(pieces), b"</x>")) == [b"ab</x>", b"cd</x>", b"ef"]
    assert reader._sniff_delimiter("Naam;Bedrag\nPeeters;3,5\nMaes;4\n") == (";", True)
    assert reader._sniff_delimiter("85073100362\n90010112345\n") == (";", False)
    with pytest.raises(SpreadsheetError):
        list(reader._chunks_until(iter([b"x" * 1000] * 10), b">", limit=5000))


def test_text_that_only_starts_with_a_less_than_sign_is_a_list(tmp_path: Path) -> None:
    path = tmp_path / "leeftijd.csv"
    path.write_text("<25 jaar;Aantal\n<25 jaar;4\n", encoding="utf-8")
    assert read_sheet(path).rows == [(1, ["<25 jaar", "Aantal"]), (2, ["<25 jaar", "4"])]
