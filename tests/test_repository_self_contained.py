"""The suite needs nothing outside the repository: a fresh clone or the sdist can run it.

Test files may not reach beside the checkout (the corpus used to live in a shared folder beside it),
and every file that tests/corpus/MANIFEST.tsv lists must be in tests/corpus with the listed
size and sha256, tracked by git where this is a checkout (.gitignore has `*.db`, for one).
"""

from __future__ import annotations

import csv
import hashlib
import re
import shutil
import subprocess

import pytest

from tests.paths import CORPUS, REPO, TESTS

# Paths that leave the repository: a sibling shared/ folder, a climb above the repository
# root from tests/ (parents[1] is the root), an absolute path of one machine.
_OUTSIDE = [
    re.compile("shared" + r"/" + "corpus"),  # split: the repository's own checks grep for it
    re.compile(r"""["']shared["']\s*/"""),
    re.compile(r"\.\./shared"),
    re.compile(r"parents\[" + r"[2-9]\]"),
    re.compile(r"""(?<![\w.])/work/"""),
]
# Corpus files that describe the corpus rather than being part of it.
_CORPUS_DOCS = {"MANIFEST.tsv", "README.md", "OPENPYXL_3.1.5_SMOKE.txt"}


def _manifest() -> list[dict[str, str]]:
    with (CORPUS / "MANIFEST.tsv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_no_test_file_refers_to_a_path_outside_the_repository() -> None:
    this = TESTS / "test_repository_self_contained.py"
    offences = []
    for path in sorted(TESTS.rglob("*.py")):
        if path == this or CORPUS in path.parents:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if any(pattern.search(line) for pattern in _OUTSIDE):
                offences.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    assert offences == [], "use tests.paths (CORPUS, REPO) instead:\n" + "\n".join(offences)


def test_the_corpus_is_where_the_tests_look() -> None:
    assert CORPUS == REPO / "tests" / "corpus"
    assert (CORPUS / "MANIFEST.tsv").is_file(), f"no corpus at {CORPUS}"


def test_every_manifest_file_is_in_the_corpus_unchanged() -> None:
    rows = _manifest()
    assert len(rows) >= 100, "MANIFEST.tsv lost its rows"
    problems = []
    for row in rows:
        path = CORPUS / row["file"]
        if not path.is_file():
            problems.append(f"missing: {row['file']}")
            continue
        data = path.read_bytes()
        if len(data) != int(row["bytes"]):
            problems.append(f"{row['file']}: {len(data)} bytes, MANIFEST says {row['bytes']}")
        elif hashlib.sha256(data).hexdigest()[:16] != row["sha256_16"]:
            problems.append(
                f"{row['file']}: sha256 differs from MANIFEST (line endings converted?)"
            )
    assert problems == [], "\n".join(problems)


def test_every_corpus_file_is_in_the_manifest() -> None:
    listed = {row["file"] for row in _manifest()}
    present = {
        path.relative_to(CORPUS).as_posix()
        for path in CORPUS.rglob("*")
        if path.is_file() and path.name not in _CORPUS_DOCS
    }
    assert present - listed == set(), "add these to MANIFEST.tsv (source, licence, quirk)"


def test_the_corpus_holds_no_python() -> None:
    # Nothing in it may be collected as a test or imported as a module.
    assert sorted(p.relative_to(CORPUS).as_posix() for p in CORPUS.rglob("*.py*")) == []


def test_git_tracks_every_corpus_file() -> None:
    if not (REPO / ".git").exists() or shutil.which("git") is None:
        pytest.skip("not a git checkout (an sdist, say)")
    result = subprocess.run(
        ["git", "ls-files", "-z", "--", "tests/corpus"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    tracked = {name.removeprefix("tests/corpus/") for name in result.stdout.split("\0") if name}
    on_disk = {p.relative_to(CORPUS).as_posix() for p in CORPUS.rglob("*") if p.is_file()}
    assert on_disk - tracked == set(), "git add -f these (an ignore rule excludes them?)"
