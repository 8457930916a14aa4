"""Issue 17: an encrypted file's key is derived from its passphrase once per process
(db/keys.py), not once per connection (110-150 ms each).

What must hold: the key derived here is the one SQLCipher derives (so it opens the file);
the engine's connections after the first use it; a key that no longer fits -- a file
restored or replaced under the same name, with another salt -- is dropped and the
passphrase used; and nothing made from the live file (a backup) is keyed with it, so every
backup still opens with the passphrase alone, in a process that never saw the raw key.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from kempen_desktop.app.first_look import read_first_look
from kempen_desktop.db import keys
from kempen_desktop.db.engine import make_engine
from kempen_desktop.db.raw import connect_raw, file_of
from kempen_desktop.services.common.database import WrongPassphraseError, open_database
from kempen_desktop.services.demo import generate_demo
from kempen_desktop.services.trust import backups

PASSPHRASE = "wachtwoord-é€😀 'quoted\" x"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def no_keys_known() -> Iterator[None]:
    keys.forget()
    yield
    keys.forget()


def _encrypted(path: Path, dossiers: int = 0) -> Path:
    database = open_database(path, passphrase=PASSPHRASE)
    try:
        if dossiers:
            generate_demo(database, dossiers=dossiers, seed=3, today=date(2026, 6, 30))
    finally:
        database.close()
    keys.forget()
    return path


def _count(engine_path: Path, passphrase: str) -> int:
    engine = make_engine(engine_path, passphrase)
    try:
        with engine.connect() as connection:
            return int(connection.execute(text("SELECT count(*) FROM dossier")).scalar_one())
    finally:
        engine.dispose()


def test_the_derivation_is_sqlciphers_own(tmp_path: Path) -> None:
    path = _encrypted(tmp_path / "k.db")
    connection = connect_raw(path, PASSPHRASE)
    try:
        assert connection.execute("PRAGMA kdf_iter").fetchone()[0] == str(keys.KDF_ITERATIONS)
        assert connection.execute("PRAGMA cipher_kdf_algorithm").fetchone()[0] == (
            f"PBKDF2_HMAC_{keys.KDF_HASH.upper()}"
        )
        salt = keys.salt_of(connection)
    finally:
        connection.close()
    assert salt is not None and len(salt) == 16
    raw = keys.derive(PASSPHRASE, salt)
    import sqlcipher3  # type: ignore[import-untyped]

    opened = sqlcipher3.connect(str(path))
    try:
        opened.execute(f'PRAGMA key = "{raw}"')
        assert opened.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)
    finally:
        opened.close()
    wrong = sqlcipher3.connect(str(path))
    try:
        wrong.execute("PRAGMA cipher_log_level = NONE")
        wrong.execute(f'PRAGMA key = "{keys.derive(PASSPHRASE + "!", salt)}"')
        with pytest.raises(sqlcipher3.DatabaseError):
            wrong.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        wrong.close()


def test_the_engine_derives_once_and_its_next_connections_use_the_key(tmp_path: Path) -> None:
    path = _encrypted(tmp_path / "k.db", dossiers=5)
    assert _count(path, PASSPHRASE) == 5
    key = keys.known(path, PASSPHRASE)
    assert key is not None
    # Proof that a new connection is keyed with the derived key and not the passphrase: the
    # key stored under another passphrase opens the file under that one.
    keys.remember(path, "not the passphrase", key)
    assert _count(path, "not the passphrase") == 5
    keys.forget()
    with pytest.raises(Exception, match="not a database"):
        _count(path, "not the passphrase")


def test_a_key_that_no_longer_fits_gives_way_to_the_passphrase(tmp_path: Path) -> None:
    first = _encrypted(tmp_path / "one.db", dossiers=3)
    other = _encrypted(tmp_path / "other.db", dossiers=4)
    assert _count(first, PASSPHRASE) == 3
    assert keys.known(first, PASSPHRASE) is not None
    # Another file under the same name (another salt), as a restore or a copy makes it.
    for suffix in ("-wal", "-shm"):
        Path(f"{first}{suffix}").unlink(missing_ok=True)
    first.write_bytes(other.read_bytes())
    assert _count(first, PASSPHRASE) == 4
    # Dropped, and derived again for the new salt by the connection that opened it.
    fresh = keys.known(first, PASSPHRASE)
    assert fresh is not None
    connection = connect_raw(first, PASSPHRASE)
    try:
        assert keys.derive(PASSPHRASE, keys.salt_of(connection) or b"") == fresh
    finally:
        connection.close()


def test_a_restored_backup_reopens_and_every_backup_opens_with_the_passphrase_alone(
    tmp_path: Path,
) -> None:
    path = _encrypted(tmp_path / "live.db", dossiers=6)
    database = open_database(path, passphrase=PASSPHRASE)
    try:
        with database.engine.connect() as connection:  # a second connection: keyed by key
            connection.execute(text("SELECT 1")).scalar_one()
        assert keys.known(path, PASSPHRASE) is not None
        backup = backups.make_backup(database)
        assert backup is not None
        with database.transaction() as session:
            session.execute(text("DELETE FROM timeline_entry"))
        backups.restore_backup(database, backup)
        with database.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM timeline_entry")).scalar_one()
        assert keys.known(path, PASSPHRASE) is not None
    finally:
        database.close()
    # Another process, which never saw a raw key, opens the backup and the live file with
    # the passphrase.
    script = (
        "import sys; from pathlib import Path; "
        "from kempen_desktop.db.raw import connect_raw; "
        "[print(connect_raw(Path(p), sys.argv[1]).execute("
        "'SELECT count(*) FROM dossier').fetchone()[0]) for p in sys.argv[2:]]"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, PASSPHRASE, str(backup), str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert done.stdout.split() == ["6", "6"]


def test_a_wrong_passphrase_is_still_named_so(tmp_path: Path) -> None:
    path = _encrypted(tmp_path / "k.db")
    assert _count(path, PASSPHRASE) == 0
    with pytest.raises(WrongPassphraseError):
        open_database(path, passphrase="verkeerd")


def test_the_first_look_starts_the_derivation_for_the_engine(tmp_path: Path) -> None:
    path = _encrypted(tmp_path / "k.db", dossiers=4)
    assert keys.known(path, PASSPHRASE) is None
    look = read_first_look(path, PASSPHRASE)
    assert look is not None
    assert keys.known(path, PASSPHRASE) is not None
    assert read_first_look(path, "verkeerd") is None
    assert keys.known(path, "verkeerd") is None


def test_a_uri_names_its_file() -> None:
    assert file_of("file:/tmp/a%20b%C3%A9.db?mode=ro&immutable=1", uri=True) == "/tmp/a bé.db"
    assert file_of("/tmp/plain.db") == "/tmp/plain.db"
