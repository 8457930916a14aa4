"""An encrypted file's key, derived from its passphrase once per process (issue 17).

SQLCipher turns a passphrase into the file's key with PBKDF2-HMAC-SHA512 over 256,000
rounds and the salt in the file's first 16 bytes: 110-150 ms for every connection. A start
on an encrypted file made three (the first look, two of the engine's), every worker thread's
first query and every backup one more. SQLCipher also takes the derived key itself, as a
raw key (``PRAGMA key = "x'...'"``), and then skips the derivation.

So the first connection that opened the file with its passphrase hands its salt to
`derive_soon`, which derives the same key on a thread (hashlib releases the GIL: the other
core does it while the app loads); later connections to that file use it. The salt is read
through SQLite (``PRAGMA cipher_salt``), never by opening the file beside it.

A raw key fits one file only: a file replaced under the same name (a restored backup) has
another salt. A connection with a derived key therefore reads the schema before it is
handed out, and when that fails the key is forgotten and the passphrase used, as always.
Files made from the live one (backups, exports) get their own salt and are always keyed
with the passphrase, never with a raw key.
"""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path
from typing import Any

from kempen_desktop.db.driver import sqlcipher3

#: SQLCipher 4's key derivation (tests/test_derived_keys.py checks them against the library).
KDF_ITERATIONS = 256_000
KDF_HASH = "sha512"
KEY_BYTES = 32
SQLITE_NOTADB = 26  # what a key that does not fit the file gives

_lock = threading.Lock()
_derived: dict[tuple[str, str], str] = {}
_deriving: dict[tuple[str, str], threading.Thread] = {}


def _which(path: str | Path, passphrase: str) -> tuple[str, str]:
    return os.path.realpath(path), passphrase


def derive(passphrase: str, salt: bytes) -> str:
    """The raw key SQLCipher derives from `passphrase` for a file with this salt, as the
    literal PRAGMA key takes."""
    key = hashlib.pbkdf2_hmac(KDF_HASH, passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES)
    return f"x'{key.hex()}'"


def salt_of(connection: Any) -> bytes | None:
    """The salt of the file a keyed connection has open, read through SQLite."""
    row = connection.execute("PRAGMA cipher_salt").fetchone()
    try:
        return bytes.fromhex(str(row[0])) if row and row[0] else None
    except ValueError:
        return None


def derive_soon(path: str | Path, passphrase: str, salt: bytes) -> None:
    """Derive the key of the file at `path` on a thread, unless it is known or underway."""
    which = _which(path, passphrase)

    def work() -> None:
        key = derive(passphrase, salt)
        with _lock:
            _derived[which] = key
            _deriving.pop(which, None)

    with _lock:
        if which in _derived or which in _deriving:
            return
        thread = threading.Thread(target=work, name="kempen-key", daemon=True)
        _deriving[which] = thread
    thread.start()


def remember(path: str | Path, passphrase: str, key: str) -> None:
    """A key derived elsewhere (the parent of a child process) for the file at `path`."""
    with _lock:
        _derived[_which(path, passphrase)] = key


def known(path: str | Path, passphrase: str) -> str | None:
    """The derived key of the file at `path`, waiting for one underway; None if there is
    none."""
    which = _which(path, passphrase)
    with _lock:
        underway = _deriving.get(which)
    if underway is not None:
        underway.join()
    with _lock:
        return _derived.get(which)


def forget(path: str | Path | None = None) -> None:
    """Drop the derived keys of one file (all files: None)."""
    with _lock:
        if path is None:
            _derived.clear()
            return
        real = os.path.realpath(path)
        for which in [which for which in _derived if which[0] == real]:
            del _derived[which]


def quote_literal(value: str) -> str:
    """A SQL string literal for PRAGMA key / ATTACH ... KEY: any text, quotes doubled."""
    if "\x00" in value:
        raise ValueError("Een wachtwoord kan geen nul-teken bevatten.")
    return "'" + value.replace("'", "''") + "'"


def connect(target: str, passphrase: str, *, file: str | Path, **kwargs: Any) -> Any:
    """A DB-API connection on `target` (a path or a ``file:`` URI of `file`), keyed with
    the derived key of `file` when there is one that still fits, else with `passphrase`."""
    key = known(file, passphrase)
    if key is not None:
        connection = sqlcipher3.connect(target, **kwargs)
        try:
            connection.execute("PRAGMA cipher_log_level = NONE")
            connection.execute(f'PRAGMA key = "{key}"')
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return connection
        except sqlcipher3.DatabaseError as error:
            connection.close()
            if getattr(error, "sqlite_errorcode", None) == SQLITE_NOTADB:
                forget(file)  # another file under this name now: back to the passphrase
    connection = sqlcipher3.connect(target, **kwargs)
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = {quote_literal(passphrase)}")
    return connection
