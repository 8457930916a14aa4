"""Issue 18, polish: empty lists say what to do next and their buttons start it; one icon set
on the menus and tabs, drawn in the palette's colours; the letterhead, the user's name and
the region from the settings reach the Workspace and the Rapporten tab."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QSplitter, QVBoxLayout, QWidget

from kempen_desktop.app import Workspace
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.services.partners.partners import PartnerInput
from kempen_desktop.ui.common import icons, settings
from kempen_desktop.ui.common.empty_state import EmptyState
from kempen_desktop.ui.common.sender import read_sender
from kempen_desktop.ui.main_menus import show_settings
from kempen_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, workspace: Workspace) -> MainWindow:  # type: ignore[no-untyped-def]
    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.show()
    return main


def _texts(empty: EmptyState) -> list[str]:
    return [button.text() for button in empty.buttons if button.isVisibleTo(empty)]


def test_empty_partners_tab_offers_new_and_import(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    tab = window.partners
    window.tabs.setCurrentWidget(tab)
    assert tab.empty.is_shown() and tab.empty.isVisible() and not tab.table.isVisible()
    assert tab.empty.title.text() == "Nog geen partners"
    assert _texts(tab.empty) == ["Nieuwe organisatie…", "Partnerlijst importeren…"]
    started: list[str] = []
    monkeypatch.setattr(tab, "new_partner", lambda: started.append("new"))
    monkeypatch.setattr(tab, "import_list", lambda: started.append("import"))
    for button in tab.empty.buttons:
        button.click()
    assert started == ["new", "import"]
    # The first partner: the list takes the empty state's place.
    window.workspace.partners.create(PartnerInput(name="VDAB Turnhout", partner_type_code="vdab"))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert not tab.empty.is_shown() and tab.table.isVisible()


def test_a_search_without_results_is_no_empty_tab(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.workspace.partners.create(PartnerInput(name="VDAB Turnhout", partner_type_code="vdab"))
    tab = window.partners
    window.tabs.setCurrentWidget(tab)
    qtbot.keyClicks(tab.search, "bestaat niet")
    assert tab.model.rowCount() == 0 and not tab.empty.is_shown()


def test_empty_meetings_tab_plans_a_meeting_or_a_series(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = window.meetings
    window.tabs.setCurrentWidget(tab)
    assert tab.empty.is_shown() and tab.empty.isVisible()
    assert _texts(tab.empty) == ["Nieuw overleg…", "Reeks plannen…"]
    started: list[str] = []
    monkeypatch.setattr(tab, "new_meeting", lambda: started.append("meeting"))
    monkeypatch.setattr(tab, "new_series", lambda: started.append("series"))
    for button in tab.empty.buttons:
        button.click()
    assert started == ["meeting", "series"]
    # A filter that finds nothing shows the (empty) list with its filters, not the invitation.
    tab.status_filter.setCurrentIndex(1)
    assert not tab.empty.is_shown()


def test_empty_action_points_show_closed_ones_on_request(window: MainWindow) -> None:
    view = window.meetings.actions_view
    window.tabs.setCurrentWidget(window.meetings)
    window.meetings.inner_tabs.setCurrentWidget(view)
    assert view.empty.is_shown() and view.empty.title.text() == "Geen open actiepunten"
    assert _texts(view.empty) == ["Afgeronde actiepunten tonen"]
    view.show_closed.click()
    assert not view.open_only.isChecked()
    assert view.empty.title.text() == "Nog geen actiepunten" and _texts(view.empty) == []


def test_empty_policy_actions_offer_a_new_action(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = window.actions_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.empty.is_shown() and _texts(tab.empty) == ["Nieuwe actie…"]
    started: list[str] = []
    monkeypatch.setattr(tab, "new_action", lambda: started.append("action"))
    tab.empty.buttons[0].click()
    assert started == ["action"]


def test_mount_in_a_layout_and_in_a_splitter(qtbot) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    listed = QLabel("lijst")
    layout.addWidget(listed)
    empty = EmptyState("Leeg", "Doe iets.", "new")
    stack = empty.mount(listed)
    assert layout.indexOf(stack) == 0 and stack.currentWidget() is listed
    empty.set_shown(True)
    assert stack.currentWidget() is empty
    splitter = QSplitter()
    qtbot.addWidget(splitter)
    other = QLabel("lijst")
    splitter.addWidget(other)
    splitter.addWidget(QLabel("detail"))
    stack2 = EmptyState("Leeg", "").mount(other)
    assert splitter.indexOf(stack2) == 0 and splitter.count() == 2


def _ink(image: QImage) -> QColor:
    """The darkest or lightest opaque pixel's colour: what the icon is drawn with."""
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() == 255:
                return colour
    raise AssertionError("the icon drew nothing")


