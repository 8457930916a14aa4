"""No INSZ, names or notes in logs or error details."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from kempen_desktop.app import Workspace
from kempen_desktop.cli import main
from kempen_desktop.services.common.database import open_database
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.ui.common.error_dialog import ErrorDialog, format_details

SECRETS = ("Vandenbussche", "Marieke", "85073003328", "85.07.30-033.28", "schuldbemiddeling")


def test_logs_carry_no_personal_data(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.DEBUG)
    path = tmp_path / "k.db"
    db = open_database(path)
    service = Workspace(db).dossiers
    dossier_id = service.create(
        DossierInput(last_name="Vandenbussche", first_name="Marieke", insz="85.07.30-033.28")
    )
    service.add_timeline_entry(
        dossier_id, "note", "Budget", "Loopt schuldbemiddeling bij het OCMW."
    )
    service.close(dossier_id, "werk")
    db.close()
    assert main(["--db", str(path), "dossiers", "list", "--search", "Vandenbussche"]) == 0
    assert "Vandenbussche" in capsys.readouterr().out  # the user asked for it: shown, not logged
    assert caplog.records, "expected some log records (migrations, events)"
    for secret in SECRETS:
        assert secret not in caplog.text


def test_error_details_show_type_and_stack_but_not_the_message(qtbot) -> None:  # type: ignore[no-untyped-def]
    try:
        raise ValueError(" ".join(SECRETS))  # the message quotes client data
    except ValueError:
        exc_type, exc, tb = sys.exc_info()
    assert exc_type is not None and exc is not None
    details = format_details(exc_type, exc, tb)
    assert "builtins.ValueError" in details
    assert "test_error_details_show_type" in details  # the stack is there to help fix it
    for secret in SECRETS:
        assert secret not in details
    dialog = ErrorDialog(details)
    qtbot.addWidget(dialog)
    dialog.copy_details()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == details
