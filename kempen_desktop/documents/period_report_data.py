"""The figures of a beleidsrapportage as plain data (what the dashboard, the writers in
documents/period_report_pdf.py and period_report_xlsx.py, and the CLI receive), computed in
services/reports/period_report.py. Here, below services, so the writers need nothing above
documents/ and domain/."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from kempen_desktop.domain.kpi import share
from kempen_desktop.domain.periods import period_label
from kempen_desktop.domain.texts import dutch_list


class PeriodReportError(ValueError):
    """A Dutch message for the user."""


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


@dataclass(frozen=True)
class ActionText:
    """The inhoudelijke rapportering of one policy action, printed under its WSE priority."""

    code: str
    short_description: str
    status: str  # the label
    starts_on: date | None
    ends_on: date | None
    priority: bool
    text: str
    saved: bool  # False: the generated draft

    @property
    def title(self) -> str:
        return f"{self.code} {self.short_description}"

    @property
    def facts(self) -> str:
        """'Status: In uitvoering · start 01-01-2023 · prioritair' (what the reader checks)."""
        parts = [f"Status: {self.status}"]
        if self.starts_on:
            parts.append(f"start {self.starts_on:%d-%m-%Y}")
        if self.ends_on:
            parts.append(f"einde {self.ends_on:%d-%m-%Y}")
        if self.priority:
            parts.append("prioritair")
        if not self.saved:
            parts.append("ontwerptekst")
        return " · ".join(parts)


@dataclass(frozen=True)
class EventLine:
    """One event (jobevent, jobdate, ...) held in the period, with its figures.

    `dossiers` and `hires` count participants with a dossier, within the report's
    municipalities; `visitors`, `contacts`, `interviews` and `other_hires` carry no dossier
    and so belong to no municipality (the whole region's, labelled so where municipalities
    are selected)."""

    held_on: date
    ends_on: date | None
    kind: str  # the label: Jobevent, Jobdate, ...
    title: str
    location: str
    organisers: str  # the organising partners' names, ', '-joined
    dossiers: int  # attended, with a dossier
    visitors: int  # anonymous visitors
    contacts: int
    interviews: int
    hires: int  # hires of participants with a dossier
    other_hires: int  # hires of visitors without a dossier

    @property
    def participants(self) -> int:
        return self.dossiers + self.visitors

    @property
    def all_hires(self) -> int:
        return self.hires + self.other_hires

    @property
    def dates(self) -> str:
        """'25-10-2024' or '24-10-2024 – 25-10-2024'."""
        if self.ends_on and self.ends_on != self.held_on:
            return f"{self.held_on:%d-%m-%Y} – {self.ends_on:%d-%m-%Y}"
        return f"{self.held_on:%d-%m-%Y}"


@dataclass(frozen=True)
class EventTotals:
    events: int
    dossiers: int
    visitors: int
    contacts: int
    interviews: int
    hires: int
    other_hires: int

    @property
    def participants(self) -> int:
        return self.dossiers + self.visitors

    @property
    def all_hires(self) -> int:
        return self.hires + self.other_hires


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
    follow_ups_overdue: list[int] = field(default_factory=list)  # open, follow-up before overdue_on
    #: Per WSE code, the policy actions with their inhoudelijke rapportering of the period.
    action_texts: dict[str, list[ActionText]] = field(default_factory=dict)
    #: The events held (started) in the period, by date (issue 16).
    events: list[EventLine] = field(default_factory=list)

    @property
    def event_totals(self) -> EventTotals:
        e = self.events
        return EventTotals(
            len(e),
            sum(x.dossiers for x in e),
            sum(x.visitors for x in e),
            sum(x.contacts for x in e),
            sum(x.interviews for x in e),
            sum(x.hires for x in e),
            sum(x.other_hires for x in e),
        )

    @property
    def label(self) -> str:
        return period_label(self.start, self.end)

    @property
    def scope_label(self) -> str:
        return dutch_list(self.municipalities) if self.municipalities else "alle gemeenten"

    @property
    def regional_note(self) -> str:
        """'hele regio' for figures that cannot follow a municipality selection ('' without one)."""
        return "hele regio" if self.municipalities else ""

    @property
    def inclusive_share(self) -> float | None:
        return share(self.employers_engaged, self.employers)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("active", "open_at_end", "new", "closed", "exits"):
            data[key] = data[key]["count"]
        for key in ("by_status", "by_group", "exits_by_contract"):
            data[key] = {c["label"]: c["count"] for c in data[key]}
        data["follow_ups_overdue"] = len(self.follow_ups_overdue)
        data["inclusive_share"] = self.inclusive_share
        data["event_totals"] = asdict(self.event_totals)
        return data
