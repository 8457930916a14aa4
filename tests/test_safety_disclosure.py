"""Issue 11, item 7: a disclosure and its audit record are one act.

The audit entry is committed before the exported file appears under its name; when the
commit fails or the rename fails, neither the file nor the entry exists (and no
temporary file stays in the folder).
"""

from __future__ import annotations

import errno
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import exc, select, text
from sqlalchemy.orm import SessionTransaction

from kempen_desktop.app import Workspace
from kempen_desktop.db.models import AuditEntry, Dossier, Meeting, Partner
from kempen_desktop.services.common.database import Database, open_database
from kempen_desktop.services.common.disclosure import disclosure
from kempen_desktop.services.demo import generate_demo
from kempen_desktop.services.meetings.minutes import write_minutes_pdf
from kempen_desktop.services.reports import dossier_fiche, exports
from kempen_desktop.tempfiles import is_temp_name

DISCLOSING = ("export.", "print.")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "kempen.db"
    database = open_database(path, mark_demo=True)
    generate_demo(database, dossiers=20, seed=1)
    database.close()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "db" / "kempen.db"
    copy.parent.mkdir()
    source = sqlite3.connect(demo_file)
    target = sqlite3.connect(copy)
    source.backup(target)
    source.close()
    target.close()
    database = open_database(copy)
    yield database
    database.close()


def _audits(database: Database) -> int:
    with database.session() as session:
        return (
            session.scalar(
                select(text("count(*)"))
                .select_from(AuditEntry)
                .where(AuditEntry.action.like("export.%") | AuditEntry.action.like("print.%"))
            )
            or 0
        )


def _partner_with_consent(database: Database) -> tuple[str, uuid.UUID]:
    """A partner and a dossier with a consent for it that is valid today."""
    today = date.today()
    with database.session() as session:
        for partner_id, name in session.execute(
            select(Partner.id, Partner.name).order_by(Partner.name)
        ):
            dossier_id = session.scalar(
                select(Dossier.id)
                .where(Dossier.id.in_(exports.consent_valid_on(partner_id, today)))
                .limit(1)
            )
            if dossier_id is not None:
                return name, dossier_id
    raise AssertionError("the demo data has no valid consent")


def _meeting(database: Database) -> uuid.UUID:
    with database.session() as session:
        return session.scalar(select(Meeting.id).limit(1))


def _minutes(database: Database, out: Path) -> None:
    name, _dossier = _partner_with_consent(database)
    with disclosure(database) as session:
        partner_id = session.scalar(select(Partner.id).where(Partner.name == name))
        write_minutes_pdf(session, _meeting(database), out, partner_id)


def _acts(database: Database, folder: Path) -> dict[str, tuple[Callable[[], object], list[Path]]]:
    partner, dossier_id = _partner_with_consent(database)
    with database.session() as session:
        person_id = session.scalar(select(Dossier.person_id).where(Dossier.id == dossier_id))
    x, p = folder / "uit.xlsx", folder / "uit.pdf"
    return {
        "partner export": (
            lambda: Workspace(database).dossiers.export_dossiers(
                x, exports.DossierExport(partner=partner)
            ),
            [x],
        ),
        "statistical export": (
            lambda: Workspace(database).dossiers.export_dossiers(
                x, exports.DossierExport(statistical=True)
            ),
            [x],
        ),
        "inzage pdf+xlsx": (
            lambda: Workspace(database).trust.export_subject_access(person_id, pdf=p, xlsx=x),
            [p, x],
        ),
        "dossierfiche for a partner": (
            lambda: Workspace(database).dossiers.write_summaries(
                [dossier_id], p, dossier_fiche.SummaryOptions(partner=partner)
            ),
            [p],
        ),
        "minutes for a partner": (lambda: _minutes(database, p), [p]),
    }


ACTS = [
    "partner export",
    "statistical export",
    "inzage pdf+xlsx",
    "dossierfiche for a partner",
    "minutes for a partner",
]


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if is_temp_name(p.name)]


@pytest.mark.parametrize("act", ACTS)
def test_audit_is_committed_before_the_file_appears(
    demo: Database, tmp_path: Path, act: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    run, files = _acts(demo, tmp_path)[act]
    before = _audits(demo)
    seen: list[int] = []
    real_replace = os.replace

    def watching(src: object, dst: object) -> None:
        if Path(str(dst)) in files:
            seen.append(_audits(demo) - before)  # what a second reader sees at this moment
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", watching)
    run()
    assert seen and all(count >= 1 for count in seen)
    assert all(path.is_file() and path.stat().st_size > 0 for path in files)
    assert _audits(demo) > before and _leftovers(tmp_path) == []


@pytest.mark.parametrize("act", ACTS)
def test_failed_audit_commit_leaves_no_file(
    demo: Database, tmp_path: Path, act: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    run, files = _acts(demo, tmp_path)[act]
    before = _audits(demo)
    real_commit = SessionTransaction.commit

    def full_disk(self: SessionTransaction, *args: object, **kwargs: object) -> object:
        if any(
            isinstance(o, AuditEntry) and o.action.startswith(DISCLOSING)
            for o in list(self.session.identity_map.values()) + list(self.session.new)
        ):
            raise exc.OperationalError(
                "COMMIT", {}, sqlite3.OperationalError("database or disk is full")
            )
        return real_commit(self, *args, **kwargs)

    monkeypatch.setattr(SessionTransaction, "commit", full_disk)
    with pytest.raises(exc.OperationalError):
        run()
    monkeypatch.undo()
    assert [path for path in files if path.exists()] == []
    assert _audits(demo) == before
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("act", ACTS)
def test_failed_rename_withdraws_the_audit_entry(
    demo: Database, tmp_path: Path, act: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    run, files = _acts(demo, tmp_path)[act]
    before = _audits(demo)
    real_replace = os.replace
    last = files[-1]  # with two files: the first is already in place when the second fails

    def refused(src: object, dst: object) -> None:
        if Path(str(dst)) == last:
            raise PermissionError(errno.EACCES, "Permission denied", str(dst))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", refused)
    with pytest.raises(PermissionError):
        run()
    monkeypatch.undo()
    assert [path for path in files if path.exists()] == []
    assert _audits(demo) == before
    assert _leftovers(tmp_path) == []


def test_cli_partner_export_on_failed_commit_writes_nothing(
    demo: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from kempen_desktop.cli import main

    partner, _dossier = _partner_with_consent(demo)
    demo.close()
    out = tmp_path / "partner.xlsx"
    real_commit = SessionTransaction.commit

    def full_disk(self: SessionTransaction, *args: object, **kwargs: object) -> object:
        if any(
            isinstance(o, AuditEntry) and o.action == "export.xlsx"
            for o in self.session.identity_map.values()
        ):
            raise exc.OperationalError(
                "COMMIT", {}, sqlite3.OperationalError("database or disk is full")
            )
        return real_commit(self, *args, **kwargs)

    monkeypatch.setattr(SessionTransaction, "commit", full_disk)
    code = main(["--db", str(demo.path), "export", "dossiers", str(out), "--partner", partner])
    monkeypatch.undo()
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("kempen: ") and err.count("\n") == 1
    assert not out.exists() and _leftovers(tmp_path) == []
