"""Log to a rotating file in the user's log folder.

Only events, record ids and error types are logged: never INSZ, names or note text
(messages from the data layer are not passed to the log for that reason).
"""

from __future__ import annotations

import logging
import logging.handlers

from kempen_desktop.paths import log_dir


def setup_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "kempen.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    # SQLAlchemy echo would print bound parameters (names, INSZ): keep it quiet.
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
