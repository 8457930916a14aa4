"""`kempen` on a terminal: asks the passphrase (twice for a new database), never echoes it."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")


class Terminal:
    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        self.master, slave = pty.openpty()

        def controlling_tty() -> None:
            os.setsid()
            fcntl.ioctl(slave, termios.TIOCSCTTY, 0)

        self.process = subprocess.Popen(
            [sys.executable, "-m", "kempen_desktop.cli", *argv],
            env=env,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            # getpass reads from the controlling terminal: the child must make the pty its own
            # (setsid + TIOCSCTTY) between fork and exec, which only preexec_fn can do.
            preexec_fn=controlling_tty,  # noqa: PLW1509 - needs the pty as controlling tty
        )
        os.close(slave)
        self.output = b""

    def expect(self, text: str, times: int = 1, timeout: float = 30) -> None:
        """Wait until `text` was printed `times` times. Typing earlier would be lost: getpass
        flushes pending input (TCSAFLUSH) just before it prints its prompt."""
        deadline = time.monotonic() + timeout
        while self.output.count(text.encode()) < times:
            assert time.monotonic() < deadline, self.output.decode(errors="replace")
            ready, _, _ = select.select([self.master], [], [], 0.2)
            if ready:
                try:
                    self.output += os.read(self.master, 4096)
                except OSError:
                    break

    def send(self, line: str) -> None:
        os.write(self.master, line.encode() + b"\r")

    def finish(self) -> int:
        code = self.process.wait(timeout=60)
        try:
            while True:
                ready, _, _ = select.select([self.master], [], [], 0.1)
                if not ready:
                    break
                chunk = os.read(self.master, 4096)
                if not chunk:
                    break
                self.output += chunk
        except OSError:
            pass
        os.close(self.master)
        return code


def test_init_and_open_ask_on_the_terminal(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "KEMPEN_PASSPHRASE"}
    db = str(tmp_path / "kempen.db")
    secret = "terminal geheim é"
    init = Terminal(["--db", db, "init"], env)
    init.expect("Kies een wachtwoord")
    init.send(secret)
    init.expect("Herhaal")
    init.send(secret)
    assert init.finish() == 0
    assert b"Database klaar" in init.output and secret.encode() not in init.output  # never echoed
    assert (tmp_path / "kempen.db").read_bytes()[:16] != b"SQLite format 3\x00"

    stats = Terminal(["--db", db, "stats"], env)
    stats.expect("Wachtwoord voor kempen.db")
    stats.send("fout")
    stats.expect("Wachtwoord voor kempen.db", times=2)
    assert b"Onjuist wachtwoord" in stats.output
    stats.send(secret)
    assert stats.finish() == 0
    assert b"Dossiers" in stats.output
