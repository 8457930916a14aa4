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
* **overlegmomenten** (all municipalities) by their status, with the cancel reasons;
* **actiepunten**: completed in the period; overdue on the end date (deadline before it,
  not completed by then, not dropped) — or on today for a period that has not ended yet;
* **inclusieve werkgevers**: services.partner_indicator on the end date, against 1 op 2.

Quarterly trends cover the six quarters up to the one holding the end date. The draft
*inhoudelijke rapportering* per WSE priority is written from these figures; saved texts
(PeriodReportText, per period and code) take precedence.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from kempen_desktop.db.models import Municipality, PeriodReportText
from kempen_desktop.db.models.activity import WSE_CODES
from kempen_desktop.domain.dates import add_months, quarter_start
from kempen_desktop.domain.target_groups import JONGERE, PLUS55, age_based_groups
from kempen_desktop.services.common import audit
from kempen_desktop.services.common.database import Database

CLOSED = "afgesloten"
WSE_TITLES = {
    "WSE-LR1": "WSE-LR1 — Opnemen van de regierol sociale economie en werk",
    "WSE-LR2": "WSE-LR2 — Tewerkstelling van personen met een afstand tot de arbeidsmarkt",
    "WSE-LR3": "WSE-LR3 — Ondernemerschap, sociale economie en maatschappelijk verantwoord ondernemen",
    "WSE-LR4": "WSE-LR4 — Partnerschappen en de samenwerking met VDAB",
}


class PeriodReportError(ValueError):
    """A Dutch message for the user."""


# --- periods ------------------------------------------------------------------------------

def semester_of(day: date) -> tuple[date, date]:
    return (date(day.year, 1, 1), date(day.year, 6, 30)) if day.month <= 6 else \
        (date(day.year, 7, 1), date(day.year, 12, 31))


def previous_semester(day: date) -> tuple[date, date]:
    start, _end = semester_of(day)
    return semester_of(start - timedelta(days=1))


def quarter_of(day: date) -> tuple[date, date]:
    start = quarter_start(day)
    return start, add_months(start, 3) - timedelta(days=1)


def quarters_up_to(day: date, count: int = 6) -> list[tuple[date, date]]:
    quarters = [quarter_of(day)]
    while len(quarters) < count:
        quarters.insert(0, quarter_of(quarters[0][0] - timedelta(days=1)))
    return quarters


def quarter_label(start: date) -> str:
    return f"K{(start.month - 1) // 3 + 1} {start.year}"


def period_label(start: date, end: date) -> str:
    if (start, end) == semester_of(start):
        return f"{'eerste' if start.month == 1 else 'tweede'} semester {start.year}"
    if (start, end) == (date(start.year, 1, 1), date(start.year, 12, 31)):
        return f"jaar {start.year}"
    if (start, end) == quarter_of(start):
        return quarter_label(start).replace("K", "kwartaal ")
    return f"{start:%d-%m-%Y} – {end:%d-%m-%Y}"


# --- the dossier history, loaded once -------------------------------------------------------

