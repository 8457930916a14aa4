"""What may be shared with a partner: the shareability (consent) rule, defined once.

- A partner sees a dossier only with a consent *for that partner* valid on the day: given
  on or before it, not expired before it (`valid_until` is the last valid day), not
  withdrawn on or before it (`may_share`).
- Of a shared dossier, the partner receives only its fields: `Partner.shared_fields` is a
  comma list of field keys; an empty or unknown list means `DEFAULT_PARTNER_FIELDS`
  (names, VDAB-klantnummer, gemeente, contact, status, kansengroepen, partner, begeleider,
  dates — never INSZ, birth date or address). INSZ only when named explicitly.
- **Shareable with partner P on day D** (`shareable`, `share_refusal`) is exactly that: a
  valid consent for P on D. Being the responsible partner (or employing the counsellor) is
  *not* an exception. Decided for issue 13: what is said at the overleg table and written in
  the minutes comes from the other partners too, and the consent register is the one place
  where the regisseur records what the client agreed to; a partner that guides the client
  has its own file already and needs no minutes to do so. So the regisseur records a consent
  for the responsible partner as for any other.
- Where meetings use it: the agenda rules propose only dossiers shareable with *every*
  invited partner (the others are listed apart, unticked, with `share_refusal`'s reason);
  a partner's minutes hold only the dossiers, discussions and action-point texts of
  dossiers shareable with it, plus its own action points (the dossier named only when
  shareable). Which dossiers a partner *follows* (`follows`) only decides the default scope
  of the agenda rules, never what may be shared.
- Never to a partner: the regisseur's own notes (timeline kind 'note') and import entries,
  the situation summary, the notes of status changes, consents of other partners.

Used by the dossier export for a partner (services/reports/exports.py, whose SQL condition
`consent_valid_on` is this rule as a query), the dossier fiche and the minutes.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date
from typing import Protocol

# Every field a dossier export can hold, in export order (headers: services/reports/exports.py).
FIELD_KEYS: tuple[str, ...] = (
    "last_name",
    "first_name",
    "insz",
    "vdab_number",
    "birth_date",
    "sex",
    "street",
    "postcode",
    "municipality",
    "phone",
    "email",
    "status",
    "target_groups",
    "partner",
    "counsellor",
    "start_date",
    "follow_up",
    "num",
)
DEFAULT_PARTNER_FIELDS: tuple[str, ...] = (
    "last_name",
    "first_name",
    "vdab_number",
    "municipality",
    "phone",
    "email",
    "status",
    "target_groups",
    "partner",
    "counsellor",
    "start_date",
    "follow_up",
    "num",
)
# Timeline entries a partner never sees: the regisseur's own notes and import records.
HIDDEN_TIMELINE_KINDS = frozenset({"note", "import"})


class ConsentLike(Protocol):
    """A consent as the rule needs it (the ORM row and plain data both fit)."""

    @property
    def partner_id(self) -> uuid.UUID | None: ...
    @property
    def given_on(self) -> date: ...
    @property
    def valid_until(self) -> date | None: ...
    @property
    def withdrawn_on(self) -> date | None: ...


def consent_valid(consent: ConsentLike, partner_id: uuid.UUID, day: date) -> bool:
    """This consent allows sharing with this partner on `day`."""
    return (
        consent.partner_id == partner_id
        and consent.given_on <= day
        and (consent.valid_until is None or consent.valid_until >= day)
        and (consent.withdrawn_on is None or consent.withdrawn_on > day)
    )


def may_share(consents: Iterable[ConsentLike], partner_id: uuid.UUID, day: date) -> bool:
    """A dossier with these consents may be shared with the partner on `day`."""
    return any(consent_valid(c, partner_id, day) for c in consents)


def consent_state(consent: ConsentLike, day: date) -> str:
    """The state of a consent on `day`, in Dutch (for a fiche's consent table)."""
    if consent.withdrawn_on is not None and consent.withdrawn_on <= day:
        return f"ingetrokken op {consent.withdrawn_on:%d-%m-%Y}"
    if consent.given_on > day:
        return f"geldig vanaf {consent.given_on:%d-%m-%Y}"
    if consent.valid_until is not None and consent.valid_until < day:
        return f"verlopen op {consent.valid_until:%d-%m-%Y}"
    return "geldig" + (f" tot {consent.valid_until:%d-%m-%Y}" if consent.valid_until else "")


def partner_fields(shared_fields: str | None) -> tuple[str, ...]:
    """The fields a partner may receive (from `Partner.shared_fields`), in export order."""
    wanted = {part.strip() for part in (shared_fields or "").split(",") if part.strip()}
    if not wanted & set(FIELD_KEYS):
        return DEFAULT_PARTNER_FIELDS
    return tuple(key for key in FIELD_KEYS if key in wanted)


def follows(
    partner_id: uuid.UUID,
    responsible_partner_id: uuid.UUID | None,
    counsellor_partner_id: uuid.UUID | None,
) -> bool:
    """The partner follows the dossier: as responsible partner or through its counsellor."""
    return partner_id in (responsible_partner_id, counsellor_partner_id)


def shareable(consents: Iterable[ConsentLike], partner_id: uuid.UUID, day: date) -> bool:
    """The dossier is shareable with the partner on `day`: a valid consent for it (the
    responsible partner is no exception; see the module text)."""
    return may_share(consents, partner_id, day)


def share_refusal(consents: Iterable[ConsentLike], partner_id: uuid.UUID, day: date) -> str | None:
    """None when the dossier is shareable with the partner on `day`; else why not, in Dutch
    ("geen toestemming", "toestemming verlopen op 31-01-2025", ...)."""
    mine = [c for c in consents if c.partner_id == partner_id]
    if any(consent_valid(c, partner_id, day) for c in mine):
        return None
    if not mine:
        return "geen toestemming"
    latest = max(mine, key=lambda c: c.given_on)
    return "toestemming " + consent_state(latest, day)


def refusal_text(refusals: Iterable[tuple[str, str]]) -> str:
    """'niet deelbaar met VDAB (geen toestemming), GTB (toestemming verlopen op ...)'."""
    parts = [f"{name} ({why})" for name, why in refusals]
    return "niet deelbaar met " + ", ".join(parts) if parts else ""
