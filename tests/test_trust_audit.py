"""The audit trail: every create, change, delete, import, undo and export is on record,
with the OS user and the record, and never with the personal content itself."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import text

from kempen_desktop.app import Workspace
from kempen_desktop.services import importing
from kempen_desktop.services.common import audit_log
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.dossiers.dossiers import DossierInput
from tests.import_helpers import make_insz, write_csv

SECRET_NAME = "Geheimenaam"
SECRET_NOTE = "vertrouwelijke schuldenlast"


def test_every_kind_of_action_is_audited_without_content(
    database: Database, tmp_path: Path
) -> None:
    service = Workspace(database).dossiers
    insz = make_insz(date(1982, 2, 2), 61)
    dossier_id = service.create(DossierInput(last_name=SECRET_NAME, first_name="Els", insz=insz))
    service.update(dossier_id, DossierInput(last_name=SECRET_NAME, first_name="Elsje", insz=insz))
    service.add_timeline_entry(dossier_id, "note", "Gesprek", SECRET_NOTE)
    listing = write_csv(
        tmp_path / "lijst.csv",
        [
            [
                make_insz(date(1991, 3, 4), 11),
                "",
                "Importnaam",
                "Ann",
                "04/03/1991",
                "2300",
                "Turnhout",
                "",
                "",
            ]
        ],
    )
    vdab, _ocmw = importing.builtin_profiles()
    batch = importing.apply_plan(database, importing.plan_import(database, listing, vdab))
    importing.undo_batch(database, batch)
    with database.session() as session:
        person_id = session.execute(text("SELECT person_id FROM dossier")).scalar()
    Workspace(database).trust.export_subject_access(
        uuid.UUID(str(person_id)), pdf=tmp_path / "inzage.pdf"
    )
    service.delete(dossier_id)

    with database.session() as session:
        rows = session.execute(
            text('SELECT "user", action, entity, entity_id, detail FROM audit_entry')
        ).all()
    actions = {row.action for row in rows}
    assert {
        "dossier.create",
        "dossier.update",
        "dossier.timeline",
        "dossier.delete",
        "import.apply",
        "import.undo",
        "export.subject_access",
    } | ({"backup.create"} if database.url is None else set()) <= actions  # local backups
    assert all(row.user is not None for row in rows)
    everything = " ".join(" ".join(str(v) for v in row) for row in rows)
    for secret in (SECRET_NAME, "Importnaam", insz, SECRET_NOTE, "Elsje"):
        assert secret not in everything
    # Per dossier: the trail of the deleted dossier is still there.
    trail = [row.action for row in Workspace(database).trust.audit_of_dossier(dossier_id)]
    assert trail[0] == "dossier.delete" and trail[-1] == "dossier.create"
    assert Workspace(database).trust.audit_entries(audit_log.AuditFilter(action="import.")) != []
    assert {
        r.action
        for r in Workspace(database).trust.audit_entries(audit_log.AuditFilter(action="dossier."))
    } <= {a for a in actions if a.startswith("dossier.")}
