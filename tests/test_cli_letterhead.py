"""PDFs written by `kempen` carry the letterhead and "Opgesteld door …" of Instellingen, read
from the same QSettings store as the desktop (ui/common/desktop_settings.py); without settings they
look as before. conftest points QSettings at a per-test folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from kempen_desktop.app import Workspace
from kempen_desktop.cli import main
from kempen_desktop.services.common.database import open_database
from kempen_desktop.services.dossiers.dossiers import DossierInput
from kempen_desktop.ui.common.desktop_settings import open_settings

ORGANISATION = "Stad Turnhout"
ADDRESS = "Campus Blairon 200, 2300 Turnhout"
BYLINE = "Opgesteld door Lies Van Gorp, lokale regisseur sociale economie (Stad Turnhout)"


def _settings_as_in_instellingen() -> None:
    store = open_settings()
    store.setValue("user/name", "Lies Van Gorp")
    store.setValue("user/function", "lokale regisseur sociale economie")
    store.setValue("user/organisation", ORGANISATION)
    store.setValue("letterhead/address", ADDRESS)  # letterhead name left empty: the user's own
    store.sync()


def _database(tmp_path: Path) -> Path:
    path = tmp_path / "k.db"
    database = open_database(path)
    Workspace(database).dossiers.create(DossierInput(last_name="Peeters", first_name="Jan"))
    database.close()
    return path


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _period_report(capsys: pytest.CaptureFixture[str], db: Path, out: Path) -> str:
    argv = ["--db", str(db), "report", "period", "--from", "2026-01-01", "--to", "2026-12-31"]
    code = main([*argv, str(out)])
    assert code == 0, capsys.readouterr().err
    return _text(out)


def test_a_period_report_from_the_command_line_carries_the_letterhead_and_its_author(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _settings_as_in_instellingen()
    text = _period_report(capsys, _database(tmp_path), tmp_path / "periode.pdf")
    assert ORGANISATION in text and ADDRESS in text
    assert BYLINE in " ".join(text.split())


def test_without_settings_the_command_line_report_looks_as_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _period_report(capsys, _database(tmp_path), tmp_path / "periode.pdf")
    assert "Opgesteld door" not in text and ORGANISATION not in text


def test_the_subject_access_pdf_from_the_command_line_carries_the_letterhead(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _settings_as_in_instellingen()
    out = tmp_path / "inzage.pdf"
    code = main(["--db", str(_database(tmp_path)), "inzage", "1", "--pdf", str(out)])
    assert code == 0, capsys.readouterr().err
    text = _text(out)
    assert ORGANISATION in text and ADDRESS in text


def test_the_desktop_and_the_command_line_read_the_same_settings() -> None:
    from kempen_desktop.ui.common import settings
    from kempen_desktop.ui.common.sender import read_sender

    settings.LETTERHEAD_NAME.set(settings.open_settings(), "Welzijnshuis Geel")
    from kempen_desktop.ui.common import desktop_settings

    assert desktop_settings.read_sender().letterhead.organisation == "Welzijnshuis Geel"
    assert read_sender() == desktop_settings.read_sender()


def test_meeting_minutes_from_the_command_line_name_who_prepared_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.meetings_helpers import make_world

    _settings_as_in_instellingen()
    path = tmp_path / "k.db"
    database = open_database(path)
    meeting = make_world(database).meeting
    database.close()
    out = tmp_path / "verslag.pdf"
    assert main(["--db", str(path), "report", "minutes", str(meeting), str(out)]) == 0
    text = _text(out)
    assert ORGANISATION in text and BYLINE in " ".join(text.split())
