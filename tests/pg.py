"""A throwaway PostgreSQL for the tests: one cluster per test session, one database per test.

The cluster lives in a temporary folder (initdb + pg_ctl from Debian's packages, found
through `pg_config --bindir` or /usr/lib/postgresql/*/bin) and listens only on a Unix
socket in that folder. PostgreSQL refuses to run as root: under root the server runs as
the `postgres` user Debian creates (or `nobody`), which then owns the folder.

Every test gets a fresh database copied from a migrated template (CREATE DATABASE ...
TEMPLATE: a file copy, about 0.1 s). Without PostgreSQL installed the tests that need it
are skipped with the reason; with CI=1 or KEMPEN_REQUIRE_POSTGRES=1 (set by .ci/run) they
fail instead, so CI never passes by skipping them.

Use in a test module:
    from tests.pg import database_on_both_backends as database  # noqa: F401
runs every test of the module once on SQLite and once on PostgreSQL; `pg_database`
gives a PostgreSQL-only Database; `pg_url` a URL to a fresh empty database.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

REQUIRE_ENV_VARS = ("KEMPEN_REQUIRE_POSTGRES", "CI")
TEMPLATE = "kempen_template"
_SERVER_SETTINGS = (
    # A test cluster: speed over durability, nothing on the network.
    "-c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off "
    "-c max_connections=200 -c shared_buffers=32MB"
)


def postgres_bindir() -> Path | None:
    """The folder holding initdb and pg_ctl, or None when PostgreSQL is not installed."""
    candidates: list[Path] = []
    if shutil.which("pg_config"):
        try:
            out = subprocess.run(
                ["pg_config", "--bindir"], capture_output=True, text=True, check=True
            ).stdout.strip()
            candidates.append(Path(out))
        except (OSError, subprocess.CalledProcessError):
            pass
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    which = shutil.which("initdb")
    if which:
        candidates.append(Path(which).resolve().parent)
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    return None


def _must_run() -> bool:
    return any(os.environ.get(name) not in (None, "", "0") for name in REQUIRE_ENV_VARS)


def _unavailable(reason: str) -> None:
    if _must_run():
        pytest.fail(f"PostgreSQL is required here (CI / KEMPEN_REQUIRE_POSTGRES): {reason}")
    pytest.skip(f"PostgreSQL tests skipped: {reason}")


def _server_user() -> str | None:
    """Who runs the server: None for ourselves, else an unprivileged account (we are root)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    return None


@dataclass
class Cluster:
    """A running test cluster; `url(name)` is the SQLAlchemy URL of database `name`."""

    bindir: Path
    folder: Path
    user: str | None
    superuser: str = "postgres"
    _names: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def socket_dir(self) -> Path:
        return self.folder / "socket"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{self.superuser}@/{database}?host={self.socket_dir}"

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        kwargs: dict[str, Any] = {"capture_output": True, "text": True}
        if self.user is not None:
            kwargs["user"] = self.user
            kwargs["group"] = pwd.getpwnam(self.user).pw_gid
            kwargs["extra_groups"] = []
            kwargs["cwd"] = str(self.folder)
        return subprocess.run([str(self.bindir / args[0]), *args[1:]], check=True, **kwargs)

    def start(self) -> None:
        data = self.folder / "data"
        self.socket_dir.mkdir()
        if self.user is not None:
            entry = pwd.getpwnam(self.user)
            for path in (self.folder, self.socket_dir):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        self.run(
            "initdb", "-D", str(data), "-U", self.superuser, "--auth=trust",
            "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        self.run(
            "pg_ctl", "start", "-w", "-t", "60", "-D", str(data),
            "-l", str(self.folder / "server.log"),
            "-o", f"-k {self.socket_dir} {_SERVER_SETTINGS}",
        )  # fmt: skip

    def stop(self) -> None:
        try:
            self.run("pg_ctl", "stop", "-m", "immediate", "-D", str(self.folder / "data"))
        except (OSError, subprocess.CalledProcessError):
            pass
        shutil.rmtree(self.folder, ignore_errors=True)

    def admin(self, sql: str) -> None:
        """Run one statement outside a transaction (CREATE / DROP DATABASE) as superuser."""
        import psycopg

        with psycopg.connect(
            host=str(self.socket_dir), user=self.superuser, dbname="postgres", autocommit=True
        ) as connection:
            connection.execute(sql)  # type: ignore[arg-type]

    def new_database_name(self) -> str:
        return f"kempen_test_{os.getpid()}_{next(self._names)}"


