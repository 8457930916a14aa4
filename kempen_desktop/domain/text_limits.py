"""How long a text the user writes may be: every PDF prints a note in full, and 100,000
characters (some 40 printed pages) is far beyond any real note, discussion or agreement."""

from __future__ import annotations

MAX_TEXT_CHARS = 100_000


def too_long(text: str | None, what: str = "De tekst", limit: int = MAX_TEXT_CHARS) -> str | None:
    """A Dutch message when `text` is longer than `limit` characters, else None."""
    if text is None or len(text) <= limit:
        return None
    return (
        f"{what} is {len(text):,} tekens lang; het maximum is {limit:,} tekens. "
        "Bewaar een langere tekst in een apart document."
    ).replace(",", ".")


def limit_reached(limit: int = MAX_TEXT_CHARS) -> str:
    """What an editor says when typing or pasting went past the limit."""
    return (
        f"Een tekst kan hier hoogstens {limit:,} tekens lang zijn; wat erover ging, werd niet "
        "overgenomen."
    ).replace(",", ".")
