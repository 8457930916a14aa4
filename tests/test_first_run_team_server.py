"""The first-run wizard's team server (issue 19): an address and a password, a connection
test that says plainly what is wrong, and the app opening on that server with the address
(never the password) remembered. Against the throwaway cluster of tests/pg.py."""

from __future__ import annotations

import os
from typing import Any

import pytest
from sqlalchemy import make_url

from kempen_desktop.app import first_run as setup
from kempen_desktop.cli import main
from kempen_desktop.services.team.server_check import Outcome
from kempen_desktop.ui.common import settings
from tests.pg import Cluster
from tests.test_team_access import Team, team, team_template  # noqa: F401 - fixtures

USER, PASSWORD = "tl_wizard", "Zomer2026!"


def _typed(url: str, user: str) -> str:
    """The cluster's URL as a user types it in the wizard: user@/database?host=socket."""
    parsed = make_url(url)
    return f"{user}@/{parsed.database}?host={parsed.query['host']}"


@pytest.fixture
def with_password(team: Team, pg_cluster: Cluster, monkeypatch: pytest.MonkeyPatch) -> str:  # noqa: F811
    """A regisseur USER whose login needs PASSWORD (the cluster trusts everyone else)."""
    monkeypatch.setenv("KEMPEN_TEAM_PASSWORD", PASSWORD)
    db = team.url.replace("postgresql+psycopg://", "postgresql://")
    assert main(["--db", db, "team", "user", "add", USER, "--role", "regisseur"]) == 0
    hba = pg_cluster.folder / "data" / "pg_hba.conf"
    rule = f"local all {USER} scram-sha-256\n"
    if rule not in hba.read_text():
        hba.write_text(rule + hba.read_text())
    pg_cluster.admin("SELECT pg_reload_conf()")
    monkeypatch.delenv("KEMPEN_TEAM_PASSWORD")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    return setup.team_server_url(_typed(team.url, USER)) or ""


def test_the_address_as_typed_becomes_a_url_without_password() -> None:
    url = setup.team_server_url("an.peeters@dbserver:5432/kempen")
    assert url == "postgresql://an.peeters@dbserver:5432/kempen"
    assert setup.team_server_url("postgresql://an:geheim@dbserver/kempen") == (
        "postgresql://an@dbserver/kempen"
    )
    assert setup.team_server_url("dbserver/kempen") is None  # who?
    assert setup.team_server_url("an@dbserver") is None  # which database?
    assert setup.team_server_url("  ") is None


def test_the_connection_test_names_each_problem_plainly(
    pg_url: str,
    pg_migrated_url: str,
    with_password: str,
    team: Team,  # noqa: F811
) -> None:
    def check(typed: str, password: str | None = None) -> Any:
        url = setup.team_server_url(typed)
        assert url is not None
        return setup.test_team_server(url, password)

    unreachable = check("an@127.0.0.1:1/kempen")
    assert unreachable.outcome is Outcome.UNREACHABLE
    assert "niet bereikbaar" in unreachable.message
    empty = check(_typed(pg_url, "postgres"))
    assert empty.outcome is Outcome.NOT_INITIALISED and "init" in empty.message
    no_team = check(_typed(pg_migrated_url, "postgres"))
    assert no_team.outcome is Outcome.NO_TEAM and "kempen --db … team init" in no_team.message
    unknown = check(_typed(team.url, "tl_niemand"))
    assert unknown.outcome is Outcome.UNKNOWN_USER and "tl_niemand" in unknown.message
    missing = check(f"postgres@/bestaat_niet?host={make_url(team.url).query['host']}")
    assert missing.outcome is Outcome.NO_DATABASE
    assert setup.test_team_server(with_password, None).outcome is Outcome.PASSWORD_NEEDED
    wrong = setup.test_team_server(with_password, "Winter2026!")
    assert wrong.outcome is Outcome.WRONG_PASSWORD and "Verkeerd wachtwoord" in wrong.message
    assert "Winter" not in wrong.message
    assert setup.test_team_server(with_password, PASSWORD).ok