class History:
    """Everything the counts need, loaded once: the status history of every dossier, its
    opening date, municipality, birth date, registered target groups and exits to work.

    Dates are kept as ISO strings (as SQLite stores them): comparing them is the same as
    comparing dates, and no conversion is needed for 100,000 dossiers. Open periods are
    kept as spans [first open day, closing day), so "active in a period" is one pass.
    The dashboard keeps one History and counts any period and municipality from it.
    """

    def __init__(self, session: Session) -> None:
        # The DB-API cursor directly: several times faster than ORM rows for 100,000 dossiers.
        cursor: Any = session.connection().connection.cursor()
        self.info: dict[int, tuple[str, str | None, str | None]] = {}
        ids: dict[str, int] = {}
        current: dict[int, str] = {}
        # Two plain scans joined here: SQLite's join on the UUID key takes ten times longer.
        cursor.execute("SELECT id, municipality_nis, birth_date FROM person")
        persons = {person_id: (nis, birth) for person_id, nis, birth in cursor}
        cursor.execute("SELECT num, id, opened_on, person_id, status_code FROM dossier")
        for num, dossier_id, opened, person_id, status in cursor:
            nis, birth = persons.get(person_id, (None, None))
            self.info[num] = (opened, nis, birth)
            ids[dossier_id] = num
            current[num] = status
        self.ids = ids
        rows: dict[int, list[tuple[str, str, str]]] = {}
        cursor.execute("SELECT dossier_id, effective_on, changed_at, to_code FROM status_change")
        for dossier_id, effective, changed, to_code in cursor:
            num = ids.get(dossier_id)
            if num is not None:
                found = rows.get(num)
                if found is None:
                    rows[num] = [(effective, changed, to_code)]
                else:
                    found.append((effective, changed, to_code))
        self.days: dict[int, list[str]] = {}
        self.codes: dict[int, list[str]] = {}
        spans: list[tuple[str, str, int]] = []
        closes: list[tuple[str, int]] = []
        for num, (opened, _nis, _birth) in self.info.items():
            changes = rows.get(num)
            if changes is None:  # no history recorded: the current status since opening
                changes = [(opened, "", current[num])]
            elif len(changes) > 1:
                changes.sort()
            days = [c[0] for c in changes]
            codes = [c[2] for c in changes]
            self.days[num] = days
            self.codes[num] = codes
            open_from: str | None = None
            for day, code in zip(days, codes, strict=True):
                if code == CLOSED:
                    closes.append((day, num))
                    if open_from is not None:
                        spans.append((open_from, day, num))
                        open_from = None
                elif open_from is None:
                    open_from = day
            if open_from is not None:
                spans.append((open_from, "9999-12-31", num))
        self.spans = spans
        closes.sort()
        self.closes = closes
        self.opens = sorted((opened, num) for num, (opened, _n, _b) in self.info.items())
        self.groups: dict[str, set[int]] = {}
        cursor.execute("SELECT dossier_id, target_group_code FROM dossier_target_group "
                       "WHERE target_group_code NOT IN ('jongere', '55plus')")
        for dossier_id, code in cursor:
            num = ids.get(dossier_id)
            if num is not None:
                self.groups.setdefault(code, set()).add(num)
        self.exits: list[tuple[int, date, str | None, Any, Any, Any, Any]] = []
        cursor.execute("SELECT dossier_id, started_on, contract_type_code, followup_6m_on, still_working_6m, "
                       "followup_12m_on, still_working_12m FROM work_exit")
        for dossier_id, started, contract, on6, still6, on12, still12 in cursor:
            num = ids.get(dossier_id)
            if num is not None:
                self.exits.append((num, date.fromisoformat(str(started)[:10]), contract, on6,
                                   None if still6 is None else bool(still6), on12,
                                   None if still12 is None else bool(still12)))
        cursor.close()
        # Quarter figures by (start, end, municipalities): the dashboard asks for the same
        # quarters again when only the period or the municipalities change.
        self.trend_memo: dict[tuple[date, date, tuple[str, ...]], Trend] = {}

    def scope(self, nis_codes: Sequence[str]) -> set[int] | None:
        """The dossiers of these municipalities; None = all."""
        if not nis_codes:
            return None
        wanted = set(nis_codes)
        return {num for num, (_o, nis, _b) in self.info.items() if nis in wanted}

    def status_on(self, num: int, day: str) -> str | None:
        index = bisect.bisect_right(self.days[num], day)
        return self.codes[num][index - 1] if index else None

    def active_in(self, start: str, end: str, scope: set[int] | None = None) -> set[int]:
        found = {num for first, closed, num in self.spans if first <= end and closed > start}
        return found if scope is None else found & scope

    def open_on(self, day: str, scope: set[int] | None = None) -> set[int]:
        found = {num for first, closed, num in self.spans if first <= day < closed}
        return found if scope is None else found & scope

    def new_in(self, start: str, end: str, scope: set[int] | None = None) -> set[int]:
        lo = bisect.bisect_left(self.opens, (start, -1))
        hi = bisect.bisect_right(self.opens, (end, 1 << 62))
        found = {num for _day, num in self.opens[lo:hi]}
        return found if scope is None else found & scope

    def closed_in(self, start: str, end: str, scope: set[int] | None = None) -> set[int]:
        lo = bisect.bisect_left(self.closes, (start, -1))
        hi = bisect.bisect_right(self.closes, (end, 1 << 62))
        found = {num for _day, num in self.closes[lo:hi]}
        return found if scope is None else found & scope

    def exits_in(self, start: date, end: date, scope: set[int] | None = None) -> list[tuple[Any, ...]]:
        return [row for row in self.exits if start <= row[1] <= end and (scope is None or row[0] in scope)]

    def group_members(self, nums: set[int], end: date) -> dict[str, list[int]]:
        """Target group code -> dossiers among `nums`; age groups from the birth date on `end`."""
        members = {code: sorted(found & nums) for code, found in self.groups.items()}
        members[JONGERE] = []
        members[PLUS55] = []
        for num in nums:
            birth = self.info[num][2]
            if birth:
                for code in age_based_groups(date.fromisoformat(str(birth)[:10]), end):
                    members[code].append(num)
        return members


