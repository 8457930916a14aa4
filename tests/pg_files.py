"""Server databases for the re-run of a test module that opens its own database files
(`open_database(tmp_path / "k.db")`, `kempen --db <file>`), issue 19.

In such a re-run, import the fixture below as `tmp_path`:

    from tests.pg_files import tmp_path_with_server_databases as tmp_path  # noqa: F401

The test still gets its temporary folder, and every database file it names there is a
throwaway PostgreSQL database of its own, copied from tests/pg.py's migrated template: the
test's `open_database(path)` opens it with `open_server_database`, and `kempen --db path`
(or KEMPEN_DB=path) gets its postgresql:// URL, as a user types it. The same path means the
same database, two paths two databases. Other files (.xlsx, .pdf, .ics) stay files.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import make_url

from tests.pg import Cluster, user_url


class ServerDatabases:
    """Database file path -> the URL of a fresh server database standing in for it."""

    def __init__(self, cluster: Cluster, template: str | None, first_url: str) -> None:
        """`template` None: empty databases (no schema), which the app migrates on opening,
        as it does a new file; the first one is the test's `first_url` database, emptied."""
        self._cluster = cluster
        self._template = template
        self._first: str | None = first_url  # the test's pg_migrated_url: used first
        if template is None:
            name = make_url(first_url).database
            cluster.admin(f"DROP DATABASE {name} WITH (FORCE)")
            cluster.admin(f"CREATE DATABASE {name}")
        self._urls: dict[str, str] = {}
        self._created: list[str] = []

    def url(self, path: str | Path) -> str:
        key = str(Path(path).resolve())
        if key not in self._urls:
            if self._first is not None:
                self._urls[key], self._first = self._first, None
            else:
                name = self._cluster.new_database_name()
                template = "" if self._template is None else f" TEMPLATE {self._template}"
                self._cluster.admin(f"CREATE DATABASE {name}{template}")
                self._created.append(name)
                self._urls[key] = self._cluster.url(name)
        return self._urls[key]

    def drop(self) -> None:
        for name in self._created:
            self._cluster.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _is_file_value(value: object) -> bool:
    from kempen_desktop.db.backend import is_server_url

    return isinstance(value, str) and bool(value) and not is_server_url(value)


def _cli_files_mean_server(monkeypatch: pytest.MonkeyPatch, servers: ServerDatabases) -> None:
    """`kempen --db <file>` (or KEMPEN_DB=<file>) opens that file's server database."""
    import os

    from kempen_desktop import cli
    from kempen_desktop.paths import DB_ENV_VAR

    real = cli.build_parser

    def build_parser() -> Any:
        parser = real()
        parse = parser.parse_args

        def parse_args(*args: Any, **kwargs: Any) -> Any:
            namespace = parse(*args, **kwargs)
            given = getattr(namespace, "db", None)
            if _is_file_value(given):
                namespace.db = user_url(servers.url(given))
            elif given is None and _is_file_value(os.environ.get(DB_ENV_VAR)):
                monkeypatch.setenv(DB_ENV_VAR, user_url(servers.url(os.environ[DB_ENV_VAR])))
            return namespace

        parser.parse_args = parse_args  # type: ignore[method-assign]
        return parser

    monkeypatch.setattr(cli, "build_parser", build_parser)


def _server_tmp_path(
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    servers: ServerDatabases,
) -> None:
    from kempen_desktop.services.common.database import open_server_database

    def open_database(path: Path, *, mark_demo: bool = False, **_: Any) -> Any:
        return open_server_database(servers.url(path), mark_demo=mark_demo)

    # The test function's own module (the re-run imported it): its `open_database` name.
    namespace = request.function.__globals__
    if "open_database" in namespace:
        monkeypatch.setitem(namespace, "open_database", open_database)
    _cli_files_mean_server(monkeypatch, servers)


@pytest.fixture
def tmp_path_with_server_databases(
    tmp_path: Path,
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    pg_cluster: Cluster,
    pg_template: str,
    pg_migrated_url: str,
) -> Iterator[Path]:
    """`tmp_path`, where the database files a test names are server databases (see above)."""
    servers = ServerDatabases(pg_cluster, pg_template, pg_migrated_url)
    _server_tmp_path(request, monkeypatch, servers)
    yield tmp_path
    servers.drop()


@pytest.fixture
def tmp_path_with_empty_server_databases(
    tmp_path: Path,
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    pg_cluster: Cluster,
    pg_migrated_url: str,
) -> Iterator[Path]:
    """As tmp_path_with_server_databases, with empty databases the app migrates on opening,
    as a new file: for a test that looks at what that first start does (its log)."""
    servers = ServerDatabases(pg_cluster, None, pg_migrated_url)
    _server_tmp_path(request, monkeypatch, servers)
    yield tmp_path
    servers.drop()
