"""Rapporten tab: the key figures of the database at a glance (dossiers per status and per
kansengroep, inclusive partners, overdue follow-ups and action points). PDF reports and
exports come with their own issue; this tab already shows the numbers they will use."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from kempen_desktop.services import overview
from kempen_desktop.services.database import Database
from kempen_desktop.services.lookups import label_map, statuses
from kempen_desktop.services.stats import collect_stats
from kempen_desktop.ui.lazy_tab import LazyTab

_BAR_COLOUR = "#2f6f8f"
_BAR_WIDTH = 260


def _bars(rows: list[tuple[str, int]]) -> str:
    """A horizontal bar chart in rich text: label, bar, number."""
    largest = max((n for _, n in rows), default=0) or 1
    lines = []
    for label, n in rows:
        width = max(1, round(_BAR_WIDTH * n / largest)) if n else 0
        bar = (f"<table cellspacing='0' cellpadding='0'><tr><td bgcolor='{_BAR_COLOUR}' width='{width}' "
               f"height='12'></td></tr></table>" if width else "")
        lines.append(f"<tr><td style='padding-right:10px'>{escape(label)}</td><td width='{_BAR_WIDTH}'>{bar}</td>"
                     f"<td align='right' style='padding-left:8px'>{n}</td></tr>")
    return f"<table cellspacing='3'>{''.join(lines)}</table>"


class ReportsTab(LazyTab):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        layout.addWidget(self.browser)

    def reload(self) -> None:
        today = date.today()
        with self._db.session() as session:
            stats = collect_stats(session, today)
            status_labels = label_map(statuses(session))
            per_group = overview.open_dossiers_per_target_group(session, today)
            overdue_actions = overview.overdue_action_points(session, today, limit=15)
        cards = [
            (self.tr("Open dossiers"), stats.open_dossiers),
            (self.tr("Alle dossiers"), stats.dossiers),
            (self.tr("Opvolging verlopen"), stats.overdue_follow_ups),
            (self.tr("Partners"), stats.partners),
            (self.tr("Inclusieve partners"), stats.inclusive_partners),
            (self.tr("Overlegmomenten"), stats.meetings),
            (self.tr("Open actiepunten"), stats.open_action_points),
            (self.tr("Verlopen actiepunten"), stats.overdue_action_points),
        ]
        card_cells = "".join(
            f"<td style='padding:8px 14px' bgcolor='#eef3f6'><span style='font-size:20pt'>{n}</span>"
            f"<br><span style='color:#444'>{escape(label)}</span></td>"
            + ("</tr><tr>" if i == 3 else "")
            for i, (label, n) in enumerate(cards)
        )
        per_status = [(status_labels.get(code, code), stats.dossiers_per_status.get(code, 0))
                      for code in status_labels]
        # tr() outside the f-strings: lupdate does not look inside f-strings.
        no_overdue = self.tr("Geen verlopen actiepunten.")
        key_figures, on_day = self.tr("Kerncijfers"), self.tr("op")
        per_status_title = self.tr("Dossiers per status")
        per_group_title = self.tr("Open dossiers per kansengroep")
        overdue_title = self.tr("Verlopen actiepunten")
        actions = "".join(
            f"<tr><td>{deadline:%d-%m-%Y}</td><td>{escape(description)}</td><td style='color:#555'>{escape(title)}</td></tr>"
            for title, description, deadline in overdue_actions
        ) or f"<tr><td style='color:gray'>{escape(no_overdue)}</td></tr>"
        self.browser.setHtml(
            f"<h2>{escape(key_figures)} <span style='font-size:10pt; color:#555'>"
            f"{escape(on_day)} {today:%d-%m-%Y}</span></h2>"
            f"<table cellspacing='6'><tr>{card_cells}</tr></table>"
            f"<h3>{escape(per_status_title)}</h3>{_bars(per_status)}"
            f"<h3>{escape(per_group_title)}</h3>{_bars(per_group)}"
            f"<h3>{escape(overdue_title)}</h3><table cellpadding='3'>{actions}</table>"
        )