# --- the report -------------------------------------------------------------------------------

@dataclass
class Count:
    label: str
    count: int
    nums: list[int] = field(default_factory=list, repr=False)


@dataclass
class Trend:
    label: str
    active: int
    new: int
    closed: int
    exits: int


@dataclass
class PeriodReport:
    start: date
    end: date
    municipalities: list[str]  # names; empty: all
    nis_codes: list[str]
    active: Count
    open_at_end: Count
    new: Count
    closed: Count
    by_status: list[Count]
    by_group: list[Count]
    by_municipality: list[tuple[str, int, int, int]]  # name, active, new, closed
    exits: Count
    exits_by_contract: list[Count]
    followup_6m: tuple[int, int, int]  # due, checked, still working
    followup_12m: tuple[int, int, int]
    meetings: dict[str, int]  # gehouden, geannuleerd, verplaatst, gepland
    cancelled: list[tuple[date, str, str]]  # date, title, reason
    actions_done: int
    actions_overdue: int
    actions_open: int
    employers: int
    employers_engaged: int
    inclusive_by_municipality: list[tuple[str, int, int]]
    trends: list[Trend]
    drafts: dict[str, str] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)  # saved, or the draft when none
    overdue_on: date | None = None  # the day actions_overdue is counted on (see overdue_reference)

    @property
    def label(self) -> str:
        return period_label(self.start, self.end)

    @property
    def scope_label(self) -> str:
        return ", ".join(self.municipalities) if self.municipalities else "alle gemeenten"

    @property
    def inclusive_share(self) -> float | None:
        return self.employers_engaged / self.employers if self.employers else None

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("active", "open_at_end", "new", "closed", "exits"):
            data[key] = data[key]["count"]
        for key in ("by_status", "by_group", "exits_by_contract"):
            data[key] = {c["label"]: c["count"] for c in data[key]}
        data["inclusive_share"] = self.inclusive_share
        return data


def municipality_codes(session: Session, names: Iterable[str]) -> list[str]:
    """NIS codes for municipality names or codes; PeriodReportError for unknown ones."""
    wanted = [n.strip() for n in names if n.strip()]
    if not wanted:
        return []
    by_name = {name.casefold(): nis for nis, name in session.execute(select(Municipality.nis_code,
                                                                          Municipality.name))}
    codes = set(by_name.values())
    result = []
    for name in wanted:
        nis = name if name in codes else by_name.get(name.casefold())
        if nis is None:
            raise PeriodReportError(f"Onbekende gemeente: '{name}'.")
        result.append(nis)
    return list(dict.fromkeys(result))


def _labels(session: Session, table: str) -> dict[str, str]:
    return {code: label for code, label in session.execute(
        text(f"SELECT code, label FROM {table} ORDER BY sort_order"))}


