"""Test set-up: offscreen Qt, private folders for data, logs and settings, fresh databases."""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt or platformdirs: nothing may touch the real user folders.
_SANDBOX = Path(tempfile.mkdtemp(prefix="kempen-tests-"))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
for variable in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[variable] = str(_SANDBOX / variable.lower())
os.environ.pop("KEMPEN_DB", None)

from kempen_desktop.app import Workspace
from kempen_desktop.db.models import ContactPerson, Partner
from kempen_desktop.services.common.database import Database, open_database
from tests.paths import CORPUS  # noqa: F401  (re-exported: `from conftest import CORPUS`)

# Fixtures that live in helper modules, available to every test module.
pytest_plugins = ("tests.faults.small_fs", "tests.pg")


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "kempen.db")
    yield db
    db.close()


@pytest.fixture
def workspace(database: Database) -> Workspace:
    """The application façade over the test's database, as the UI and the CLI get it."""
    return Workspace(database)


@pytest.fixture
def inline_operations(monkeypatch: pytest.MonkeyPatch) -> None:
    """Operations run their work on the calling thread: UI tests need no waiting."""
    from kempen_desktop.ui.common.operations import Operation

    monkeypatch.setattr(Operation, "inline", True)


@pytest.fixture
def partner_ids(database: Database) -> tuple[uuid.UUID, uuid.UUID]:
    """One partner (VDAB) with one contact person; returns (partner id, contact id)."""
    with database.transaction() as session:
        partner = Partner(name="VDAB Turnhout", partner_type_code="vdab", municipality_nis="13040")
        contact = ContactPerson(
            first_name="Sofie", last_name="Wouters", function="Trajectbegeleider"
        )
        partner.contacts.append(contact)
        session.add(partner)
        session.flush()
        return partner.id, contact.id


@pytest.fixture(autouse=True)
def _private_qsettings(tmp_path: Path) -> Iterator[None]:
    """QSettings in a per-test folder, so remembered layouts never leak between tests."""
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - Qt is a hard dependency
        yield
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    yield
