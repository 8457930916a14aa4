"""The beleidsrapportage: every figure for a period and a set of municipalities.

All dossier figures are counted *as of a reference date* from the status history, so a
report for last semester does not change when a dossier changes today:

* a dossier's status on day D is the last StatusChange with ``effective_on <= D``
  (ties broken by ``changed_at``); before its first change it does not exist yet;
* **actief**: open (any status but afgesloten) on at least one day of the period: open
  on the first day, or moved to an open status during the period;
* **nieuw**: opened (``opened_on``) during the period; **afgesloten**: a change to
  afgesloten effective during the period;
* **status op de einddatum** and **kansengroepen** are counted over the active
  dossiers; age groups (jongere, 55-plusser) follow from the birth date on the end date,
  the other groups are the ones currently registered (they carry no history);
* municipalities are the client's (current) municipality;
* **uitstroom naar werk**: work exits that started in the period; **na 6/12 maanden**:
  exits whose 6-/12-month point falls in the period, with the follow-up recorded on or
  before the end date;
* **overlegmomenten** by their status, with the cancel reasons, and **actiepunten**:
  completed in the period; overdue on the end date (deadline before it, not completed by
  then, not dropped) — or on today for a period that has not ended yet. Meetings and their
  action points belong to no municipality, so these are always the figures of the whole
  region (labelled *hele regio* wherever municipalities are selected);
* **opvolging verlopen**: dossiers open on that same day whose follow-up date lies before
  it (the follow-up date carries no history: its current value);
* **inclusieve werkgevers**: services.partner_indicator on the end date, against 1 op 2;
* **activiteiten** (jobevents, jobdates, ...): the events that start in the period, with
  their participants and hires with a dossier from the selected municipalities; anonymous
  visitors, contacts, interviews and hires without a dossier belong to no municipality
  (*hele regio*). The writers print small counts of people as '< 5'
  (domain.actions.masked_count).

Quarterly trends cover the six quarters up to the one holding the end date. The draft
*inhoudelijke rapportering* per WSE priority is written from these figures; saved texts
(PeriodReportText, per period and code) take precedence.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Date, bindparam, select, text
from sqlalchemy.orm import Session

from kempen_desktop.db.models import Municipality
from kempen_desktop.documents.period_report_data import (
    ActionText,
    Count,
    PeriodReport,
    PeriodReportError,
    Trend,
)
from kempen_desktop.domain.kpi import followup
from kempen_desktop.domain.periods import overdue_reference, quarter_label, quarters_up_to
from kempen_desktop.domain.wse import WSE_CODES, WSE_TITLES
from kempen_desktop.services.actions.action_reports import report_lines
from kempen_desktop.services.actions.events import period_event_lines
from kempen_desktop.services.reports.history import History
from kempen_desktop.services.reports.period_texts import draft_texts, load_texts

__all__ = [
    "WSE_TITLES",
    "Count",
    "History",
    "PeriodReport",
    "PeriodReportError",
    "Trend",
    "compute",
    "municipality_codes",
]


def municipality_codes(session: Session, names: Iterable[str]) -> list[str]:
    """NIS codes for municipality names or codes; PeriodReportError for unknown ones."""
    wanted = [n.strip() for n in names if n.strip()]
    if not wanted:
        return []
    by_name = {
        name.casefold(): nis
        for nis, name in session.execute(select(Municipality.nis_code, Municipality.name))
    }
    codes = set(by_name.values())
    result = []
    for name in wanted:
        nis = name if name in codes else by_name.get(name.casefold())
        if nis is None:
            raise PeriodReportError(f"Onbekende gemeente: '{name}'.")
        result.append(nis)
    return list(dict.fromkeys(result))


def _labels(session: Session, table: str) -> dict[str, str]:
    return {
        code: label
        for code, label in session.execute(
            text(f"SELECT code, label FROM {table} ORDER BY sort_order")
        )
    }


def _group_counts(session: Session, history: History, nums: set[int], end: date) -> list[Count]:
    labels = _labels(session, "target_group")
    members = history.group_members(nums, end)
    return [
        Count(labels.get(code, code), len(members.get(code, [])), sorted(members.get(code, [])))
        for code in labels
    ]


def _followup(
    rows: list[tuple[Any, ...]], months: int, start: date, end: date
) -> tuple[int, int, int]:
    """Rows of History.exits -> the follow-up after `months` (domain.kpi.followup)."""
    if months == 6:
        return followup(((row[1], row[3], row[4]) for row in rows), 6, start, end)
    return followup(((row[1], row[5], row[6]) for row in rows), months, start, end)


def compute(
    session: Session,
    start: date,
    end: date,
    nis_codes: Sequence[str] = (),
    *,
    with_texts: bool = True,
    history: History | None = None,
    today: date | None = None,
) -> PeriodReport:
    """Every figure for the period; `history` may be one kept from an earlier call."""
    if end < start:
        raise PeriodReportError("De einddatum ligt vóór de begindatum.")
    day = today or date.today()
    history = history or History(session)
    scope = history.scope(nis_codes)
    s, e = start.isoformat(), end.isoformat()
    active = history.active_in(s, e, scope)
    new = history.new_in(s, e, scope)
    closed = history.closed_in(s, e, scope)
    open_end = history.open_on(e, scope)
    statuses = _labels(session, "dossier_status")
    by_status_nums: dict[str, list[int]] = {code: [] for code in statuses}
    for num in active:
        code = history.status_on(num, e)
        if code is not None:
            by_status_nums.setdefault(code, []).append(num)
    by_status = [Count(statuses.get(c, c), len(n), sorted(n)) for c, n in by_status_nums.items()]
    places = {
        nis: name for nis, name in session.execute(select(Municipality.nis_code, Municipality.name))
    }
    per_place: dict[str, list[int]] = {}
    for nums, index in ((active, 0), (new, 1), (closed, 2)):
        for num in nums:
            name = places.get(history.info[num][1] or "", "(onbekend)")
            per_place.setdefault(name, [0, 0, 0])[index] += 1
    by_municipality = sorted(
        ((name, counts[0], counts[1], counts[2]) for name, counts in per_place.items()),
        key=lambda row: (-row[1], row[0]),
    )
    contracts = _labels(session, "contract_type")
    exit_rows = history.exits_in(date.min, date.max, scope)
    in_period = history.exits_in(start, end, scope)
    by_contract: dict[str, list[int]] = {}
    for row in in_period:
        by_contract.setdefault(contracts.get(row[2] or "", "onbekend"), []).append(row[0])
    meetings, cancelled = _meetings(session, start, end)
    reference = overdue_reference(end, day)
    done, overdue, open_actions = _actions(session, start, end, reference)
    follow_ups = _overdue_follow_ups(session, history, reference, scope)
    employers, engaged, inclusive_rows = _inclusive(session, end, nis_codes)
    trends = []
    for q_start, q_end in quarters_up_to(end):
        key = (q_start, q_end, tuple(sorted(nis_codes)))
        trend = history.trend_memo.get(key)
        if trend is None:
            qs, qe = q_start.isoformat(), q_end.isoformat()
            trend = Trend(
                quarter_label(q_start),
                len(history.active_in(qs, qe, scope)),
                len(history.new_in(qs, qe, scope)),
                len(history.closed_in(qs, qe, scope)),
                sum(1 for row in exit_rows if q_start <= row[1] <= q_end),
            )
            history.trend_memo[key] = trend
        trends.append(trend)
    report = PeriodReport(
        start=start,
        end=end,
        municipalities=[places.get(n, n) for n in nis_codes],
        nis_codes=list(nis_codes),
        active=Count("Actieve dossiers", len(active), sorted(active)),
        open_at_end=Count("Lopend op de einddatum", len(open_end), sorted(open_end)),
        new=Count("Nieuwe dossiers", len(new), sorted(new)),
        closed=Count("Afgesloten dossiers", len(closed), sorted(closed)),
        by_status=by_status,
        by_group=_group_counts(session, history, active, end),
        by_municipality=by_municipality,
        exits=Count("Uitstroom naar werk", len(in_period), sorted({row[0] for row in in_period})),
        exits_by_contract=[
            Count(label, len(nums), sorted(set(nums)))
            for label, nums in sorted(by_contract.items(), key=lambda i: -len(i[1]))
        ],
        followup_6m=_followup(exit_rows, 6, start, end),
        followup_12m=_followup(exit_rows, 12, start, end),
        meetings=meetings,
        cancelled=cancelled,
        actions_done=done,
        actions_overdue=overdue,
        actions_open=open_actions,
        employers=employers,
        employers_engaged=engaged,
        inclusive_by_municipality=inclusive_rows,
        trends=trends,
        overdue_on=reference,
        follow_ups_overdue=follow_ups,
        events=period_event_lines(session, start, end, scope),
    )
    report.drafts = draft_texts(report)
    if with_texts:
        saved = load_texts(session, start, end)
        report.texts = {code: saved.get(code) or report.drafts[code] for code in WSE_CODES}
        report.action_texts = action_texts(session, start, end)
    else:
        report.texts = dict(report.drafts)
    return report


def _meetings(
    session: Session, start: date, end: date
) -> tuple[dict[str, int], list[tuple[date, str, str]]]:
    counts = {"gehouden": 0, "geannuleerd": 0, "verplaatst": 0, "gepland": 0}
    cancelled = []
    upper = (end + timedelta(days=1)).isoformat()
    for starts, title, status, reason in session.execute(
        text(
            "SELECT starts_at, title, status, cancel_reason FROM meeting "
            "WHERE starts_at >= :s AND starts_at < :e "
            "ORDER BY starts_at"
        ),
        {"s": start.isoformat(), "e": upper},
    ):
        counts[status] = counts.get(status, 0) + 1
        if status == "geannuleerd":
            cancelled.append((date.fromisoformat(str(starts)[:10]), title, reason or ""))
    return counts, cancelled


def _actions(
    session: Session, start: date, end: date, reference: date | None = None
) -> tuple[int, int, int]:
    """(completed in the period, overdue on `reference`, open on the end date), region-wide."""
    s, e = start.isoformat(), end.isoformat()
    r = (reference or end).isoformat()
    done = overdue = open_actions = 0
    for status, deadline, completed, created in session.execute(
        text(
            "SELECT status, deadline, completed_on, substr(CAST(created_at AS TEXT), 1, 10) "
            "FROM action_point"
        )
    ):
        completed_text = str(completed) if completed is not None else None
        if completed_text is not None and s <= completed_text <= e:
            done += 1
        if status == "vervallen" or (completed_text is not None and completed_text <= e):
            continue
        if created is not None and str(created) > e:
            continue
        open_actions += 1
        if deadline is not None and str(deadline) < r:
            overdue += 1
    return done, overdue, open_actions


def _overdue_follow_ups(
    session: Session, history: History, day: date, scope: set[int] | None
) -> list[int]:
    """Dossiers open on `day` whose follow-up date lies before it."""
    due = set(
        session.scalars(
            # a typed date parameter: ISO text on SQLite, a date on PostgreSQL
            text("SELECT num FROM dossier WHERE follow_up_on < :day").bindparams(
                bindparam("day", type_=Date())
            ),
            {"day": day},
        )
    )
    return sorted(due & history.open_on(day.isoformat(), scope))


def _inclusive(
    session: Session, end: date, nis_codes: Sequence[str]
) -> tuple[int, int, list[tuple[str, int, int]]]:
    from kempen_desktop.services.partners.partner_indicator import indicator

    result = indicator(session, end)
    rows = [r for r in result.rows if not nis_codes or r.municipality_nis in nis_codes]
    employers = sum(r.employers for r in rows)
    engaged = sum(r.engaged for r in rows)
    return employers, engaged, [(r.municipality, r.employers, r.engaged) for r in rows]


def action_texts(session: Session, start: date, end: date) -> dict[str, list[ActionText]]:
    """Per WSE code, the policy actions and their text of the period (saved, else the draft)."""
    return {
        code: [
            ActionText(
                line.code,
                line.short_description,
                line.status,
                line.starts_on,
                line.ends_on,
                line.priority,
                line.text,
                line.saved,
            )
            for line in lines
        ]
        for code, lines in report_lines(session, start, end).items()
    }
