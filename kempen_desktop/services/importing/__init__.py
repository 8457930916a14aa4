"""Importing VDAB and OCMW lists: read, map, validate, match, preview, apply, undo.

The same code path serves the GUI wizard and ``kempen import``. Modules, one job each:

* ``reader``: the spreadsheet reader (python-calamine; CSV as saved by Excel in Belgium).
* ``fields``: the field keys, their Dutch labels and the usual header texts.
* ``profiles``: mapping profiles (built in, saved in the database, TOML files).
* ``layout``: header-row detection and header-to-field mapping.
* ``parsing``: one cell -> a value (names, dates, INSZ, postcode, ...).
* ``reference``: municipalities, target groups, partners and counsellors by name.
* ``rows``: one row -> its values, or the reason it is rejected (rule 2).
* ``matching``: which dossier a row belongs to (rule 3).
* ``changes``: what a row changes in that dossier (rule 4).
* ``model``, ``planning``: the plan shown before anything is written.
* ``sqlwrite``, ``perf``, ``applying``: writing a plan in one transaction, as a batch.
* ``undo``, ``history``: the import history and undoing a batch (rule 6).
* ``rejects``: the rejected rows as an .xlsx with a column "Reden".
"""

from kempen_desktop.services.importing.applying import apply_plan
from kempen_desktop.services.importing.errors import ImportFailed, ImportUndoError
from kempen_desktop.services.importing.fields import FIELD_KEYS, FIELD_LABELS
from kempen_desktop.services.importing.history import (
    BatchInfo,
    batch_info,
    find_batch,
    list_batches,
)
from kempen_desktop.services.importing.layout import Layout, detect_layout
from kempen_desktop.services.importing.model import FieldChange, ImportPlan, PlannedRow
from kempen_desktop.services.importing.planning import plan_import
from kempen_desktop.services.importing.profiles import (
    Profile,
    builtin_profiles,
    check_profile,
    delete_profile,
    get_profile,
    list_profiles,
    load_profile_toml,
    profile_from_toml,
    profile_to_toml,
    save_profile,
)
from kempen_desktop.services.importing.reader import (
    ImportCancelled,
    SheetData,
    SheetInfo,
    SpreadsheetError,
    list_sheets,
    read_sheet,
)
from kempen_desktop.services.importing.rejects import write_rejects
from kempen_desktop.services.importing.undo import UndoCheck, UndoResult, undo_batch, undo_check

__all__ = [
    "FIELD_KEYS",
    "FIELD_LABELS",
    "BatchInfo",
    "FieldChange",
    "ImportCancelled",
    "ImportFailed",
    "ImportPlan",
    "ImportUndoError",
    "Layout",
    "PlannedRow",
    "Profile",
    "SheetData",
    "SheetInfo",
    "SpreadsheetError",
    "UndoCheck",
    "UndoResult",
    "apply_plan",
    "batch_info",
    "builtin_profiles",
    "check_profile",
    "delete_profile",
    "detect_layout",
    "find_batch",
    "get_profile",
    "list_batches",
    "list_profiles",
    "list_sheets",
    "load_profile_toml",
    "plan_import",
    "profile_from_toml",
    "profile_to_toml",
    "read_sheet",
    "save_profile",
    "undo_batch",
    "undo_check",
    "write_rejects",
]
