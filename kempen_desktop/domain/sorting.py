"""Names sorted the Dutch (Flemish) way (issue 14).

* Accents are folded: "Şahin" sorts among the S, "Öztürk" among the O, "Çelik" among the C,
  "Łukasz" among the L — not after Z, where plain code-point order puts them.
* Case does not count, nor do spaces, hyphens and apostrophes inside a name.
* **"Van den Broeck" sorts under V, literally**, as in the Belgian phone book and in the
  VDAB and OCMW lists this app's users work with: in Belgium the prefix is part of the
  surname (written with a capital, often glued on: "Vandenbroeck"). Dutch phone books file it
  under "Broeck", but a Flemish user looking for "Van den Broeck" scans the V's. Because
  spaces do not count, "Van den Broeck", "Van Den Broeck" and "Vandenbroeck" stand together,
  and "De Smet" next to "Desmet"; "D'Hondt" next to "Dhondt".

The same rule runs in two places that must agree (a test checks they do):
``sort_key()`` in Python, and ``sql_sort_key()`` — a plain SQL expression (nested
``replace()``) that the list triggers of migration 0011 use to fill the dossier list's sort
columns. Plain SQL, not a function or collation registered on the connection, so every
writer (the sqlite3 shell, a backup check, an older tool) can still write the tables.
"""

from __future__ import annotations

import unicodedata
from functools import cache

# Letters whose decomposition is not "ASCII letter + accent".
_SPECIAL = {
    "ß": "ss",
    "ẞ": "SS",
    "Æ": "AE",
    "æ": "ae",
    "Œ": "OE",
    "œ": "oe",
    "Ø": "O",
    "ø": "o",
    "Đ": "D",
    "đ": "d",
    "Ð": "D",
    "ð": "d",
    "Ł": "L",
    "ł": "l",
    "Þ": "TH",
    "þ": "th",
    "ı": "i",  # Turkish dotless i
    "Ħ": "H",
    "ħ": "h",
    "Ŀ": "L",
    "ŀ": "l",
}
# Removed from the key: they do not count in the order ("Van den Broeck" = "Vandenbroeck").
IGNORED = (" ", "-", "'", "’", ".")


@cache
def folds() -> dict[str, str]:
    """Accented Latin letters (Latin-1, Latin Extended-A, the Romanian comma letters) to ASCII."""
    table: dict[str, str] = {}
    codepoints = [*range(0xC0, 0x180), *range(0x218, 0x21C)]
    for codepoint in codepoints:
        char = chr(codepoint)
        if char in _SPECIAL:
            table[char] = _SPECIAL[char]
            continue
        base = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        if base != char and base.isascii() and base.isalpha():
            table[char] = base
    for char, replacement in _SPECIAL.items():
        table.setdefault(char, replacement)
    return table


def sort_key(name: str) -> str:
    """The sort key of a name: accents folded, lower case, spaces and hyphens left out."""
    table = folds()
    folded = "".join(table.get(char, char) for char in name)
    for char in IGNORED:
        folded = folded.replace(char, "")
    return folded.lower()


def _sql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def sql_sort_key(expression: str) -> str:
    """``sort_key()`` as SQLite SQL over an expression (ASCII lower() after the folds)."""
    sql = expression
    for char in IGNORED:
        sql = f"replace({sql}, {_sql_literal(char)}, '')"
    for char, replacement in folds().items():
        sql = f"replace({sql}, {_sql_literal(char)}, {_sql_literal(replacement)})"
    return f"lower({sql})"
