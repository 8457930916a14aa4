"""Write a file so that a crash or a full disk never leaves a truncated one in its place.

Inside `staged_outputs()` the finished files wait under their temporary names until the
caller publishes them: a disclosure commits its audit entry first (services/disclosure.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from kempen_desktop import tempfiles

_staging: ContextVar[Staged | None] = ContextVar("kempen_staged_outputs", default=None)


class Staged:
    """Finished temporary files and the names they will get."""

    def __init__(self) -> None:
        self.items: list[tuple[tempfiles.TempFile, Path]] = []

    def publish(self) -> list[Path]:
        """Rename every file into place; on a failure none of them stays published."""
        done: list[Path] = []
        try:
            for temp, path in self.items:
                temp.publish(path)
                done.append(path)
        except BaseException:
            # All or nothing: a second file that cannot be written takes the first one back.
            for path in done:
                path.unlink(missing_ok=True)
            self.discard()
            raise
        self.items = []
        return done

    def discard(self) -> None:
        for temp, _path in self.items:
            temp.discard()
        self.items = []


@contextmanager
def staged_outputs() -> Iterator[Staged]:
    """Files written with atomic_output in this block are kept under temporary names
    until `publish()`; whatever is not published is removed when the block ends."""
    staged = Staged()
    token = _staging.set(staged)
    try:
        yield staged
    finally:
        _staging.reset(token)
        staged.discard()


@contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """Yield a private temporary path next to `path`; on success it replaces `path`.

    On any error the temporary file is removed and an existing `path` stays as it was.
    The temp file lives in the same folder, so the final rename is atomic. Leftovers of
    killed writers in that folder (a USB stick is seen only when written to) go first.
    """
    path = Path(path)
    tempfiles.sweep(path.parent)
    temp = tempfiles.TempFile(path)
    try:
        yield temp.path
        staged = _staging.get()
        if staged is not None:
            temp.sync()
            staged.items.append((temp, path))
            return
        temp.publish(path)
    except BaseException:
        temp.discard()
        raise
