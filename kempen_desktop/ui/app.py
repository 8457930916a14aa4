"""Start-up of the desktop app: arguments, database, first-run demo offer, main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kempen_desktop.ui.common import start_up_gc  # first: no collector walks while loading

# isort: split
# Nothing of the data layer here: SQLAlchemy, the models and the tabs (0.6-0.7 s) load after
# the first look at the file has painted (ui/first_look.py, issue 17).
from PySide6.QtCore import QLibraryInfo, QLocale, QProcess, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from kempen_desktop import APP_NAME, __version__
from kempen_desktop.app.file_facts import is_server_location
from kempen_desktop.logging_setup import setup_logging
from kempen_desktop.paths import demo_db_path, resolve_db_path
from kempen_desktop.resources_location import resource_root
from kempen_desktop.ui import first_look
from kempen_desktop.ui.common import settings
from kempen_desktop.ui.common.error_dialog import install_excepthook
from kempen_desktop.ui.common.keyboard import install_keyboard

if TYPE_CHECKING:  # loaded when used: the data layer after the first look, the wizard at first
    from kempen_desktop.app import Workspace
    from kempen_desktop.ui.common.background import Preloader
    from kempen_desktop.ui.common.operations import Operation, Task
    from kempen_desktop.ui.first_run import FirstRunChoices
    from kempen_desktop.ui.main_window import MainWindow

start_up_gc.resume()

log = logging.getLogger(__name__)
DEMO_DOSSIERS = 400
SWITCH_INTERVAL = float(os.environ.get("KEMPEN_SWITCH_INTERVAL", "0.0005"))  # seconds


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kempen-desktop", description=f"{APP_NAME} starten.")
    parser.add_argument("--version", action="version", version=f"kempen-desktop {__version__}")
    parser.add_argument(
        "--db",
        metavar="PAD",
        help="databasebestand of postgresql://gebruiker@server/db (standaard: KEMPEN_DB of de "
        "gebruikersmap)",
    )
    parser.add_argument("--demo", action="store_true", help="open de demodatabase (apart bestand)")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="controle van een installatie: open het hoofdvenster op een tijdelijke database, "
        "teken het en stop",
    )
    return parser.parse_args(argv)


def run_smoke(app: QApplication, copy_of: Path | None = None) -> int:
    """--smoke: the main window on a temporary database (and temporary settings), painted
    once, closed; 0 when it painted. Touches no real file of the user: with --db, a copy of
    that (unencrypted) file is opened (benchmarks/bench_bundle.py times a start that way)."""
    import shutil
    import tempfile

    from PySide6.QtCore import QSettings

    from kempen_desktop.app import opening
    from kempen_desktop.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory(prefix="kempen-smoke-") as folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        configure_application(app)
        path = Path(folder) / "smoke.db"
        if copy_of is not None:
            shutil.copyfile(copy_of, path)
        workspace = opening.open_workspace(path)
        try:
            window = MainWindow(workspace)
            window.resize(1100, 700)
            window.show()
            app.processEvents()
            image = window.grab().toImage()
            painted = not image.isNull() and image.width() > 0
            window.close()
            window.deleteLater()
            app.processEvents()
        finally:
            workspace.close()
    print(f"smoke: {'ok' if painted else 'FAILED'} ({image.width()}x{image.height()})")
    return 0 if painted else 1


def install_translator(app: QApplication, *, labels: bool = True) -> str:
    """Dutch is the source language; load English when the setting or the system asks.
    Qt's own texts (Yes/No, the file dialog, the calendar) and the code-list labels from
    the database follow the same language (labels=False: the start, before the data layer
    loads, sets the labels later with `use_label_language`). Returns the language."""
    language = settings.LANGUAGE.get(settings.open_settings()) or QLocale.system().name()[:2]
    language = "en" if language == "en" else "nl"
    if labels:
        use_label_language(language)
    qt_texts = QTranslator(app)
    if any(qt_texts.load(f"qtbase_{language}", str(folder)) for folder in qt_translation_folders()):
        app.installTranslator(qt_texts)
    if language != "en":
        return language
    translator = QTranslator(app)
    folder = resource_root() / "translations"
    if translator.load(str(folder / "kempen_en.qm")):
        app.installTranslator(translator)
    return language


def use_label_language(language: str) -> None:
    """The code-list labels from the database in the UI's language (loads the data layer)."""
    from kempen_desktop.app import code_lists

    code_lists.use_language(language)


