"""Settings declared once (name, type, default) over QSettings.

Window layout is stored per machine and user by Qt; nothing about clients is stored here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from kempen_desktop.ui.common import desktop_settings as _shared

T = TypeVar("T")

# Shared with the CLI (ui/common/desktop_settings.py), so `kempen` reads the same store.
ORGANIZATION = _shared.ORGANIZATION
APPLICATION = _shared.APPLICATION


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type[T]
    default: T

    def get(self, settings: QSettings) -> T:
        value = settings.value(self.key, self.default)
        if self.type is bool and isinstance(value, str):  # INI files store 'true'/'false'
            return value.lower() == "true"  # type: ignore[return-value]
        try:
            return self.type(value)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return self.default

    def set(self, settings: QSettings, value: T) -> None:
        settings.setValue(self.key, value)


MAIN_GEOMETRY = Setting("main_window/geometry", QByteArray, QByteArray())
MAIN_STATE = Setting("main_window/state", QByteArray, QByteArray())
CURRENT_TAB = Setting("main_window/current_tab", int, 0)
DOSSIER_SPLITTER = Setting("dossiers/splitter", QByteArray, QByteArray())
DOSSIER_HEADER = Setting("dossiers/header", QByteArray, QByteArray())
DEMO_OFFERED = Setting("first_run/demo_offered", bool, False)
MEETING_MODE_ZOOM = Setting("meeting_mode/zoom", int, 100)  # percent, for a projector
LANGUAGE = Setting("ui/language", str, "")  # "" = follow the system, "nl" or "en"
# Saved named filters of the Dossiers tab: JSON {name: filter state} (dossier_filters.py).
DOSSIER_SAVED_FILTERS = Setting("dossiers/saved_filters", str, "{}")


def dialog_geometry_key(cls: type) -> str:
    """Dialogs remember their size under a key derived from their class."""
    return f"dialogs/{cls.__name__}/geometry"


def list_header_setting(name: str) -> Setting[QByteArray]:
    """Columns of a list (shown, order, widths) as its header saved them; per list name."""
    return Setting(f"lists/{name}/header", QByteArray, QByteArray())


def open_settings() -> QSettings:
    # defaultFormat() is native in the app; tests switch it to per-test INI files.
    return _shared.open_settings()


# --- First-run setup and the settings dialog (issue 18) ------------------------------------
FIRST_RUN_DONE = Setting("first_run/done", bool, False)
DATABASE_PATH = Setting("data/database_path", str, "")  # "" = the user data folder
REGION = Setting("region/preset", str, "")  # a code of regions.csv, or "vrij"
REGION_MUNICIPALITIES = Setting("region/municipalities", str, "")  # NIS codes, ";"-joined
USER_NAME = Setting(_shared.USER_NAME_KEY, str, "")  # in minutes, reports and e-mail drafts
USER_FUNCTION = Setting(_shared.USER_FUNCTION_KEY, str, "")
USER_ORGANISATION = Setting(_shared.USER_ORGANISATION_KEY, str, "")
LETTERHEAD_NAME = Setting(_shared.LETTERHEAD_NAME_KEY, str, "")  # "" = USER_ORGANISATION
LETTERHEAD_ADDRESS = Setting(_shared.LETTERHEAD_ADDRESS_KEY, str, "")
LETTERHEAD_LOGO = Setting(_shared.LETTERHEAD_LOGO_KEY, str, "")  # path of a PNG or JPEG
# The key the lock screen has always used (ui/trust/lock_screen.py), so a chosen time stays.
IDLE_LOCK_MINUTES = Setting("security/auto_lock_minutes", int, 10)  # 0 = never
IMPORT_DEFAULT_PROFILE = Setting("import/default_profile", str, "")
IMPORT_DEFAULT_MODE = Setting("import/default_mode", str, "fill")  # "fill" or "overwrite"
MEETING_DEFAULT_MINUTES = Setting("meetings/default_minutes", int, 120)  # a new meeting's length
MEETING_DEFAULT_PLACE = Setting("meetings/default_place", str, "")