def start_cluster() -> Cluster:
    """Start a cluster (the caller stops it), or skip/fail with the reason it cannot run."""
    bindir = postgres_bindir()
    if bindir is None:
        _unavailable("initdb/pg_ctl not found (install Debian's `postgresql` package)")
    assert bindir is not None
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("the psycopg driver is not installed (pip install 'psycopg[binary]')")
    user = _server_user()
    if os.geteuid() == 0 and user is None:
        _unavailable("running as root and no unprivileged user to run the server")
    cluster = Cluster(bindir, Path(tempfile.mkdtemp(prefix="kempen-pg-")), user)
    try:
        cluster.start()
    except (OSError, subprocess.CalledProcessError) as error:
        log = cluster.folder / "server.log"
        detail = getattr(error, "stderr", "") or ""
        if log.exists():
            detail += log.read_text(errors="replace")[-2000:]
        cluster.stop()
        _unavailable(f"the test cluster did not start: {error}\n{detail}")
    return cluster


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    cluster = start_cluster()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def pg_template(pg_cluster: Cluster) -> str:
    """A database migrated to the newest schema with reference data: the per-test copy."""
    from kempen_desktop.services.common.database import open_server_database

    pg_cluster.admin(f"CREATE DATABASE {TEMPLATE}")
    database = open_server_database(pg_cluster.url(TEMPLATE))
    database.close()
    return TEMPLATE


@pytest.fixture
def pg_url(pg_cluster: Cluster) -> Iterator[str]:
    """The URL of a fresh, empty PostgreSQL database (no schema yet)."""
    name = pg_cluster.new_database_name()
    pg_cluster.admin(f"CREATE DATABASE {name}")
    yield pg_cluster.url(name)
    pg_cluster.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg_migrated_url(pg_cluster: Cluster, pg_template: str) -> Iterator[str]:
    """The URL of a fresh PostgreSQL database at the newest schema (copied from the template)."""
    name = pg_cluster.new_database_name()
    pg_cluster.admin(f"CREATE DATABASE {name} TEMPLATE {pg_template}")
    yield pg_cluster.url(name)
    pg_cluster.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="module")
def pg_module_url(pg_cluster: Cluster, pg_template: str) -> Iterator[str]:
    """As pg_migrated_url, one for a whole module: for a module-scoped database that is slow
    to fill (a demo, long content), as such modules do on SQLite."""
    name = pg_cluster.new_database_name()
    pg_cluster.admin(f"CREATE DATABASE {name} TEMPLATE {pg_template}")
    yield pg_cluster.url(name)
    pg_cluster.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg_database(pg_migrated_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """An open Database on a fresh PostgreSQL database, as `database` is for SQLite.

    A re-run test that calls the command line with `--db str(database.path)` (the file on
    SQLite) gets the server's postgresql:// URL instead, as a user types it.
    """
    from kempen_desktop.services.common.database import open_server_database

    database = open_server_database(pg_migrated_url)
    _cli_db_means_server(monkeypatch, str(database.path), user_url(pg_migrated_url))
    yield database
    database.close()


def user_url(url: str) -> str:
    """The URL as a user types it: postgresql://, not SQLAlchemy's driver name."""
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def _cli_db_means_server(monkeypatch: pytest.MonkeyPatch, folder: str, url: str) -> None:
    """`kempen --db <folder>` in this test opens the server database at `url`."""
    from kempen_desktop import cli

    real = cli.build_parser

    def build_parser() -> Any:
        parser = real()
        parse = parser.parse_args

        def parse_args(*args: Any, **kwargs: Any) -> Any:
            namespace = parse(*args, **kwargs)
            if getattr(namespace, "db", None) == folder:
                namespace.db = url
            return namespace

        parser.parse_args = parse_args  # type: ignore[method-assign]
        return parser

    monkeypatch.setattr(cli, "build_parser", build_parser)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_on_both_backends(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    """The `database` fixture, once per backend: import it as `database` in a test module."""
    if request.param == "postgresql":
        yield request.getfixturevalue("pg_database")
        return
    from kempen_desktop.services.common.database import open_database

    database = open_database(tmp_path / "kempen.db")
    yield database
    database.close()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A re-run module (`from tests.test_x import *`) runs only the tests that reach the
    PostgreSQL database: the others (pure rules, a dialog without data, a file of their own)
    would run exactly as in the module they come from."""
    kept, deselected = [], []
    for item in items:
        function = getattr(item, "function", None)
        module = getattr(item, "module", None)
        name = "" if module is None else module.__name__.rpartition(".")[2]
        rerun = (
            name.startswith("test_pg_")
            and function is not None
            and function.__module__.rpartition(".")[2] != name
        )
        reached = {"pg_migrated_url", "pg_module_url"} & set(getattr(item, "fixturenames", ()))
        if rerun and not reached:
            deselected.append(item)
        else:
            kept.append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = kept
