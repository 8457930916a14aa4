"""A length limit for QPlainTextEdit (which has none of its own, unlike QLineEdit): what
is typed or pasted past the limit is taken out again and the user is told why, so the
editor never holds more than the services accept and every PDF can print."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from kempen_desktop.domain.text_limits import MAX_TEXT_CHARS, limit_reached


def limit_length(
    editor: QPlainTextEdit, tell: Callable[[str], None], limit: int = MAX_TEXT_CHARS
) -> None:
    """Keep `editor` at most `limit` characters; `tell` gets a Dutch message when it cut."""

    def check() -> None:
        # characterCount() is cheap and counts one extra end-of-text character.
        if editor.document().characterCount() - 1 <= limit:
            return
        excess = len(editor.toPlainText()) - limit
        if excess <= 0:
            return
        cursor = editor.textCursor()
        end = cursor.position() if cursor.position() >= excess else len(editor.toPlainText())
        cursor.setPosition(end - excess)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()  # the part just typed or pasted, before the cursor
        editor.setTextCursor(cursor)
        tell(limit_reached(limit))

    editor.textChanged.connect(check)
