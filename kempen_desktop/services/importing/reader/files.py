"""Reading the user's file from disk; failures become a SpreadsheetError."""

from __future__ import annotations

from pathlib import Path

from kempen_desktop.services.importing.reader.errors import (
    SpreadsheetError,
    _msg_no_access,
)


def _read_head(path: Path, size: int) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(size)
    except PermissionError:
        raise SpreadsheetError(_msg_no_access(path.name)) from None
    except OSError:
        raise SpreadsheetError(f"Het bestand ‘{path.name}’ kon niet gelezen worden.") from None


def _read_all(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except PermissionError:
        raise SpreadsheetError(_msg_no_access(path.name)) from None
    except OSError:
        raise SpreadsheetError(f"Het bestand ‘{path.name}’ kon niet gelezen worden.") from None