def _group_counts(session: Session, history: History, nums: set[int], end: date) -> list[Count]:
    labels = _labels(session, "target_group")
    members = history.group_members(nums, end)
    return [Count(labels.get(code, code), len(members.get(code, [])), sorted(members.get(code, [])))
            for code in labels]


def _followup(rows: list[tuple[Any, ...]], months: int, start: date, end: date) -> tuple[int, int, int]:
    due = checked = still = 0
    end_text = end.isoformat()
    for num, started, _contract, on6, still6, on12, still12 in rows:
        del num
        on, result = (on6, still6) if months == 6 else (on12, still12)
        point = add_months(started, months)
        if not start <= point <= end:
            continue
        due += 1
        if result is not None and (on is None or str(on) <= end_text):
            checked += 1
            still += 1 if result else 0
    return due, checked, still


def build_report(database: Database, start: date, end: date, nis_codes: Sequence[str] = (),
                 *, with_texts: bool = True, today: date | None = None) -> PeriodReport:
    if end < start:
        raise PeriodReportError("De einddatum ligt vóór de begindatum.")
    with database.session() as session:
        return compute(session, start, end, nis_codes, with_texts=with_texts, today=today)


def overdue_reference(end: date, today: date | None = None) -> date:
    """The day "over de deadline" is counted on: the end date, or today for a period that
    has not ended yet (an action point due next week is not overdue)."""
    return min(end, today or date.today())


def compute(session: Session, start: date, end: date, nis_codes: Sequence[str] = (), *,
            with_texts: bool = True, history: History | None = None, today: date | None = None) -> PeriodReport:
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
    places = {nis: name for nis, name in session.execute(select(Municipality.nis_code, Municipality.name))}
    per_place: dict[str, list[int]] = {}
    for nums, index in ((active, 0), (new, 1), (closed, 2)):
        for num in nums:
            name = places.get(history.info[num][1] or "", "(onbekend)")
            per_place.setdefault(name, [0, 0, 0])[index] += 1
    by_municipality = sorted(((name, counts[0], counts[1], counts[2]) for name, counts in per_place.items()),
                             key=lambda row: (-row[1], row[0]))
    contracts = _labels(session, "contract_type")
    exit_rows = history.exits_in(date.min, date.max, scope)
    in_period = history.exits_in(start, end, scope)
    by_contract: dict[str, list[int]] = {}
    for row in in_period:
        by_contract.setdefault(contracts.get(row[2] or "", "onbekend"), []).append(row[0])
    meetings, cancelled = _meetings(session, start, end)
    done, overdue, open_actions = _actions(session, start, end, overdue_reference(end, today))
    employers, engaged, inclusive_rows = _inclusive(session, end, nis_codes)
    trends = []
    for q_start, q_end in quarters_up_to(end):
        key = (q_start, q_end, tuple(sorted(nis_codes)))
        trend = history.trend_memo.get(key)
        if trend is None:
            qs, qe = q_start.isoformat(), q_end.isoformat()
            trend = Trend(quarter_label(q_start), len(history.active_in(qs, qe, scope)),
                          len(history.new_in(qs, qe, scope)), len(history.closed_in(qs, qe, scope)),
                          sum(1 for row in exit_rows if q_start <= row[1] <= q_end))
            history.trend_memo[key] = trend
        trends.append(trend)
    report = PeriodReport(
        start=start, end=end, municipalities=[places.get(n, n) for n in nis_codes], nis_codes=list(nis_codes),
        active=Count("Actieve dossiers", len(active), sorted(active)),
        open_at_end=Count("Lopend op de einddatum", len(open_end), sorted(open_end)),
        new=Count("Nieuwe dossiers", len(new), sorted(new)),
        closed=Count("Afgesloten dossiers", len(closed), sorted(closed)),
        by_status=by_status, by_group=_group_counts(session, history, active, end),
        by_municipality=by_municipality,
        exits=Count("Uitstroom naar werk", len(in_period), sorted({row[0] for row in in_period})),
        exits_by_contract=[Count(label, len(nums), sorted(set(nums)))
                           for label, nums in sorted(by_contract.items(), key=lambda i: -len(i[1]))],
        followup_6m=_followup(exit_rows, 6, start, end), followup_12m=_followup(exit_rows, 12, start, end),
        meetings=meetings, cancelled=cancelled, actions_done=done, actions_overdue=overdue,
        actions_open=open_actions, employers=employers, employers_engaged=engaged,
        inclusive_by_municipality=inclusive_rows, trends=trends, overdue_on=overdue_reference(end, today),
    )
    report.drafts = draft_texts(report)
    if with_texts:
        saved = load_texts(session, start, end)
        report.texts = {code: saved.get(code) or report.drafts[code] for code in WSE_CODES}
    else:
        report.texts = dict(report.drafts)
    return report


