"""Small Dutch text helpers (pure)."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["dutch_list"]


def dutch_list(items: Iterable[str], last: str = "en") -> str:
    """'Geel' / 'Geel en Mol' / 'Geel, Mol en Dessel' ('' for none)."""
    words = [item for item in items if item]
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {last} {words[-1]}"
