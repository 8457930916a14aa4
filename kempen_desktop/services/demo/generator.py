"""The generator: plans everything and writes it in one transaction (see the package
docstring for the design)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from kempen_desktop.db import backends, search_rows
from kempen_desktop.db.list_columns import ListColumns
from kempen_desktop.db.models import (
    ActionPoint,
    AgendaItem,
    Consent,
    ContactPerson,
    CooperationEntry,
    Dossier,
    Event,
    Meeting,
    MeetingParticipant,
    MeetingSeries,
    Partner,
    PartnerEngagement,
    Person,
    PolicyAction,
    StatusChange,
    TimelineEntry,
    WorkExit,
    dossier_target_group,
)
from kempen_desktop.db.numbering import take_dossier_numbers
from kempen_desktop.services.common import audit
from kempen_desktop.services.common.database import Database
from kempen_desktop.services.demo.activities import _ActivityPlanning
from kempen_desktop.services.demo.base import ProgressCallback
from kempen_desktop.services.demo.dossier_rows import _DossierRows
from kempen_desktop.services.demo.formats import _FastRandom
from kempen_desktop.services.demo.indexes import built_afterwards
from kempen_desktop.services.demo.meetings import _MeetingPlanning
from kempen_desktop.services.demo.partners import _PartnerPlanning
from kempen_desktop.services.demo.reference import _Reference
from kempen_desktop.services.demo.search_index import roomy_search_index
from kempen_desktop.services.demo.writer import (
    CONSENT_COLS,
    CONTACT_COLS,
    COOP_COLS,
    DOSSIER_COLS,
    ENGAGEMENT_COLS,
    EXIT_COLS,
    GROUP_COLS,
    PARTNER_COLS,
    PERSON_COLS,
    STATUS_COLS,
    TIMELINE_COLS,
    _in_background,
    _Prepared,
    _table,
    _Writer,
)

#: Dossiers planned and written per chunk (and rows per executemany call).
CHUNK = 5_000
#: Page cache (KiB) while generating: random UUID keys scatter the inserts over the
#: indexes, and the default 2 MB cache would re-read index pages all the time.
CACHE_KIB = 256 * 1024


@dataclass(frozen=True)
class DemoSummary:
    """What :func:`generate_demo` wrote, as row counts."""

    dossiers: int
    persons: int
    partners: int
    contacts: int
    cooperation_entries: int
    dossier_target_groups: int
    status_changes: int
    timeline_entries: int
    consents: int
    work_exits: int
    meeting_series: int
    meetings: int
    meeting_participants: int
    agenda_items: int
    action_points: int
    policy_actions: int
    events: int

    @property
    def total_rows(self) -> int:
        return sum(getattr(self, name) for name in self.__dataclass_fields__)


def _generate(
    db: Database, dossiers: int, seed: int, day: date, report: ProgressCallback
) -> DemoSummary:
    with db.engine.connect() as connection, backends.bulk_load(connection, CACHE_KIB):
        with connection.begin():
            counts = [
                connection.scalar(select(func.count()).select_from(model))
                for model in (Dossier, Person, Partner)
            ]
            if any(counts):
                raise ValueError(
                    "Deze database bevat al dossiers of partners. Demogegevens worden alleen "
                    "in "
                    "een lege database aangemaakt: maak het demobestand opnieuw aan."
                )
            generator = _Generator(
                _Reference.load(connection), _FastRandom(seed), dossiers, day, report
            )
            # Search rows once at the end, for every dossier, instead of by the per-row
            # triggers (db/search_rows.py); the list columns go in with the dossier rows.
            with (
                roomy_search_index(connection),
                search_rows.batch(connection, everything=True) as rows,
            ):
                rows.lists_written = True  # with the dossier rows (list_columns.py)
                summary = generator.run(connection)
            with Session(bind=connection) as session:
                audit.record(
                    session,
                    "demo.generate",
                    "database",
                    "",
                    f"{dossiers} dossiers, seed {seed}",
                )
                session.flush()
            report("Gegevens vastleggen", 97)
        report("Databasebestand opschonen", 99)
    return summary


class _Generator(_PartnerPlanning, _DossierRows, _MeetingPlanning, _ActivityPlanning):
    """All parts of the generator; ``run`` plans and writes everything in order."""

    # -- run ------------------------------------------------------------------------------

    def run(self, connection: Connection) -> DemoSummary:
        writer = _Writer(connection)
        self.report("Partners aanmaken", 2)
        self.plan_partners()
        partner_rows, contact_rows = self.partner_rows()
        writer.write(_table(Partner), PARTNER_COLS, partner_rows)
        # The first write opened the transaction; foreign keys are now checked at COMMIT,
        # which lets timeline entries go in before their dossiers (see package docstring).
        backends.defer_foreign_keys(connection)
        writer.write(_table(ContactPerson), CONTACT_COLS, contact_rows)
        writer.write(_table(PartnerEngagement), ENGAGEMENT_COLS, self.engagement_rows)

        self.report("Personen en dossiers plannen", 5)
        # From the counter: an emptied database may have handed out numbers before.
        self.first_num = take_dossier_numbers(connection, self.n_dossiers) if self.n_dossiers else 1
        self.plan_people()
        self.plan_series_pools()
        self.list_columns = ListColumns.load(connection)
        total = len(self.dossiers)
        persons = ("persons", _table(Person), PERSON_COLS)
        dossiers = ("dossiers", _table(Dossier), DOSSIER_COLS)
        children = (
            ("timeline", _table(TimelineEntry), TIMELINE_COLS),
            ("groups", dossier_target_group, GROUP_COLS),
        )
        rest = (
            ("statuses", _table(StatusChange), STATUS_COLS),
            ("consents", _table(Consent), CONSENT_COLS),
            ("exits", _table(WorkExit), EXIT_COLS),
        )
        # SQLite: the plain indexes of these tables built once, after the rows (indexes.py).
        with built_afterwards(
            connection, [table for _, table, _ in (persons, dossiers) + children + rest]
        ) as dropped:
            # Without the indexes, parents strictly before their children (indexes.py);
            # otherwise (PostgreSQL, whose triggers run per row) timeline entries and target
            # groups before their dossiers: see the package docstring.
            middle = (dossiers, *children) if dropped else (*children, dossiers)
            tables = (persons, *middle, *rest)

            def prepared_chunks() -> Iterator[tuple[int, list[_Prepared]]]:
                for start in range(0, total, CHUNK):
                    rows = self.dossier_rows(self.dossiers[start : start + CHUNK])
                    yield (
                        min(total, start + CHUNK),
                        [
                            writer.prepare(table, columns, rows[key])
                            for key, table, columns in tables
                        ],
                    )

            # The rows of the next chunks are built in a background thread while SQLite writes
            # this one (sqlite3 releases the GIL while it works): two cores, half the time.
            for done, prepared in _in_background(prepared_chunks()):
                for item in prepared:
                    writer.execute(item)
                self.report(
                    f"Dossiers wegschrijven ({done:,} van {total:,})".replace(",", "."),
                    10 + 80 * done // total,
                )

        self.report("Overlegmomenten aanmaken", 91)
        self.plan_meetings(writer)
        self.report("Acties en activiteiten aanmaken", 94)
        self.plan_activities(writer)
        writer.write(_table(CooperationEntry), COOP_COLS, self.coop_rows)
        return DemoSummary(
            dossiers=writer.count(_table(Dossier)),
            persons=writer.count(_table(Person)),
            partners=writer.count(_table(Partner)),
            contacts=writer.count(_table(ContactPerson)),
            cooperation_entries=writer.count(_table(CooperationEntry)),
            dossier_target_groups=writer.count(dossier_target_group),
            status_changes=writer.count(_table(StatusChange)),
            timeline_entries=writer.count(_table(TimelineEntry)),
            consents=writer.count(_table(Consent)),
            work_exits=writer.count(_table(WorkExit)),
            meeting_series=writer.count(_table(MeetingSeries)),
            meetings=writer.count(_table(Meeting)),
            meeting_participants=writer.count(_table(MeetingParticipant)),
            agenda_items=writer.count(_table(AgendaItem)),
            action_points=writer.count(_table(ActionPoint)),
            policy_actions=writer.count(_table(PolicyAction)),
            events=writer.count(_table(Event)),
        )
