"""Where the app keeps its files: platformdirs, overridable with --db or KEMPEN_DB."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_DIR_NAME = "KempenDesktop"
DB_ENV_VAR = "KEMPEN_DB"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / "kempen.db"


def resolve_db_path(cli_value: str | None) -> Path:
    """--db wins over KEMPEN_DB, which wins over the user data folder."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env_value = os.environ.get(DB_ENV_VAR)
    if env_value:
        return Path(env_value).expanduser().resolve()
    return default_db_path()


def demo_db_path(real_db_path: Path) -> Path:
    """The demo database sits next to the real one, as a separate file."""
    return real_db_path.with_name(f"{real_db_path.stem}-demo{real_db_path.suffix or '.db'}")


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"