def _meetings(session: Session, start: date, end: date) -> tuple[dict[str, int], list[tuple[date, str, str]]]:
    counts = {"gehouden": 0, "geannuleerd": 0, "verplaatst": 0, "gepland": 0}
    cancelled = []
    upper = (end + timedelta(days=1)).isoformat()
    for starts, title, status, reason in session.execute(text(
            "SELECT starts_at, title, status, cancel_reason FROM meeting WHERE starts_at >= :s AND starts_at < :e "
            "ORDER BY starts_at"), {"s": start.isoformat(), "e": upper}):
        counts[status] = counts.get(status, 0) + 1
        if status == "geannuleerd":
            cancelled.append((date.fromisoformat(str(starts)[:10]), title, reason or ""))
    return counts, cancelled


def _actions(session: Session, start: date, end: date, reference: date | None = None) -> tuple[int, int, int]:
    s, e = start.isoformat(), end.isoformat()
    r = (reference or end).isoformat()
    done = session.execute(text(
        "SELECT count(*) FROM action_point WHERE completed_on >= :s AND completed_on <= :e"), {"s": s, "e": e}
    ).scalar_one()
    not_done_at_end = ("status != 'vervallen' AND (completed_on IS NULL OR completed_on > :e) "
                       "AND substr(created_at, 1, 10) <= :e")
    overdue = session.execute(text(
        f"SELECT count(*) FROM action_point WHERE deadline < :r AND {not_done_at_end}"), {"e": e, "r": r}
    ).scalar_one()
    open_actions = session.execute(text(
        f"SELECT count(*) FROM action_point WHERE {not_done_at_end}"), {"e": e}).scalar_one()
    return int(done), int(overdue), int(open_actions)


def _inclusive(session: Session, end: date, nis_codes: Sequence[str]) -> tuple[int, int, list[tuple[str, int, int]]]:
    from kempen_desktop.services.partners.partner_indicator import indicator

    result = indicator(session, end)
    rows = [r for r in result.rows if not nis_codes or r.municipality_nis in nis_codes]
    employers = sum(r.employers for r in rows)
    engaged = sum(r.engaged for r in rows)
    return employers, engaged, [(r.municipality, r.employers, r.engaged) for r in rows]


# --- texts --------------------------------------------------------------------------------------

