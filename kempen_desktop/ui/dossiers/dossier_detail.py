"""The right-hand pane of the Dossiers tab: the selected dossier and its timeline."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from kempen_desktop.domain.insz import format_insz
from kempen_desktop.domain.status import is_open
from kempen_desktop.domain.target_groups import effective_groups
from kempen_desktop.services.common.lookups import DossierFormChoices, label_map
from kempen_desktop.services.dossiers.dossiers import DossierDetail
from kempen_desktop.ui.common import colours
from kempen_desktop.ui.common.formatting import day_text, local_datetime

if TYPE_CHECKING:
    from kempen_desktop.services.common.audit_log import AuditRow
    from kempen_desktop.services.meetings.action_points import ActionRow

# Marked for lupdate here, translated ("DossierDetailPane" context) where shown.
_KIND_LABELS = {
    "note": QT_TRANSLATE_NOOP("DossierDetailPane", "Notitie"),
    "contact": QT_TRANSLATE_NOOP("DossierDetailPane", "Contact"),
    "referral": QT_TRANSLATE_NOOP("DossierDetailPane", "Doorverwijzing"),
    "decision": QT_TRANSLATE_NOOP("DossierDetailPane", "Beslissing"),
    "import": QT_TRANSLATE_NOOP("DossierDetailPane", "Import"),
    "status": QT_TRANSLATE_NOOP("DossierDetailPane", "Status"),
    "event": QT_TRANSLATE_NOOP("DossierDetailPane", "Activiteit"),
}


def _kind_label(kind: str) -> str:
    return QCoreApplication.translate("DossierDetailPane", _KIND_LABELS.get(kind, kind))


class DossierDetailPane(QWidget):
    edit_requested = Signal()
    status_requested = Signal()
    note_requested = Signal()
    close_requested = Signal()
    delete_requested = Signal()
    discuss_toggled = Signal(bool)  # flagged "bespreken" for the next overlegmoment
    # Set by the main window (issue 7): dossier id -> its audit entries, shown under the timeline.
    audit_source: Callable[[uuid.UUID], list[AuditRow]] | None = None
    # Set by the Dossiers tab (issue 16): dossier id -> (date, kind, title, hired) of its events.
    events_source: Callable[[uuid.UUID], list[tuple[date, str, str, bool]]] | None = None
    # Set by the main window (issue 16): dossier id -> its open action points by due date,
    # the follow-ups at 3 and 6 months after a hire among them.
    follow_ups_source: Callable[[uuid.UUID], list[ActionRow]] | None = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        layout.addWidget(self.browser)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Bewerk&en…"))
        self.status_button = QPushButton(self.tr("&Status…"))
        self.note_button = QPushButton(self.tr("&Notitie…"))
        self.close_button = QPushButton(self.tr("&Afsluiten…"))
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        self.discuss_button = QPushButton(self.tr("&Te bespreken"))
        self.discuss_button.setCheckable(True)
        self.discuss_button.setToolTip(
            self.tr("Zet dit dossier op de agenda van het volgende overleg")
        )
        self.discuss_button.toggled.connect(self.discuss_toggled)
        for button, signal in (
            (self.edit_button, self.edit_requested),
            (self.status_button, self.status_requested),
            (self.note_button, self.note_requested),
            (self.close_button, self.close_requested),
            (self.delete_button, self.delete_requested),
        ):
            button.clicked.connect(signal)
            buttons.addWidget(button)
        buttons.insertWidget(3, self.discuss_button)  # after Notitie
        layout.addLayout(buttons)
        self.labels: dict[str, dict[str, str]] = {}
        self.show_empty()

    def set_choices(self, choices: DossierFormChoices) -> None:
        contacts = {str(cid): name for p in choices.partners for cid, name in p.contacts}
        self.labels = {
            "municipality": label_map(choices.municipalities),
            "group": label_map(choices.target_groups),
            "status": label_map(choices.statuses),
            "reason": label_map(choices.closing_reasons),
            "partner": {str(p.id): p.name for p in choices.partners},
            "contact": contacts,
        }

    def set_allowed(self, edit: bool, delete: bool) -> None:
        """Team mode: the buttons for what the server refuses this user are not shown."""
        for button in (
            self.edit_button,
            self.status_button,
            self.note_button,
            self.close_button,
            self.discuss_button,
        ):
            button.setVisible(edit)
        self.delete_button.setVisible(delete)

    def _enable(self, enabled: bool, is_open: bool = True) -> None:
        for button in (
            self.edit_button,
            self.status_button,
            self.note_button,
            self.delete_button,
            self.discuss_button,
        ):
            button.setEnabled(enabled)
        self.close_button.setEnabled(enabled and is_open)

    def show_empty(self, message: str | None = None) -> None:
        # tr() outside the f-strings: lupdate does not look inside f-strings.
        text = message or self.tr("Kies een dossier in de lijst om het hier te zien.")
        self.browser.setHtml(
            f"<p style='color:gray; margin-top:40px' align='center'>{escape(text)}</p>"
        )
        self._enable(False)

    def show_dossier(self, detail: DossierDetail) -> None:
        self.browser.setHtml(self.render(detail))
        self._enable(True, is_open(detail.status_code))
        self.discuss_button.blockSignals(True)
        self.discuss_button.setChecked(detail.discuss)
        self.discuss_button.blockSignals(False)

    def _label(self, kind: str, key: object) -> str:
        if key is None:
            return "—"
        return self.labels.get(kind, {}).get(str(key), str(key))

    def render(self, detail: DossierDetail) -> str:
        d = detail.data
        groups = effective_groups(d.target_groups, d.birth_date, date.today())
        ordered_groups = [
            label for code, label in self.labels.get("group", {}).items() if code in groups
        ]
        status = self._label("status", detail.status_code)
        if detail.closing_reason_code:
            status += f" — {self._label('reason', detail.closing_reason_code)}"
        since = self.tr("sinds")  # tr() outside the f-strings: lupdate does not look inside them
        place = self._label("municipality", d.municipality_nis) if d.municipality_nis else ""
        rows = [
            (self.tr("Dossiernummer"), str(detail.num)),
            (self.tr("Status"), f"{status} ({since} {day_text(detail.status_since, '—')})"),
            (self.tr("Geopend op"), day_text(detail.opened_on, "—")),
            (self.tr("INSZ"), format_insz(d.insz) if d.insz else "—"),
            (self.tr("Geboortedatum"), day_text(d.birth_date, "—")),
            (self.tr("VDAB-klantnummer"), d.vdab_number or "—"),
            (
                self.tr("Adres"),
                ", ".join(
                    x
                    for x in (
                        d.street,
                        f"{d.postcode} {place}".strip(),
                    )
                    if x
                )
                or "—",
            ),
            (self.tr("Telefoon"), d.phone or "—"),
            (self.tr("E-mail"), d.email or "—"),
            (self.tr("Taal"), d.language or "—"),
            (
                self.tr("Verantwoordelijke partner"),
                self._label("partner", d.responsible_partner_id),
            ),
            (self.tr("Begeleider"), self._label("contact", d.counsellor_id)),
            (self.tr("Volgende opvolging"), day_text(d.follow_up_on, "—")),
            (
                self.tr("Te bespreken"),
                self.tr("ja, op het volgende overleg") if detail.discuss else self.tr("nee"),
            ),
            (self.tr("Kansengroepen"), ", ".join(ordered_groups) or "—"),
        ]
        table = "".join(
            "<tr><td style='color:#555; "
            f"padding-right:12px'>{escape(k)}</td><td>{escape(v)}</td></tr>"
            for k, v in rows
        )
        situation_title = self.tr("Situatie")
        situation = (
            f"<p><b>{escape(situation_title)}</b><br>{escape(d.situation)}</p>"
            if d.situation
            else ""
        )
        empty_timeline = self.tr("Nog niets in de tijdlijn.")
        timeline_title = self.tr("Tijdlijn")
        entries = (
            "".join(
                f"<p style='margin:6px 0'><span style='color:#555'>"
                f"{local_datetime(e.occurred_at)} · {escape(_kind_label(e.kind))}</span><br>"
                f"<b>{escape(e.title)}</b>{'<br>' if e.title and e.body else ''}"
                f"{escape(e.body)}</p>"
                for e in detail.timeline
            )
            or f"<p style='color:gray'>{escape(empty_timeline)}</p>"
        )
        return (
            f"<h2 style='margin-bottom:2px'>{escape(d.last_name)}, {escape(d.first_name)}</h2>"
            f"<table cellspacing='2'>{table}</table>{situation}{self._follow_ups_html(detail.id)}"
            f"{self._events_html(detail.id)}"
            f"<h3>{escape(timeline_title)}</h3>{entries}{self._audit_html(detail.id)}"
        )

    def _follow_ups_html(self, dossier_id: uuid.UUID) -> str:
        """The dossier's open action points (a hire's follow-ups among them) with their due
        date, the overdue ones in the overdue colour; nothing when there are none."""
        if self.follow_ups_source is None:
            return ""
        points = self.follow_ups_source(dossier_id)
        if not points:
            return ""
        today = date.today()
        title = self.tr("Opvolging en actiepunten")
        late = self.tr("te laat")
        no_date = self.tr("geen datum")
        overdue = colours.css(colours.OVERDUE)
        lines = []
        for point in points:
            when = escape(day_text(point.deadline, no_date))
            text = escape(point.description.replace("\n", " "))
            if point.is_overdue(today):
                when = f"<b style='color:{overdue}'>{when} · {escape(late)}</b>"
            lines.append(
                f"<tr><td style='padding-right:10px; white-space:nowrap'>{when}</td>"
                f"<td>{text}</td></tr>"
            )
        return f"<h3>{escape(title)}</h3><table cellspacing='1'>{''.join(lines)}</table>"

    def _events_html(self, dossier_id: uuid.UUID) -> str:
        """The activities (jobevents, jobdates, ...) the dossier took part in, newest first."""
        if self.events_source is None:
            return ""
        rows = self.events_source(dossier_id)
        if not rows:
            return ""
        title = self.tr("Activiteiten")
        hired = self.tr("aangeworven")
        lines = "".join(
            f"<tr><td style='color:#555; padding-right:10px'>{day_text(day)}</td>"
            f"<td style='padding-right:10px'>{escape(kind)}</td><td>{escape(name)}"
            + (f" · <b>{escape(hired)}</b>" if was_hired else "")
            + "</td></tr>"
            for day, kind, name, was_hired in sorted(rows, key=lambda r: r[0], reverse=True)
        )
        return f"<h3>{escape(title)}</h3><table cellspacing='1'>{lines}</table>"

    def _audit_html(self, dossier_id: uuid.UUID) -> str:
        """Who did what to this dossier (the audit log), newest first; at most 20 lines."""
        if self.audit_source is None:
            return ""
        from kempen_desktop.ui.trust.audit_view import action_label

        rows = self.audit_source(dossier_id)
        title = self.tr("Auditlog van dit dossier")
        lines = "".join(
            f"<tr><td style='color:#555; padding-right:10px'>{local_datetime(r.at)}</td>"
            f"<td style='padding-right:10px'>{escape(r.user)}</td>"
            f"<td>{escape(action_label(r.action))}</td></tr>"
            for r in rows[:20]
        )
        more = self.tr("en %1 oudere; zie Bestand → Beveiliging → Auditlog").replace(
            "%1", str(len(rows) - 20)
        )
        tail = f"<p style='color:gray'>{escape(more)}</p>" if len(rows) > 20 else ""
        if not rows:
            nothing = self.tr("Nog geen handelingen geregistreerd.")
            tail = f"<p style='color:gray'>{escape(nothing)}</p>"
        return (
            f"<h3>{escape(title)}</h3>"
            f"<table cellspacing='1' style='font-size:small'>{lines}</table>{tail}"
        )
