"""The Help menu's windows: Sneltoetsen, Handleiding, Logmap openen and Over (issue 14).

The shortcut list is read from the window's real QActions (and the list keys bound by
ui/common/keyboard.py), so it cannot drift from what the keys do. The guide is a Markdown
file in resources/help/, shown in a dialog.
"""

from __future__ import annotations

import importlib.metadata
import platform

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kempen_desktop import APP_NAME, __version__
from kempen_desktop.paths import log_dir
from kempen_desktop.resources_location import resource_root

# The libraries the app ships with (pyproject dependencies), shown in Over.
BUNDLED = (
    "PySide6-Essentials",
    "SQLAlchemy",
    "alembic",
    "sqlcipher3-binary",
    "platformdirs",
    "python-stdnum",
    "python-calamine",
    "openpyxl",
    "defusedxml",
    "rapidfuzz",
    "reportlab",
    "icalendar",
    "pypdfium2",
    "filelock",
    "tzdata",
)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(action, keys) for every action of `window` that has a shortcut, menu order."""
    rows: list[tuple[str, str]] = []
    seen: set[int] = set()
    for action in window.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if not keys or id(action) in seen:
            continue
        seen.add(id(action))
        text = " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        rows.append((_plain(action.text()), text))
    return rows


class _Closable(QDialog):
    def _finish(self, layout: QVBoxLayout) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class ShortcutsDialog(_Closable):
    """Help → Sneltoetsen."""

    def __init__(self, window: QWidget, extra: list[tuple[str, str]], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sneltoetsen"))
        self.resize(520, 560)
        rows = shortcut_rows(window) + [
            (self.tr("Opslaan in een venster"), "Ctrl+Enter"),
            (self.tr("Naar het volgende veld, ook uit een tekstvak"), "Tab"),
            (self.tr("Tab typen in een tekstvak"), "Ctrl+Tab"),
            *extra,
        ]
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Actie"), self.tr("Toetsen")])
        for row, (label, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(label))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self._finish(layout)

    def rows(self) -> list[tuple[str, str]]:
        return [
            (self.table.item(r, 0).text(), self.table.item(r, 1).text())
            for r in range(self.table.rowCount())
        ]


def guide_text(language: str = "nl") -> str:
    folder = resource_root() / "help"
    localized = folder / f"handleiding_{language}.md"
    source = localized if language != "nl" and localized.is_file() else folder / "handleiding.md"
    return source.read_text(encoding="utf-8")


class GuideDialog(_Closable):
    """Help → Handleiding: the short guide from resources/help/handleiding.md."""

    def __init__(self, language: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handleiding"))
        self.resize(720, 640)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(guide_text(language))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        self._finish(layout)


def library_versions() -> list[tuple[str, str, str]]:
    """(name, version, licence) of each bundled library that is installed."""
    found: list[tuple[str, str, str]] = []
    for name in BUNDLED:
        try:
            meta = importlib.metadata.metadata(name)
        except importlib.metadata.PackageNotFoundError:
            continue
        licence = meta.get("License-Expression") or ""
        if not licence:
            classifiers = [c for c in meta.get_all("Classifier") or [] if "License ::" in c]
            licence = classifiers[0].rsplit("::", 1)[-1].strip() if classifiers else ""
        if not licence:
            licence = (
                (meta.get("License") or "").splitlines()[0][:40] if meta.get("License") else ""
            )
        found.append((name, meta["Version"], licence or "?"))
    return found


class AboutDialog(_Closable):
    """Help → Over: version, database, and the bundled libraries with versions and licences."""

    def __init__(self, database: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Over %1").replace("%1", APP_NAME))
        self.resize(620, 560)
        lines = [
            f"## {APP_NAME} {__version__}",
            self.tr("Offline dossieropvolging voor de lokale regisseur sociale economie en werk."),
            self.tr("Licentie: EUPL-1.2. Database: %1").replace("%1", database),
            f"Python {platform.python_version()}",
            "",
            f"| {self.tr('Bibliotheek')} | {self.tr('Versie')} | {self.tr('Licentie')} |",
            "|---|---|---|",
        ]
        lines += [f"| {n} | {v} | {lic} |" for n, v, lic in library_versions()]
        self.browser = QTextBrowser()
        self.browser.setMarkdown("\n".join(lines))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        self._finish(layout)


def open_log_folder() -> bool:
    """Help → Logmap openen: the folder in the system's file manager."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
