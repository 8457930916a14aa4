"""Where the tests find their fixed data: inside the repository, never beside it."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
# The public spreadsheet corpus and the INSZ vectors (tests/corpus/README.md, MANIFEST.tsv).
CORPUS = TESTS / "corpus"