def qt_translation_folders() -> list[Path]:
    """Where Qt's own translations are: Qt's path, else the PySide6 package (a bundle)."""
    import PySide6

    return [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        Path(PySide6.__file__).parent / "Qt" / "translations",
        Path(PySide6.__file__).parent / "translations",
    ]


class Application:
    """Owns the open workspace and the main window; can switch to the demo database."""

    def __init__(self, db_path: Path, server: str | None = None) -> None:
        self.db_path = db_path  # the local file; in team mode the demo goes beside it
        self.server = server  # team mode: the PostgreSQL URL as given (--db / KEMPEN_DB)
        self.workspace: Workspace | None = None
        self.window: MainWindow | None = None
        self._operation: Operation | None = None
        self._preloader: Preloader | None = None

    def show(
        self, workspace: Workspace, replacing: first_look.FirstLookWindow | None = None
    ) -> None:
        """The main window on `workspace`; in the place of the first look, when there is one
        (its size and place, its tab, what the user did to it while the rest loaded)."""
        from kempen_desktop.ui.common.background import Preloader
        from kempen_desktop.ui.main_window import MainWindow

        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
        if self.workspace is not None and self.workspace is not workspace:
            self.workspace.close()
        self.workspace = workspace
        self.window = MainWindow(workspace)
        self.window.open_demo_requested.connect(self.open_demo)
        self.window.restart_requested.connect(self.restart)
        if replacing is not None:  # where the first look is, as the user may have moved it
            if replacing.isMaximized():
                self.window.setWindowState(replacing.windowState())
            else:
                self.window.setGeometry(replacing.geometry())
            self.window.tabs.setCurrentIndex(replacing.tabs.currentIndex())
        self.window.show()
        if replacing is not None:
            replacing.retire()
        # Integrity check of a large file and the daily backup, once the window is up
        # (cancelled if the window goes first).
        QTimer.singleShot(1000, self.window.trust, self.window.trust.after_start)
        if self._preloader is None:  # the other tabs' modules, once the window has painted
            self._preloader = Preloader()
            QTimer.singleShot(300, self._preloader.start)
            app = QApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(self._preloader.stop)
        self.window.build_tabs_when_idle(self._preloader.finished)  # after their modules
        log.info("main window shown (demo=%s)", workspace.is_demo)

    def restart(self) -> None:
        """Start the app again (a new language): close first, so the file lock is free."""
        if self.window is not None:
            self.window.close()
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        demo = self.window is not None and self.window.is_demo
        QProcess.startDetached(*restart_command(self.server or self.db_path, demo=demo))
        QApplication.quit()

    def open_demo(self) -> None:
        from kempen_desktop.app import opening
        from kempen_desktop.services.common.database import DatabaseOpenError

        path = demo_db_path(self.db_path)
        try:
            if path.exists():
                existing = opening.open_workspace(path)
                if existing.is_demo and opening.has_dossiers(existing):
                    self.show(existing)
                    return
                existing.close()
            workspace = opening.recreate_demo(path)
        except DatabaseOpenError as error:
            QMessageBox.warning(self.window, APP_NAME, str(error))
            return
        self._fill_demo(workspace)

    def _fill_demo(self, workspace: Workspace) -> None:
        from kempen_desktop.app import opening
        from kempen_desktop.ui.common.operations import Operation

        def work(task: Task) -> object:
            return opening.fill_demo(
                workspace, dossiers=DEMO_DOSSIERS, seed=1, progress=task.progress
            )

        def failed(error: Exception) -> None:
            log.error("demo generation failed: %s", type(error).__name__)
            QMessageBox.warning(
                self.window,
                APP_NAME,
                QApplication.translate("Application", "De demodatabase kon niet gemaakt worden."),
            )

        # Kept on self: a QThread that is garbage-collected while running aborts the process.
        self._operation = (
            Operation(
                self.window, QApplication.translate("Application", "Demodatabase maken…"), work
            )
            .success(lambda _summary: self.show(workspace))
            .failure(failed)
            .run()
        )

    def offer_demo(self) -> None:
        """First start with an empty database: offer the demo once, as a separate file."""
        from kempen_desktop.app import opening

        store = settings.open_settings()
        if (
            settings.DEMO_OFFERED.get(store)
            or self.workspace is None
            or opening.has_dossiers(self.workspace)
        ):
            return
        settings.DEMO_OFFERED.set(store, True)
        answer = QMessageBox.question(
            self.window,
            APP_NAME,
            QApplication.translate(
                "Application",
                "Uw database is nog leeg. Wilt u eerst een demodatabase met fictieve dossiers "
                "openen om het programma te verkennen?\n\nDe demogegevens staan in een apart "
                "bestand en komen nooit bij uw echte dossiers. U vindt de demo later ook in het "
                "menu Bestand.",
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.open_demo()


def database_path(cli_value: str | None) -> Path:
    """--db, then KEMPEN_DB, then the place chosen in the first-run setup or the settings,
    then the user data folder."""
    import os

    from kempen_desktop.paths import DB_ENV_VAR

    if not cli_value and not os.environ.get(DB_ENV_VAR):
        chosen = settings.DATABASE_PATH.get(settings.open_settings())
        if chosen:
            return Path(chosen)
    return resolve_db_path(cli_value)


def server_location(cli_value: str | None) -> str | None:
    """The PostgreSQL URL when --db, KEMPEN_DB or the settings name a server (team mode)."""
    from kempen_desktop.paths import DB_ENV_VAR

    given = cli_value or os.environ.get(DB_ENV_VAR)
    if not given:
        given = settings.DATABASE_PATH.get(settings.open_settings()) or None
    return given if given and is_server_location(given) else None


def _start_on_server(
    app: QApplication, server: str, password: str | None = None
) -> int | tuple[QApplication, Application]:
    """Team mode: no first run, no instance lock, no passphrase, no local check or backup.
    A password the server asks for is asked here, each start (never stored)."""
    from kempen_desktop.services.common.database import DatabaseOpenError

    controller = Application(resolve_db_path(None), server=server)
    try:
        workspace = open_server_asking(server, password)
    except DatabaseOpenError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return 2
    if workspace is None:
        return 1  # the password question was cancelled
    controller.show(workspace)
    return app, controller


def open_server_asking(server: str, password: str | None) -> Workspace | None:
    """Open the team server; when it wants a (correct) password, ask for it (three tries).
    None when the user cancels; DatabaseOpenError otherwise."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from kempen_desktop.app import first_run as setup
    from kempen_desktop.services.common.database import DatabaseOpenError
    from kempen_desktop.services.team.server_check import Outcome

    for _attempt in range(3):
        try:
            return setup.open_team_server(server, password)
        except DatabaseOpenError:
            check = setup.test_team_server(server, password)
            if check.outcome not in (Outcome.PASSWORD_NEEDED, Outcome.WRONG_PASSWORD):
                raise
        typed, ok = QInputDialog.getText(
            None,
            APP_NAME,
            check.message
            + "\n\n"
            + QApplication.translate("Application", "Wachtwoord (wordt niet bewaard):"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return None
        password = typed
    raise DatabaseOpenError(check.message)


def first_run_applies(cli_value: str | None, db_path: Path) -> bool:
    """The first-run setup: only without --db and KEMPEN_DB, with no database yet, once."""
    import os

    from kempen_desktop.paths import DB_ENV_VAR

    if cli_value or os.environ.get(DB_ENV_VAR) or db_path.exists():
        return False
    return not settings.FIRST_RUN_DONE.get(settings.open_settings())


def run_first_run(default_path: Path) -> FirstRunChoices | None:
    """The wizard; its choices (remembered in the settings), or None when skipped."""
    from kempen_desktop.ui.first_run import FirstRunWizard, remember

    wizard = FirstRunWizard(default_path)
    accepted = wizard.exec() == FirstRunWizard.DialogCode.Accepted
    if not accepted:
        settings.FIRST_RUN_DONE.set(settings.open_settings(), True)  # once: skipped is done
        return None
    choices = wizard.choices()
    remember(choices)
    return choices


def seed_first_run(workspace: Workspace, choices: FirstRunChoices) -> bool:
    """Add the core partners chosen in the wizard. When that fails none were added: say so,
    and leave the first run undone."""
    from kempen_desktop.ui.first_run import apply_to

    try:
        apply_to(workspace, choices)
    except Exception as error:  # any failure: the app opens without the partners
        log.exception("seeding the core partners failed")
        settings.FIRST_RUN_DONE.set(settings.open_settings(), False)
        QMessageBox.warning(
            None,
            APP_NAME,
            QApplication.translate(
                "Application",
                "De kernpartners konden niet toegevoegd worden; er werd geen enkele partner "
                "toegevoegd. U kunt ze zelf toevoegen onder Partners.\n\n{error}",
            ).format(error=error),
        )
        return False
    return True


def restart_command(db_path: Path | str, *, demo: bool = False) -> tuple[str, list[str]]:
    """The program and arguments that start this app again on the same database."""
    args = ["--db", str(db_path)] + (["--demo"] if demo else [])
    if getattr(sys, "frozen", False):  # a bundled app: the executable is the app
        return sys.executable, args
    return sys.executable, ["-m", "kempen_desktop", *args]


def configure_application(app: QApplication, *, complete: bool = True) -> str:
    """Names, version, translations and the app-wide keys; returns the UI's language.

    complete=False (the start, before the first look paints): the code-list labels and the
    app-wide keys wait for `complete_configuration`. The labels load the data layer; the
    keys' event filter is the first to ask an event its type, and PySide6 builds that
    enumeration (some 170 members) on first use: ~40 ms, now after the first paint.

    No application display name: Qt appends it to every window title on Linux and Windows,
    and the main window's title already starts with the app name.
    """
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationVersion(__version__)
    language = install_translator(app, labels=False)
    # Every call from Python into Qt lets go of the GIL; taking it back waits up to the
    # switch interval while a background operation runs Python, so the window's frames
    # stretch. Measured (benchmarks/bench_frames.py): the period report's longest frozen
    # frame 288 ms at the default 5 ms, 148 ms at 0.5 ms (KEMPEN_SWITCH_INTERVAL to compare).
    sys.setswitchinterval(SWITCH_INTERVAL)
    if complete:
        complete_configuration(app, language)
    return language


def complete_configuration(app: QApplication, language: str) -> None:
    """The code-list labels in the UI's language and the app-wide keys."""
    use_label_language(language)
    install_keyboard(app)  # Tab leaves text boxes, Ctrl+Enter saves a dialog


def main(argv: Sequence[str] | None = None) -> int:
    from kempen_desktop.app import gc_pauses

    gc_pauses.switch_on()  # short collector pauses in the running app (not in tests)
    started = start(argv)
    if isinstance(started, int):
        return started
    app, controller = started
    code = app.exec()
    if controller.workspace is not None:
        controller.workspace.close()  # also releases the instance lock
    return code


def start(argv: Sequence[str] | None = None) -> int | tuple[QApplication, Application]:
    """Everything before the event loop: the app and the shown main window, or the exit
    code when there is none (benchmarks/bench_startup.py times this path)."""
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    setup_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if args.smoke:
        return run_smoke(app, resolve_db_path(args.db) if args.db else None)  # type: ignore[arg-type]
    language = configure_application(app, complete=False)  # type: ignore[arg-type]
    app.setWindowIcon(QIcon(str(resource_root() / "icons" / "kempen.svg")))  # type: ignore[attr-defined]
    install_excepthook()
    server = server_location(args.db)
    if server is not None and not args.demo:
        complete_configuration(app, language)  # type: ignore[arg-type]
        return _start_on_server(app, server)  # type: ignore[arg-type]
    # The demo of a team-mode user is a local file in the user data folder.
    db_path = database_path(args.db) if server is None else resolve_db_path(None)
    choices = None
    if not args.demo and first_run_applies(args.db, db_path):
        complete_configuration(app, language)  # type: ignore[arg-type]
        choices = run_first_run(db_path)
        if choices is not None and choices.server_url:  # a team server: remembered, tested
            return _start_on_server(app, choices.server_url, choices.server_password)  # type: ignore[arg-type]
        if choices is not None:
            db_path = choices.db_path
    controller = Application(db_path)
    try:
        if args.demo or (choices is not None and choices.open_demo):
            if choices is None:
                complete_configuration(app, language)  # type: ignore[arg-type]
            controller.open_demo()
        else:
            started = _start_on_file(app, controller, db_path, choices, language)  # type: ignore[arg-type]
            if started is not None:
                return started
    except Exception as error:
        from kempen_desktop.services.common.database import DatabaseOpenError

        if not isinstance(error, DatabaseOpenError):
            raise
        QMessageBox.critical(None, APP_NAME, str(error))
        return 2
    return app, controller  # type: ignore[return-value]


def _start_on_file(
    app: QApplication,
    controller: Application,
    db_path: Path,
    choices: FirstRunChoices | None,
    language: str,
) -> int | None:
    """One instance, passphrase, the first look at the file while the data layer loads,
    the quick check with a restore offer (issue 7), the main window. An exit code when
    there is no window; DatabaseOpenError when the file cannot be opened."""
    from kempen_desktop.ui.trust import trust_startup

    known = (choices.passphrase,) if choices is not None else None
    unlocked = trust_startup.unlock(db_path, chosen=known)
    if unlocked is None:
        return 1
    shell = None
    try:
        if choices is None:  # a first run's new file has no list to look at yet
            shell = first_look.show_first_look(db_path, unlocked.passphrase, language)
        if shell is not None:
            app.processEvents()  # painted
            load_while_shown(app)
        if choices is None:  # else done before the first-run wizard
            complete_configuration(app, language)
    except BaseException:
        unlocked.lock.release()
        raise
    if shell is not None and shell.closed_by_user:  # closed while the rest loaded
        unlocked.lock.release()
        return 0
    workspace = trust_startup.open_unlocked(db_path, unlocked, parent=shell)
    if workspace is None:
        if shell is not None:
            shell.retire()
        return 1
    if choices is not None:
        seed_first_run(workspace, choices)
    controller.show(workspace, replacing=shell)
    if choices is None:
        controller.offer_demo()
    return None


# What the main window needs, loaded while the first look shows (ui/first_look.py).
DATA_LAYER = (
    "kempen_desktop.app.code_lists",
    "kempen_desktop.app.opening",
    "kempen_desktop.app.dossiers",
    "kempen_desktop.app.trust",
    "kempen_desktop.ui.main_window",
    "kempen_desktop.ui.trust.trust_actions",
    "kempen_desktop.ui.trust.lock_screen",
)


def load_while_shown(app: QApplication) -> None:
    """Import the data layer and the main window on a thread while the first look stays
    responsive (its list scrolls, the window moves and repaints); without collector walks
    over what loads (ui/common/start_up_gc.py). A module that fails to import fails again,
    with its error, where it is used."""
    import importlib
    import threading

    from PySide6.QtCore import QEventLoop

    def load() -> None:
        try:
            for name in DATA_LAYER:
                importlib.import_module(name)
            from kempen_desktop.app import opening

            opening.get_ready()
        except Exception:  # noqa: BLE001, S110 - raised again where it is needed
            pass

    start_up_gc.pause()
    thread = threading.Thread(target=load, name="load-data-layer", daemon=True)
    thread.start()
    while thread.is_alive():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        thread.join(0.005)
    start_up_gc.resume()
