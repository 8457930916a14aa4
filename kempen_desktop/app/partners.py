"""Partners: organisations, their contact persons and engagements, the partner list and
the inclusive-employer indicator, and partner lists in and out of spreadsheets.

Every change is announced as ``Changes(partners=True)``: the pickers of other screens
(meeting participants, the dossier's responsible partner and counsellor) follow.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kempen_desktop.app.area import Area
from kempen_desktop.app.changes import Changes
from kempen_desktop.app.conflicts import refuse_stale
from kempen_desktop.services.common import lookups
from kempen_desktop.services.common.lookups import Choice
from kempen_desktop.services.partners import contacts, engagements, partners
from kempen_desktop.services.partners.contacts import ContactInput
from kempen_desktop.services.partners.engagements import EngagementInput
from kempen_desktop.services.partners.partner_history import (
    ContactLine,
    EvidenceChoice,
    PartnerHistory,
    evidence_choices,
    partner_history,
)
from kempen_desktop.services.partners.partner_history import contacts as contact_lines
from kempen_desktop.services.partners.partner_indicator import (
    EmployerLine,
    Indicator,
    employers,
    indicator,
    partner_rows,
)
from kempen_desktop.services.partners.partners import DuplicateCandidate, PartnerInput
from kempen_desktop.services.reports.overview import PartnerRow

if TYPE_CHECKING:
    from kempen_desktop.services.partners.partner_lists import PartnerImportResult

CHANGED = Changes(partners=True)


@dataclass(frozen=True)
class PartnerFormChoices:
    """What the partner form offers: kinds of organisation, municipalities, their postcodes."""

    types: list[Choice]
    municipalities: list[Choice]
    postcodes: dict[str, str]


@dataclass(frozen=True)
class PartnerDetail:
    """One partner as the detail pane shows it, read in one go."""

    data: PartnerInput
    contacts: list[ContactLine]
    history: PartnerHistory


class PartnersArea(Area):
    # --- reading ------------------------------------------------------------------------------
    def rows(self, today: date | None = None) -> list[PartnerRow]:
        """Every partner, with its inclusive state on `today` from the engagements."""
        with self._read() as session:
            return partner_rows(session, today)

    def types(self) -> list[Choice]:
        """Every kind of organisation, in list order (for filters)."""
        with self._read() as session:
            return partners.partner_types(session)

    def form_choices(self, keep_type: str = "") -> PartnerFormChoices:
        """Active kinds (plus `keep_type`, the kind of an edited partner, even when it was
        deactivated since), municipalities and postcodes."""
        with self._read() as session:
            return PartnerFormChoices(
                partners.partner_types(session, active_only=True, keep=keep_type),
                lookups.municipalities(session),
                lookups.municipality_postcodes(session),
            )

    def get(self, partner_id: uuid.UUID) -> PartnerInput:
        with self._read() as session:
            return partners.get_partner(session, partner_id)

    def detail(self, partner_id: uuid.UUID) -> PartnerDetail:
        with self._read() as session:
            return PartnerDetail(
                partners.get_partner(session, partner_id),
                contact_lines(session, partner_id),
                partner_history(session, partner_id),
            )

    def find_duplicates(
        self, data: PartnerInput, exclude_id: uuid.UUID | None = None
    ) -> list[DuplicateCandidate]:
        with self._read() as session:
            return partners.find_duplicates(session, data, exclude_id)

    def get_contact(self, contact_id: uuid.UUID) -> ContactInput:
        with self._read() as session:
            return contacts.get_contact(session, contact_id)

    def get_engagement(self, engagement_id: uuid.UUID) -> tuple[uuid.UUID, EngagementInput]:
        with self._read() as session:
            return engagements.get_engagement(session, engagement_id)

    def evidence_choices(
        self, partner_id: uuid.UUID
    ) -> tuple[list[EvidenceChoice], list[EvidenceChoice]]:
        """What an engagement can point to: the partner's exits to work and events."""
        with self._read() as session:
            return evidence_choices(session, partner_id)

    def indicator(self, as_of: date | None = None) -> Indicator:
        with self._read() as session:
            return indicator(session, as_of)

    def employers(self, as_of: date | None = None) -> list[EmployerLine]:
        with self._read() as session:
            return employers(session, as_of)

    # --- changing -----------------------------------------------------------------------------
    def create(self, data: PartnerInput, confirm_duplicates: bool = False) -> uuid.UUID:
        with self._write(CHANGED) as session:
            return partners.create_partner(session, data, confirm_duplicates)

    def create_many(
        self, inputs: Sequence[PartnerInput], confirm_duplicates: bool = False
    ) -> list[uuid.UUID]:
        """Add these partners in one transaction: all of them, or none."""
        with self._write(CHANGED) as session:
            return [partners.create_partner(session, data, confirm_duplicates) for data in inputs]

    def update(
        self,
        partner_id: uuid.UUID,
        data: PartnerInput,
        confirm_duplicates: bool = False,
        changed: Collection[str] | None = None,
        base: PartnerInput | None = None,
    ) -> Changes:
        """Save a partner; ``changed`` (from an editor): only those fields are written, and
        an emptied *in netwerk sinds* is cleared. ``base`` (the partner as the form opened
        it): someone else's change since is kept, or EditConflictError names the fields
        both changed (domain.merge); nothing is written then."""
        with refuse_stale(), self._write(CHANGED) as session:
            partners.update_partner(
                session, partner_id, data, confirm_duplicates, changed, base=base
            )
        return CHANGED

    def delete(self, partner_id: uuid.UUID) -> Changes:
        with self._write(CHANGED) as session:
            partners.delete_partner(session, partner_id)
        return CHANGED

    def add_contact(self, partner_id: uuid.UUID, data: ContactInput) -> uuid.UUID:
        with self._write(CHANGED) as session:
            return contacts.add_contact(session, partner_id, data)

    def update_contact(
        self, contact_id: uuid.UUID, data: ContactInput, *, base: ContactInput | None = None
    ) -> Changes:
        """`base` (the contact as the form opened it): see contacts.update_contact."""
        with self._write(CHANGED) as session:
            contacts.update_contact(session, contact_id, data, base=base)
        return CHANGED

    def delete_contact(self, contact_id: uuid.UUID) -> Changes:
        with self._write(CHANGED) as session:
            contacts.delete_contact(session, contact_id)
        return CHANGED

    def add_engagement(self, partner_id: uuid.UUID, data: EngagementInput) -> uuid.UUID:
        with self._write(CHANGED) as session:
            return engagements.add_engagement(session, partner_id, data)

    def update_engagement(
        self,
        engagement_id: uuid.UUID,
        data: EngagementInput,
        *,
        base: EngagementInput | None = None,
    ) -> Changes:
        """`base` (the engagement as the form opened it): merged with someone else's change
        since, or EditConflictError naming the fields both changed; nothing written then."""
        with self._write(CHANGED) as session:
            engagements.update_engagement(session, engagement_id, data, base=base)
        return CHANGED

    def end_engagement(self, engagement_id: uuid.UUID, ended_on: date) -> Changes:
        with self._write(CHANGED) as session:
            engagements.end_engagement(session, engagement_id, ended_on)
        return CHANGED

    def delete_engagement(self, engagement_id: uuid.UUID) -> Changes:
        with self._write(CHANGED) as session:
            engagements.delete_engagement(session, engagement_id)
        return CHANGED

    # --- lists in and out ---------------------------------------------------------------------
    def import_list(self, path: Path, *, dry_run: bool = False) -> PartnerImportResult:
        """Read a partner list and write it in one transaction (a dry run writes nothing)."""
        from kempen_desktop.services.partners import partner_lists  # spreadsheet readers: on use

        if dry_run:
            with self._read() as session:  # never committed
                return partner_lists.import_partners(session, path)
        with self._write(CHANGED | Changes(audit=True)) as session:
            return partner_lists.import_partners(session, path)

    def export_list(self, path: Path, partner_ids: list[uuid.UUID] | None = None) -> int:
        """Partners (all, or these) and their contacts to .xlsx; audited before the file appears."""
        from kempen_desktop.services.common.disclosure import disclosure
        from kempen_desktop.services.partners import partner_lists

        with disclosure(self._db) as session:
            written = partner_lists.export_partners(session, path, partner_ids)
        self._announce(Changes(audit=True))
        return written
