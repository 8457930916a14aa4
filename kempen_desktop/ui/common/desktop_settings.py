"""Who documents come from, read from the desktop settings — for the app and the CLI alike.

The user's name, function and organisation and the PDF letterhead are set in Instellingen
(ui/common/settings.py declares every setting) and kept by QSettings. A PDF written from
the command line must carry the same letterhead and "Opgesteld door …", so both front ends
(ui/ and commands/, one layer) call `read_sender()` here. QSettings is the store (the
Windows registry, an INI file on Linux); only QtCore is used, no QApplication is needed, so
the CLI stays free of widgets.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings

from kempen_desktop.documents.sender import Identity, Letterhead, Sender

log = logging.getLogger(__name__)

# The names the desktop registers (ui/app.py configure_application); QSettings files them here.
ORGANIZATION = "Kempen"
APPLICATION = "KempenDesktop"

# The keys of the sender settings; ui/common/settings.py declares them with these names.
USER_NAME_KEY = "user/name"
USER_FUNCTION_KEY = "user/function"
USER_ORGANISATION_KEY = "user/organisation"
LETTERHEAD_NAME_KEY = "letterhead/organisation"  # "" = the user's organisation
LETTERHEAD_ADDRESS_KEY = "letterhead/address"
LETTERHEAD_LOGO_KEY = "letterhead/logo"  # path of a PNG or JPEG

# A letterhead logo is a small picture; a bigger file is most likely the wrong one chosen.
MAX_LOGO_BYTES = 5 * 1024 * 1024


def open_settings() -> QSettings:
    # defaultFormat() is native in the app and the CLI; tests switch it to per-test INI files.
    return QSettings(
        QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def _text(store: QSettings, key: str) -> str:
    value = store.value(key, "")
    return value.strip() if isinstance(value, str) else ""


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
    """The identity and letterhead as the settings hold them now; empty values when unset
    (the PDF then has no letterhead and no byline, as before)."""
    store = open_settings()
    identity = Identity(
        name=_text(store, USER_NAME_KEY),
        function=_text(store, USER_FUNCTION_KEY),
        organisation=_text(store, USER_ORGANISATION_KEY),
    )
    letterhead = Letterhead(
        # An empty letterhead name means the user's own organisation (the settings say so).
        organisation=_text(store, LETTERHEAD_NAME_KEY) or identity.organisation,
        address=_text(store, LETTERHEAD_ADDRESS_KEY),
        logo=read_logo(_text(store, LETTERHEAD_LOGO_KEY)),
    )
    return Sender(identity, letterhead)