def _pct(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "—"


def draft_texts(r: PeriodReport) -> dict[str, str]:
    """A first version of the inhoudelijke rapportering per WSE priority, from the figures."""
    scope = "de regio" if not r.municipalities else ", ".join(r.municipalities)
    top_groups = sorted((c for c in r.by_group if c.count), key=lambda c: -c.count)[:3]
    groups = ", ".join(f"{c.label.split(' (')[0].lower()} ({c.count})" for c in top_groups) or "geen"
    held, cancelled, moved = r.meetings.get("gehouden", 0), r.meetings.get("geannuleerd", 0), \
        r.meetings.get("verplaatst", 0)
    lr1 = (f"In het {r.label} volgde de regisseur in {scope} {r.active.count} dossiers op van mensen met een "
           f"afstand tot de arbeidsmarkt; {r.new.count} dossiers werden nieuw aangemeld en {r.closed.count} "
           f"afgesloten. Op {r.end:%d-%m-%Y} liepen er nog {r.open_at_end.count} dossiers. "
           f"Er vonden {held} overlegmomenten plaats")
    if cancelled or moved:
        lr1 += f"; {cancelled} werden geannuleerd en {moved} verplaatst"
    lr1 += (f". Van de actiepunten werden er {r.actions_done} afgerond in deze periode; op de einddatum "
            f"stonden er {r.actions_open} open, waarvan {r.actions_overdue} over de deadline.")
    due6, checked6, still6 = r.followup_6m
    _due12, checked12, still12 = r.followup_12m
    lr2 = (f"{r.exits.count} personen stroomden in deze periode uit naar werk. De meest vertegenwoordigde "
           f"kansengroepen onder de actieve dossiers waren: {groups}.")
    if checked6:
        lr2 += f" Na 6 maanden was {_pct(still6, checked6)} van de opgevolgde werknemers nog aan het werk " \
               f"({still6} van {checked6})."
    elif due6:
        lr2 += f" Voor {due6} uitstromers viel de opvolging na 6 maanden in deze periode; die is nog niet geregistreerd."
    if checked12:
        lr2 += f" Na 12 maanden was dat {_pct(still12, checked12)} ({still12} van {checked12})."
    share = r.inclusive_share
    lr3 = (f"Op {r.end:%d-%m-%Y} engageerden {r.employers_engaged} van de {r.employers} gekende werkgevers zich "
           f"als inclusieve werkgever of opdrachtgever ({_pct(r.employers_engaged, r.employers)}); "
           + ("daarmee is de doelstelling van 1 op 2 bereikt." if share is not None and share >= 0.5 else
              "de doelstelling is 1 op 2 werkgevers."))
    lr4 = (f"De samenwerking met VDAB en de lokale partners kreeg vorm in {held} gehouden overlegmomenten "
           f"(cliëntoverleg en dossierbesprekingen).")
    if r.cancelled:
        reasons = "; ".join(f"{d:%d-%m-%Y}: {reason or 'geen reden opgegeven'}" for d, _t, reason in r.cancelled[:5])
        lr4 += f" Geannuleerde overlegmomenten: {reasons}."
    return {"WSE-LR1": lr1, "WSE-LR2": lr2, "WSE-LR3": lr3, "WSE-LR4": lr4}


def load_texts(session: Session, start: date, end: date) -> dict[str, str]:
    return {code: text_ for code, text_ in session.execute(
        select(PeriodReportText.wse_code, PeriodReportText.text)
        .where(PeriodReportText.period_start == start, PeriodReportText.period_end == end))}


def save_texts(database: Database, start: date, end: date, texts: dict[str, str]) -> None:
    """Save the edited texts of the period (one row per WSE code); audited."""
    unknown = set(texts) - set(WSE_CODES)
    if unknown:
        raise PeriodReportError(f"Onbekende WSE-code: {', '.join(sorted(unknown))}.")
    with database.transaction() as session:
        existing = {row.wse_code: row for row in session.scalars(
            select(PeriodReportText).where(PeriodReportText.period_start == start,
                                           PeriodReportText.period_end == end))}
        for code, value in texts.items():
            row = existing.get(code)
            if row is None:
                session.add(PeriodReportText(period_start=start, period_end=end, wse_code=code, text=value))
            elif row.text != value:
                row.text = value
        audit.record(session, "period_report.texts", "period_report_text", "",
                     f"{start.isoformat()}..{end.isoformat()}: {', '.join(sorted(texts))}")


def record_output(database: Database, report: PeriodReport, kind: str) -> None:
    with database.transaction() as session:
        audit.record(session, f"export.{kind}", "period_report", "",
                     f"{report.start.isoformat()}..{report.end.isoformat()}; "
                     f"{len(report.nis_codes) or 'alle'} gemeente(n)")
