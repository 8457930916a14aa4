"""The partner overview: its columns, the labels of the inclusive state, the filter of the
search bar and the headline figure (employers engaged inclusively today, goal one in two)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kempen_desktop.domain.kbo import normalize_kbo
from kempen_desktop.domain.partners import InclusiveCount, count_inclusive
from kempen_desktop.services.reports.overview import PartnerRow
from kempen_desktop.ui.common.formatting import day_text
from kempen_desktop.ui.common.record_table_model import Column, RecordTableModel

CONTEXT = "PartnersTab"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def day_key(value: date | None) -> tuple[bool, date]:
    return (value is None, value or date.min)


INCLUSIVE_AS = {
    "werkgever": QT_TRANSLATE_NOOP("PartnersTab", "als werkgever"),
    "opdrachtgever": QT_TRANSLATE_NOOP("PartnersTab", "als opdrachtgever"),
    "beide": QT_TRANSLATE_NOOP("PartnersTab", "als werkgever en opdrachtgever"),
}


def inclusive_as_text(code: str | None) -> str:
    return _t(INCLUSIVE_AS[code]) if code in INCLUSIVE_AS else ""


def name_text(name: str, active: bool) -> str:
    return name if active else name + " " + _t(QT_TRANSLATE_NOOP("PartnersTab", "(inactief)"))


COLUMNS: list[Column[PartnerRow]] = [
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Naam"), lambda p: name_text(p.name, p.active)),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Soort"), lambda p: p.type_label),
    Column(QT_TRANSLATE_NOOP("PartnersTab", "Gemeente"), lambda p: p.municipality),
    Column(
        QT_TRANSLATE_NOOP("PartnersTab", "Contacten"),
        lambda p: str(p.contacts),
        lambda p: p.contacts,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("PartnersTab", "Open dossiers"),
        lambda p: str(p.dossiers),
        lambda p: p.dossiers,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("PartnersTab", "Inclusief sinds"),
        lambda p: day_text(p.inclusive_since),
        lambda p: day_key(p.inclusive_since),
    ),
    Column(
        QT_TRANSLATE_NOOP("PartnersTab", "Engagement"), lambda p: inclusive_as_text(p.inclusive_as)
    ),
]


def partner_model(parent: Any = None) -> RecordTableModel[PartnerRow]:
    return RecordTableModel(COLUMNS, CONTEXT, parent)


@dataclass(frozen=True)
class PartnerFilter:
    text: str = ""
    type_code: str | None = None
    municipality_nis: str | None = None
    inactive: bool = False

    def matches(self, row: PartnerRow) -> bool:
        text = self.text.strip().casefold()
        kbo = normalize_kbo(text) if text and sum(ch.isdigit() for ch in text) >= 4 else None
        return (
            (self.inactive or row.active)
            and (not self.type_code or row.type_code == self.type_code)
            and (not self.municipality_nis or row.municipality_nis == self.municipality_nis)
            and (
                not text
                or text in row.name.casefold()
                or text in row.municipality.casefold()
                or text in row.sector.casefold()
                or text in row.type_label.casefold()
                or (kbo is not None and row.kbo_number is not None and kbo in row.kbo_number)
            )
        )


def inclusive_today(rows: list[PartnerRow]) -> InclusiveCount:
    """The headline figure: employers engaged inclusively today (the rule of domain.partners)."""
    return count_inclusive((r.type_code, r.active, r.inclusive_since is not None) for r in rows)
