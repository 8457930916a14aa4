"""Who the documents come from, read from the settings registry and handed to the Workspace:
the user's name, function and organisation, and the PDF letterhead (organisation, address,
logo). The writers receive these as plain values (documents/sender.py); only the UI reads
QSettings, so this is where they are put together — at start and after Instellingen.
"""

from __future__ import annotations

import logging
from pathlib import Path

from kempen_desktop.app import Workspace
from kempen_desktop.documents.sender import Identity, Letterhead, Sender
from kempen_desktop.ui.common import settings

log = logging.getLogger(__name__)

# A letterhead logo is a small picture; a bigger file is most likely the wrong one chosen.
MAX_LOGO_BYTES = 5 * 1024 * 1024


def read_logo(path_text: str) -> bytes:
    """The bytes of the logo file, or b"" (no logo) when it is unset, gone or too big. The
    PDF is then printed without a logo: a moved logo file must not stop a verslag."""
    if not path_text:
        return b""
    path = Path(path_text)
    try:
        if path.stat().st_size > MAX_LOGO_BYTES:
            log.warning("letterhead logo larger than %d bytes: left out", MAX_LOGO_BYTES)
            return b""
        return path.read_bytes()
    except OSError:
        log.warning("letterhead logo could not be read: left out")
        return b""


def read_sender() -> Sender:
    store = settings.open_settings()
    identity = Identity(
        name=settings.USER_NAME.get(store).strip(),
        function=settings.USER_FUNCTION.get(store).strip(),
        organisation=settings.USER_ORGANISATION.get(store).strip(),
    )
    letterhead = Letterhead(
        # An empty letterhead name means the user's own organisation (the settings say so).
        organisation=settings.LETTERHEAD_NAME.get(store).strip() or identity.organisation,
        address=settings.LETTERHEAD_ADDRESS.get(store).strip(),
        logo=read_logo(settings.LETTERHEAD_LOGO.get(store).strip()),
    )
    return Sender(identity, letterhead)


def apply_sender(workspace: Workspace) -> Sender:
    """Read the settings into `workspace.sender` (every PDF and e-mail draft uses it)."""
    workspace.sender = read_sender()
    return workspace.sender


def region_municipalities() -> tuple[str, ...]:
    """The NIS codes of the region chosen at first run or in Instellingen (may be empty)."""
    codes = settings.REGION_MUNICIPALITIES.get(settings.open_settings())
    return tuple(code for code in codes.split(";") if code)
