"""Who the documents come from, read from the settings registry and handed to the Workspace:
the user's name, function and organisation, and the PDF letterhead (organisation, address,
logo). The writers receive these as plain values (documents/sender.py). The reading itself is
ui/common/desktop_settings.py, shared with the CLI so its PDFs carry the same letterhead; here it
is handed to the Workspace — at start and after Instellingen.
"""

from __future__ import annotations

from kempen_desktop.app import Workspace
from kempen_desktop.documents.sender import Sender
from kempen_desktop.ui.common import settings
from kempen_desktop.ui.common.desktop_settings import read_sender

__all__ = ["apply_sender", "read_sender", "region_municipalities"]


def apply_sender(workspace: Workspace) -> Sender:
    """Read the settings into `workspace.sender` (every PDF and e-mail draft uses it)."""
    workspace.sender = read_sender()
    return workspace.sender


def region_municipalities() -> tuple[str, ...]:
    """The NIS codes of the region chosen at first run or in Instellingen (may be empty)."""
    codes = settings.REGION_MUNICIPALITIES.get(settings.open_settings())
    return tuple(code for code in codes.split(";") if code)
