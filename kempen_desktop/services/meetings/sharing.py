"""Which dossiers of a meeting may be shared with which partner: the rule of
domain.consent (`shareable`: a valid consent for that partner on the meeting's day),
applied to the meeting's invited partners and to a set of dossiers in a few queries.

Used by the agenda rules (only dossiers shareable with every invited partner are proposed),
the per-partner minutes, and available to vergadermodus for its banner.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from kempen_desktop.db.models import Consent, ContactPerson, Dossier, MeetingParticipant, Partner
from kempen_desktop.domain.consent import follows, refusal_text, share_refusal

CHUNK = 500


def invited_partners(session: Session, meeting_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
    """(id, name) of the partners invited to the meeting, by name, each once."""
    rows = session.execute(
        select(Partner.id, Partner.name)
        .join(MeetingParticipant, MeetingParticipant.partner_id == Partner.id)
        .where(MeetingParticipant.meeting_id == meeting_id)
        .distinct()
        .order_by(Partner.name)
    ).all()
    return [(partner_id, name) for partner_id, name in rows]


def _consents(
    session: Session, dossier_ids: Sequence[uuid.UUID], partner_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[Consent]]:
    found: dict[uuid.UUID, list[Consent]] = defaultdict(list)
    for start in range(0, len(dossier_ids), CHUNK):
        for consent in session.scalars(
            select(Consent).where(
                Consent.dossier_id.in_(list(dossier_ids[start : start + CHUNK])),
                Consent.partner_id.in_(list(partner_ids)),
            )
        ):
            found[consent.dossier_id].append(consent)
    return found


def refusals(
    session: Session,
    dossier_ids: Iterable[uuid.UUID],
    partners: Sequence[tuple[uuid.UUID, str]],
    day: date,
) -> dict[uuid.UUID, list[tuple[str, str]]]:
    """Per dossier that is NOT shareable with one or more of the partners on `day`: the
    (partner name, reason) pairs. Dossiers shareable with all of them are absent."""
    ids = list(dict.fromkeys(dossier_ids))
    if not ids or not partners:
        return {}
    consents = _consents(session, ids, [pid for pid, _name in partners])
    result: dict[uuid.UUID, list[tuple[str, str]]] = {}
    for dossier_id in ids:
        problems = []
        for partner_id, name in partners:
            why = share_refusal(consents.get(dossier_id, []), partner_id, day)
            if why is not None:
                problems.append((name, why))
        if problems:
            result[dossier_id] = problems
    return result


def refusal_texts(
    session: Session,
    dossier_ids: Iterable[uuid.UUID],
    partners: Sequence[tuple[uuid.UUID, str]],
    day: date,
) -> dict[uuid.UUID, str]:
    """Per non-shareable dossier: 'niet deelbaar met VDAB (geen toestemming), ...'."""
    return {
        dossier_id: refusal_text(problems)
        for dossier_id, problems in refusals(session, dossier_ids, partners, day).items()
    }


def shareable_with(
    session: Session, partner_id: uuid.UUID, dossier_ids: Iterable[uuid.UUID], day: date
) -> set[uuid.UUID]:
    """Which of these dossiers are shareable with this one partner on `day`."""
    ids = list(dict.fromkeys(dossier_ids))
    refused = refusals(session, ids, [(partner_id, "")], day)
    return {dossier_id for dossier_id in ids if dossier_id not in refused}


def followed_by_any(
    session: Session, partner_ids: Sequence[uuid.UUID], dossier_ids: Iterable[uuid.UUID]
) -> set[uuid.UUID]:
    """Which of these dossiers one of the partners follows (domain.consent.follows)."""
    ids = list(dict.fromkeys(dossier_ids))
    if not ids or not partner_ids:
        return set()
    counsellor = aliased(ContactPerson)
    found: set[uuid.UUID] = set()
    for start in range(0, len(ids), CHUNK):
        for dossier_id, responsible, via in session.execute(
            select(Dossier.id, Dossier.responsible_partner_id, counsellor.partner_id)
            .outerjoin(counsellor, counsellor.id == Dossier.counsellor_id)
            .where(Dossier.id.in_(ids[start : start + CHUNK]))
        ):
            if any(follows(pid, responsible, via) for pid in partner_ids):
                found.add(dossier_id)
    return found


def agenda_refusals(session: Session, meeting_id: uuid.UUID) -> dict[uuid.UUID, str]:
    """The meeting's agenda dossiers not shareable with every invited partner on its day."""
    from kempen_desktop.db.models import AgendaItem, Meeting

    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        return {}
    dossier_ids = [
        d
        for d in session.scalars(
            select(AgendaItem.dossier_id).where(
                AgendaItem.meeting_id == meeting_id, AgendaItem.dossier_id.is_not(None)
            )
        )
        if d is not None
    ]
    partners = invited_partners(session, meeting_id)
    return refusal_texts(session, dossier_ids, partners, meeting.starts_at.date())