def test_one_icon_set_on_menus_and_tabs_in_the_palette_colour(window: MainWindow) -> None:
    assert len(icons.names()) >= 20
    for action in (window.new_action, window.import_action, window.quit_action):
        assert not action.icon().isNull()
    assert all(not window.tabs.tabIcon(i).isNull() for i in range(window.tabs.count()))
    # Every icon renders, also at 200 %.
    for name in icons.names():
        pixmap = icons.render(name, 48, "#ffffff")
        assert not pixmap.isNull() and pixmap.width() == 48
    light = _ink(icons.render("new", 32, "#000000").toImage())
    dark = _ink(icons.render("new", 32, "#ffffff").toImage())
    assert light.lightness() < 60 and dark.lightness() > 200
    doubled = icons.icon("new").pixmap(QSize(24, 24), 2.0)  # a 200 % screen
    assert doubled.width() == 48 and doubled.devicePixelRatio() == 2.0


def test_dark_palette_draws_light_icons(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    app.setPalette(dark)
    try:
        image = icons.icon("search").pixmap(32, 32).toImage()
        assert _ink(image).lightness() > 180
        empty = EmptyState("Leeg", "Niets.", "search")
        qtbot.addWidget(empty)
        pixmap = empty.picture.pixmap()
        assert _ink(pixmap.toImage()).lightness() > 100  # between text and background
    finally:
        app.setPalette(before)


def test_settings_give_the_workspace_its_letterhead_and_identity(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    logo = tmp_path / "logo.png"
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f4e79"))
    image.save(str(logo))
    store = settings.open_settings()
    settings.USER_NAME.set(store, "Lies Van Gorp")  # as the first-run wizard stored them
    settings.USER_FUNCTION.set(store, "regisseur")
    settings.USER_ORGANISATION.set(store, "Stad Turnhout")
    store.sync()
    assert read_sender().letterhead.organisation == "Stad Turnhout"  # the default name
    dialog = show_settings(window)
    qtbot.addWidget(dialog)
    assert dialog.user_name.text() == "Lies Van Gorp"
    dialog.user_function.clear()
    qtbot.keyClicks(dialog.user_function, "regisseur sociale economie")
    dialog.letterhead_name.setText("Stad Turnhout — Werk")
    dialog.letterhead_address.setPlainText("Campus Blairon 200\n2300 Turnhout")
    dialog.letterhead_logo.setText(str(logo))
    dialog.save_button.click()
    sender = window.workspace.sender
    assert sender.identity.byline() == (
        "Opgesteld door Lies Van Gorp, regisseur sociale economie (Stad Turnhout)"
    )
    assert settings.USER_FUNCTION.get(settings.open_settings()) == "regisseur sociale economie"
    assert sender.letterhead.organisation == "Stad Turnhout — Werk"
    assert sender.letterhead.address_lines() == ["Campus Blairon 200", "2300 Turnhout"]
    assert sender.letterhead.logo == logo.read_bytes()
    logo.unlink()  # a logo moved away: the documents are printed without it
    assert read_sender().letterhead.logo == b""


def test_the_region_is_the_reports_default_scope(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    store = settings.open_settings()
    settings.REGION_MUNICIPALITIES.set(store, "13040;13008")
    store.sync()
    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.show()
    reports = main.reports
    main.tabs.setCurrentWidget(reports)
    assert reports.municipalities() == ["13040", "13008"]
    assert reports.place_button.text() == "2 gemeenten"  # no dossiers there yet: no names
    every = next(a for a in reports.place_menu.actions() if a.data() == "")
    every.trigger()
    assert reports.municipalities() == [] and reports.place_button.text() == "Alle gemeenten"


def test_empty_dossiers_tab_offers_import_and_new(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    tab = window.dossiers
    assert tab.empty.is_shown() and tab.empty.isVisible() and not tab.table.isVisible()
    assert tab.empty.title.text() == "Nog geen dossiers"
    assert _texts(tab.empty) == ["Lijst importeren…", "Nieuw dossier…"]
    started: list[str] = []
    monkeypatch.setattr(window, "open_import", lambda *args: started.append("import"))
    monkeypatch.setattr(tab, "new_dossier", lambda: started.append("new"))
    for button in tab.empty.buttons:
        button.click()
    assert started == ["import", "new"]
    window.workspace.dossiers.create(DossierInput(last_name="Janssens", first_name="An"))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert not tab.empty.is_shown() and tab.table.isVisible()


def test_dossiers_hidden_by_a_filter_are_no_empty_database(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.workspace.dossiers.create(DossierInput(last_name="Janssens", first_name="An"))
    tab = window.dossiers
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    qtbot.keyClicks(tab.search, "zzzz")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert not tab.empty.is_shown()