def test_the_wizard_tests_the_server_and_the_app_opens_on_it(
    qtbot: Any,
    tmp_path: Any,
    with_password: str,
    team: Team,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QWizard

    from kempen_desktop.ui import app as ui_app
    from kempen_desktop.ui.first_run import FirstRunWizard, remember

    wizard = FirstRunWizard(tmp_path / "kempen.db")
    qtbot.addWidget(wizard)
    wizard.show()
    choice = wizard.server_choice  # a click on its circle
    qtbot.mouseClick(choice, Qt.MouseButton.LeftButton, pos=QPoint(8, choice.height() // 2))
    assert wizard.server_box.isVisible() and not wizard.local_box.isVisible()
    assert not wizard.currentPage().isComplete()  # not without a tested connection
    qtbot.keyClicks(wizard.server_edit, _typed(team.url, USER))
    qtbot.keyClicks(wizard.server_password, "Winter2026!")
    qtbot.mouseClick(wizard.test_button, Qt.MouseButton.LeftButton)
    assert "Verkeerd wachtwoord" in wizard.server_result.text()
    assert not wizard.currentPage().isComplete()
    wizard.server_password.clear()
    qtbot.keyClicks(wizard.server_password, PASSWORD)
    qtbot.mouseClick(wizard.test_button, Qt.MouseButton.LeftButton)
    assert wizard.server_result.text().startswith("Verbonden")
    assert wizard.currentPage().isComplete()
    wizard.grab().save(str(tmp_path / "wizard-server.png"))
    wizard.next()  # region
    wizard.next()  # about you: the last page for a team server (no partners to add)
    wizard.name_edit.setText("An Peeters")
    assert wizard.nextId() == -1
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    choices = wizard.choices()
    assert choices.server_url == with_password and choices.server_password == PASSWORD
    remember(choices)
    store = settings.open_settings()
    store.sync()
    assert settings.DATABASE_PATH.get(store) == with_password
    with open(store.fileName(), encoding="utf-8") as stored:
        assert PASSWORD not in stored.read()
    assert ui_app.server_location(None) == with_password  # the next start opens it
    # The app opens on the server as that user.
    app = ui_app.QApplication.instance()
    started = ui_app._start_on_server(app, choices.server_url, choices.server_password)
    assert not isinstance(started, int)
    controller = started[1]
    try:
        assert controller.workspace.capabilities.user == USER
        assert controller.window.dossiers.model.rowCount() == 4
        qtbot.wait(1300)  # the start-up check runs (and does nothing on a server)
    finally:
        controller.window.close()
        controller.window.deleteLater()  # no timer of this window outlives the test
        controller.workspace.close()
        qtbot.wait(50)


def test_a_later_start_asks_the_password_it_never_stored(
    qtbot: Any,
    with_password: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from kempen_desktop.ui import app as ui_app

    asked: list[str] = []

    def answer(*args: Any, **kwargs: Any) -> tuple[str, bool]:
        asked.append(args[2])
        return (PASSWORD, True) if len(asked) > 1 else ("Winter2026!", True)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer))
    workspace = ui_app.open_server_asking(with_password, None)
    assert workspace is not None
    try:
        assert workspace.capabilities.user == USER
    finally:
        workspace.close()
    assert "vraagt een wachtwoord" in asked[0] and "Verkeerd wachtwoord" in asked[1]
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    assert ui_app.open_server_asking(with_password, None) is None  # cancelled
    assert "PGPASSWORD" not in os.environ


def _close(qtbot: Any, controller: Any) -> None:
    qtbot.wait(1300)  # the start-up check runs (and does nothing on a server)
    controller.window.close()
    controller.window.deleteLater()  # no timer of this window outlives the test
    controller.workspace.close()
    qtbot.wait(50)


def test_the_desktop_start_opens_the_chosen_server_and_next_time_asks_the_password(
    qtbot: Any,
    with_password: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Any,
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from kempen_desktop.ui import app as desktop
    from kempen_desktop.ui.first_run import FirstRunChoices, remember

    monkeypatch.delenv("KEMPEN_DB", raising=False)

    def wizard(default_path: Any) -> FirstRunChoices:  # what the wizard hands over
        choices = FirstRunChoices(
            default_path, None, "vrij", [], server_url=with_password, server_password=PASSWORD
        )
        remember(choices)
        return choices

    monkeypatch.setattr(desktop, "run_first_run", wizard)
    started = desktop.start([])
    assert not isinstance(started, int)
    controller = started[1]
    try:
        assert controller.server == with_password
        assert controller.workspace.capabilities.user == USER
    finally:
        _close(qtbot, controller)
    # The next start: no wizard, the remembered server, the password asked (never stored).
    monkeypatch.setattr(desktop, "run_first_run", lambda *a: pytest.fail("no second wizard"))
    asked: list[str] = []
    monkeypatch.setattr(
        QInputDialog,
        "getText",
        staticmethod(lambda *a, **k: (asked.append(a[2]), (PASSWORD, True))[1]),
    )
    started = desktop.start([])
    assert not isinstance(started, int)
    controller = started[1]
    try:
        assert len(asked) == 1 and controller.workspace.capabilities.user == USER
    finally:
        _close(qtbot, controller)
