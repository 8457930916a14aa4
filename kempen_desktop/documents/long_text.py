"""Long text cut into pieces a PDF can hold: reportlab cannot split one table row over
pages, and wraps one huge paragraph slowly, so a note of 100,000 characters goes in as
pieces of a few lines each. Nothing is lost: the pieces hold every character but the
spaces and line breaks they were cut at."""

from __future__ import annotations

import math

from reportlab.pdfbase import pdfmetrics


def pieces(text: str, width: float, font: str, size: float, lines: int) -> list[str]:
    """`text` in pieces of about `lines` lines at `width` points: cut at line breaks, a line
    longer than that between words (or anywhere, in one very long word)."""
    width = max(width, 4 * size)
    done: list[str] = []
    current: list[str] = []
    used = 0
    for line in text.split("\n"):
        while True:
            need = max(
                1, math.ceil(pdfmetrics.stringWidth(line, font, size) * 1.1 / width)
            )  # 10%: ragged ends
            if used + need <= lines:
                current.append(line)
                used += need
                break
            if current:  # this line starts the next piece
                done.append("\n".join(current))
                current, used = [], 0
                continue
            cut = max(1, int(len(line) * lines / need))  # the characters that fill a piece
            space = line.rfind(" ", cut // 2, cut + 1)
            if space > 0:
                done.append(line[:space])
                line = line[space + 1 :]
            else:
                done.append(line[:cut])
                line = line[cut:]
    if current:
        done.append("\n".join(current))
    return done or [""]
