"""Team mode (issue 19): `kempen-desktop --db postgresql://…` and KEMPEN_DB open the server.

The desktop start used to turn the URL into a file path. On a server there is no first run,
no instance lock, no passphrase and no local check or backup: the window opens on the data
the server holds, and the title names the server, never its password.
"""

from __future__ import annotations

from typing import Any

import pytest

from kempen_desktop.app import Workspace
from kempen_desktop.services.common.database import open_server_database
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.ui import app as desktop
from tests.pg import pg_cluster, pg_migrated_url, pg_template  # noqa: F401


def _one_dossier(url: str) -> int:
    workspace = Workspace(open_server_database(url))
    try:
        dossier_id = workspace.dossiers.create(DossierInput(last_name="Peeters", first_name="An"))
        return workspace.dossiers.get(dossier_id).num  # type: ignore[no-any-return]
    finally:
        workspace.close()


@pytest.mark.parametrize("given", ["argument", "environment"])
def test_the_desktop_opens_a_server_url(
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    pg_migrated_url: str,  # noqa: F811
    given: str,
) -> None:
    num = _one_dossier(pg_migrated_url)
    first_runs: list[object] = []
    monkeypatch.setattr(desktop, "run_first_run", lambda *a: first_runs.append(a))
    argv: list[str] = []
    if given == "argument":
        argv = ["--db", pg_migrated_url]
    else:
        monkeypatch.setenv("KEMPEN_DB", pg_migrated_url)
    started = desktop.start(argv)
    assert not isinstance(started, int)
    _app, controller = started
    try:
        window = controller.window
        assert window is not None
        qtbot.waitUntil(lambda: window.dossiers.model.rowCount() == 1, timeout=10_000)
        assert window.dossiers.model.row_of_num(num) is not None
        assert first_runs == []
        assert "password" not in window.windowTitle()
        assert desktop.restart_command(controller.server or "")[1][-1] == pg_migrated_url
        qtbot.wait(1300)  # the start-up check and backup run (and do nothing on a server)
    finally:
        if controller.window is not None:
            controller.window.close()
            controller.window.deleteLater()  # no timer of this window outlives the test
        if controller.workspace is not None:
            controller.workspace.close()
        qtbot.wait(50)


def test_an_unreachable_server_is_one_dutch_message(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        desktop.QMessageBox, "critical", lambda _parent, _title, text: shown.append(text)
    )
    code = desktop.start(["--db", "postgresql://niemand@127.0.0.1:1/kempen"])
    assert code == 2
    assert len(shown) == 1 and "\n" not in shown[0].strip()
