"""Every test module that works on a database also runs on PostgreSQL, or says why not (issue 19).

A module "works on a database" when one of its functions (a test or a fixture) takes the
`database`, `workspace` or `partner_ids` fixture, or when it opens a database file of its own:
it calls `open_database(` or passes `"--db"` to the command line. It runs on PostgreSQL when

* a tests/test_pg_*.py re-runs it (`from tests.pg import pg_database as database` and
  `from tests.test_x import *`, see tests/test_pg_dossier_service.py; a module with files of
  its own: `from tests.pg_files import tmp_path_with_server_databases as tmp_path`, see
  tests/test_pg_cli.py), or
* it opens PostgreSQL itself (the team-mode tests: tests/pg.py's fixtures), or
* it is on SQLITE_ONLY below, with the reason.

A test a re-run leaves out (`del test_x`) carries a comment saying why, right above it.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

TESTS = Path(__file__).parent
DATABASE_FIXTURES = {"database", "workspace", "partner_ids"}
# Naming one of these, a module runs on PostgreSQL by itself.
PG_FIXTURES = ("pg_database", "pg_migrated_url", "pg_url", "database_on_both_backends")

# Modules that stay on SQLite only, grouped by why. Each line: module -> reason.
SQLITE_ONLY = {
    # Local-file features: SQLCipher, backups, pragmas and permissions of the file.
    "test_database": "the database file: pragmas, permissions, file backups, refusals",
    "test_trust_backups": "local backups, restore and the damaged-file start-up path",
    "test_trust_encryption": "SQLCipher passphrases and what the files on disk hold",
    "test_trust_terminal": "asking a new file's SQLCipher passphrase on a terminal",
    "test_fresh_schema": "a new file's one-step schema against the migrations: sqlite_master",
    "test_demo_fast": "the demo's SQLite bulk paths (indexes dropped and rebuilt, FTS5's "
    "buffer, list columns against SQLite's trigger); the demo on PostgreSQL: test_pg_demo*",
    "test_safety_storage": "one SQLite library per live file; disk full, read-only, damaged",
    "test_safety_tempfiles": "temporary files next to the database file, and their cleanup",
    "test_derived_keys": "SQLCipher's key derivation for an encrypted local file; a server "
    "has no SQLCipher",
    "test_first_look": "the start's first look reads the local file before the data layer "
    "loads; a team server gets none",
    # The instance lock on <file>.lock and killed processes: the local file's own safety.
    "test_safety_lock": "one writer per database file by an OS lock, with real processes",
    "test_trust_lock": "the OS lock on <db>.lock; a dead holder has released it",
    "test_crash_safety": "a killed writer leaves a file that passes SQLite's integrity check",
    "test_trust_crash": "SIGKILL and a full disk mid-write; the file passes integrity_check",
    # SQLite's FTS5 index internals (PostgreSQL's search: tests/test_team_postgres.py).
    "test_import_search_index": "compares the FTS5 index with a full rebuild, row by row",
    "test_search_rows_batch": "the FTS5 search rows a bulk writer pauses and writes per batch",
    # Too slow on PostgreSQL for CI: filling its module database took ~500 s there (a dossier
    # with a 100k note gets 1000 timeline entries; ~10 s on SQLite). 100k texts on the server:
    # test_pg_reports_xlsx; names at their column's length: test_pg_field_lengths.
    "test_safety_long_content": "PDFs of 100k texts; its fixture is slow on PostgreSQL",
    # Not about storage: the database only feeds a window.
    "test_translations": "the English translation of the window; the backend plays no part",
    "test_desk_text_boxes": "text boxes growing with their dialog",
    "test_partners_indicator_font": "the indicator's headline size in points",
}


def _reruns() -> dict[str, Path]:
    """Module name -> the test_pg_*.py that re-runs it on PostgreSQL."""
    found: dict[str, Path] = {}
    for path in TESTS.glob("test_pg_*.py"):
        for name in re.findall(
            r"^from tests\.(test_\w+) import \*", path.read_text(), re.MULTILINE
        ):
            found[name] = path
    return found


def _uses_database(path: Path) -> bool:
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            arguments = node.args.posonlyargs + node.args.args + node.args.kwonlyargs
            if DATABASE_FIXTURES & {argument.arg for argument in arguments}:
                return True
    return False


def _opens_own_database(path: Path) -> bool:
    """Calls `open_database(...)` or passes `"--db"` to the command line (its own file)."""
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Call):
            function = node.func
            name = function.attr if isinstance(function, ast.Attribute) else None
            name = function.id if isinstance(function, ast.Name) else name
            if name == "open_database":
                return True
        if isinstance(node, ast.Constant) and node.value == "--db":
            return True
    return False


def _database_modules() -> list[Path]:
    return [
        path
        for path in sorted(TESTS.glob("test_*.py"))
        if not path.name.startswith("test_pg_")
        and (_uses_database(path) or _opens_own_database(path))
    ]


def _opens_postgresql(path: Path, seen: frozenset[str] = frozenset()) -> bool:
    """Whether the module names a PostgreSQL fixture, or imports its fixtures from one that
    does (tests/test_team_versions_meeting.py takes `two` from tests/test_team_versions.py)."""
    text = path.read_text()
    if any(name in text for name in PG_FIXTURES):
        return True
    return any(
        _opens_postgresql(TESTS / f"{name}.py", seen | {path.stem})
        for name in re.findall(r"^from tests\.(test_\w+) import", text, re.MULTILINE)
        if name not in seen and (TESTS / f"{name}.py").exists()
    )


def test_every_database_test_module_runs_on_postgresql_or_says_why_not() -> None:
    reruns = _reruns()
    missing = [
        path.stem
        for path in _database_modules()
        if path.stem not in reruns and path.stem not in SQLITE_ONLY and not _opens_postgresql(path)
    ]
    assert missing == [], (
        "these test modules use the database but do not run on PostgreSQL: add a "
        "tests/test_pg_<name>.py re-run (see tests/test_pg_dossier_service.py) or put them "
        f"on SQLITE_ONLY with the reason: {missing}"
    )


def test_the_sqlite_only_list_is_current() -> None:
    reruns = _reruns()
    modules = {path.stem for path in _database_modules()}
    stale = sorted(name for name in SQLITE_ONLY if name not in modules or name in reruns)
    assert stale == [], f"SQLITE_ONLY names modules that are gone or re-run anyway: {stale}"


def test_every_rerun_imports_an_existing_module_on_postgresql() -> None:
    for path in sorted(TESTS.glob("test_pg_*.py")):
        text = path.read_text()
        for name in re.findall(r"^from tests\.(test_\w+) import \*", text, re.MULTILINE):
            assert (TESTS / f"{name}.py").exists(), f"{path.name}: tests/{name}.py is gone"
            assert re.search(
                r"^from tests\.pg(_files)? import|open_server_database\(", text, re.MULTILINE
            ), f"{path.name} re-runs {name} without a PostgreSQL database"


def test_every_test_left_out_of_a_rerun_exists_and_says_why() -> None:
    for path in sorted(TESTS.glob("test_pg_*.py")):
        lines = path.read_text().splitlines()
        sources = [
            (TESTS / f"{name}.py").read_text()
            for name in re.findall(
                r"^from tests\.(test_\w+) import \*", "\n".join(lines), re.MULTILINE
            )
        ]
        for number, line in enumerate(lines):
            match = re.match(r"del (test_\w+)", line)
            if not match:
                continue
            name = match.group(1)
            assert number > 0 and lines[number - 1].startswith("#"), (
                f"{path.name}: `del {name}` needs a comment line above it saying why"
            )
            assert any(re.search(rf"^def {name}\(", src, re.MULTILINE) for src in sources), (
                f"{path.name}: {name} no longer exists in the module it re-runs"
            )


def test_a_module_with_database_files_of_its_own_counts_as_a_database_module() -> None:
    """The CLI and demo tests open their own files (no `database` fixture): still caught."""
    modules = {path.stem for path in _database_modules()}
    assert {"test_cli", "test_demo", "test_privacy", "test_meetings_cli"} <= modules
    assert "test_import_honest_cli" in modules
    assert not _opens_own_database(TESTS / "test_pg_fixture.py")
