"""The main window: a thin host for the tabs, the menu and the status bar.

Only the Dossiers tab is built with the window; the others (and the modules behind them)
are built the first time they are shown or used (`self.meetings`, ...), or once the app
is idle after start-up (`build_tabs_when_idle`), so the window paints sooner (issue 17).
A tab not built yet has nothing to reload after a change.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTableView, QTabWidget, QWidget

from kempen_desktop import APP_NAME
from kempen_desktop.app import Changes, Workspace
from kempen_desktop.ui import access_view, working_copy_actions
from kempen_desktop.ui.common import settings
from kempen_desktop.ui.common.change_poller import ChangePoller
from kempen_desktop.ui.common.icons import apply_main_icons
from kempen_desktop.ui.common.keyboard import bind_list_keys
from kempen_desktop.ui.common.sender import apply_sender
from kempen_desktop.ui.dossiers.dossiers_tab import DossiersTab
from kempen_desktop.ui.main_menus import build_edit_menu, build_help_menu

if TYPE_CHECKING:
    from kempen_desktop.ui.actions.actions_tab import ActionsTab
    from kempen_desktop.ui.importing.import_history import ImportHistoryDialog
    from kempen_desktop.ui.importing.import_wizard import ImportWizard
    from kempen_desktop.ui.meetings.meetings_tab import MeetingsTab
    from kempen_desktop.ui.partners.partners_tab import PartnersTab
    from kempen_desktop.ui.reports.reports_tab import ReportsTab

# Kept here rather than imported from the wizard, which loads the import machinery.
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".csv", ".txt")
# The tabs in their order; all but the first are built when first shown or used, or while
# the app is idle after start-up.
TAB_NAMES = ("dossiers", "meetings", "partners", "reports", "actions")
# Between two steps of building the tabs while the app is idle: the window answers clicks
# and keys between.
IDLE_BUILD_PAUSE_MS = 100


class MainWindow(QMainWindow):
    open_demo_requested = Signal()
    restart_requested = Signal()  # the language changed: ui/app.py closes and starts again
    # Changes announced by the workspace, from whichever thread did the work: a queued
    # signal brings them to the GUI thread.
    _changes_arrived = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        # The figures of a large file are counted in a child process: a count on a worker
        # thread here holds the GIL that every repaint of the list waits for.
        workspace.counts_in_child = True
        apply_sender(workspace)  # the letterhead and the user's name on every document
        self.is_demo = workspace.is_demo
        # The app name once, first: ui/app.py sets no application display name, which the
        # platform would append a second time ("... — DEMO — Kempen Desktop").
        title = f"{APP_NAME} — {workspace.path.name}"
        title += working_copy_actions.title_suffix(workspace)  # " — werkkopie sinds …"
        self.setWindowTitle(f"{title} — DEMO" if self.is_demo else title)
        self.resize(1280, 800)

        self.tabs = QTabWidget()
        # Team mode: only what the server accepts from this user is offered (issue 19).
        self.allowed = workspace.capabilities
        self._refused = access_view.refused_tabs(self.allowed)
        if self.allowed.reader_only:  # a lezer: the list and figures of its views
            from kempen_desktop.ui.dossiers.reader_tab import ReaderTab

            self.dossiers = ReaderTab(workspace)  # type: ignore[assignment]
        else:
            self.dossiers = DossiersTab(workspace)
            # The activities a dossier took part in, as a section of its detail (issue 16);
            # the actions area (and its import machinery) loads when a detail first asks.
            self.dossiers.detail.events_source = lambda dossier_id: (
                workspace.actions.dossier_events(dossier_id)
            )
            self.dossiers.detail.follow_ups_source = lambda dossier_id: (
                workspace.actions.dossier_follow_ups(dossier_id)
            )
        self._built: dict[str, QWidget] = {"dossiers": self.dossiers}
        self._unplaced: dict[str, QWidget] = {}  # built while idle, not yet in the window
        self.tabs.addTab(self.dossiers, self.tr("&Dossiers"))
        self.tabs.addTab(QWidget(), self.tr("&Overlegmomenten"))
        self.tabs.addTab(QWidget(), self.tr("&Partners"))
        self.tabs.addTab(QWidget(), self.tr("&Rapporten"))
        # After Rapporten: a remembered tab index from before the Acties tab stays right.
        self.tabs.addTab(QWidget(), self.tr("A&cties"))
        for name in self._refused:
            self.tabs.setTabVisible(TAB_NAMES.index(name), False)
        self.tabs.currentChanged.connect(self._build_current)
        self.setCentralWidget(self.tabs)
        # One path for every change: the workspace announces it, each tab decides what to reload.
        self._changes_arrived.connect(self.apply_changes)
        self.dossiers.import_requested.connect(lambda: self.open_import())  # its empty state
        self._unsubscribe = workspace.subscribe(self._changes_arrived.emit)
        unsubscribe = self._unsubscribe
        self.destroyed.connect(lambda *_: unsubscribe())
        # Team mode: what other users save reaches the lists the same way (issue 19).
        self.change_poller = ChangePoller(workspace, self)
        self.dossiers.model.modelReset.connect(self._update_status)  # search and filters
        self.tabs.currentChanged.connect(self._update_status)
        # Delete and Enter on the lists: the row's delete (with its question) and open actions.
        bind_list_keys(
            self.dossiers.table, self.dossiers.delete_dossier, self.dossiers.edit_dossier
        )

        self.setAcceptDrops(True)  # drop a VDAB or OCMW list on the window to import it
        self.current_dialog: QWidget | None = None
        self._build_menu()
        access_view.restrict_window(self)
        self.edit_menu = build_edit_menu(self)  # Ongedaan maken / Opnieuw
        self.help_menu = build_help_menu(self)  # Sneltoetsen, Handleiding, Logmap, Over
        self._build_status_bar()
        apply_main_icons(self)  # one icon set on the menus and tab headers
        self.restore_layout()

    # --- tabs built on first use -----------------------------------------------------------
    @property
    def meetings(self) -> MeetingsTab:
        return self._tab("meetings")  # type: ignore[return-value]

    @property
    def partners(self) -> PartnersTab:
        return self._tab("partners")  # type: ignore[return-value]

    @property
    def reports(self) -> ReportsTab:
        return self._tab("reports")  # type: ignore[return-value]

    @property
    def actions_tab(self) -> ActionsTab:
        return self._tab("actions")  # type: ignore[return-value]

    def built_tabs(self) -> list[QWidget]:
        """The tabs built so far, in tab order."""
        return [self._built[name] for name in TAB_NAMES if name in self._built]

    def _build_current(self, index: int) -> None:
        if 0 <= index < len(TAB_NAMES) and TAB_NAMES[index] in self._refused:
            self.tabs.setCurrentIndex(0)  # a hidden tab (team mode), chosen by code
        elif 0 <= index < len(TAB_NAMES):
            self._tab(TAB_NAMES[index])

    def _tab(self, name: str) -> QWidget:
        """The tab `name`, built now if it was not yet (it takes its placeholder's place)."""
        tab = self._built.get(name)
        if tab is not None:
            return tab
        tab = self._unplaced.pop(name, None)  # built while idle, not yet placed
        if tab is None:
            tab = self._new_tab(name)
        self._place(name, tab)
        return tab

    def _new_tab(self, name: str) -> QWidget:
        tab = self._make_tab(name)
        access_view.restrict_tab(name, tab, self.allowed)
        return tab

    def _place(self, name: str, tab: QWidget) -> None:
        self._built[name] = tab
        index = TAB_NAMES.index(name)
        current = self.tabs.currentIndex()
        placeholder = self.tabs.widget(index)
        label, icon = self.tabs.tabText(index), self.tabs.tabIcon(index)
        tip = self.tabs.tabToolTip(index)
        self.tabs.blockSignals(True)  # the swap is no change of tab for the listeners
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, tab, icon, label)
            self.tabs.setTabToolTip(index, tip)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(False)
        placeholder.deleteLater()

    def build_tabs_when_idle(self, ready: Callable[[], bool]) -> None:
        """Once `ready()` (the preloader has imported their modules), build the tabs not
        built yet while the app is idle: building a tab, then placing it in the window
        (where its widgets are polished and laid out), each on a turn of the event loop of
        its own, with a pause between. Built when first clicked, Overlegmomenten froze the
        window 60-80 ms at 100,000 dossiers; built and placed at once here, 55-90 ms
        (issue 17). A tab built here reads nothing until it is shown."""
        waiting = QTimer(self)
        waiting.setInterval(100)

        def next_step() -> None:
            if not ready():
                return
            waiting.setInterval(IDLE_BUILD_PAUSE_MS)
            if self._unplaced:
                name = next(iter(self._unplaced))
                self._place(name, self._unplaced.pop(name))
                return
            missing = [
                name for name in TAB_NAMES if name not in self._built and name not in self._refused
            ]
            if not missing:
                waiting.stop()
                waiting.deleteLater()
                return
            self._unplaced[missing[0]] = self._new_tab(missing[0])

        waiting.timeout.connect(next_step)
        waiting.start()

    def _make_tab(self, name: str) -> QWidget:
        workspace = self.workspace
        if name == "meetings":
            from kempen_desktop.ui.meetings.meetings_tab import MeetingsTab

            meetings = MeetingsTab(workspace)
            meetings.open_dossier.connect(self._show_dossier)
            return meetings
        if name == "partners":
            from kempen_desktop.ui.partners.partners_tab import PartnersTab

            partners = PartnersTab(workspace)
            partners.open_dossier.connect(self._show_dossier)
            if self.allowed.edit_partners:
                bind_list_keys(partners.table, partners.delete_partner, partners.edit_partner)
            return partners
        if name == "reports":
            from kempen_desktop.ui.reports.reports_tab import ReportsTab

            reports = ReportsTab(workspace)
            reports.show_dossiers.connect(self._show_report_dossiers)
            reports.show_tab.connect(self._show_tab)
            return reports
        from kempen_desktop.ui.actions.actions_tab import ActionsTab

        return ActionsTab(workspace)

    def _current_name(self) -> str:
        index = self.tabs.currentIndex()
        return TAB_NAMES[index] if 0 <= index < len(TAB_NAMES) else "dossiers"

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        self.new_action = QAction(self.tr("&Nieuw dossier…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self._new_dossier)
        self.search_action = QAction(self.tr("&Zoeken"), self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self._focus_search)
        self.refresh_action = QAction(self.tr("&Vernieuwen"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.reload_all)
        self.import_action = QAction(self.tr("Lijst &importeren…"), self)
        self.import_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_I))
        self.import_action.triggered.connect(lambda: self.open_import())
        self.export_action = QAction(self.tr("Lijst &exporteren…"), self)
        self.export_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E))
        self.export_action.setStatusTip(
            self.tr("De lijst van het huidige tabblad naar Excel (.xlsx)")
        )
        self.export_action.triggered.connect(self.export_list)
        self.history_action = QAction(self.tr("Import&geschiedenis…"), self)
        self.history_action.triggered.connect(self.open_import_history)
        self.demo_action = QAction(self.tr("&Demodatabase openen"), self)
        self.demo_action.triggered.connect(self.open_demo_requested)
        self.demo_action.setEnabled(not self.is_demo)
        self.quit_action = QAction(self.tr("&Afsluiten"), self)
        self.quit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        self.quit_action.triggered.connect(self.close)
        for action in (self.new_action, self.search_action, self.refresh_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.history_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        # Back-ups, lock, passphrase and audit log (issue 7).
        from kempen_desktop.ui.trust.trust_actions import TrustActions

        self.trust = TrustActions(self, file_menu)
        self.working_copy = working_copy_actions.WorkingCopyActions(self, file_menu)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(self.tr("Bee&ld"))
        language_menu = view_menu.addMenu(self.tr("&Taal"))
        self.language_group = QActionGroup(self)
        current = settings.LANGUAGE.get(settings.open_settings())
        for code, label in (
            ("", self.tr("Zoals het systeem")),
            ("nl", "Nederlands"),
            ("en", "English"),
        ):
            action = QAction(label, self, checkable=True)
            action.setData(code)
            action.setChecked(code == current)
            self.language_group.addAction(action)
            language_menu.addAction(action)
        self.language_group.triggered.connect(self._language_chosen)

    def _build_status_bar(self) -> None:
        self.db_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)
        self._update_status()

    def _update_status(self) -> None:
        """The status bar describes the current tab."""
        prefix = self.tr("DEMO — ") if self.is_demo else ""
        self.db_label.setText(f"{prefix}{self.workspace.path}")
        tab = self._current_name()
        if tab == "dossiers" and not self.dossiers.model.length_known:
            text = self.tr(  # a search's first page (dossier_table_model.length_known)
                "%n of meer dossiers; typ verder om te verfijnen",
                "",
                self.dossiers.model.rowCount(),
            )
        elif tab == "dossiers" and not self.allowed.delete_dossiers:  # team mode
            text = self.tr("%n dossier(s) in de lijst", "", self.dossiers.model.rowCount())
        elif tab == "dossiers":
            text = self.tr(
                "%n dossier(s) in de lijst — Enter opent, Delete verwijdert",
                "",
                self.dossiers.model.rowCount(),
            )
        elif tab == "meetings":
            text = self.tr("Overlegmomenten: plannen, agenda, vergadermodus en verslag")
        elif tab == "partners":
            text = self.tr("Partners: organisaties, contactpersonen en engagementen")
        elif tab == "actions":
            text = self.tr("Acties: beleidsacties met indicatoren en rapportering, activiteiten")
        else:
            text = self.tr("Rapporten: dashboard, semesterrapport en lijsten")
        self.statusBar().showMessage(text)

    def _new_dossier(self) -> None:
        self.tabs.setCurrentWidget(self.dossiers)
        self.dossiers.new_dossier()

    def _show_dossier(self, dossier_id: object) -> None:
        self.tabs.setCurrentWidget(self.dossiers)
        self.dossiers.select_dossier(dossier_id)  # type: ignore[arg-type]

    def export_list(self) -> None:
        """Bestand → Lijst exporteren: the current tab's own export, if it has one."""
        tab = self._tab(self._current_name())
        export = getattr(tab, "export_list", None)
        table = getattr(tab, "table", None)
        if callable(export):
            export()
        elif isinstance(table, QTableView) and table.model() is not None:
            from kempen_desktop.ui.common.list_export import export_view

            title = self.tabs.tabText(self.tabs.currentIndex()).replace("&", "")
            path = export_view(
                self, table, title, title, workspace=self.workspace, entity=type(tab).__name__
            )
            if path is not None:
                self.statusBar().showMessage(
                    self.tr("Lijst bewaard in %1").replace("%1", str(path)), 8000
                )
        else:
            self.statusBar().showMessage(
                self.tr("Dit tabblad heeft geen lijst om te exporteren."), 5000
            )

    def _show_report_dossiers(self, nums: object, label: str) -> None:
        self.tabs.setCurrentWidget(self.dossiers)
        self.dossiers.show_nums(frozenset(nums), label)  # type: ignore[arg-type]

    def _show_tab(self, name: str) -> None:
        if name in ("partners", "meetings", "actions"):
            self.tabs.setCurrentWidget(self._tab(name))

    def _focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.dossiers)
        self.dossiers.focus_search()

    def apply_changes(self, changes: Changes) -> None:
        """Hand what changed to every tab built so far; each reloads only what concerns it
        (a tab built later reads everything then)."""
        for tab in self.built_tabs():
            tab.on_changes(changes)  # type: ignore[attr-defined]
        self._update_status()

    def reload_all(self) -> None:
        """F5: everything is read again."""
        self.apply_changes(Changes.everything())

    def open_import(self, path: Path | None = None) -> ImportWizard:
        from kempen_desktop.ui.importing.import_wizard import ImportWizard  # loaded when first used

        wizard = ImportWizard(self.workspace, path, parent=self)  # the import announces itself
        self.current_dialog = wizard
        wizard.open()
        return wizard

    def open_import_history(self) -> ImportHistoryDialog:
        from kempen_desktop.ui.importing.import_history import ImportHistoryDialog

        dialog = ImportHistoryDialog(self.workspace, parent=self)  # an undo announces itself
        self.current_dialog = dialog
        dialog.open()
        return dialog

    def _dropped_list(self, event: QDragEnterEvent | QDropEvent) -> Path | None:
        if not self.allowed.import_lists:
            return None
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        return path if path.suffix.lower() in SPREADSHEET_SUFFIXES else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_list(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_list(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_import(path)

    def _language_chosen(self, action: QAction) -> None:
        settings.LANGUAGE.set(settings.open_settings(), action.data())
        self.language_set(action.data())

    def language_set(self, code: str) -> None:
        """The stored language changed (menu or Instellingen): tick it, offer a restart."""
        for action in self.language_group.actions():
            action.setChecked(action.data() == code)
        answer = QMessageBox.question(
            self,
            self.tr("Taal / Language"),
            self.tr(
                "De nieuwe taal wordt gebruikt na een herstart. Nu herstarten?\n\n"
                "The new language is used after a restart. Restart now?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restart_requested.emit()

    # --- layout persistence -------------------------------------------------------------------
    def restore_layout(self) -> None:
        store = settings.open_settings()
        # The remembered tab first: building it (on first show) changes the layout, which
        # would otherwise shrink a restored geometry before the window is shown.
        remembered = settings.CURRENT_TAB.get(store)
        if 0 <= remembered < len(TAB_NAMES) and TAB_NAMES[remembered] in self._refused:
            remembered = 0  # e.g. the Rapporten of an earlier user of this computer
        self.tabs.setCurrentIndex(remembered)
        geometry = settings.MAIN_GEOMETRY.get(store)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.MAIN_STATE.get(store)
        if not state.isEmpty():
            self.restoreState(state)
        self.dossiers.restore_layout()

    def save_layout(self) -> None:
        store = settings.open_settings()
        settings.MAIN_GEOMETRY.set(store, self.saveGeometry())
        settings.MAIN_STATE.set(store, self.saveState())
        settings.CURRENT_TAB.set(store, self.tabs.currentIndex())
        self.dossiers.save_layout()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)
