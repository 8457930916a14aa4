"""Retention: what is due to be forgotten, and forgetting it (anonymise or delete).

Periods are configurable per kind of record (app_meta); by default dossiers closed more
than 5 years ago are due. Anonymising keeps what statistics need — age band (birth date
to the first day of its quarter), sex, municipality, postcode, target groups, status
history and dates rounded to their quarter — and removes names, INSZ, klantnummer,
contact data, street and every free text (notes, situation, timeline, agenda text).
The person is only anonymised once none of their dossiers is kept any longer.

Freed pages are overwritten (PRAGMA secure_delete) and the search index is merged, so
the old text does not linger in the file; deleting goes through the one delete path of
``dossier_removal``, also used by the Dossiers tab and the undo of an import. Backups made
before the anonymisation still hold the data until the rotation removes them;
`backups.purge_backups_before` does it now.

Session style: the caller (workspace.trust) owns the transaction. The work on the FILE —
the safety backup before forgetting and the WAL checkpoint after the commit — is the
façade's: see `TrustArea.anonymise` / `TrustArea.delete_dossiers`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from kempen_desktop.db.models import AppMeta, Dossier, Person, StatusChange
from kempen_desktop.db.models.admin import ImportChange
from kempen_desktop.db.models.dossier import Consent, WorkExit
from kempen_desktop.db.models.meeting import ActionPoint, AgendaItem
from kempen_desktop.domain.dates import quarter_start
from kempen_desktop.services.common import audit
from kempen_desktop.services.dossiers import dossier_removal

ANONYMOUS = "Geanonimiseerd"


@dataclass(frozen=True)
class RetentionRule:
    key: str
    label: str
    default_years: int
    explanation: str


RULES = (
    RetentionRule(
        "dossier_closed", "Afgesloten dossiers", 5, "jaren na de afsluiting van het dossier"
    ),
    RetentionRule("audit", "Auditlog", 10, "jaren na de handeling (0 = altijd bewaren)"),
)
RULES_BY_KEY = {rule.key: rule for rule in RULES}
MAX_YEARS = 50


def _meta_key(rule_key: str) -> str:
    return f"retention.{rule_key}.years"


def retention_years(session: Session) -> dict[str, int]:
    """The configured period per rule (years)."""
    values = {
        row.key: row.value
        for row in session.scalars(
            select(AppMeta).where(AppMeta.key.in_([_meta_key(rule.key) for rule in RULES]))
        )
    }
    result = {}
    for rule in RULES:
        raw = values.get(_meta_key(rule.key))
        result[rule.key] = int(raw) if raw is not None and raw.isdigit() else rule.default_years
    return result


def set_retention_years(session: Session, rule_key: str, years: int) -> None:
    if rule_key not in RULES_BY_KEY:
        raise ValueError(f"Onbekende bewaarregel: {rule_key}")
    if not 0 <= years <= MAX_YEARS:
        raise ValueError(f"Een bewaartermijn ligt tussen 0 en {MAX_YEARS} jaar.")
    if rule_key == "dossier_closed" and years < 1:
        raise ValueError("Afgesloten dossiers worden minstens 1 jaar bewaard.")
    row = session.get(AppMeta, _meta_key(rule_key))
    if row is None:
        session.add(AppMeta(key=_meta_key(rule_key), value=str(years)))
    else:
        row.value = str(years)
    audit.record(session, "retention.settings", "app_meta", rule_key, f"{years} jaar")


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


@dataclass(frozen=True)
class DueDossier:
    id: uuid.UUID
    num: int
    person_id: uuid.UUID
    last_name: str
    first_name: str
    closed_on: date
    municipality: str
    other_dossiers_kept: int  # the person's dossiers that are not due (still open or recent)


def due_dossiers(session: Session, today: date | None = None) -> list[DueDossier]:
    """Closed dossiers past their retention period that are not anonymised yet."""
    from kempen_desktop.db.models.reference import Municipality

    years = retention_years(session)["dossier_closed"]
    limit = _years_before(today or date.today(), years)
    rows = session.execute(
        select(
            Dossier.id,
            Dossier.num,
            Dossier.person_id,
            Person.last_name,
            Person.first_name,
            Dossier.closed_on,
            Municipality.name,
        )
        .join(Person, Person.id == Dossier.person_id)
        .outerjoin(Municipality, Municipality.nis_code == Person.municipality_nis)
        .where(
            Dossier.closed_on.is_not(None),
            Dossier.closed_on < limit,
            Dossier.anonymised_on.is_(None),
        )
        .order_by(Dossier.closed_on, Dossier.num)
    ).all()
    due_ids = {row.id for row in rows}
    person_ids = {row.person_id for row in rows}
    kept: dict[uuid.UUID, int] = {}
    for start in range(0, len(person_ids), 500):
        chunk = list(person_ids)[start : start + 500]
        for dossier_id, person_id in session.execute(
            select(Dossier.id, Dossier.person_id).where(
                Dossier.person_id.in_(chunk), Dossier.anonymised_on.is_(None)
            )
        ):
            if dossier_id not in due_ids:
                kept[person_id] = kept.get(person_id, 0) + 1
    return [
        DueDossier(
            r.id,
            r.num,
            r.person_id,
            r.last_name,
            r.first_name,
            r.closed_on,
            r.name or "",
            kept.get(r.person_id, 0),
        )
        for r in rows
    ]


def _anonymise_dossier(session: Session, dossier: Dossier, today: date) -> None:
    dossier.situation = ""
    dossier.follow_up_on = None
    dossier.opened_on = quarter_start(dossier.opened_on)
    if dossier.closed_on is not None:
        dossier.closed_on = quarter_start(dossier.closed_on)
    dossier.status_since = quarter_start(dossier.status_since)
    if dossier.job_seeker_since is not None:
        dossier.job_seeker_since = quarter_start(dossier.job_seeker_since)
    dossier.counsellor_id = None
    dossier.anonymised_on = today
    for entry in dossier.timeline:
        entry.title = ""
        entry.body = ""
        entry.author = ""
        moment = entry.occurred_at
        entry.occurred_at = datetime.combine(quarter_start(moment.date()), datetime.min.time())
    session.execute(
        update(StatusChange).where(StatusChange.dossier_id == dossier.id).values(note="")
    )
    for change in session.scalars(
        select(StatusChange).where(StatusChange.dossier_id == dossier.id)
    ):
        change.effective_on = quarter_start(change.effective_on)
    session.execute(update(Consent).where(Consent.dossier_id == dossier.id).values(note=""))
    session.execute(
        update(WorkExit).where(WorkExit.dossier_id == dossier.id).values(note="", employer_name="")
    )
    # A new version (issue 19): a form still open on these rows then cannot write the old
    # text back (the ORM's own changes above move the dossier's and person's versions).
    session.execute(
        update(AgendaItem)
        .where(AgendaItem.dossier_id == dossier.id)
        .values(title=ANONYMOUS, discussion="", agreements="", version=AgendaItem.version + 1)
    )
    session.execute(
        update(ActionPoint)
        .where(ActionPoint.dossier_id == dossier.id)
        .values(description=ANONYMOUS, version=ActionPoint.version + 1)
    )
    # Import history keeps the values an import overwrote (for undo): gone as well.
    session.execute(delete(ImportChange).where(ImportChange.dossier_id == dossier.id))


def _anonymise_person(session: Session, person: Person, today: date) -> None:
    person.last_name = ANONYMOUS
    person.first_name = ANONYMOUS
    person.insz = None
    person.vdab_number = None
    person.street = ""
    person.phone = ""
    person.email = ""
    if person.birth_date is not None:
        person.birth_date = quarter_start(person.birth_date)
    person.anonymised_on = today
    session.execute(delete(ImportChange).where(ImportChange.person_id == person.id))


def anonymise(session: Session, dossier_ids: list[uuid.UUID], today: date | None = None) -> int:
    """Anonymise these dossiers in the caller's transaction; the number done. The caller makes
    the safety backup before and runs `dossier_removal.checkpoint` after the commit."""
    if not dossier_ids:
        return 0
    today = today or date.today()
    done = 0
    connection = session.connection()
    with dossier_removal.secure_delete(connection):
        persons: set[uuid.UUID] = set()
        for dossier_id in dossier_ids:
            dossier = session.get(Dossier, dossier_id)
            if dossier is None or dossier.anonymised_on is not None:
                continue
            _anonymise_dossier(session, dossier, today)
            persons.add(dossier.person_id)
            audit.record(session, "dossier.anonymise", "dossier", dossier.id, "bewaartermijn")
            done += 1
        session.flush()
        for person_id in persons:
            still_kept = session.scalar(
                select(Dossier.id)
                .where(Dossier.person_id == person_id, Dossier.anonymised_on.is_(None))
                .limit(1)
            )
            person = session.get(Person, person_id)
            if still_kept is None and person is not None and person.anonymised_on is None:
                _anonymise_person(session, person, today)
                audit.record(session, "person.anonymise", "person", person_id, "bewaartermijn")
        session.flush()
        dossier_removal.merge_search_index(connection)
    return done


def delete_dossiers(session: Session, dossier_ids: list[uuid.UUID]) -> int:
    """Delete these dossiers for good, and persons left without a dossier, in the caller's
    transaction (the one delete path, see dossier_removal); the number deleted. The caller
    makes the safety backup before and runs `dossier_removal.checkpoint` after the commit."""
    if not dossier_ids:
        return 0
    return len(dossier_removal.delete_in(session, dossier_ids, "bewaartermijn"))


def purge_audit(session: Session, today: date | None = None) -> int:
    """Delete audit entries older than the audit retention period (0 = keep all)."""
    from sqlalchemy import func

    from kempen_desktop.db.models import AuditEntry

    years = retention_years(session)["audit"]
    if years <= 0:
        return 0
    limit = datetime.combine(_years_before(today or date.today(), years), datetime.min.time())
    removed = session.scalar(select(func.count()).where(AuditEntry.at < limit)) or 0
    if removed:
        session.execute(delete(AuditEntry).where(AuditEntry.at < limit))
        audit.record(session, "retention.audit", "audit_entry", "", f"{removed} verwijderd")
    return removed


def anonymised_count(session: Session) -> int:
    from sqlalchemy import func

    return session.scalar(select(func.count()).where(Dossier.anonymised_on.is_not(None))) or 0
